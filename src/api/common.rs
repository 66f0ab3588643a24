//! Wire pieces many endpoints share (the envelope, message elements, key-value lists, group
//! profile rules, error lists) and the typed-request trait.

use crate::vocab::rules::*;
use crate::vocab::Endpoint;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use super::wire::wire;

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
}

/// An answer that is only the envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnvelopeOnly {
    #[serde(flatten)]
    pub envelope: Envelope,
}

wire! {
    /// `TIMMsgElement`: one element of a `MsgBody` (the table an element of an unknown type
    /// meets; each type's own is in msg_content.rs).
    pub struct MsgElement as MSG_ELEMENT "TIMMsgElement" {
        msg_type: String = req "MsgType", Ty::Enum(&["TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem", "TIMSoundElem", "TIMImageElem", "TIMFileElem", "TIMVideoFileElem", "TIMRelayElem"]), "element type" / "消息元素类别";
        msg_content: serde_json::Value = req "MsgContent", Ty::Any, "element content; its fields depend on MsgType" / "消息元素的内容，字段因 MsgType 而异";
    }
}

impl MsgElement {
    /// A `TIMTextElem` with this text.
    pub fn text(text: &str) -> Self {
        MsgElement { msg_type: "TIMTextElem".into(), msg_content: serde_json::json!({ "Text": text }) }
    }
}

wire! {
    /// `{ "MsgSeq": n }`, the item of every `MsgSeqList`.
    #[derive(Copy, Eq)]
    pub struct MsgSeqItem as MSG_SEQ_ITEM "MsgSeqItem" {
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq" / "消息 seq";
    }
}

wire! {
    /// `{ "Member_Account": id }` lists.
    #[derive(Eq)]
    pub struct MemberAccountItem as MEMBER_ACCOUNT_ITEM "MemberAccountItem" {
        member_account: String = req "Member_Account", USER_ID, "member UserID" / "成员的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    /// `{ "Key": …, "Value": … }`: a custom field of a group or member.
    pub struct KeyValue as KEY_VALUE "KeyValue" {
        key: String = req "Key", non_empty(), "custom field key" / "自定义字段的 Key";
        value: String = req "Value", string(), "custom field value" / "自定义字段的 Value";
    }
}
pub const KEY_VALUES: Ty = Ty::Array(&Arr { item: Ty::Object(&KEY_VALUE), min_items: 0, max_items: None });

/// A group's profile fields, as create_group, import_group and modify_group_base_info take
/// them (UTF-8 bytes; 269/1502).
pub const GROUP_NAME: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(30), kind: StrKind::Plain });
pub const GROUP_INTRODUCTION: Ty = string_max(240);
pub const GROUP_NOTIFICATION: Ty = string_max(300);
pub const GROUP_FACE_URL: Ty = string_max(100);
pub const APPLY_JOIN_OPTION: Ty = Ty::Enum(&["FreeAccess", "NeedPermission", "DisableApply"]);
pub const INVITE_JOIN_OPTION: Ty = Ty::Enum(&["FreeAccess", "NeedPermission", "DisableInvite"]);

/// Lists of non-empty strings (filters, keys).
pub const STRINGS: Ty = Ty::Array(&Arr { item: Ty::Str(Str { min_bytes: 1, max_bytes: None, kind: StrKind::Plain }), min_items: 0, max_items: None });

/// Errors every group-service page lists.
pub const GROUP_ERRORS: &[u32] = &[10002, 10003, 10004, 10007, 10010, 10015];
/// Errors of the account service pages.
pub const ACCOUNT_ERRORS: &[u32] = &[70107, 70169, 70202, 70402, 70403, 70500];
