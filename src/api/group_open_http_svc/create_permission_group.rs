//! `v4/group_open_http_svc/create_permission_group`: create a permission group in a Community
//! (a named bitmask of Community permissions with members of its own), with a custom
//! `@PMG#_` ID or one the service assigns.

use crate::api::prelude::*;
use crate::vocab::Service;

/// The prefix of every permission group ID, custom or assigned (the pages' samples).
pub const PERMISSION_GROUP_PREFIX: &str = "@PMG#_";
/// A permission group ID: `@PMG#_…`, at most 48 bytes like a custom group ID (decisions.md).
pub const PERMISSION_GROUP_ID: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(48), kind: StrKind::Plain });
/// A Community permission bitmask (V2TIM_COMMUNITY_PERMISSION_* bits), unsigned 64-bit.
pub const PERMISSION: Ty = COUNT;
/// A permission group's name: at most 150 UTF-8 bytes (the page).
pub const PERMISSION_GROUP_NAME: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(150), kind: StrKind::Plain });
/// A permission group's custom string: at most 3000 bytes (decisions.md: the SDK's customData limit).
pub const CUSTOM_STRING: Ty = string_max(3000);
/// Permission-group IDs of one request: at most 20 (get_permission_group's page size).
pub const PERMISSION_GROUP_IDS: Ty = Ty::Array(&Arr { item: PERMISSION_GROUP_ID, min_items: 1, max_items: Some(20) });

/// Every permission-group page: Community only (the others answer 10007, "not supported").
pub const COMMUNITY_ONLY: &[(GroupType, Support)] = &[(GroupType::Private, Support::Forbidden), (GroupType::Public, Support::Forbidden), (GroupType::ChatRoom, Support::Forbidden), (GroupType::AVChatRoom, Support::Forbidden), (GroupType::Community, Support::Yes)];
/// The errors of the permission-group pages.
pub const PERMISSION_GROUP_ERRORS: &[u32] = &[10002, 10004, 10007, 10010, 10015, 10021];

wire! {
    #[derive(Eq)]
    pub struct CreatePermissionGroup as REQUEST "CreatePermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "权限组所属的群组 ID";
        permission_group_id: Option<String> = opt "PermissionGroupId", PERMISSION_GROUP_ID, "custom permission group ID, starting @PMG#_ (absent: one is assigned and returned)" / "自定义权限组 ID，须以 @PMG#_ 开头；不填则由系统分配并返回";
        permission_group_name: String = req "PermissionGroupName", PERMISSION_GROUP_NAME, "name of the permission group, at most 150 UTF-8 bytes" / "权限组名称，最长150字节，使用 UTF-8 编码";
        permission: Option<u64> = opt "Permission", PERMISSION, "Community permissions granted, a bitmask (absent: 0)" / "权限组拥有的社群权限，按位表示";
        custom_string: Option<String> = opt "CustomString", CUSTOM_STRING, "custom field" / "自定义字段";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreatePermissionGroupResponse as RESPONSE "CreatePermissionGroupResponse" {
        permission_group_id: String = out "PermissionGroupId", PERMISSION_GROUP_ID, "ID of the permission group created" / "创建的权限组 ID";
    }
}

impl CreatePermissionGroup {
    pub fn new(group_id: &str, permission_group_id: Option<&str>, name: &str, permission: u64) -> Self {
        CreatePermissionGroup { group_id: group_id.into(), permission_group_id: permission_group_id.map(str::to_owned), permission_group_name: name.into(), permission: Some(permission), custom_string: None }
    }
}

impl ApiRequest for CreatePermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreatePermissionGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "create_permission_group", "Create a permission group", "创建权限组")
    .docs(0, 61232)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "PermissionGroupId": "@PMG#_test_permission_group",
  "PermissionGroupName": "test_permission_group",
  "Permission": 123,
  "CustomString": "test_custom_string"
}"#);
