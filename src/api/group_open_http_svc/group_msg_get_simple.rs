//! `v4/group_open_http_svc/group_msg_get_simple`: pull a group's message history.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GroupMsgGetSimple as REQUEST "GroupMsgGetSimpleRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        req_msg_number: u32 = req "ReqMsgNumber", int(1, 20), "messages to pull, 1 to 20" / "拉取的消息条数，1 - 20";
        /// Return messages with seq ≤ this; absent: the latest.
        req_msg_seq: Option<u64> = opt "ReqMsgSeq", COUNT, "pull messages with seq up to this one (default, or 0: the latest)" / "拉取 seq 不大于该值的消息（不填或为 0 时从最新消息开始）";
        with_recalled_msg: Option<u8> = opt "WithRecalledMsg", FLAG, "1: include recalled messages" / "1：包含已撤回的消息";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

wire! {
    pub struct GroupMsg as GROUP_MSG "GroupMsg" {
        from_account: String = req "From_Account", string(), "sender" / "消息发送方";
        is_place_msg: u8 = out "IsPlaceMsg", Ty::IntEnum(&[0, 1, 2]), "1: placeholder for a deleted or expired message; 2: for a recalled one" / "1：已删除或已过期消息的占位；2：已撤回消息的占位";
        // Not always an array: system messages carry a string here (doocs issue #190).
        msg_body: serde_json::Value = out "MsgBody", MSG_BODY_OUT, "message elements" / "消息体";
        msg_priority: u32 = out "MsgPriority", COUNT, "priority" / "消息的优先级";
        msg_random: u32 = out "MsgRandom", U32, "random of the message" / "消息的随机数";
        msg_seq: u64 = req "MsgSeq", COUNT, "seq" / "消息 seq";
        msg_time_stamp: u64 = out "MsgTimeStamp", COUNT, "send time" / "发送时间";
        is_system_msg: u8 = out "IsSystemMsg", FLAG, "1: system message" / "1：系统消息";
        msg_flag_bits: Option<u64> = opt "MsgFlagBits", COUNT, "flags (8: recalled)" / "消息标志位（8：已撤回）";
    }
}

wire! {
    pub response GroupMsgGetSimpleResponse as RESPONSE "GroupMsgGetSimpleResponse" {
        group_id: String = out "GroupId", string(), "group ID" / "群组 ID";
        is_finished: u8 = out "IsFinished", Ty::IntEnum(&[0, 1, 2]), "1: no more messages" / "1：没有更多消息";
        rsp_msg_list: Vec<GroupMsg> = out "RspMsgList", Ty::Array(&Arr { item: Ty::Object(&GROUP_MSG), min_items: 0, max_items: None }), "messages, newest first" / "消息列表，最新的在前";
    }
}

impl ApiRequest for GroupMsgGetSimple {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupMsgGetSimpleResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "group_msg_get_simple", "Pull group message history", "拉取群历史消息")
    .docs(2738, 34971)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "ReqMsgNumber": 20
}"#);
