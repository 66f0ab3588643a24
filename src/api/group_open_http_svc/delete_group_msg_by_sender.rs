//! `v4/group_open_http_svc/delete_group_msg_by_sender`: silently recall one member's recent
//! messages.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

wire! {
    #[derive(Eq)]
    pub struct DeleteGroupMsgBySender as REQUEST "DeleteGroupMsgBySenderRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        sender_account: String = req "Sender_Account", USER_ID, "whose messages, among the group's latest 1000, are recalled" / "撤回该用户在群内最近1000条消息中发送的消息";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

impl DeleteGroupMsgBySender {
    pub fn new(group_id: &str, sender: &str) -> Self {
        DeleteGroupMsgBySender { group_id: group_id.into(), sender_account: sender.into(), topic_id: None }
    }
}

impl ApiRequest for DeleteGroupMsgBySender {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// AVChatRoom keeps no history: accepted, nothing to do.
pub const GROUP_TYPES: &[(GroupType, Support)] = &[(GroupType::Private, Support::Yes), (GroupType::Public, Support::Yes), (GroupType::ChatRoom, Support::Yes), (GroupType::AVChatRoom, Support::NoOp), (GroupType::Community, Support::Yes)];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_group_msg_by_sender", "Recall a member's recent group messages", "撤回指定用户发送的消息")
    .docs(2359, 34970)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .group_types(GROUP_TYPES)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "Sender_Account": "leckie"
}"#);
