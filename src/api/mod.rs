//! One module per endpoint: its wire types and rule tables, stated once with `wire!`, its
//! documented sample, errors, group-type table, cross-field rules and the simulator handler
//! that serves it. Shared pieces live here, and so does the catalog's list of endpoints.

pub(crate) use wire::wire;
pub use crate::vocab::rules::{response, ENVELOPE, ENVELOPE_FIELDS, ENVELOPE_MISTAKES};
use crate::vocab::rules::*;
use crate::vocab::{Checker, Endpoint, Node, Severity};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub mod contact_items;
pub mod items;
pub mod read;
pub mod wire;

/// Declares the endpoint modules and lists their endpoints, in catalog order: adding an
/// endpoint is its file plus its name here.
macro_rules! endpoints {
    ($($module:ident),* $(,)?) => {
        $(pub mod $module;)*
        /// Every covered endpoint.
        pub const ENDPOINTS: &[&Endpoint] = &[$(&$module::ENDPOINT),*];
    };
}

endpoints! {
    account_import,
    multiaccount_import,
    account_check,
    create_group,
    destroy_group,
    add_group_member,
    delete_group_member,
    get_group_member_info,
    get_joined_group_list,
    send_group_msg,
    group_msg_get_simple,
    group_msg_receipt,
    get_group_msg_receipt,
    get_group_msg_receipt_detail,
    send_group_system_notification,
    set_unread_msg_num,
    sendmsg,
    get_c2c_unread_msg_num,
    admin_getroammsg,
    admin_msgwithdraw,
    admin_set_msg_read,
    account_delete,
    kick,
    query_online_status,
    querystate,
    portrait_get,
    portrait_set,
    friend_add,
    friend_import,
    friend_update,
    friend_delete,
    friend_delete_all,
    friend_check,
    friend_get,
    friend_get_list,
    black_list_add,
    black_list_delete,
    black_list_get,
    black_list_check,
    group_add,
    group_delete,
    group_get,
    setnospeaking,
    getnospeaking,
    getappinfo,
    get_history,
    get_appid_group_list,
    get_group_info,
    modify_group_base_info,
    modify_group_member_info,
    change_group_owner,
    get_role_in_group,
    forbid_send_msg,
    get_group_muted_account,
    get_group_shutted_uin,
    get_online_member_num,
    group_msg_recall,
    delete_group_msg_by_sender,
    get_group_attr,
    modify_group_attr,
    set_group_attr,
    clear_group_attr,
    import_group,
    import_group_member,
    import_group_msg,
    batchsendmsg,
    importmsg,
    modify_c2c_msg,
    c2c_msg_read_receipt,
    send_broadcast_msg,
    recentcontact_get_list,
    recentcontact_delete,
    mark_contact,
    create_contact_group,
    update_contact_group,
    del_contact_group,
    search_contact_group,
    get_contact_group,
}

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
    /// `TIMMsgElement`: one element of a `MsgBody`.
    pub struct MsgElement as MSG_ELEMENT "TIMMsgElement" {
        msg_type: String = req "MsgType", Ty::Enum(&["TIMTextElem", "TIMLocationElem", "TIMFaceElem", "TIMCustomElem", "TIMSoundElem", "TIMImageElem", "TIMFileElem", "TIMVideoFileElem", "TIMRelayElem"]), "element type";
        msg_content: serde_json::Value = req "MsgContent", Ty::Any, "element content; its fields depend on MsgType";
    }
}
pub const MSG_BODY: Ty = Ty::Array(&Arr { item: Ty::Object(&MSG_ELEMENT), min_items: 1, max_items: None });

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
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq";
    }
}

wire! {
    /// `{ "Member_Account": id }` lists.
    #[derive(Eq)]
    pub struct MemberAccountItem as MEMBER_ACCOUNT_ITEM "MemberAccountItem" {
        member_account: String = req "Member_Account", USER_ID, "member UserID";
    }
}

wire! {
    #[derive(Eq)]
    /// `{ "Key": …, "Value": … }`: a custom field of a group or member.
    pub struct KeyValue as KEY_VALUE "KeyValue" {
        key: String = req "Key", non_empty(), "custom field key";
        value: String = req "Value", string(), "custom field value";
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
