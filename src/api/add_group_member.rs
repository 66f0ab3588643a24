//! `v4/group_open_http_svc/add_group_member`: add up to 300 members.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberAccount {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
}
reads!(MemberAccount { member_account: "Member_Account" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddGroupMember {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// 1: add silently, without a notification.
    #[serde(rename = "Silence", skip_serializing_if = "Option::is_none", default)]
    pub silence: Option<u8>,
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberAccount>,
}
reads!(AddGroupMember { group_id: "GroupId", silence: "Silence", member_list: "MemberList" });

impl AddGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        AddGroupMember { group_id: group_id.into(), silence: None, member_list: members.iter().map(|m| MemberAccount { member_account: (*m).into() }).collect() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddMemberResult {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// 0 failed, 1 added, 2 already a member.
    #[serde(rename = "Result")]
    pub result: u8,
}
writes!(AddMemberResult { member_account: "Member_Account", result: "Result" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddGroupMemberResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<AddMemberResult>,
}
writes!(@response AddGroupMemberResponse { member_list: "MemberList" });

impl ApiRequest for AddGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddGroupMemberResponse;
}

pub const REQUEST: Obj = Obj::new(
    "AddGroupMemberRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        opt("Silence", FLAG, "1: add silently"),
        req("MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 1, max_items: Some(300) }), "members to add, at most 300"),
    ],
);
const RESULT_ITEM: Obj = Obj::new(
    "AddMemberResult",
    &[req("Member_Account", string(), "member UserID"), req("Result", Ty::IntEnum(&[0, 1, 2]), "0 failed, 1 added, 2 already a member")],
);
pub const RESPONSE: Obj = response(
    "AddGroupMemberResponse",
    &[opt("MemberList", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "result per member")],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "add_group_member", "Add group members")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10014, 10015, 10019, 10037, 10038])
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberList": [
    { "Member_Account": "tommy" },
    { "Member_Account": "jared" }
  ]
}"#);
