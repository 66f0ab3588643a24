//! `v4/group_open_http_svc/import_group`: import a group from another system (no callbacks,
//! no notifications).

use crate::api::prelude::*;
use crate::api::group_open_http_svc::create_group::{CUSTOM_ID_COMMUNITY, CUSTOM_ID_OTHERS, NOT_COMMUNITY};
use crate::vocab::messages::TOPICS_COMMUNITY_ONLY;
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct ImportGroup as REQUEST "ImportGroupRequest"
        // A custom ID's prefix depends on the type; topics are a Community feature.
        between &[CUSTOM_ID_COMMUNITY, CUSTOM_ID_OTHERS, Between::RefusedWhen { what: Cond::Is("SupportTopic", &[Val::Int(1)]), when: Cond::GroupTypeIs("Type", NOT_COMMUNITY), message: &TOPICS_COMMUNITY_ONLY }]; {
        owner_account: Option<String> = opt "Owner_Account", USER_ID, "owner; absent: the group has no owner" / "群主；不填则该群没有群主";
        group_type: String = req "Type", Ty::Enum(&["Private", "Public", "ChatRoom", "Community", "AVChatRoom", "Work", "Meeting"]), "group type: Private, Public, ChatRoom or Community (AVChatRoom cannot be imported)" / "群组类型：Private、Public、ChatRoom 或 Community（直播群不支持导入）";
        group_id: Option<String> = opt "GroupId", GROUP_ID, "custom group ID" / "自定义群组 ID";
        name: String = req "Name", GROUP_NAME, "group name, at most 30 bytes" / "群名称，最长30字节";
        introduction: Option<String> = opt "Introduction", GROUP_INTRODUCTION, "introduction, at most 240 bytes" / "群简介，最长240字节";
        notification: Option<String> = opt "Notification", GROUP_NOTIFICATION, "notice, at most 300 bytes" / "群公告，最长300字节";
        face_url: Option<String> = opt "FaceUrl", GROUP_FACE_URL, "profile photo URL, at most 100 bytes" / "群头像 URL，最长100字节";
        max_member_count: Option<u32> = opt "MaxMemberCount", int(1, 100_000), "member cap" / "最大群成员数量";
        apply_join_option: Option<String> = opt "ApplyJoinOption", APPLY_JOIN_OPTION, "how users apply to join" / "申请加群处理方式";
        create_time: Option<u64> = opt "CreateTime", UNIX_SECONDS, "when the group was created, Unix seconds; absent: now" / "群组的创建时间，Unix 秒；不填则为当前时间";
        app_defined_data: Option<Vec<KeyValue>> = opt "AppDefinedData", KEY_VALUES, "group custom fields" / "群组维度的自定义字段";
        support_topic: Option<u8> = opt "SupportTopic", FLAG, "Community only: 1 to support topics" / "仅社群：1 表示支持话题";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImportGroupResponse as RESPONSE "ImportGroupResponse" {
        group_id: String = out "GroupId", string(), "ID of the imported group" / "所导入群组的 ID";
    }
}

impl ImportGroup {
    pub fn new(group_type: &str, name: &str) -> Self {
        ImportGroup { group_type: group_type.into(), name: name.into(), ..Default::default() }
    }
}

impl ApiRequest for ImportGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImportGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "import_group", "Import a group", "导入群基础资料")
    .docs(1634, 34967)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10021, 80001])
    // The custom ID rules that depend on the type, as for create_group.
    .sample(r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "Name": "TestGroup",
  "CreateTime": 1448357837
}"#);
