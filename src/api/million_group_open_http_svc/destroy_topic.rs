//! `v4/million_group_open_http_svc/destroy_topic`: disband topics of a Community group (CN
//! 1047/49470); each topic answers on its own.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct DestroyTopic as REQUEST "DestroyTopicRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        topic_id_list: Vec<String> = req "TopicIdList", Ty::Array(&Arr { item: non_empty(), min_items: 1, max_items: None }), "topics to disband" / "要解散的话题 ID 列表";
    }
}

wire! {
    #[derive(Eq)]
    pub struct DestroyResultItem as DESTROY_RESULT_ITEM "DestroyTopicResultItem" {
        topic_id: String = req "TopicId", string(), "the topic" / "话题 ID";
        error_code: u32 = req "ErrorCode", U32, "0: disbanded; 10010: no such topic" / "0 表示解散成功；10010 表示话题不存在";
        error_info: String = req "ErrorInfo", string(), "what went wrong" / "错误信息";
    }
}

wire! {
    #[derive(Eq)]
    pub response DestroyTopicResponse as RESPONSE "DestroyTopicResponse" {
        destroy_result_item: Vec<DestroyResultItem> = out "DestroyResultItem", Ty::Array(&Arr { item: Ty::Object(&DESTROY_RESULT_ITEM), min_items: 0, max_items: None }), "each topic's result, in request order" / "每个话题的解散结果";
    }
}

impl DestroyTopic {
    pub fn new(group_id: &str, topics: &[&str]) -> Self {
        DestroyTopic { group_id: group_id.into(), topic_id_list: topics.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for DestroyTopic {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DestroyTopicResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "destroy_topic", "Disband topics", "解散话题")
    .docs(0, 49470)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "TopicIdList": ["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"] }"#);
