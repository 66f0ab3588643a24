//! `v4/group_open_http_svc/send_broadcast_msg`: one message to every live group (AVChatRoom).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    pub struct SendBroadcastMsg as REQUEST "SendBroadcastMsgRequest" {
        from_account: Option<String> = opt "From_Account", USER_ID, "sender shown; absent: the App admin" / "显示的发送方；不填则为 App 管理员";
        random: u32 = req "Random", U32, "32-bit random number; the same within 5 minutes is a duplicate" / "32位随机数；5分钟内相同的随机数视为重复消息";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data" / "自定义数据";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendBroadcastMsgResponse as RESPONSE "SendBroadcastMsgResponse" {
        msg_seq: u64 = out "MsgSeq", COUNT, "the broadcast's seq" / "广播消息的 seq";
    }
}

impl SendBroadcastMsg {
    pub fn text(random: u32, text: &str) -> Self {
        SendBroadcastMsg { from_account: None, random, msg_body: vec![MsgElement::text(text)], cloud_custom_data: None }
    }
}

impl ApiRequest for SendBroadcastMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendBroadcastMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "send_broadcast_msg", "Broadcast to every live group", "直播群广播消息")
    .docs(0, 49440)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10023])
    .sample(r#"{
  "From_Account": "test",
  "Random": 8912345,
  "MsgBody": [{ "MsgType": "TIMCustomElem", "MsgContent": { "Data": "{\"type\":1}" } }],
  "CloudCustomData": "x"
}"#);
