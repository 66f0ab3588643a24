//! `v4/million_group_open_http_svc/create_topic`: create a topic in a Community group that
//! supports topics (CN 1047/49471). A custom `TopicId` is the group ID + `@TOPIC#_` + a suffix.

use crate::api::prelude::*;

/// Bytes a whole custom topic ID may have (the group system page, "Custom Topic IDs": "The
/// entire custom topic ID must be no longer than 96 bytes").
pub const CUSTOM_TOPIC_ID_MAX: usize = 96;

wire! {
    #[derive(Eq)]
    pub struct CreateTopic as REQUEST "CreateTopicRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group (created with SupportTopic: 1)" / "需要创建话题的社群 ID（创建时须指定 SupportTopic 为 1）";
        topic_id: Option<String> = opt "TopicId", string_max(CUSTOM_TOPIC_ID_MAX), "custom topic ID: the group ID, then @TOPIC#_, then your part (printable ASCII, no @TGS#_ or @TOPIC#_@TOPIC#), at most 96 bytes in all; absent: assigned" / "自定义话题 ID，格式为 群 ID + @TOPIC#_ + 自定义部分（可打印 ASCII 字符，不能包含 @TGS#_ 和 @TOPIC#_@TOPIC#），整个话题 ID 不超过 96 字节；不填则由系统分配";
        topic_name: String = req "TopicName", string_max(30), "the topic's name, at most 30 bytes" / "话题名称，最长 30 字节";
        from_account: Option<String> = opt "From_Account", USER_ID, "the topic's creator" / "话题创建者";
        custom_string: Option<String> = opt "CustomString", string_max(3000), "custom string, at most 3000 bytes" / "自定义字段，最长 3000 字节";
        face_url: Option<String> = opt "FaceUrl", string_max(100), "avatar URL, at most 100 bytes" / "话题头像 URL，最长 100 字节";
        notification: Option<String> = opt "Notification", string_max(300), "notice, at most 300 bytes" / "话题公告，最长 300 字节";
        introduction: Option<String> = opt "Introduction", string_max(240), "introduction, at most 240 bytes" / "话题简介，最长 240 字节";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreateTopicResponse as RESPONSE "CreateTopicResponse" {
        topic_id: String = out "TopicId", string(), "ID of the new topic" / "创建的话题 ID";
    }
}

impl CreateTopic {
    pub fn new(group_id: &str, topic_name: &str) -> Self {
        CreateTopic { group_id: group_id.into(), topic_id: None, topic_name: topic_name.into(), from_account: None, custom_string: None, face_url: None, notification: None, introduction: None }
    }
}

impl ApiRequest for CreateTopic {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateTopicResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "create_topic", "Create a topic", "创建话题")
    .docs(0, 49471)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10021])
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "TopicName": "TestTopic", "From_Account": "1400187352", "CustomString": "This is a custom string", "FaceUrl": "http://this.is.face.url", "Notification": "This is notification", "Introduction": "This is introduction" }"#);
