//! `v4/group_open_http_svc/delete_group_member`: remove up to 100 members.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeleteGroupMember as REQUEST "DeleteGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        silence: Option<u8> = opt "Silence", FLAG, "1: remove silently" / "1：静默删人";
        reason: Option<String> = opt "Reason", string_max(256), "reason shown to the removed members" / "踢出用户原因，向被删除的成员展示";
        member_to_del_account: Vec<String> = req "MemberToDel_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "members to remove, at most 100" / "待删除的群成员，最多100个";
    }
}

impl DeleteGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        DeleteGroupMember { group_id: group_id.into(), silence: None, reason: None, member_to_del_account: members.iter().map(|m| (*m).into()).collect() }
    }
}

impl ApiRequest for DeleteGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("DeleteGroupMemberResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_group_member", "Remove group members", "删除群成员")
    .docs(1622, 34949)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberToDel_Account": ["tommy"]
}"#);
