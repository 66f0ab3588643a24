//! `v4/group_open_http_svc/get_permission_group_member_list`: a permission group's members, a
//! page at a time.

use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

/// Members a page at most (decisions.md); also what an absent or 0 `Limit` gets.
pub const PERMISSION_MEMBER_PAGE_MAX: u32 = 100;

wire! {
    #[derive(Eq)]
    pub struct GetPermissionGroupMemberList as REQUEST "GetPermissionGroupMemberListRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group" / "权限组 ID";
        limit: Option<u32> = opt "Limit", int(0, PERMISSION_MEMBER_PAGE_MAX as i64), "members per page, at most 100" / "一次最多获取的成员数";
        next: Option<String> = opt "Next", string(), "\"\" first, then the previous page's Next" / "从上一次拉取到的位置继续；首次填 \"\"";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetPermissionGroupMemberListResponse as RESPONSE "GetPermissionGroupMemberListResponse" {
        member_list: Vec<MemberAccountItem> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 0, max_items: None }), "the members of this page" / "权限组成员列表";
        next: String = out "Next", string(), "Next of the following page; \"\" when this was the last" / "下次拉取的位置；为 \"\" 表示已拉取完毕";
    }
}

impl GetPermissionGroupMemberList {
    pub fn new(group_id: &str, permission_group_id: &str, limit: Option<u32>, next: Option<&str>) -> Self {
        GetPermissionGroupMemberList { group_id: group_id.into(), permission_group_id: permission_group_id.into(), limit, next: next.map(str::to_owned) }
    }
}

impl ApiRequest for GetPermissionGroupMemberList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetPermissionGroupMemberListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_permission_group_member_list", "List permission-group members", "获取权限组成员列表")
    .docs(0, 61242)
    .tables(&REQUEST, &RESPONSE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cAVQXXXXXX",
  "PermissionGroupId": "@PMG#_@PMG#cDR",
  "Limit": 50,
  "Next": ""
}"#);
