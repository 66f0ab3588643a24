//! `v4/openim/admin_getroammsg`: one-to-one history between two users, with `IsPeerRead`.

use super::*;
use crate::protocol::catalog::Service;
use crate::validate::Diagnostic;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminGetRoamMsg {
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    #[serde(rename = "MaxCnt")]
    pub max_cnt: u32,
    #[serde(rename = "MinTime")]
    pub min_time: u32,
    #[serde(rename = "MaxTime")]
    pub max_time: u32,
    #[serde(rename = "LastMsgKey", skip_serializing_if = "Option::is_none", default)]
    pub last_msg_key: Option<String>,
}
reads!(AdminGetRoamMsg { operator_account: "Operator_Account", peer_account: "Peer_Account", max_cnt: "MaxCnt", min_time: "MinTime", max_time: "MaxTime", last_msg_key: "LastMsgKey" });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoamMsg {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: u64,
    /// 0 normal, 8 recalled.
    #[serde(rename = "MsgFlagBits")]
    pub msg_flag_bits: u32,
    /// 1 when the receiver has read it.
    #[serde(rename = "IsPeerRead")]
    pub is_peer_read: u8,
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
    #[serde(rename = "MsgBody")]
    pub msg_body: serde_json::Value,
}
writes!(RoamMsg { from_account: "From_Account", to_account: "To_Account", msg_seq: "MsgSeq", msg_random: "MsgRandom", msg_time_stamp: "MsgTimeStamp", msg_flag_bits: "MsgFlagBits", is_peer_read: "IsPeerRead", msg_key: "MsgKey", msg_body: "MsgBody" });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminGetRoamMsgResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "Complete", default)]
    pub complete: u8,
    #[serde(rename = "MsgCnt", default)]
    pub msg_cnt: u64,
    #[serde(rename = "LastMsgTime", default)]
    pub last_msg_time: u64,
    #[serde(rename = "LastMsgKey", default)]
    pub last_msg_key: String,
    #[serde(rename = "MsgList", default)]
    pub msg_list: Vec<RoamMsg>,
}
writes!(@response AdminGetRoamMsgResponse { complete: "Complete", msg_cnt: "MsgCnt", last_msg_time: "LastMsgTime", last_msg_key: "LastMsgKey", msg_list: "MsgList" });

impl ApiRequest for AdminGetRoamMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AdminGetRoamMsgResponse;
}

pub const REQUEST: Obj = Obj::new(
    "AdminGetRoamMsgRequest",
    &[
        req("Operator_Account", USER_ID, "one side of the conversation"),
        req("Peer_Account", USER_ID, "the other side"),
        req("MaxCnt", int(1, 100), "messages per page, 1 to 100"),
        req("MinTime", UNIX_SECONDS, "earliest send time, Unix seconds"),
        req("MaxTime", UNIX_SECONDS, "latest send time, Unix seconds"),
        opt("LastMsgKey", string(), "MsgKey of the last message of the previous page"),
    ],
);
const ROAM_MSG: Obj = Obj::new(
    "RoamMsg",
    &[
        req("From_Account", string(), "sender"),
        req("To_Account", string(), "receiver"),
        opt("MsgSeq", COUNT, "seq"),
        opt("MsgRandom", U32, "random"),
        opt("MsgTimeStamp", COUNT, "send time"),
        opt("MsgFlagBits", COUNT, "0 normal, 8 recalled"),
        opt("IsPeerRead", FLAG, "1: the receiver has read it"),
        opt("MsgKey", string(), "message key"),
        opt("MsgBody", ANY, "message elements"),
        opt("CloudCustomData", string(), "custom data"),
    ],
);
pub const RESPONSE: Obj = response(
    "AdminGetRoamMsgResponse",
    &[
        opt("Complete", FLAG, "1: every message in the range was returned"),
        opt("MsgCnt", COUNT, "messages in this page"),
        opt("LastMsgTime", COUNT, "time of the last message in this page"),
        opt("LastMsgKey", string(), "key of the last message in this page"),
        opt("MsgList", Ty::Array(&Arr { item: Ty::Object(&ROAM_MSG), min_items: 0, max_items: None }), "messages"),
    ],
);

fn check(body: &Node, c: &mut Checker) {
    if let (Some(min), Some(max)) = (body.get("MinTime").and_then(Node::as_i64), body.get("MaxTime").and_then(Node::as_i64)) {
        if min > max {
            c.push(Diagnostic::error(c.path_of("MinTime"), "conflicting_fields", format!("MinTime ({min}) is after MaxTime ({max})")));
        }
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "admin_getroammsg", "Query one-to-one message history")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 90008])
    .check(check)
    .sample(r#"{
  "Operator_Account": "user1",
  "Peer_Account": "user2",
  "MaxCnt": 100,
  "MinTime": 1584669600,
  "MaxTime": 1584673200
}"#);
