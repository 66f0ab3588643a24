//! `v4/all_member_push/…`: one module per command. What several of them share: the account
//! list, the tag and attribute rules and the per-account items (the pages' limits, 269/45935–
//! 45943).

use crate::api::prelude::*;
use std::collections::BTreeMap;

/// A tag: 1 to 50 bytes (90040 empty, 90020 longer).
pub const TAG: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(50), kind: StrKind::Plain });
/// Tags of one account in one call (removing: any number).
pub const TAGS: Ty = Ty::Array(&Arr { item: TAG, min_items: 1, max_items: None });
/// Accounts in one call: at most 100 (90018).
pub const ACCOUNTS: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(MAX_ACCOUNTS) });
pub const MAX_ACCOUNTS: usize = 100;
/// An attribute name or value: at most 50 bytes (90033).
pub const MAX_ATTR_BYTES: usize = 50;
/// Attribute indexes "0" to "9": ten per app.
pub const ATTR_INDEXES: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
/// Tags one account may have (add_tag refuses more with 90032), and tags added to one account
/// in one call.
pub const MAX_TAGS_PER_ACCOUNT: usize = 100;
pub const MAX_TAGS_PER_CALL: usize = 10;

wire! {
    /// One account's attributes in a request: attribute name → value.
    #[derive(Eq)]
    pub struct UserAttrs as USER_ATTRS "UserAttrsItem" {
        to_account: String = req "To_Account", USER_ID, "target account" / "目标用户账号";
        attrs: BTreeMap<String, serde_json::Value> = req "Attrs", ANY, "attribute name → value (at most 50 bytes); the names are the app's (im_set_attr_name)" / "属性集合。每个属性是一个键值对，键为属性名，值为该用户对应的属性值。用户属性值不能超过50字节";
    }
}
pub const USER_ATTRS_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&USER_ATTRS), min_items: 1, max_items: Some(MAX_ACCOUNTS) });

wire! {
    /// One account's attributes in an answer.
    #[derive(Eq)]
    pub struct UserAttrsOut as USER_ATTRS_OUT "UserAttrsResult" {
        to_account: String = req "To_Account", USER_ID, "account" / "用户账号";
        attrs: BTreeMap<String, String> = req "Attrs", ANY, "attribute name → value; {} when it has none" / "属性集合";
    }
}

wire! {
    /// One account's tags.
    #[derive(Eq)]
    pub struct UserTags as USER_TAGS "UserTagsItem" {
        to_account: String = req "To_Account", USER_ID, "target account" / "目标用户账号";
        tags: Vec<String> = req "Tags", TAGS, "tags, each at most 50 bytes" / "标签集合，单个标签最大长度不超过50字节";
    }
}
impl UserTags {
    /// One account's tags: the list a request of one account holds.
    pub fn one(account: &str, tags: &[&str]) -> Vec<Self> {
        vec![UserTags { to_account: account.into(), tags: tags.iter().map(|t| (*t).to_owned()).collect() }]
    }
}
pub const USER_TAGS_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&USER_TAGS), min_items: 1, max_items: Some(MAX_ACCOUNTS) });

pub mod im_push;
pub mod im_set_attr_name;
pub mod im_get_attr_name;
pub mod im_get_attr;
pub mod im_set_attr;
pub mod im_remove_attr;
pub mod im_get_tag;
pub mod im_add_tag;
pub mod im_remove_tag;
pub mod im_remove_all_tags;
