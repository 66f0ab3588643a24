//! `v4/openim/modify_c2c_msg`: overwrite a stored one-to-one message's body or custom data.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    pub struct ModifyC2cMsg as REQUEST "ModifyC2cMsgRequest"
        // Something must change: MsgBody, CloudCustomData or both.
        between &[Between::AtLeastOne(&["MsgBody", "CloudCustomData"])]; {
        from_account: String = req "From_Account", USER_ID, "sender of the message" / "消息发送方";
        to_account: String = req "To_Account", USER_ID, "receiver of the message" / "消息接收方";
        msg_key: String = req "MsgKey", non_empty(), "the message's MsgKey" / "该消息的 MsgKey";
        msg_body: Option<Vec<MsgElement>> = opt "MsgBody", MSG_BODY, "new message elements" / "新的消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "new custom data" / "新的自定义数据";
    }
}

impl ModifyC2cMsg {
    pub fn custom_data(from: &str, to: &str, key: &str, data: &str) -> Self {
        ModifyC2cMsg { from_account: from.into(), to_account: to.into(), msg_key: key.into(), msg_body: None, cloud_custom_data: Some(data.into()) }
    }
}

impl ApiRequest for ModifyC2cMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "modify_c2c_msg", "Change a stored one-to-one message", "修改单聊历史消息")
    .docs(0, 47722)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[20001, 20002, 20003, 20004, 20005, 90001, 90002, 90003, 90007, 90009, 90010, 90012, 90054, 90992, 91000])
    .sample(r#"{
  "From_Account": "dramon1",
  "To_Account": "dramon2",
  "MsgKey": "1_2_3",
  "CloudCustomData": "x"
}"#);
