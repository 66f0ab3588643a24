//! `v4/group_open_http_svc/clear_group_msg`: clear a group's history for its members (the
//! admin still pulls it).

use crate::api::group_open_http_svc::get_group_counter::NOT_COMMUNITY;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ClearGroupMsg as REQUEST "ClearGroupMsgRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group whose history is cleared" / "要清空历史消息的群组 ID";
        msg_seq: Option<u64> = opt "MsgSeq", COUNT, "clear messages with seq up to this one (default: all)" / "清空小于等于 MsgSeq 的历史消息，不填则清空所有的历史消息";
    }
}

impl ClearGroupMsg {
    pub fn new(group_id: &str, msg_seq: Option<u64>) -> Self {
        ClearGroupMsg { group_id: group_id.into(), msg_seq }
    }
}

impl ApiRequest for ClearGroupMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "clear_group_msg", "Clear a group's message history", "清空群聊历史消息")
    .docs(95617, 65970)
    .tables(&REQUEST, &ENVELOPE)
    .errors(GROUP_ERRORS)
    .group_types(NOT_COMMUNITY)
    .sample(r#"{
  "GroupId": "@TGS#15ERQPAER",
  "MsgSeq": 7803321
}"#);
