//! `v4/openim/c2c_msg_read_receipt`: a user sends read receipts for messages it received.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ReceiptMsg as MSG_ITEM "C2CMsgInfo" {
        from_account: String = req "From_Account", USER_ID, "sender: the Peer_Account" / "消息发送方：Peer_Account";
        to_account: String = req "To_Account", USER_ID, "receiver: the Operator_Account" / "消息接收方：Operator_Account";
        msg_key: String = req "MsgKey", non_empty(), "the message's MsgKey" / "该消息的 MsgKey";
    }
}

wire! {
    #[derive(Eq)]
    pub struct C2cMsgReadReceipt as REQUEST "C2cMsgReadReceiptRequest" {
        operator_account: String = req "Operator_Account", USER_ID, "the reader, who sends the receipts" / "发送已读回执的读者";
        peer_account: String = req "Peer_Account", USER_ID, "the sender of the messages" / "消息的发送方";
        c2c_msg_info: Vec<ReceiptMsg> = req "C2CMsgInfo", Ty::Array(&Arr { item: Ty::Object(&MSG_ITEM), min_items: 1, max_items: None }), "the messages read" / "已读的消息";
    }
}

impl C2cMsgReadReceipt {
    pub fn new(reader: &str, peer: &str, keys: &[&str]) -> Self {
        let c2c_msg_info = keys.iter().map(|k| ReceiptMsg { from_account: peer.into(), to_account: reader.into(), msg_key: (*k).into() }).collect();
        C2cMsgReadReceipt { operator_account: reader.into(), peer_account: peer.into(), c2c_msg_info }
    }
}

impl ApiRequest for C2cMsgReadReceipt {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "c2c_msg_read_receipt", "Send one-to-one read receipts", "发送单聊消息已读回执")
    .docs(104121, 77776)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[20001, 20002, 20003, 90001, 90003, 90008, 90054])
    .sample(r#"{
  "Operator_Account": "user1",
  "Peer_Account": "user2",
  "C2CMsgInfo": [
    { "From_Account": "user2", "To_Account": "user1", "MsgKey": "1467329515_5675354_1708676941" }
  ]
}"#);
