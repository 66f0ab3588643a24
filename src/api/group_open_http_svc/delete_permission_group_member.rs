//! `v4/group_open_http_svc/delete_permission_group_member`: remove members from a permission
//! group (at most 100 a request); they stay in the Community.

use crate::api::group_open_http_svc::add_permission_group_member::PERMISSION_MEMBERS;
use crate::api::group_open_http_svc::create_permission_group::{COMMUNITY_ONLY, PERMISSION_GROUP_ERRORS, PERMISSION_GROUP_ID};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeletePermissionGroupMember as REQUEST "DeletePermissionGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community" / "操作的群组 ID";
        permission_group_id: String = req "PermissionGroupId", PERMISSION_GROUP_ID, "permission group to remove from" / "操作的权限组 ID";
        member_list: Vec<MemberAccountItem> = req "MemberList", PERMISSION_MEMBERS, "members to remove, at most 100" / "要删除的权限组成员，一次最多100个";
    }
}

impl DeletePermissionGroupMember {
    pub fn new(group_id: &str, permission_group_id: &str, members: &[&str]) -> Self {
        DeletePermissionGroupMember { group_id: group_id.into(), permission_group_id: permission_group_id.into(), member_list: members.iter().map(|m| MemberAccountItem { member_account: (*m).into() }).collect() }
    }
}

impl ApiRequest for DeletePermissionGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = crate::api::Envelope;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_permission_group_member", "Remove permission-group members", "删除权限组成员")
    .docs(0, 61241)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PERMISSION_GROUP_ERRORS)
    .group_types(COMMUNITY_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#_@TGS#cAVQXXXXXX",
  "PermissionGroupId": "@PMG#_@PMG#cDR",
  "MemberList": [
    { "Member_Account": "tommy" }
  ]
}"#);
