//! `v4/group_open_http_svc/send_group_system_notification`: a system notice to some or all
//! members (not a group message: it takes no seq).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct SendGroupSystemNotification as REQUEST "SendGroupSystemNotificationRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        /// Empty or absent: every member.
        to_members_account: Option<Vec<String>> = opt "ToMembers_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "recipients; empty: every member" / "接收者；为空时发给全员";
        content: String = req "Content", non_empty(), "notification text" / "系统通知的内容";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

impl ApiRequest for SendGroupSystemNotification {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("SendGroupSystemNotificationResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "send_group_system_notification", "Send a system notification in a group", "在群组中发送系统通知")
    .docs(1630, 34958)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "ToMembers_Account": ["peter", "leckie"],
  "Content": "Hello World"
}"#);
