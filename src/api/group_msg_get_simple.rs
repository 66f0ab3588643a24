//! `v4/group_open_http_svc/group_msg_get_simple`: pull a group's message history.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMsgGetSimple {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "ReqMsgNumber")]
    pub req_msg_number: u32,
    /// Return messages with seq ≤ this; absent: the latest.
    #[serde(rename = "ReqMsgSeq", skip_serializing_if = "Option::is_none", default)]
    pub req_msg_seq: Option<u64>,
    #[serde(rename = "WithRecalledMsg", skip_serializing_if = "Option::is_none", default)]
    pub with_recalled_msg: Option<u8>,
}
reads!(GroupMsgGetSimple { group_id: "GroupId", req_msg_number: "ReqMsgNumber", req_msg_seq: "ReqMsgSeq", with_recalled_msg: "WithRecalledMsg" });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupMsg {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "IsPlaceMsg")]
    pub is_place_msg: u8,
    #[serde(rename = "MsgBody")]
    pub msg_body: serde_json::Value,
    #[serde(rename = "MsgPriority")]
    pub msg_priority: u32,
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: u64,
    #[serde(rename = "IsSystemMsg", default)]
    pub is_system_msg: u8,
}
writes!(GroupMsg { from_account: "From_Account", is_place_msg: "IsPlaceMsg", msg_body: "MsgBody", msg_priority: "MsgPriority", msg_random: "MsgRandom", msg_seq: "MsgSeq", msg_time_stamp: "MsgTimeStamp", is_system_msg: "IsSystemMsg" });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupMsgGetSimpleResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(rename = "IsFinished", default)]
    pub is_finished: u8,
    #[serde(rename = "RspMsgList", default)]
    pub rsp_msg_list: Vec<GroupMsg>,
}
writes!(@response GroupMsgGetSimpleResponse { group_id: "GroupId", is_finished: "IsFinished", rsp_msg_list: "RspMsgList" });

impl ApiRequest for GroupMsgGetSimple {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupMsgGetSimpleResponse;
}

pub const REQUEST: Obj = Obj::new(
    "GroupMsgGetSimpleRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        req("ReqMsgNumber", int(1, 20), "messages to pull, 1 to 20"),
        opt("ReqMsgSeq", COUNT, "pull messages with seq up to this one (default: latest)"),
        opt("WithRecalledMsg", FLAG, "1: include recalled messages"),
        opt("TopicId", string(), "Community topic"),
    ],
);
const GROUP_MSG: Obj = Obj::new(
    "GroupMsg",
    &[
        req("From_Account", string(), "sender"),
        opt("IsPlaceMsg", FLAG, "1: placeholder for a deleted or recalled message"),
        // Not always an array: system messages carry a string here (doocs issue #190).
        opt("MsgBody", ANY, "message elements"),
        opt("MsgPriority", COUNT, "priority"),
        opt("MsgRandom", U32, "random of the message"),
        req("MsgSeq", COUNT, "seq"),
        opt("MsgTimeStamp", COUNT, "send time"),
        opt("IsSystemMsg", FLAG, "1: system message"),
        opt("MsgFlagBits", COUNT, "flags (8: recalled)"),
    ],
);
pub const RESPONSE: Obj = response(
    "GroupMsgGetSimpleResponse",
    &[
        opt("GroupId", string(), "group ID"),
        opt("IsFinished", Ty::IntEnum(&[0, 1, 2]), "1: no more messages"),
        opt("RspMsgList", Ty::Array(&Arr { item: Ty::Object(&GROUP_MSG), min_items: 0, max_items: None }), "messages, newest first"),
    ],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "group_msg_get_simple", "Pull group message history")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "ReqMsgNumber": 20
}"#);
