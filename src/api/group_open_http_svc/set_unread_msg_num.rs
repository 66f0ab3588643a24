//! `v4/group_open_http_svc/set_unread_msg_num`: an app admin sets a member's unread count
//! (seeds 000–002). No callback, no notification.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

wire! {
    #[derive(Eq)]
    pub struct SetUnreadMsgNum as REQUEST "SetUnreadMsgNumRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the target group" / "目标群组的 ID";
        member_account: String = req "Member_Account", USER_ID, "target group member" / "目标群成员";
        // Documented as Integer and required; negative values are rejected (decisions.md 3).
        unread_msg_num: u64 = req "UnreadMsgNum", COUNT, "unread message count of the member; clamped to the group's message count" / "该成员的未读消息数；超过群消息数时按群消息数计";
    }
}

impl SetUnreadMsgNum {
    pub fn new(group_id: &str, member_account: &str, unread_msg_num: u64) -> Self {
        SetUnreadMsgNum { group_id: group_id.into(), member_account: member_account.into(), unread_msg_num }
    }
}

impl ApiRequest for SetUnreadMsgNum {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("SetUnreadMsgNumResponse", &[]);

/// decisions.md 1: the 2025 English and the Chinese pages (ChatRoom "No", Community "Yes");
/// the types marked NoOp accept the call without error and change nothing.
pub const GROUP_TYPES: &[(GroupType, Support)] = &[
    (GroupType::Private, Support::Yes),
    (GroupType::Public, Support::Yes),
    (GroupType::ChatRoom, Support::NoOp),
    (GroupType::AVChatRoom, Support::NoOp),
    (GroupType::Community, Support::Yes),
];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "set_unread_msg_num", "Set the unread message count of a group member", "设置成员未读消息计数")
    .docs(1637, 34909)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .group_types(GROUP_TYPES)
    .sample(r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "UnreadMsgNum": 5
}"#);
