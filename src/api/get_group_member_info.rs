//! `v4/group_open_http_svc/get_group_member_info`: members with role, join time and their
//! read position `MsgSeq`.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GetGroupMemberInfo {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MemberInfoFilter", skip_serializing_if = "Option::is_none", default)]
    pub member_info_filter: Option<Vec<String>>,
    #[serde(rename = "MemberRoleFilter", skip_serializing_if = "Option::is_none", default)]
    pub member_role_filter: Option<Vec<String>>,
    #[serde(rename = "Limit", skip_serializing_if = "Option::is_none", default)]
    pub limit: Option<u32>,
    #[serde(rename = "Offset", skip_serializing_if = "Option::is_none", default)]
    pub offset: Option<u32>,
    #[serde(rename = "Next", skip_serializing_if = "Option::is_none", default)]
    pub next: Option<String>,
}
reads!(GetGroupMemberInfo { group_id: "GroupId", member_info_filter: "MemberInfoFilter", member_role_filter: "MemberRoleFilter", limit: "Limit", offset: "Offset", next: "Next" });

impl GetGroupMemberInfo {
    pub fn new(group_id: &str) -> Self {
        GetGroupMemberInfo { group_id: group_id.into(), ..Default::default() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberInfo {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// Owner, Admin or Member.
    #[serde(rename = "Role")]
    pub role: String,
    #[serde(rename = "JoinTime")]
    pub join_time: u64,
    /// Seq of the member's last read message (its read position).
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    #[serde(rename = "MsgFlag")]
    pub msg_flag: String,
    #[serde(rename = "LastSendMsgTime")]
    pub last_send_msg_time: u64,
    #[serde(rename = "MuteUntil")]
    pub mute_until: u64,
    #[serde(rename = "NameCard")]
    pub name_card: String,
}
writes!(MemberInfo { member_account: "Member_Account", role: "Role", join_time: "JoinTime", msg_seq: "MsgSeq", msg_flag: "MsgFlag", last_send_msg_time: "LastSendMsgTime", mute_until: "MuteUntil", name_card: "NameCard" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetGroupMemberInfoResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "MemberNum", default)]
    pub member_num: u64,
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<MemberInfo>,
    #[serde(rename = "Next", skip_serializing_if = "Option::is_none", default)]
    pub next: Option<String>,
}
writes!(@response GetGroupMemberInfoResponse { member_num: "MemberNum", member_list: "MemberList", #[skip_empty] next: "Next" });

impl ApiRequest for GetGroupMemberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMemberInfoResponse;
}

const STRINGS: Ty = Ty::Array(&Arr { item: Ty::Str(Str { min_bytes: 1, max_bytes: None, kind: StrKind::Plain }), min_items: 0, max_items: None });

pub const REQUEST: Obj = Obj::new(
    "GetGroupMemberInfoRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        opt("MemberInfoFilter", STRINGS, "member fields to return (default: all)"),
        opt("MemberRoleFilter", Ty::Array(&Arr { item: Ty::Enum(&["Owner", "Admin", "Member"]), min_items: 0, max_items: None }), "roles to return"),
        opt("AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return"),
        opt("Limit", int(0, 6000), "members per page, at most 6000 (default: all)"),
        opt("Offset", COUNT, "first member to return (not for Community)"),
        opt("Next", string(), "Community paging cursor, \"\" for the first page"),
    ],
);
const MEMBER_INFO: Obj = Obj::new(
    "MemberInfo",
    &[
        req("Member_Account", string(), "member UserID"),
        opt("Role", Ty::Enum(&["Owner", "Admin", "Member"]), "role"),
        opt("JoinTime", COUNT, "join time, Unix seconds"),
        opt("MsgSeq", COUNT, "seq of the member's last read message"),
        opt("MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard"]), "message receiving option"),
        opt("LastSendMsgTime", COUNT, "time of the member's last message"),
        opt("MuteUntil", COUNT, "muted until, Unix seconds (0: not muted)"),
        opt("ShutUpUntil", COUNT, "older name of MuteUntil"),
        opt("NameCard", string(), "group name card"),
        opt("AppMemberDefinedData", ANY, "member custom fields"),
    ],
);
pub const RESPONSE: Obj = response(
    "GetGroupMemberInfoResponse",
    &[
        opt("MemberNum", COUNT, "total member count"),
        opt("MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_INFO), min_items: 0, max_items: None }), "members"),
        opt("Next", string(), "Community paging cursor"),
    ],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_member_info", "Get group member profiles")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Limit": 100,
  "Offset": 0
}"#);
