//! `v4/recentcontact/mark_contact`: set or clear an account's standard and custom marks on
//! conversations.

use crate::api::contact_items::{ContactItem, ContactResult, CONTACT_ITEM, CONTACT_RESULTS, CUSTOM_MARK, MARK_BITS};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct MarkItem as MARK_ITEM "MarkItem" {
        opt_type: u8 = req "OptType", Ty::IntEnum(&[1, 2, 3]), "1: standard marks (SetMark, ClearMark); 2: the custom mark; 3: both" / "1：标准标记（SetMark、ClearMark）；2：自定义标记；3：两者";
        contact_item: ContactItem = req "ContactItem", Ty::Object(&CONTACT_ITEM), "the conversation" / "要标记的会话";
        clear_mark: Option<Vec<u8>> = opt "ClearMark", MARK_BITS, "standard-mark bits to clear (0-63)" / "要清除的标准标记位（0 - 63）";
        set_mark: Option<Vec<u8>> = opt "SetMark", MARK_BITS, "standard-mark bits to set (0-63)" / "要设置的标准标记位（0 - 63）";
        custom_mark: Option<String> = opt "CustomMark", CUSTOM_MARK, "the custom mark, at most 256 bytes (empty clears it)" / "自定义标记，最长256字节（为空表示清除）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct MarkContact as REQUEST "MarkContactRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversations" / "需要拉取会话的账号";
        mark_item: Vec<MarkItem> = req "MarkItem", Ty::Array(&Arr { item: Ty::Object(&MARK_ITEM), min_items: 1, max_items: Some(100) }), "the changes, at most 100" / "要进行的标记操作，最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub response MarkContactResponse as RESPONSE "MarkContactResponse" {
        result_item: Vec<ContactResult> = out "ResultItem", CONTACT_RESULTS, "one result per MarkItem, in request order" / "每个 MarkItem 一个结果，顺序同请求";
    }
}

impl MarkItem {
    /// Sets standard-mark bits of a conversation.
    pub fn set(contact_item: ContactItem, bits: &[u8]) -> Self {
        MarkItem { opt_type: 1, contact_item, clear_mark: None, set_mark: Some(bits.to_vec()), custom_mark: None }
    }
    /// Sets the custom mark of a conversation.
    pub fn custom(contact_item: ContactItem, mark: &str) -> Self {
        MarkItem { opt_type: 2, contact_item, clear_mark: None, set_mark: None, custom_mark: Some(mark.into()) }
    }
}

impl MarkContact {
    pub fn new(from: &str, mark_item: Vec<MarkItem>) -> Self {
        MarkContact { from_account: from.into(), mark_item }
    }
}

impl ApiRequest for MarkContact {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = MarkContactResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "mark_contact", "Mark conversations", "标记会话")
    .docs(0, 53438)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .sample(r#"{
  "From_Account": "user0",
  "MarkItem": [
    {
      "OptType": 3,
      "ContactItem": { "Type": 1, "To_Account": "user1" },
      "SetMark": [1, 2, 3],
      "CustomMark": "abcd"
    }
  ]
}"#);

/// The codes of the conversation-group and mark commands: the conversation list's, and 51008
/// when an account would have more than 1000 marked or grouped conversations or 20 groups.
pub const CONTACT_GROUP_ERRORS: &[u32] = &[50001, 50002, 50003, 50004, 50005, 51008];
