//! `v4/million_group_open_http_svc/modify_topic`: change a topic's profile (CN 1047/49468):
//! only the fields given change.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ModifyTopic as REQUEST "ModifyTopicRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        topic_id: String = req "TopicId", non_empty(), "the topic to change" / "要修改的话题 ID";
        topic_name: Option<String> = opt "TopicName", string_max(30), "new name, at most 30 bytes" / "话题名称，最长 30 字节";
        face_url: Option<String> = opt "FaceUrl", string_max(100), "new avatar URL" / "话题头像 URL";
        notification: Option<String> = opt "Notification", string_max(300), "new notice" / "话题公告";
        introduction: Option<String> = opt "Introduction", string_max(240), "new introduction" / "话题简介";
        custom_string: Option<String> = opt "CustomString", string_max(3000), "new custom string" / "自定义字段";
        mute_all_member: Option<String> = opt "MuteAllMember", Ty::Enum(&["On", "Off"]), "On: mute every member; Off: lift it" / "On 开启全员禁言，Off 取消全员禁言";
    }
}

wire! {
    #[derive(Eq)]
    pub response ModifyTopicResponse as RESPONSE "ModifyTopicResponse" {
    }
}

impl ModifyTopic {
    pub fn new(group_id: &str, topic_id: &str) -> Self {
        ModifyTopic { group_id: group_id.into(), topic_id: topic_id.into(), topic_name: None, face_url: None, notification: None, introduction: None, custom_string: None, mute_all_member: None }
    }
}

impl ApiRequest for ModifyTopic {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ModifyTopicResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "modify_topic", "Change a topic's profile", "修改话题资料")
    .docs(0, 49468)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic", "TopicName": "NewName", "Notification": "This is notification" }"#);
