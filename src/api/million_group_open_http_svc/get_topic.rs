//! `v4/million_group_open_http_svc/get_topic`: topic profiles of a Community group (CN
//! 1047/49469): the topics named, or every topic.

use crate::api::prelude::*;

/// The profile fields a `ResponseFilter` may name.
pub const TOPIC_FIELDS: &[&str] = &["TopicName", "GroupID", "FaceUrl", "TopicId", "NextMsgSeq", "Notification", "Introduction", "CreateTime", "LastMsgTime", "ShutUpAllFlag", "CustomString"];

wire! {
    #[derive(Eq)]
    pub struct GetTopic as REQUEST "GetTopicRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        from_account: Option<String> = opt "From_Account", USER_ID, "whose view (for SelfInfo)" / "拉取者 UserID";
        topic_id_list: Option<Vec<String>> = opt "TopicIdList", Ty::Array(&Arr { item: non_empty(), min_items: 0, max_items: None }), "topics to read; absent or empty: every topic" / "需要拉取的话题 ID；不填或为空时拉取全部话题";
        response_filter: Option<Vec<String>> = opt "ResponseFilter", Ty::Array(&Arr { item: Ty::Enum(TOPIC_FIELDS), min_items: 0, max_items: None }), "profile fields to return; absent: all" / "需要拉取的话题资料字段；不填则全部返回";
    }
}

wire! {
    #[derive(Eq)]
    pub struct TopicInfo as TOPIC_INFO "TopicInfo" {
        topic_id: Option<String> = opt "TopicId", string(), "ID of the topic" / "话题 ID";
        topic_name: Option<String> = opt "TopicName", string(), "name" / "话题名称";
        group_id: Option<String> = opt "GroupID", string(), "its Community group" / "所属社群 ID";
        face_url: Option<String> = opt "FaceUrl", string(), "avatar URL" / "话题头像";
        notification: Option<String> = opt "Notification", string(), "notice" / "话题公告";
        introduction: Option<String> = opt "Introduction", string(), "introduction" / "话题简介";
        custom_string: Option<String> = opt "CustomString", string(), "custom string" / "自定义字段";
        create_time: Option<u64> = opt "CreateTime", UNIX_SECONDS, "created at, Unix seconds" / "创建时间";
        last_msg_time: Option<u64> = opt "LastMsgTime", UNIX_SECONDS, "last message at, Unix seconds (0: none)" / "最后一条消息的时间";
        next_msg_seq: Option<u64> = opt "NextMsgSeq", COUNT, "seq the next message will take" / "下一条消息的 seq";
        shut_up_all_flag: Option<u8> = opt "ShutUpAllFlag", FLAG, "1: every member is muted" / "1 表示全员禁言";
    }
}

wire! {
    #[derive(Eq)]
    pub struct TopicSelfInfo as SELF_INFO "TopicSelfInfo" {
        msg_seq: u64 = out "MsgSeq", COUNT, "seq of the last topic message From_Account has read" / "成员已读消息 seq";
        msg_flag: String = out "MsgFlag", string(), "how From_Account receives the Community's messages" / "消息接收选项";
        shut_up_time: u64 = out "ShutUpTime", UNIX_SECONDS, "until when From_Account is muted, Unix seconds (0: not muted)" / "用户的禁言截止时间";
    }
}

wire! {
    #[derive(Eq)]
    pub struct TopicAndSelfInfo as TOPIC_AND_SELF "TopicAndSelfInfo" {
        topic_info: Option<TopicInfo> = opt "TopicInfo", Ty::Object(&TOPIC_INFO), "the topic's profile" / "话题资料";
        self_info: Option<TopicSelfInfo> = opt "SelfInfo", Ty::Object(&SELF_INFO), "From_Account's place in the topic, when it is a member" / "From_Account 在话题中的信息（为成员时）";
        error_code: u32 = req "ErrorCode", U32, "0, or 10010 for a topic that does not exist" / "0，话题不存在时为 10010";
        error_info: String = req "ErrorInfo", string(), "what went wrong" / "错误信息";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetTopicResponse as RESPONSE "GetTopicResponse" {
        topic_and_self_info: Vec<TopicAndSelfInfo> = out "TopicAndSelfInfo", Ty::Array(&Arr { item: Ty::Object(&TOPIC_AND_SELF), min_items: 0, max_items: None }), "each topic asked for" / "话题信息列表";
    }
}

impl GetTopic {
    pub fn new(group_id: &str) -> Self {
        GetTopic { group_id: group_id.into(), from_account: None, topic_id_list: None, response_filter: None }
    }
}

impl ApiRequest for GetTopic {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetTopicResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "get_topic", "Get topic profiles", "获取话题资料")
    .docs(0, 49469)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "TopicIdList": ["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"] }"#);
