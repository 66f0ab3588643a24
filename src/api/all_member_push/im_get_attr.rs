//! `v4/all_member_push/im_get_attr`: accounts' push attributes (269/45937).

use super::{UserAttrsOut, ACCOUNTS, USER_ATTRS_OUT};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImGetAttr as REQUEST "ImGetAttrRequest" {
        to_account: Vec<String> = req "To_Account", ACCOUNTS, "accounts, at most 100" / "目标用户账号列表，最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImGetAttrResponse as RESPONSE "ImGetAttrResponse" {
        user_attrs: Vec<UserAttrsOut> = out "UserAttrs", Ty::Array(&Arr { item: Ty::Object(&USER_ATTRS_OUT), min_items: 0, max_items: None }), "each account's attributes, in request order" / "各帐号的属性，顺序同请求";
    }
}

impl ImGetAttr {
    pub fn new(accounts: &[&str]) -> Self {
        ImGetAttr { to_account: accounts.iter().map(|a| (*a).to_owned()).collect() }
    }
}

impl ApiRequest for ImGetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImGetAttrResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_get_attr", "Get user attributes", "获取用户属性")
    .docs(45937, 37169)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{ "To_Account": ["xiaojun012", "xiaojun013"] }"#);
