//! `v4/group_open_http_svc/add_permission_group_member`: add Community members to a
//! permission group (at most 100 a request).

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

/// Members of one add or delete request (the page: at most 100).
pub const PERMISSION_MEMBERS: Ty = Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 1, max_items: Some(100) });

wire! {
    #[derive(Eq)]
    pub struct AddPermissionGroupMember as REQUEST "AddPermissionGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "操作的群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group to add to" / "操作的权限组 ID";
        member_list: Vec<MemberAccountItem> = req "MemberList", PERMISSION_MEMBERS, "Community members to add, at most 100" / "要添加的权限组成员，一次最多100个";
    }
}

impl AddPermissionGroupMember {
    pub fn new(group_id: &str, permission_group_id: &str, members: &[&str]) -> Self {
        AddPermissionGroupMember { group_id: group_id.into(), permission_group_id: permission_group_id.into(), member_list: members.iter().map(|m| MemberAccountItem { member_account: (*m).into() }).collect() }
    }
}

impl ApiRequest for AddPermissionGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = crate::api::Envelope;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "add_permission_group_member", "Add permission-group members", "添加权限组成员")
    .docs(0, 61240)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cAVQXXXXXX",
  "PermissionGroupId": "@PMG#_@PMG#cDR",
  "MemberList": [
    { "Member_Account": "tommy" },
    { "Member_Account": "jared" }
  ]
}"#);
