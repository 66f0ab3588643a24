//! `v4/openim/admin_msgwithdraw`: recall a one-to-one message by its `MsgKey`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct AdminMsgWithdraw as REQUEST "AdminMsgWithdrawRequest" {
        from_account: String = req "From_Account", USER_ID, "sender of the message" / "消息发送方";
        to_account: String = req "To_Account", USER_ID, "receiver of the message" / "消息接收方";
        msg_key: String = req "MsgKey", non_empty(), "MsgKey returned by sendmsg" / "sendmsg 返回的 MsgKey";
    }
}

impl ApiRequest for AdminMsgWithdraw {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("AdminMsgWithdrawResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "admin_msgwithdraw", "Recall a one-to-one message", "撤回单聊消息")
    .docs(38980, 35015)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 90008, 90054])
    .sample(r#"{
  "From_Account": "vinson",
  "To_Account": "dramon",
  "MsgKey": "31906_833502_1572869830"
}"#);
