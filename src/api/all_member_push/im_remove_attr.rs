//! `v4/all_member_push/im_remove_attr`: remove accounts' push attributes, by name
//! (269/45939).

use super::{UserAttrs, USER_ATTRS_LIST};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImRemoveAttr as REQUEST "ImRemoveAttrRequest" {
        user_attrs: Vec<UserAttrs> = req "UserAttrs", USER_ATTRS_LIST, "accounts and the attributes to remove (by name; the values are not compared), at most 100 accounts" / "账号属性信息，每次最多100个用户；按属性名删除";
    }
}

impl ImRemoveAttr {
    pub fn new(account: &str, names: &[&str]) -> Self {
        ImRemoveAttr { user_attrs: vec![UserAttrs { to_account: account.into(), attrs: names.iter().map(|n| ((*n).to_owned(), serde_json::Value::from(""))).collect() }] }
    }
}

impl ApiRequest for ImRemoveAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_remove_attr", "Delete user attributes", "删除用户属性")
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserAttrs": [
    { "To_Account": "xiaojun012", "Attrs": { "sex": "attr1", "city": "attr2" } },
    { "To_Account": "xiaojun013", "Attrs": { "city": "attr3", "sex": "attr4" } }
  ]
}"#);
