//! `v4/group_open_http_svc/send_group_system_notification`: a system notice to some or all
//! members (not a group message: it takes no seq).

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendGroupSystemNotification {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Empty or absent: every member.
    #[serde(rename = "ToMembers_Account", skip_serializing_if = "Option::is_none", default)]
    pub to_members_account: Option<Vec<String>>,
    #[serde(rename = "Content")]
    pub content: String,
}
reads!(SendGroupSystemNotification { group_id: "GroupId", to_members_account: "ToMembers_Account", content: "Content" });

impl ApiRequest for SendGroupSystemNotification {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const REQUEST: Obj = Obj::new(
    "SendGroupSystemNotificationRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        opt("ToMembers_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "recipients; empty: every member"),
        req("Content", non_empty(), "notification text"),
        opt("TopicId", string(), "Community topic"),
    ],
);
pub const RESPONSE: Obj = response("SendGroupSystemNotificationResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "send_group_system_notification", "Send a system notification in a group")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "ToMembers_Account": ["peter", "leckie"],
  "Content": "Hello World"
}"#);
