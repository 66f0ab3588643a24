//! `v4/group_open_http_svc/get_joined_group_list`: the groups a user is in, with its own read
//! position (`SelfInfo.MsgSeq`) next to each group's `NextMsgSeq`.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GetJoinedGroupList {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    #[serde(rename = "Limit", skip_serializing_if = "Option::is_none", default)]
    pub limit: Option<u32>,
    #[serde(rename = "Offset", skip_serializing_if = "Option::is_none", default)]
    pub offset: Option<u32>,
    #[serde(rename = "GroupType", skip_serializing_if = "Option::is_none", default)]
    pub group_type: Option<String>,
    #[serde(rename = "WithNoActiveGroups", skip_serializing_if = "Option::is_none", default)]
    pub with_no_active_groups: Option<u8>,
    #[serde(rename = "WithHugeGroups", skip_serializing_if = "Option::is_none", default)]
    pub with_huge_groups: Option<u8>,
}
reads!(GetJoinedGroupList { member_account: "Member_Account", limit: "Limit", offset: "Offset", group_type: "GroupType", with_no_active_groups: "WithNoActiveGroups", with_huge_groups: "WithHugeGroups" });

impl GetJoinedGroupList {
    pub fn new(member_account: &str) -> Self {
        GetJoinedGroupList { member_account: member_account.into(), ..Default::default() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfInfo {
    #[serde(rename = "Role")]
    pub role: String,
    #[serde(rename = "JoinTime")]
    pub join_time: u64,
    #[serde(rename = "MsgFlag")]
    pub msg_flag: String,
    /// The user's read position in this group.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}
writes!(SelfInfo { role: "Role", join_time: "JoinTime", msg_flag: "MsgFlag", msg_seq: "MsgSeq" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinedGroup {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Type")]
    pub group_type: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "NextMsgSeq")]
    pub next_msg_seq: u64,
    #[serde(rename = "MemberNum")]
    pub member_num: u64,
    #[serde(rename = "MaxMemberNum")]
    pub max_member_num: u64,
    #[serde(rename = "LastMsgTime")]
    pub last_msg_time: u64,
    #[serde(rename = "SelfInfo")]
    pub self_info: SelfInfo,
}
writes!(JoinedGroup { group_id: "GroupId", group_type: "Type", name: "Name", next_msg_seq: "NextMsgSeq", member_num: "MemberNum", max_member_num: "MaxMemberNum", last_msg_time: "LastMsgTime", self_info: "SelfInfo" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetJoinedGroupListResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "TotalCount", default)]
    pub total_count: u64,
    #[serde(rename = "GroupIdList", default)]
    pub group_id_list: Vec<JoinedGroup>,
}
writes!(@response GetJoinedGroupListResponse { total_count: "TotalCount", group_id_list: "GroupIdList" });

impl ApiRequest for GetJoinedGroupList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetJoinedGroupListResponse;
}

const STRINGS: Ty = Ty::Array(&Arr { item: Ty::Str(Str { min_bytes: 1, max_bytes: None, kind: StrKind::Plain }), min_items: 0, max_items: None });
const RESPONSE_FILTER: Obj = Obj::new(
    "JoinedGroupResponseFilter",
    &[
        opt("GroupBaseInfoFilter", STRINGS, "group fields to return"),
        opt("SelfInfoFilter", STRINGS, "self fields to return (Role, JoinTime, MsgFlag, MsgSeq)"),
        opt("AppDefinedDataFilter_Group", STRINGS, "group custom fields to return"),
        opt("AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return"),
    ],
);

pub const REQUEST: Obj = Obj::new(
    "GetJoinedGroupListRequest",
    &[
        req("Member_Account", USER_ID, "UserID whose groups are listed"),
        opt("Limit", int(0, 5000), "groups per page, at most 5000"),
        opt("Offset", COUNT, "first group to return"),
        opt("GroupType", Ty::GroupType, "only groups of this type"),
        opt("WithHugeGroups", FLAG, "1: include AVChatRoom groups"),
        opt("WithNoActiveGroups", FLAG, "1: include Work groups not yet activated"),
        opt("SupportTopic", FLAG, "1: include topic information"),
        opt("ResponseFilter", Ty::Object(&RESPONSE_FILTER), "fields to return"),
    ],
);
const SELF_INFO: Obj = Obj::new(
    "SelfInfo",
    &[
        opt("Role", Ty::Enum(&["Owner", "Admin", "Member"]), "role in the group"),
        opt("JoinTime", COUNT, "join time"),
        opt("MsgFlag", string(), "message receiving option"),
        opt("MsgSeq", COUNT, "seq of the last read message"),
        opt("UnreadMsgNum", COUNT, "legacy: unread count"),
    ],
);
const JOINED_GROUP: Obj = Obj::new(
    "JoinedGroup",
    &[
        req("GroupId", string(), "group ID"),
        opt("Type", string(), "group type"),
        opt("Name", string(), "group name"),
        opt("NextMsgSeq", COUNT, "seq the next message will get"),
        opt("MemberNum", COUNT, "member count"),
        opt("MaxMemberNum", COUNT, "member cap"),
        opt("LastMsgTime", COUNT, "time of the last message"),
        opt("SelfInfo", Ty::Object(&SELF_INFO), "the user's own state in the group"),
    ],
);
pub const RESPONSE: Obj = response(
    "GetJoinedGroupListResponse",
    &[
        opt("TotalCount", COUNT, "total groups (ignores Limit/Offset)"),
        opt("GroupIdList", Ty::Array(&Arr { item: Ty::Object(&JOINED_GROUP), min_items: 0, max_items: None }), "groups"),
    ],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_joined_group_list", "Get the groups a user has joined")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10019])
    .sample(r#"{
  "Member_Account": "bob",
  "ResponseFilter": {
    "GroupBaseInfoFilter": ["Type", "Name", "NextMsgSeq"],
    "SelfInfoFilter": ["Role", "MsgSeq"]
  }
}"#);
