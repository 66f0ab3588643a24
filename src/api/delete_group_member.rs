//! `v4/group_open_http_svc/delete_group_member`: remove up to 100 members.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteGroupMember {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Silence", skip_serializing_if = "Option::is_none", default)]
    pub silence: Option<u8>,
    #[serde(rename = "Reason", skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
    #[serde(rename = "MemberToDel_Account")]
    pub member_to_del_account: Vec<String>,
}
reads!(DeleteGroupMember { group_id: "GroupId", silence: "Silence", reason: "Reason", member_to_del_account: "MemberToDel_Account" });

impl DeleteGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        DeleteGroupMember { group_id: group_id.into(), silence: None, reason: None, member_to_del_account: members.iter().map(|m| (*m).into()).collect() }
    }
}

impl ApiRequest for DeleteGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const REQUEST: Obj = Obj::new(
    "DeleteGroupMemberRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        opt("Silence", FLAG, "1: remove silently"),
        opt("Reason", string_max(256), "reason shown to the removed members"),
        req("MemberToDel_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "members to remove, at most 100"),
    ],
);
pub const RESPONSE: Obj = response("DeleteGroupMemberResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_group_member", "Remove group members")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberToDel_Account": ["tommy"]
}"#);
