//! `v4/group_open_http_svc/unpin_message`: unpin a pinned group (or Community topic) message
//! (CN 269/134119, 2026; no English page yet).

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::api::group_open_http_svc::pin_message::{PIN_ERRORS, PIN_SEQ};

wire! {
    #[derive(Eq)]
    pub struct UnpinMessage as REQUEST "UnpinMessageRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group (not its name)" / "群组 ID，仅支持群组 ID 不支持群组昵称";
        topic_id: Option<String> = opt "TopicId", string(), "topic of a Community that supports topics (required there)" / "话题 ID，社群必填";
        msg_seq: u64 = req "MsgSeq", PIN_SEQ, "seq of the message to unpin: it must exist and be pinned" / "要取消置顶的消息序号，取值范围1 - 4294967295。该消息必须存在且已被置顶，不能为0";
        unpinner_account: Option<String> = opt "UnPinner_Account", USER_ID, "who unpins it (default: the caller, the App admin)" / "取消置顶操作的执行者账号。如果不填，则默认为当前请求用户。若填写，则需要当前请求者为 App 管理员";
    }
}

impl UnpinMessage {
    pub fn new(group_id: &str, msg_seq: u64) -> Self {
        UnpinMessage { group_id: group_id.into(), topic_id: None, msg_seq, unpinner_account: None }
    }
}

impl ApiRequest for UnpinMessage {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "unpin_message", "Unpin a group message", "取消群消息置顶")
    .docs(134119, 0)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PIN_ERRORS)
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MsgSeq": 7,
  "UnPinner_Account": "user1"
}"#);
