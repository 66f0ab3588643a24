//! `v4/all_member_push/im_remove_attr`: remove accounts' push attributes, by name
//! (269/45939).

use super::MAX_ACCOUNTS;
use crate::api::prelude::*;

wire! {
    /// One account and the names of the attributes to remove: names only, "不是键值对" (not
    /// name–value pairs, unlike im_set_attr).
    #[derive(Eq)]
    pub struct UserAttrNames as USER_ATTR_NAMES "UserAttrNamesItem" {
        to_account: String = req "To_Account", USER_ID, "target account" / "目标用户账号";
        attrs: Vec<String> = req "Attrs", Ty::Array(&Arr { item: string(), min_items: 1, max_items: None }), "names of the attributes to remove (the app's, im_set_attr_name)" / "属性名称集合，注意这里只需要给出属性名即可，不是键值对";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ImRemoveAttr as REQUEST "ImRemoveAttrRequest" {
        user_attrs: Vec<UserAttrNames> = req "UserAttrs", Ty::Array(&Arr { item: Ty::Object(&USER_ATTR_NAMES), min_items: 1, max_items: Some(MAX_ACCOUNTS) }), "accounts and the names of the attributes to remove, at most 100 accounts" / "用户属性的数组，每次最多100个用户";
    }
}

impl ImRemoveAttr {
    pub fn new(account: &str, names: &[&str]) -> Self {
        ImRemoveAttr { user_attrs: vec![UserAttrNames { to_account: account.into(), attrs: names.iter().map(|n| (*n).to_owned()).collect() }] }
    }
}

impl ApiRequest for ImRemoveAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_remove_attr", "Delete user attributes", "删除用户属性")
    .docs(45939, 37171)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserAttrs": [
    { "To_Account": "xiaojun013", "Attrs": ["sex", "city"] },
    { "To_Account": "xiaojun012", "Attrs": ["sex", "city"] }
  ]
}"#);
