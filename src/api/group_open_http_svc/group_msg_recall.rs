//! `v4/group_open_http_svc/group_msg_recall`: recall group messages by seq.

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GroupMsgRecall as REQUEST "GroupMsgRecallRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        msg_seq_list: Vec<MsgSeqItem> = req "MsgSeqList", Ty::Array(&Arr { item: Ty::Object(&MSG_SEQ_ITEM), min_items: 1, max_items: Some(10) }), "messages to recall, at most 10" / "待撤回的消息，最多10条";
        reason: Option<String> = opt "Reason", string_max(100), "why, at most 100 bytes" / "原因，最长100字节";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

wire! {
    #[derive(Eq)]
    pub struct RecallResult as RESULT_ITEM "RecallResult" {
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq" / "消息 seq";
        ret_code: u32 = req "RetCode", COUNT, "0, or 10030 when there is no such message to recall" / "0，或没有可撤回的该消息时为 10030";
    }
}

wire! {
    #[derive(Eq)]
    pub response GroupMsgRecallResponse as RESPONSE "GroupMsgRecallResponse" {
        recall_ret_list: Vec<RecallResult> = out "RecallRetList", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per seq, in request order" / "每个 seq 一个结果，顺序同请求";
    }
}

impl GroupMsgRecall {
    pub fn new(group_id: &str, seqs: &[u64]) -> Self {
        GroupMsgRecall { group_id: group_id.into(), msg_seq_list: seqs.iter().map(|&s| MsgSeqItem { msg_seq: s }).collect(), reason: None, topic_id: None }
    }
}

impl ApiRequest for GroupMsgRecall {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupMsgRecallResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "group_msg_recall", "Recall group messages", "撤回群消息")
    .docs(12341, 34965)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10030, 10031, 10032, 10033, 10041])
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MsgSeqList": [{ "MsgSeq": 100 }, { "MsgSeq": 101 }]
}"#);
