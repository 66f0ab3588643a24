//! `v4/group_open_http_svc/get_pinned_messages`: the pinned messages of a group (or Community
//! topic), with who pinned each (CN 269/134120, 2026; no English page yet).

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::api::group_open_http_svc::pin_message::{PIN_ERRORS, PIN_SEQ};

wire! {
    #[derive(Eq)]
    pub struct GetPinnedMessages as REQUEST "GetPinnedMessagesRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group (not its name)" / "群组 ID，仅支持群组 ID 不支持群组昵称";
        topic_id: Option<String> = opt "TopicId", string(), "topic of a Community that supports topics (required there)" / "话题 ID，社群必填";
    }
}

wire! {
    #[derive(Eq)]
    pub struct PinnedMsg as PINNED_MSG "PinnedMsg" {
        msg_seq: u64 = req "MsgSeq", PIN_SEQ, "seq of the pinned message" / "置顶消息的序号";
        pinner_account: String = req "Pinner_Account", USER_ID, "who pinned it" / "置顶者账号";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetPinnedMessagesResponse as RESPONSE "GetPinnedMessagesResponse" {
        pinned_msg_list: Vec<PinnedMsg> = out "PinnedMsgList", Ty::Array(&Arr { item: Ty::Object(&PINNED_MSG), min_items: 0, max_items: None }), "the pinned messages, the latest pinned first" / "置顶消息列表，最新置顶的在前";
    }
}

impl GetPinnedMessages {
    pub fn new(group_id: &str) -> Self {
        GetPinnedMessages { group_id: group_id.into(), topic_id: None }
    }
}

impl ApiRequest for GetPinnedMessages {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetPinnedMessagesResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_pinned_messages", "Get pinned messages", "获取置顶消息")
    .docs(134120, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(PIN_ERRORS)
    .group_types(NOT_AVCHATROOM)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL"
}"#);
