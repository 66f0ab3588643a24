//! `v4/group_open_http_svc/get_group_msg_receipt`: read and unread counts per message (seed 004).

use super::*;
use crate::protocol::catalog::{Service, Support};
use crate::protocol::group_type::GroupType;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetGroupMsgReceipt {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MsgSeqList")]
    pub msg_seq_list: Vec<MsgSeqItem>,
}
reads!(GetGroupMsgReceipt { group_id: "GroupId", msg_seq_list: "MsgSeqList" });

impl GetGroupMsgReceipt {
    pub fn new(group_id: &str, seqs: &[u64]) -> Self {
        GetGroupMsgReceipt { group_id: group_id.into(), msg_seq_list: seqs.iter().map(|&msg_seq| MsgSeqItem { msg_seq }).collect() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMsgReceipt {
    /// 0, or 10062 when the message has no read receipt.
    #[serde(rename = "Code")]
    pub code: u32,
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    #[serde(rename = "ReadNum")]
    pub read_num: u64,
    #[serde(rename = "UnreadNum")]
    pub unread_num: u64,
}
writes!(GroupMsgReceipt { code: "Code", msg_seq: "MsgSeq", read_num: "ReadNum", unread_num: "UnreadNum" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetGroupMsgReceiptResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "GroupMsgReceiptList", default, skip_serializing_if = "Vec::is_empty")]
    pub group_msg_receipt_list: Vec<GroupMsgReceipt>,
}
writes!(@response GetGroupMsgReceiptResponse { #[skip_empty] group_msg_receipt_list: "GroupMsgReceiptList" });

impl ApiRequest for GetGroupMsgReceipt {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMsgReceiptResponse;
}

pub const REQUEST: Obj = Obj::new(
    "GetGroupMsgReceiptRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        req("MsgSeqList", Ty::Array(&Arr { item: Ty::Object(&MSG_SEQ_ITEM), min_items: 1, max_items: None }), "list of message seqs"),
    ],
);

const RECEIPT_ITEM: Obj = Obj::new(
    "GroupMsgReceipt",
    &[
        req("Code", COUNT, "0, or 10062 when the read receipt doesn't exist"),
        req("MsgSeq", COUNT, "message seq"),
        req("ReadNum", COUNT, "read count"),
        req("UnreadNum", COUNT, "unread count"),
    ],
);
pub const RESPONSE: Obj = response(
    "GetGroupMsgReceiptResponse",
    &[opt("GroupMsgReceiptList", Ty::Array(&Arr { item: Ty::Object(&RECEIPT_ITEM), min_items: 0, max_items: None }), "read receipts, one per requested seq")],
);

/// The error list of both receipt queries' pages: the group-service errors plus 10062
/// (no read receipt for the message).
pub const RECEIPT_ERRORS: &[u32] = &[10002, 10003, 10004, 10007, 10010, 10015, 10062];

/// The receipts table of seed 004 (also used by group_msg_receipt and the detail endpoint).
pub const RECEIPT_GROUP_TYPES: &[(GroupType, Support)] = &[
    (GroupType::Private, Support::Yes),
    (GroupType::Public, Support::Yes),
    (GroupType::ChatRoom, Support::Yes),
    (GroupType::AVChatRoom, Support::Refused),
    (GroupType::Community, Support::Refused),
];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_msg_receipt", "Pull read receipts for group messages")
    .tables(&REQUEST, &RESPONSE)
    .errors(RECEIPT_ERRORS)
    .group_types(RECEIPT_GROUP_TYPES)
    .needs_receipts_feature()
    .sample(r#"{
  "GroupId": "@TGS#2TTV7VSII",
  "MsgSeqList": [
    { "MsgSeq": 1 },
    { "MsgSeq": 2 }
  ]
}"#);
