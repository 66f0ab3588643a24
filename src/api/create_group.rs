//! `v4/group_open_http_svc/create_group`: create a group of any type, with initial members.

use super::*;
use crate::protocol::catalog::Service;
use crate::protocol::group_type::GroupType;
use crate::validate::{check_group_id, Diagnostic};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}
reads!(KeyValue { key: "Key", value: "Value" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitialMember {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// "Admin" or "Member".
    #[serde(rename = "Role", skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
}
reads!(InitialMember { member_account: "Member_Account", role: "Role" });

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CreateGroup {
    #[serde(rename = "Owner_Account", skip_serializing_if = "Option::is_none", default)]
    pub owner_account: Option<String>,
    /// Private, Public, ChatRoom, AVChatRoom or Community (Work/Meeting accepted).
    #[serde(rename = "Type")]
    pub group_type: String,
    #[serde(rename = "GroupId", skip_serializing_if = "Option::is_none", default)]
    pub group_id: Option<String>,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Introduction", skip_serializing_if = "Option::is_none", default)]
    pub introduction: Option<String>,
    #[serde(rename = "Notification", skip_serializing_if = "Option::is_none", default)]
    pub notification: Option<String>,
    #[serde(rename = "FaceUrl", skip_serializing_if = "Option::is_none", default)]
    pub face_url: Option<String>,
    #[serde(rename = "MaxMemberCount", skip_serializing_if = "Option::is_none", default)]
    pub max_member_count: Option<u32>,
    #[serde(rename = "ApplyJoinOption", skip_serializing_if = "Option::is_none", default)]
    pub apply_join_option: Option<String>,
    #[serde(rename = "InviteJoinOption", skip_serializing_if = "Option::is_none", default)]
    pub invite_join_option: Option<String>,
    #[serde(rename = "AppDefinedData", skip_serializing_if = "Option::is_none", default)]
    pub app_defined_data: Option<Vec<KeyValue>>,
    #[serde(rename = "MemberList", skip_serializing_if = "Option::is_none", default)]
    pub member_list: Option<Vec<InitialMember>>,
    #[serde(rename = "SupportTopic", skip_serializing_if = "Option::is_none", default)]
    pub support_topic: Option<u8>,
}
reads!(CreateGroup { owner_account: "Owner_Account", group_type: "Type", group_id: "GroupId", name: "Name", introduction: "Introduction", notification: "Notification", face_url: "FaceUrl", max_member_count: "MaxMemberCount", apply_join_option: "ApplyJoinOption", invite_join_option: "InviteJoinOption", app_defined_data: "AppDefinedData", member_list: "MemberList", support_topic: "SupportTopic" });

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
        self.member_list = Some(members.iter().map(|m| InitialMember { member_account: (*m).into(), role: None }).collect());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateGroupResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
}
writes!(@response CreateGroupResponse { group_id: "GroupId" });

impl ApiRequest for CreateGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateGroupResponse;
}

const KEY_VALUE: Obj = Obj::new("KeyValue", &[req("Key", non_empty(), "custom field key"), req("Value", string(), "custom field value")]);
const KEY_VALUES: Ty = Ty::Array(&Arr { item: Ty::Object(&KEY_VALUE), min_items: 0, max_items: None });
const INITIAL_MEMBER: Obj = Obj::new(
    "InitialMember",
    &[
        req("Member_Account", USER_ID, "member UserID"),
        opt("Role", Ty::Enum(&["Admin", "Member"]), "role: Admin or Member"),
        opt("AppMemberDefinedData", KEY_VALUES, "member custom fields"),
    ],
);

pub const REQUEST: Obj = Obj::new(
    "CreateGroupRequest",
    &[
        opt("Owner_Account", USER_ID, "owner UserID; absent: the group has no owner"),
        req("Type", Ty::GroupType, "group type: Private, Public, ChatRoom, AVChatRoom or Community"),
        opt("GroupId", GROUP_ID, "custom group ID"),
        req("Name", Ty::Str(Str { min_bytes: 1, max_bytes: Some(30), kind: StrKind::Plain }), "group name, at most 30 bytes"),
        opt("Introduction", string_max(240), "introduction, at most 240 bytes"),
        opt("Notification", string_max(300), "notice, at most 300 bytes"),
        opt("FaceUrl", string_max(100), "profile photo URL, at most 100 bytes"),
        opt("MaxMemberCount", int(1, 100_000), "member cap"),
        opt("ApplyJoinOption", Ty::Enum(&["FreeAccess", "NeedPermission", "DisableApply"]), "how users apply to join"),
        opt("InviteJoinOption", Ty::Enum(&["FreeAccess", "NeedPermission", "DisableInvite"]), "how invitations are handled"),
        opt("AppDefinedData", KEY_VALUES, "group custom fields"),
        opt("MemberList", Ty::Array(&Arr { item: Ty::Object(&INITIAL_MEMBER), min_items: 0, max_items: Some(100) }), "initial members, at most 100"),
        opt("SupportTopic", FLAG, "Community only: 1 to support topics"),
    ],
);
pub const RESPONSE: Obj = response("CreateGroupResponse", &[opt("GroupId", string(), "ID of the created group")]);

/// Rules that need more than one field: the custom ID depends on the type (decisions.md 13),
/// AVChatRoom takes no initial members, topics are a Community feature.
fn check(body: &Node, c: &mut Checker) {
    let Some(ty) = body.get("Type").and_then(Node::as_str).and_then(GroupType::from_name) else {
        return;
    };
    if let Some(id) = body.get("GroupId").and_then(Node::as_str) {
        if check_group_id(id, None).is_ok() {
            if let Err(why) = check_group_id(id, Some(ty == GroupType::Community)) {
                c.push(Diagnostic::error(c.path_of("GroupId"), "invalid_group_id", format!("\"GroupId\" is not a valid custom ID for a {} group: {why}", ty.rest_name())));
            }
        }
    }
    if ty == GroupType::AVChatRoom && matches!(body.get("MemberList"), Some(Node::Array(items)) if !items.is_empty()) {
        c.push(Diagnostic::error(c.path_of("MemberList"), "not_supported", "AVChatRoom groups take no initial members: members join through the client SDK"));
    }
    if ty != GroupType::Community && matches!(body.get("SupportTopic"), Some(Node::Int(1))) {
        c.push(Diagnostic::error(c.path_of("SupportTopic"), "not_supported", "only Community groups support topics"));
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "create_group", "Create a group")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10019, 10021, 10025, 10036, 10037, 10038])
    .check(check)
    .sample(r#"{
  "Owner_Account": "leckie",
  "Type": "Private",
  "Name": "TestGroup",
  "MemberList": [
    { "Member_Account": "bob" },
    { "Member_Account": "peter" }
  ]
}"#);
