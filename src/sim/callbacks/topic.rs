//! The Community topic callbacks: before and after a topic is created, after topics are
//! disbanded and after a topic's profile changed (field names of the doocs Java SDK's
//! callback models; the group ID is in every body, as in the other group callbacks).

use super::statement::statements;
use super::GROUP_RULE;
use crate::vocab::rules::*;

/// Topic IDs: `["@TGS#_…@TOPIC#_…"]`.
const TOPIC_IDS: Ty = Ty::Array(&Arr { item: string(), min_items: 0, max_items: None });

statements! {
    callback
    /// Before a topic is created: the app may allow or refuse it.
    GroupBeforeCreateTopic as GROUP_BEFORE_CREATE_TOPIC "Group.CallbackBeforeCreateTopic" / "GroupCallbackBeforeCreateTopic" {
        title: "Before a topic is created" / "创建话题之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"Group.CallbackBeforeCreateTopic","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","Type":"Community","Operator_Account":"leckie","Name":"TestTopic","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type (Community)" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever creates the topic" / "操作者";
        name: String = req "Name", string(), "the topic's name" / "请求创建的话题名称";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a topic was created.
    GroupAfterCreateTopic as GROUP_AFTER_CREATE_TOPIC "Group.CallbackAfterCreateTopic" / "GroupCallbackAfterCreateTopic" {
        title: "After a topic is created" / "创建话题之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterCreateTopic","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic","Type":"Community","Operator_Account":"leckie","Owner_Account":"leckie","Name":"TestTopic","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        topic_id: String = req "TopicId", string(), "ID of the new topic" / "创建的话题 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type (Community)" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever created it" / "操作者";
        owner_account: String = req "Owner_Account", string(), "the topic's creator (empty: none named)" / "话题创建者";
        name: String = req "Name", string(), "the topic's name" / "话题名称";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After topics were disbanded.
    GroupAfterTopicDestroyed as GROUP_AFTER_TOPIC_DESTROYED "Group.CallbackAfterTopicDestroyed" / "GroupCallbackAfterTopicDestroyed" {
        title: "After topics are disbanded" / "解散话题之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterTopicDestroyed","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","Type":"Community","TopicIdList":["@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"],"EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type (Community)" / "群组类型";
        topic_id_list: Vec<String> = req "TopicIdList", TOPIC_IDS, "the topics disbanded" / "被解散的话题 ID 列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a topic's name, introduction, notice or photo changed.
    GroupAfterTopicInfoChanged as GROUP_AFTER_TOPIC_INFO_CHANGED "Group.CallbackAfterTopicInfoChanged" / "GroupCallbackAfterTopicInfoChanged" {
        title: "After a topic's profile is modified" / "话题资料修改之后回调";
        sample: r#"{"CallbackCommand":"Group.CallbackAfterTopicInfoChanged","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic","Type":"Community","Operator_Account":"leckie","Notification":"NewNotification","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "话题所属的社群 ID";
        topic_id: String = req "TopicId", string(), "the topic changed" / "资料被修改的话题 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "the group's type (Community)" / "群组类型";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever changed it (the app admin for REST calls)" / "操作者";
        name: Option<String> = opt "Name", string(), "the new name (only when it changed)" / "修改后的话题名称";
        introduction: Option<String> = opt "Introduction", string(), "the new introduction (only when it changed)" / "修改后的话题简介";
        notification: Option<String> = opt "Notification", string(), "the new notice (only when it changed)" / "修改后的话题公告";
        face_url: Option<String> = opt "FaceUrl", string(), "the new photo URL (only when it changed)" / "修改后的话题头像 URL";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
