//! `v4/all_member_push/im_set_attr`: set accounts' push attributes, by the app's attribute
//! names (269/45938).

use super::{UserAttrs, USER_ATTRS_LIST};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImSetAttr as REQUEST "ImSetAttrRequest" {
        user_attrs: Vec<UserAttrs> = req "UserAttrs", USER_ATTRS_LIST, "accounts and their attributes, at most 100 accounts" / "账号属性信息，每次最多100个用户";
    }
}

impl ImSetAttr {
    pub fn new(account: &str, attrs: &[(&str, &str)]) -> Self {
        ImSetAttr { user_attrs: vec![UserAttrs { to_account: account.into(), attrs: attrs.iter().map(|(n, v)| ((*n).to_owned(), serde_json::Value::from(*v))).collect() }] }
    }
}

impl ApiRequest for ImSetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_set_attr", "Set user attributes", "设置用户属性")
    .docs(45938, 37170)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserAttrs": [
    { "To_Account": "xiaojun012", "Attrs": { "sex": "attr1", "city": "attr2" } },
    { "To_Account": "xiaojun013", "Attrs": { "city": "attr3", "sex": "attr4" } }
  ]
}"#);
