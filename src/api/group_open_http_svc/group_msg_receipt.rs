//! `v4/group_open_http_svc/group_msg_receipt`: the app admin marks group messages read for a
//! member (how receipts become "read" through REST). Reading seq N reads everything up to N.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GroupMsgReceiptRequest as REQUEST "GroupMsgReceiptRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        /// The member who read the messages.
        from_account: String = req "From_Account", USER_ID, "member who read the messages" / "已读消息的成员";
        msg_seq_list: Vec<MsgSeqItem> = req "MsgSeqList", Ty::Array(&Arr { item: Ty::Object(&MSG_SEQ_ITEM), min_items: 1, max_items: Some(50) }), "seqs read, at most 50" / "已读消息的 seq，最多50个";
    }
}

impl GroupMsgReceiptRequest {
    pub fn new(group_id: &str, reader: &str, seqs: &[u64]) -> Self {
        GroupMsgReceiptRequest { group_id: group_id.into(), from_account: reader.into(), msg_seq_list: seqs.iter().map(|&msg_seq| MsgSeqItem { msg_seq }).collect() }
    }
}

impl ApiRequest for GroupMsgReceiptRequest {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("GroupMsgReceiptResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "group_msg_receipt", "Send read receipts for group messages (mark read for a member)", "发送群消息已读回执（为成员标记已读）")
    .docs(107478, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10019])
    .group_types(crate::api::group_open_http_svc::get_group_msg_receipt::RECEIPT_GROUP_TYPES)
    .needs_receipts_feature()
    .sample(r#"{
  "GroupId": "@TGS#2TTV7VSII",
  "From_Account": "bob",
  "MsgSeqList": [{ "MsgSeq": 2 }]
}"#);
