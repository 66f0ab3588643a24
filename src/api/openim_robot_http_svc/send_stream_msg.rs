//! `v4/openim_robot_http_svc/send_stream_msg`: one chunk of a robot's streaming one-to-one
//! message; the first call makes the message and its MsgKey, the next ones pass it back, the
//! last says `Finish` (269/104537, trtc.io/document/71131).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct SendStreamMsg as REQUEST "SendStreamMsgRequest" {
        from_account: String = req "From_Account", USER_ID, "the sending robot's UserID" / "消息发送方 UserID（用于指定发送消息方账号）";
        to_account: String = req "To_Account", USER_ID, "the receiver's UserID" / "消息接收方 UserID";
        chunk: String = req "Chunk", string(), "this part of the streamed text" / "流式文本消息其中的某一段文字";
        msg_key: Option<String> = opt "MsgKey", non_empty(), "absent on the first call; from the second on, the MsgKey the first answered" / "首次调用 API 时不填，从第二次调用开始需要将该字段回传";
        finish: Option<u8> = opt "Finish", FLAG, "1 on the last call: the stream has ended" / "最后一次调用时，标识该流式输出已经结束";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendStreamMsgResponse as RESPONSE "SendStreamMsgResponse" {
        msg_key: String = out "MsgKey", string(), "the streaming message's key: pass it with every later chunk" / "流式消息的 MsgKey：后续每个分片都要带上";
    }
}

impl SendStreamMsg {
    pub fn new(from: &str, to: &str, chunk: &str) -> Self {
        SendStreamMsg { from_account: from.into(), to_account: to.into(), chunk: chunk.into(), msg_key: None, finish: None }
    }
    pub fn more(mut self, msg_key: &str, finish: bool) -> Self {
        self.msg_key = Some(msg_key.into());
        self.finish = finish.then_some(1);
        self
    }
}

impl ApiRequest for SendStreamMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendStreamMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimRobotHttpSvc, "send_stream_msg", "Send a streaming response message", "发送流式响应消息")
    .docs(104537, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10004, 90054])
    .sample(r#"{"From_Account":"@RBT#my_bot","To_Account":"user01","Chunk":"hello, "}"#);
