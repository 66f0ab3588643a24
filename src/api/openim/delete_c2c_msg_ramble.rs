//! `v4/openim/delete_c2c_msg_ramble`: delete one-to-one messages from one side of the
//! conversation only (the other side still sees them).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeleteC2cMsgRamble as REQUEST "DeleteC2cMsgRambleRequest" {
        operator_account: String = req "Operator_Account", USER_ID, "the side that deletes (only it stops seeing them)" / "发起删除操作的账号，即以 Operator_Account 的身份删除消息";
        peer_account: String = req "Peer_Account", USER_ID, "the other side of the conversation" / "会话的另一方账号";
        msg_key_list: Vec<String> = req "MsgKeyList", Ty::Array(&Arr { item: Ty::Str(Str { min_bytes: 1, max_bytes: None, kind: StrKind::Plain }), min_items: 1, max_items: Some(30) }), "MsgKeys of the messages to delete, at most 30" / "待删除消息的 MsgKey 数组，一次最多删除30条消息";
    }
}

wire! {
    #[derive(Eq)]
    pub response DeleteC2cMsgRambleResponse as RESPONSE "DeleteC2cMsgRambleResponse" {
        invalid_msg_key_list: Option<Vec<String>> = opt "InvalidMsgKeyList", STRINGS, "MsgKeys of the request that are not well formed" / "请求中格式非法的 MsgKey";
    }
}

impl DeleteC2cMsgRamble {
    pub fn new(operator: &str, peer: &str, keys: &[&str]) -> Self {
        DeleteC2cMsgRamble { operator_account: operator.into(), peer_account: peer.into(), msg_key_list: keys.iter().map(|k| (*k).into()).collect() }
    }
}

impl ApiRequest for DeleteC2cMsgRamble {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DeleteC2cMsgRambleResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "delete_c2c_msg_ramble", "Delete one side's one-to-one history", "单向删除单聊历史消息")
    .docs(101439, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402, 90001, 90008, 90003, 90054])
    .sample(r#"{
  "Operator_Account": "test1",
  "Peer_Account": "test2",
  "MsgKeyList": ["1353691732_123_1653995506"]
}"#);
