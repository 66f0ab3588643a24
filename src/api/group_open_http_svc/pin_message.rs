//! `v4/group_open_http_svc/pin_message`: pin a group (or Community topic) message (CN
//! 269/133874, 2026; no English page yet). Pins are listed newest first by
//! get_pinned_messages; a group or topic keeps at most 10 (`group_pins::MAX_PINS`).

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;

/// A pinnable message's seq: 1 to 4294967295 (the page: 取值范围1 - 4294967295，不能为0).
pub const PIN_SEQ: Ty = int(1, u32::MAX as i64);

/// The codes of the three pin pages: 10059 without the ultimate or enterprise edition, 10070
/// past the pin limit, 10071 for a message already pinned (the SDK's
/// ERR_SVR_GROUP_PINNED_MESSAGE_COUNT_LIMIT and ERR_SVR_GROUP_MESSAGE_ALREADY_PINNED).
pub const PIN_ERRORS: &[u32] = &[10002, 10004, 10007, 10010, 10015, 10019, 10059, 10070, 10071];

wire! {
    #[derive(Eq)]
    pub struct PinMessage as REQUEST "PinMessageRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group (not its name)" / "群组 ID，仅支持群组 ID 不支持群组昵称";
        topic_id: Option<String> = opt "TopicId", string(), "topic of a Community that supports topics (required there)" / "话题 ID，社群必填";
        msg_seq: u64 = req "MsgSeq", PIN_SEQ, "seq of the message to pin: it must exist and not have expired" / "要置顶的消息序号，取值范围1 - 4294967295。该消息必须存在且未过期，不能为0";
        pinner_account: Option<String> = opt "Pinner_Account", USER_ID, "who pins it (default: the App admin)" / "置顶消息的操作者账号。如果不填，则默认为 App 管理员";
    }
}

impl PinMessage {
    pub fn new(group_id: &str, msg_seq: u64) -> Self {
        PinMessage { group_id: group_id.into(), topic_id: None, msg_seq, pinner_account: None }
    }
}

impl ApiRequest for PinMessage {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "pin_message", "Pin a group message", "群消息置顶")
    .docs(133874, 0)
    .tables(&REQUEST, &ENVELOPE)
    .errors(PIN_ERRORS)
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MsgSeq": 7,
  "Pinner_Account": "user1"
}"#);
