//! `v4/group_open_http_svc/create_group`: create a group of any type, with initial members.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service};
use crate::vocab::messages::{COMMUNITY_CUSTOM_ID, NO_INITIAL_MEMBERS, RESERVED_CUSTOM_ID, TOPICS_COMMUNITY_ONLY};

/// The types without topics, whose custom IDs may not look assigned.
pub const NOT_COMMUNITY: &[GroupType] = &[GroupType::Private, GroupType::Public, GroupType::ChatRoom, GroupType::AVChatRoom];
/// A custom Community ID starts with @TGS#_ (decisions.md 13; import_group too).
pub const CUSTOM_ID_COMMUNITY: Between = Between::RefusedWhen { what: Cond::LacksPrefix("GroupId", "@TGS#_"), when: Cond::GroupTypeIs("Type", &[GroupType::Community]), message: &COMMUNITY_CUSTOM_ID };
/// A custom ID of another type may not start with @TGS#, the prefix of assigned IDs.
pub const CUSTOM_ID_OTHERS: Between = Between::RefusedWhen { what: Cond::StartsWith("GroupId", "@TGS#"), when: Cond::GroupTypeIs("Type", NOT_COMMUNITY), message: &RESERVED_CUSTOM_ID };

wire! {
    #[derive(Eq)]
    pub struct InitialMember as INITIAL_MEMBER "InitialMember" {
        member_account: String = req "Member_Account", USER_ID, "member UserID" / "成员的 UserID";
        /// "Admin" or "Member".
        role: Option<String> = opt "Role", Ty::Enum(&["Admin", "Member"]), "role: Admin or Member" / "成员身份：Admin 或 Member";
        app_member_defined_data: Option<Vec<KeyValue>> = opt "AppMemberDefinedData", KEY_VALUES, "member custom fields" / "群成员维度的自定义字段";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct CreateGroup as REQUEST "CreateGroupRequest"
        // A custom ID's prefix depends on the type (decisions.md 13); AVChatRoom takes no
        // initial members; topics are a Community feature.
        between &[
            CUSTOM_ID_COMMUNITY,
            CUSTOM_ID_OTHERS,
            Between::RefusedWhen { what: Cond::NonEmpty("MemberList"), when: Cond::GroupTypeIs("Type", &[GroupType::AVChatRoom]), message: &NO_INITIAL_MEMBERS },
            Between::RefusedWhen { what: Cond::Is("SupportTopic", &[Val::Int(1)]), when: Cond::GroupTypeIs("Type", NOT_COMMUNITY), message: &TOPICS_COMMUNITY_ONLY },
        ]; {
        owner_account: Option<String> = opt "Owner_Account", USER_ID, "owner UserID; absent: the group has no owner" / "群主的 UserID；不填则该群没有群主";
        /// Private, Public, ChatRoom, AVChatRoom or Community (Work/Meeting accepted).
        group_type: String = req "Type", Ty::GroupType, "group type: Private, Public, ChatRoom, AVChatRoom or Community" / "群组类型：Private、Public、ChatRoom、AVChatRoom 或 Community";
        group_id: Option<String> = opt "GroupId", GROUP_ID, "custom group ID" / "自定义群组 ID";
        name: String = req "Name", GROUP_NAME, "group name, at most 30 bytes" / "群名称，最长30字节";
        introduction: Option<String> = opt "Introduction", GROUP_INTRODUCTION, "introduction, at most 240 bytes" / "群简介，最长240字节";
        notification: Option<String> = opt "Notification", GROUP_NOTIFICATION, "notice, at most 300 bytes" / "群公告，最长300字节";
        face_url: Option<String> = opt "FaceUrl", GROUP_FACE_URL, "profile photo URL, at most 100 bytes" / "群头像 URL，最长100字节";
        max_member_count: Option<u32> = opt "MaxMemberCount", int(1, 100_000), "member cap" / "最大群成员数量";
        apply_join_option: Option<String> = opt "ApplyJoinOption", APPLY_JOIN_OPTION, "how users apply to join" / "申请加群处理方式";
        invite_join_option: Option<String> = opt "InviteJoinOption", INVITE_JOIN_OPTION, "how invitations are handled" / "邀请加群处理方式";
        app_defined_data: Option<Vec<KeyValue>> = opt "AppDefinedData", KEY_VALUES, "group custom fields" / "群组维度的自定义字段";
        member_list: Option<Vec<InitialMember>> = opt "MemberList", Ty::Array(&Arr { item: Ty::Object(&INITIAL_MEMBER), min_items: 0, max_items: Some(100) }), "initial members, at most 100" / "初始群成员列表，最多100个";
        support_topic: Option<u8> = opt "SupportTopic", FLAG, "Community only: 1 to support topics" / "仅社群：1 表示支持话题";
        enable_permission: Option<u8> = opt "EnablePermission", FLAG, "Community with topics only: 1 makes permission groups the basis of members' permissions" / "仅支持话题的社群：1 表示启用权限组作为权限判断依据";
        default_permission: Option<u64> = opt "DefaultPermission", crate::api::group_open_http_svc::create_permission_group::PERMISSION, "with EnablePermission 1 only: every member's default Community permissions, a bitmask" / "仅启用权限组的群：群成员在该群中的默认权限";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreateGroupResponse as RESPONSE "CreateGroupResponse" {
        group_id: String = out "GroupId", string(), "ID of the created group" / "所创建群组的 ID";
    }
}

impl CreateGroup {
    pub fn new(group_type: GroupType, name: &str) -> Self {
        CreateGroup { group_type: group_type.rest_name().into(), name: name.into(), ..Default::default() }
    }
    pub fn owner(mut self, owner: &str) -> Self {
        self.owner_account = Some(owner.into());
        self
    }
    pub fn id(mut self, id: &str) -> Self {
        self.group_id = Some(id.into());
        self
    }
    pub fn members(mut self, members: &[&str]) -> Self {
        self.member_list = Some(members.iter().map(|m| InitialMember { member_account: (*m).into(), role: None, app_member_defined_data: None }).collect());
        self
    }
}

impl ApiRequest for CreateGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "create_group", "Create a group", "创建群组")
    .docs(1615, 34895)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10019, 10021, 10025, 10036, 10037, 10038])
    .sample(r#"{
  "Owner_Account": "leckie",
  "Type": "Private",
  "Name": "TestGroup",
  "MemberList": [
    { "Member_Account": "bob" },
    { "Member_Account": "peter" }
  ]
}"#);
