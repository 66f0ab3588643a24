//! `v4/group_open_http_svc/get_group_msg_receipt`: read and unread counts per message (seed 004).

use crate::api::prelude::*;
use crate::vocab::{Service, Support};
use crate::vocab::GroupType;

wire! {
    #[derive(Eq)]
    pub struct GetGroupMsgReceipt as REQUEST "GetGroupMsgReceiptRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        msg_seq_list: Vec<MsgSeqItem> = req "MsgSeqList", Ty::Array(&Arr { item: Ty::Object(&MSG_SEQ_ITEM), min_items: 1, max_items: None }), "list of message seqs" / "消息 seq 列表";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GroupMsgReceipt as RECEIPT_ITEM "GroupMsgReceipt" {
        /// 0, or 10062 when the message has no read receipt.
        code: u32 = req "Code", COUNT, "0, or 10062 when the read receipt doesn't exist" / "0，或已读回执不存在时为 10062";
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq" / "消息 seq";
        read_num: u64 = req "ReadNum", COUNT, "read count" / "已读人数";
        unread_num: u64 = req "UnreadNum", COUNT, "unread count" / "未读人数";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupMsgReceiptResponse as RESPONSE "GetGroupMsgReceiptResponse" {
        group_msg_receipt_list: Vec<GroupMsgReceipt> = out "GroupMsgReceiptList", Ty::Array(&Arr { item: Ty::Object(&RECEIPT_ITEM), min_items: 0, max_items: None }), "read receipts, one per requested seq" / "已读回执，每个请求的 seq 一个";
    }
}

impl GetGroupMsgReceipt {
    pub fn new(group_id: &str, seqs: &[u64]) -> Self {
        GetGroupMsgReceipt { group_id: group_id.into(), msg_seq_list: seqs.iter().map(|&msg_seq| MsgSeqItem { msg_seq }).collect() }
    }
}

impl ApiRequest for GetGroupMsgReceipt {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMsgReceiptResponse;
}

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

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_msg_receipt", "Pull read receipts for group messages", "拉取群消息已读回执信息")
    .docs(0, 49439)
    .tables(&REQUEST, &RESPONSE)
    .errors(RECEIPT_ERRORS)
    .group_types(RECEIPT_GROUP_TYPES)
    .needs_receipts_feature()
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2TTV7VSII",
  "MsgSeqList": [
    { "MsgSeq": 1 },
    { "MsgSeq": 2 }
  ]
}"#);
