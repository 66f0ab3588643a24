//! `v4/group_open_http_svc/forbid_send_msg`: mute or unmute members of a group.

use crate::api::prelude::*;
use crate::api::group_open_http_svc::modify_group_member_info::{MUTE_SECONDS, MUTE_TIME_MISTAKES};
use crate::vocab::{GroupType, Service, Support};

wire! {
    #[derive(Eq)]
    pub struct ForbidSendMsg as REQUEST "ForbidSendMsgRequest" mistakes MUTE_TIME_MISTAKES; {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        members_account: Vec<String> = req "Members_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) }), "members to mute or unmute, at most 500" / "需要禁言或取消禁言的成员，最多500个";
        mute_time: u64 = req "MuteTime", MUTE_SECONDS, "seconds from now; 0 unmutes, 4294967295 is for good" / "从现在起的秒数；0 表示取消禁言，4294967295 表示永久禁言";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

impl ForbidSendMsg {
    pub fn new(group_id: &str, members: &[&str], seconds: u64) -> Self {
        ForbidSendMsg { group_id: group_id.into(), members_account: members.iter().map(|m| (*m).into()).collect(), mute_time: seconds, topic_id: None }
    }
}

impl ApiRequest for ForbidSendMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// Work (Private) groups cannot mute (269/1502).
pub const GROUP_TYPES: &[(GroupType, Support)] = &[(GroupType::Private, Support::Forbidden), (GroupType::Public, Support::Yes), (GroupType::ChatRoom, Support::Yes), (GroupType::AVChatRoom, Support::Yes), (GroupType::Community, Support::Yes)];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "forbid_send_msg", "Mute or unmute group members", "批量禁言和取消禁言")
    .docs(1627, 34951)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .group_types(GROUP_TYPES)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "Members_Account": ["peter", "leckie"],
  "MuteTime": 60
}"#);
