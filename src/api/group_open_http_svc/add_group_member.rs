//! `v4/group_open_http_svc/add_group_member`: add up to 300 members.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct AddGroupMember as REQUEST "AddGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        /// 1: add silently, without a notification.
        silence: Option<u8> = opt "Silence", FLAG, "1: add silently" / "1：静默加人";
        member_list: Vec<MemberAccount> = req "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 1, max_items: Some(300) }), "members to add, at most 300" / "待添加的群成员，最多300个";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AddMemberResult as RESULT_ITEM "AddMemberResult" {
        member_account: String = req "Member_Account", string(), "member UserID" / "成员的 UserID";
        /// 0 failed, 1 added, 2 already a member.
        result: u8 = req "Result", Ty::IntEnum(&[0, 1, 2]), "0 failed, 1 added, 2 already a member" / "0 失败，1 添加成功，2 已是群成员";
    }
}

wire! {
    #[derive(Eq)]
    pub response AddGroupMemberResponse as RESPONSE "AddGroupMemberResponse" {
        member_list: Vec<AddMemberResult> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "result per member" / "每个成员的结果";
    }
}

/// `{ "Member_Account": id }`.
pub type MemberAccount = MemberAccountItem;

impl AddGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        AddGroupMember { group_id: group_id.into(), silence: None, member_list: members.iter().map(|m| MemberAccount { member_account: (*m).into() }).collect() }
    }
}

impl ApiRequest for AddGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddGroupMemberResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "add_group_member", "Add group members", "增加群成员")
    .docs(1621, 34921)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10014, 10015, 10019, 10037, 10038])
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberList": [
    { "Member_Account": "tommy" },
    { "Member_Account": "jared" }
  ]
}"#);
