//! `v4/all_member_push/im_get_tag`: accounts' push tags (269/45940).

use super::{UserTags, ACCOUNTS, USER_TAGS};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImGetTag as REQUEST "ImGetTagRequest" {
        to_account: Vec<String> = req "To_Account", ACCOUNTS, "accounts, at most 100" / "目标用户账号列表，最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImGetTagResponse as RESPONSE "ImGetTagResponse" {
        user_tags: Vec<UserTags> = out "UserTags", Ty::Array(&Arr { item: Ty::Object(&USER_TAGS), min_items: 0, max_items: None }), "each account's tags in the order added, in request order ([] when it has none)" / "各帐号的标签，按添加顺序，帐号顺序同请求（没有标签时为 []）";
    }
}

impl ImGetTag {
    pub fn new(accounts: &[&str]) -> Self {
        ImGetTag { to_account: accounts.iter().map(|a| (*a).to_owned()).collect() }
    }
}

impl ApiRequest for ImGetTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImGetTagResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_get_tag", "Get user tags", "获取用户标签")
    .docs(45940, 37172)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{ "To_Account": ["xiaojun012", "xiaojun013"] }"#);
