//! `v4/group_open_http_svc/send_group_msg`: a group message; `NeedReadReceipt: 1` gives it a
//! read receipt.

use super::*;
use crate::protocol::catalog::Service;
use crate::validate::Diagnostic;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SendGroupMsg {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Random")]
    pub random: u32,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElement>,
    /// Absent: the app admin sends it (decisions.md 17).
    #[serde(rename = "From_Account", skip_serializing_if = "Option::is_none", default)]
    pub from_account: Option<String>,
    #[serde(rename = "MsgPriority", skip_serializing_if = "Option::is_none", default)]
    pub msg_priority: Option<String>,
    #[serde(rename = "OnlineOnlyFlag", skip_serializing_if = "Option::is_none", default)]
    pub online_only_flag: Option<u8>,
    #[serde(rename = "SendMsgControl", skip_serializing_if = "Option::is_none", default)]
    pub send_msg_control: Option<Vec<String>>,
    #[serde(rename = "CloudCustomData", skip_serializing_if = "Option::is_none", default)]
    pub cloud_custom_data: Option<String>,
    #[serde(rename = "NeedReadReceipt", skip_serializing_if = "Option::is_none", default)]
    pub need_read_receipt: Option<u8>,
    #[serde(rename = "To_Account", skip_serializing_if = "Option::is_none", default)]
    pub to_account: Option<Vec<String>>,
    #[serde(rename = "TopicId", skip_serializing_if = "Option::is_none", default)]
    pub topic_id: Option<String>,
}
reads!(SendGroupMsg { group_id: "GroupId", random: "Random", msg_body: "MsgBody", from_account: "From_Account", msg_priority: "MsgPriority", online_only_flag: "OnlineOnlyFlag", send_msg_control: "SendMsgControl", cloud_custom_data: "CloudCustomData", need_read_receipt: "NeedReadReceipt", to_account: "To_Account", topic_id: "TopicId" });

impl SendGroupMsg {
    pub fn text(group_id: &str, random: u32, text: &str) -> Self {
        SendGroupMsg { group_id: group_id.into(), random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
    pub fn from(mut self, account: &str) -> Self {
        self.from_account = Some(account.into());
        self
    }
    pub fn with_receipt(mut self) -> Self {
        self.need_read_receipt = Some(1);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendGroupMsgResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "MsgTime", default)]
    pub msg_time: u64,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
}
writes!(@response SendGroupMsgResponse { msg_time: "MsgTime", msg_seq: "MsgSeq" });

impl ApiRequest for SendGroupMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendGroupMsgResponse;
}

const GROUP_AT: Obj = Obj::new(
    "GroupAtInfo",
    &[opt("GroupAtAllFlag", FLAG, "1: @all"), opt("GroupAt_Account", USER_ID, "member mentioned")],
);

pub const REQUEST: Obj = Obj::new(
    "SendGroupMsgRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        req("Random", U32, "32-bit random number; a repeat within 5 minutes is dropped as a duplicate"),
        req("MsgBody", MSG_BODY, "message elements"),
        opt("From_Account", USER_ID, "sender; absent: the app admin"),
        opt("MsgPriority", Ty::Enum(&["High", "Normal", "Low", "Lowest"]), "priority"),
        opt("OfflinePushInfo", ANY, "offline push settings"),
        opt("ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip"),
        opt("OnlineOnlyFlag", FLAG, "1: only online members receive it, not stored"),
        opt("SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoLastMsg", "NoUnread"]), min_items: 0, max_items: None }), "NoLastMsg, NoUnread"),
        opt("CloudCustomData", string(), "custom data stored with the message"),
        opt("SupportMessageExtension", FLAG, "1: message extensions enabled"),
        opt("To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "targeted members only"),
        opt("TopicId", string(), "Community topic"),
        opt("NeedReadReceipt", FLAG, "1: the message needs a read receipt"),
        opt("GroupAtInfo", Ty::Array(&Arr { item: Ty::Object(&GROUP_AT), min_items: 0, max_items: None }), "mentions"),
    ],
);
pub const RESPONSE: Obj = response(
    "SendGroupMsgResponse",
    &[
        opt("MsgTime", COUNT, "send time, Unix seconds"),
        opt("MsgSeq", COUNT, "seq of the message in the group"),
        opt("MsgDropReason", string(), "why an online-only message was dropped"),
    ],
);

/// `SendMsgControl` may not be combined with `OnlineOnlyFlag: 1` (reference §4.10).
fn check(body: &Node, c: &mut Checker) {
    let online_only = matches!(body.get("OnlineOnlyFlag"), Some(Node::Int(1)));
    if online_only && matches!(body.get("SendMsgControl"), Some(Node::Array(items)) if !items.is_empty()) {
        c.push(Diagnostic::error(c.path_of("SendMsgControl"), "conflicting_fields", "SendMsgControl cannot be used with OnlineOnlyFlag 1"));
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "send_group_msg", "Send a message in a group")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10017, 10019, 10023])
    .check(check)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "From_Account": "leckie",
  "Random": 8912345,
  "NeedReadReceipt": 1,
  "MsgBody": [
    { "MsgType": "TIMTextElem", "MsgContent": { "Text": "red packet" } }
  ]
}"#);
