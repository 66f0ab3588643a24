//! One module per endpoint: its wire types (serde, documented field names), its rule table,
//! its documented sample and any cross-field rule. Shared pieces live here.

use crate::protocol::catalog::Endpoint;
pub(crate) use read::reads;
pub(crate) use write::writes;
use crate::validate::schema::*;
use crate::validate::{Checker, Node, Severity};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub mod account_check;
pub mod account_import;
pub mod add_group_member;
pub mod admin_getroammsg;
pub mod admin_msgwithdraw;
pub mod admin_set_msg_read;
pub mod create_group;
pub mod delete_group_member;
pub mod destroy_group;
pub mod get_c2c_unread_msg_num;
pub mod get_group_member_info;
pub mod get_group_msg_receipt;
pub mod get_group_msg_receipt_detail;
pub mod get_joined_group_list;
pub mod group_msg_get_simple;
pub mod group_msg_receipt;
pub mod multiaccount_import;
pub mod read;
pub mod send_group_msg;
pub mod send_group_system_notification;
pub mod sendmsg;
pub mod set_unread_msg_num;
pub mod write;

/// A typed request body: knows its endpoint and the type of its answer.
pub trait ApiRequest: Serialize {
    const ENDPOINT: &'static Endpoint;
    type Response: Serialize + DeserializeOwned;
}

/// `ActionStatus` / `ErrorInfo` / `ErrorCode`, present in every answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    #[serde(rename = "ActionStatus")]
    pub action_status: String,
    #[serde(rename = "ErrorInfo")]
    pub error_info: String,
    #[serde(rename = "ErrorCode")]
    pub error_code: u32,
}

impl Envelope {
    pub fn ok() -> Self {
        Envelope { action_status: "OK".into(), error_info: String::new(), error_code: 0 }
    }
    pub fn fail(code: u32, info: impl Into<String>) -> Self {
        Envelope { action_status: "FAIL".into(), error_info: info.into(), error_code: code }
    }
    pub fn is_ok(&self) -> bool {
        self.error_code == 0
    }
    /// Its three members, which open every answer (typed ones through `writes!(@response …)`,
    /// the simulator's hand-built ones and errors through `sim::text_answer`).
    pub(crate) fn write_members(&self, w: &mut write::ObjectWriter<'_>) {
        w.member("ActionStatus", &self.action_status);
        w.member("ErrorInfo", &self.error_info);
        w.member("ErrorCode", &self.error_code);
    }
}

/// An answer that is only the envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvelopeOnly {
    #[serde(flatten)]
    pub envelope: Envelope,
}

/// The envelope's rule table; every response table extends it.
pub const ENVELOPE_FIELDS: [Field; 4] = [
    req("ActionStatus", Ty::Enum(&["OK", "FAIL"]), "request result: OK or FAIL"),
    req("ErrorInfo", string(), "error information, empty on success"),
    req("ErrorCode", COUNT, "0 on success, otherwise the error code"),
    opt("ErrorDisplay", string(), "display text some answers carry"),
];

/// Known envelope misspellings (decisions.md 19: seed 001 prints `Action1Status`).
pub const ENVELOPE_MISTAKES: &[Mistake] = &[Mistake {
    key: "Action1Status",
    means: "ActionStatus",
    severity: Severity::Error,
    code: "unknown_field",
    accepted_as_alias: false,
    why: "It is a typo in one documentation sample; the service always sends ActionStatus.",
}];

pub const ENVELOPE: Obj = Obj { name: "Envelope", fields: &ENVELOPE_FIELDS, mistakes: ENVELOPE_MISTAKES, extends: None };

/// A response table: the envelope plus the endpoint's own fields.
pub const fn response(name: &'static str, fields: &'static [Field]) -> Obj {
    Obj { name, fields, mistakes: &[], extends: Some(&ENVELOPE) }
}

/// `TIMMsgElement`: one element of a `MsgBody`.
pub const MSG_ELEMENT: Obj = Obj::new(
    "TIMMsgElement",
    &[
        req("MsgType", Ty::Enum(&["TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem", "TIMSoundElem", "TIMImageElem", "TIMFileElem", "TIMVideoFileElem", "TIMRelayElem"]), "element type"),
        req("MsgContent", Ty::Any, "element content; its fields depend on MsgType"),
    ],
);
pub const MSG_BODY: Ty = Ty::Array(&Arr { item: Ty::Object(&MSG_ELEMENT), min_items: 1, max_items: None });

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MsgElement {
    #[serde(rename = "MsgType")]
    pub msg_type: String,
    #[serde(rename = "MsgContent")]
    pub msg_content: serde_json::Value,
}
reads!(MsgElement { msg_type: "MsgType", msg_content: "MsgContent" });

impl MsgElement {
    /// A `TIMTextElem` with this text.
    pub fn text(text: &str) -> Self {
        MsgElement { msg_type: "TIMTextElem".into(), msg_content: serde_json::json!({ "Text": text }) }
    }
}

/// `{ "MsgSeq": n }`, the item of every `MsgSeqList`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MsgSeqItem {
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}
reads!(MsgSeqItem { msg_seq: "MsgSeq" });

pub const MSG_SEQ_ITEM: Obj = Obj::new("MsgSeqItem", &[req("MsgSeq", COUNT, "message seq")]);

/// `{ "Member_Account": id }` lists.
pub const MEMBER_ACCOUNT_ITEM: Obj = Obj::new("MemberAccountItem", &[req("Member_Account", USER_ID, "member UserID")]);

/// Errors every group-service page lists.
pub const GROUP_ERRORS: &[u32] = &[10002, 10003, 10004, 10007, 10010, 10015];
/// Errors of the account service pages.
pub const ACCOUNT_ERRORS: &[u32] = &[70107, 70169, 70202, 70402, 70403, 70500];
