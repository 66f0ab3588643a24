//! `v4/group_open_http_svc/get_permission_group`: a Community's permission groups, those named
//! or all of them a page at a time.

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID, PERMISSION_GROUP_IDS};
use crate::api::prelude::*;
use crate::vocab::Service;

/// At most 20 permission groups a page (the page); also what an absent or 0 `Limit` gets.
pub const PERMISSION_GROUP_PAGE_MAX: u32 = 20;

wire! {
    #[derive(Eq)]
    pub struct GetPermissionGroup as REQUEST "GetPermissionGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "操作的群组 ID";
        permission_group_id_list: Option<Vec<String>> = opt "PermissionGroupIdList", PERMISSION_GROUP_IDS, "permission groups to get (absent: all, a page at a time)" / "要获取的权限组列表，不填表示获取全部权限组";
        limit: Option<u32> = opt "Limit", int(0, PERMISSION_GROUP_PAGE_MAX as i64), "permission groups per page, at most 20" / "一次获取的权限组数量，不超过20，用于分页";
        next: Option<String> = opt "Next", string(), "\"\" first, then the previous page's Next" / "上次获取到的位置；首次填 \"\"，之后填回包中的 Next";
    }
}

wire! {
    #[derive(Eq)]
    pub struct PermissionGroupInfo as INFO_ITEM "PermissionGroupInfo" {
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group ID" / "权限组 ID";
        permission_group_name: String = req "PermissionGroupName", string(), "name" / "权限组名称";
        permission: u64 = req "Permission", PERMISSION, "Community permissions, a bitmask" / "权限组拥有的社群权限";
        custom_string: String = req "CustomString", string(), "custom field" / "自定义字段";
        member_num: u64 = req "MemberNum", COUNT, "number of members" / "权限组成员数";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetPermissionGroupResponse as RESPONSE "GetPermissionGroupResponse" {
        permission_group_info_list: Vec<PermissionGroupInfo> = out "PermissionGroupInfoList", Ty::Array(&Arr { item: Ty::Object(&INFO_ITEM), min_items: 0, max_items: None }), "the permission groups" / "返回的权限组信息";
        next: String = out "Next", string(), "Next of the following page; \"\" when this was the last" / "下次拉取的位置；为 \"\" 表示已拉取完毕";
    }
}

impl GetPermissionGroup {
    pub fn new(group_id: &str, ids: Option<&[&str]>) -> Self {
        GetPermissionGroup { group_id: group_id.into(), permission_group_id_list: ids.map(|i| i.iter().map(|s| (*s).into()).collect()), limit: None, next: None }
    }
}

impl ApiRequest for GetPermissionGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetPermissionGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_permission_group", "Get permission groups", "获取权限组")
    .docs(0, 61235)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cV6IHIIM62C4",
  "Limit": 20,
  "Next": ""
}"#);
