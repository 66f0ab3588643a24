//! `v4/million_group_open_http_svc/import_topic`: import a topic with its creation time (CN
//! 269/85313; the English page and doocs say `group_open_http_svc`: decisions.md, topics).

use crate::api::prelude::*;
use super::create_topic::CUSTOM_TOPIC_ID_MAX;

wire! {
    #[derive(Eq)]
    pub struct ImportTopic as REQUEST "ImportTopicRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group (created with SupportTopic: 1)" / "话题所属的社群 ID";
        topic_id: Option<String> = opt "TopicId", string_max(CUSTOM_TOPIC_ID_MAX), "custom topic ID: the group ID, then @TOPIC#_, then your part (printable ASCII, no @TGS#_ or @TOPIC#_@TOPIC#), at most 96 bytes in all; absent: assigned" / "自定义话题 ID，格式为 群 ID + @TOPIC#_ + 自定义部分（可打印 ASCII 字符，不能包含 @TGS#_ 和 @TOPIC#_@TOPIC#），整个话题 ID 不超过 96 字节；不填则由系统分配";
        topic_name: String = req "TopicName", string_max(30), "the topic's name, at most 30 bytes" / "话题名称，最长 30 字节";
        from_account: Option<String> = opt "From_Account", USER_ID, "the topic's creator" / "话题创建者";
        custom_string: Option<String> = opt "CustomString", string_max(3000), "custom string" / "自定义字段";
        face_url: Option<String> = opt "FaceUrl", string_max(100), "avatar URL" / "话题头像 URL";
        notification: Option<String> = opt "Notification", string_max(300), "notice" / "话题公告";
        introduction: Option<String> = opt "Introduction", string_max(240), "introduction" / "话题简介";
        create_time: Option<u64> = opt "CreateTime", UNIX_SECONDS, "when the topic was created, Unix seconds; absent: now" / "话题的创建时间；不填则为当前时间";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImportTopicResponse as RESPONSE "ImportTopicResponse" {
        topic_id: String = out "TopicId", string(), "ID of the imported topic" / "导入的话题 ID";
    }
}

impl ApiRequest for ImportTopic {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImportTopicResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "import_topic", "Import a topic", "导入话题")
    .docs(85313, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10021])
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic", "TopicName": "TestTopic", "From_Account": "1400187352", "CreateTime": 1650000000 }"#);
