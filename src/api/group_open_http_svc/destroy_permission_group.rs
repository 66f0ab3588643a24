//! `v4/group_open_http_svc/destroy_permission_group`: delete permission groups of a Community
//! (their members lose what the groups granted).

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_IDS};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DestroyPermissionGroup as REQUEST "DestroyPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "权限组所属的群组 ID";
        permission_group_id_list: Vec<String> = req "PermissionGroupIdList", PERMISSION_GROUP_IDS, "permission groups to delete, at most 20" / "要删除的权限组 ID 列表";
    }
}

impl DestroyPermissionGroup {
    pub fn new(group_id: &str, ids: &[&str]) -> Self {
        DestroyPermissionGroup { group_id: group_id.into(), permission_group_id_list: ids.iter().map(|s| (*s).into()).collect() }
    }
}

impl ApiRequest for DestroyPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = crate::api::Envelope;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "destroy_permission_group", "Terminate permission groups", "删除权限组")
    .docs(0, 61233)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupIdList": ["@PMG#_test_permission_group"]
}"#);
