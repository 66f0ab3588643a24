//! `v4/group_open_http_svc/modify_permission_group`: change a permission group's name,
//! permissions or custom string (fields left out stay as they are).

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, CUSTOM_STRING, PERMISSION, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID, PERMISSION_GROUP_NAME};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ModifyPermissionGroup as REQUEST "ModifyPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "权限组所属的群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group to change" / "要修改的权限组 ID";
        permission_group_name: Option<String> = opt "PermissionGroupName", PERMISSION_GROUP_NAME, "new name, at most 150 UTF-8 bytes" / "权限组名称，最长150字节";
        permission: Option<u64> = opt "Permission", PERMISSION, "new Community permissions, a bitmask" / "权限组拥有的社群权限，按位表示";
        custom_string: Option<String> = opt "CustomString", CUSTOM_STRING, "new custom field" / "自定义字段";
    }
}

impl ModifyPermissionGroup {
    pub fn new(group_id: &str, permission_group_id: &str, permission: Option<u64>) -> Self {
        ModifyPermissionGroup { group_id: group_id.into(), permission_group_id: permission_group_id.into(), permission_group_name: None, permission, custom_string: None }
    }
}

impl ApiRequest for ModifyPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = crate::api::Envelope;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "modify_permission_group", "Change a permission group", "修改权限组")
    .docs(0, 61234)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group",
  "PermissionGroupName": "new_permission_group_name",
  "Permission": 456,
  "CustomString": "new_custom_string"
}"#);
