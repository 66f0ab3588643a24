//! `v4/all_member_push/im_remove_all_tags`: remove every push tag of accounts (269/45943).

use super::ACCOUNTS;
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImRemoveAllTags as REQUEST "ImRemoveAllTagsRequest" {
        to_account: Vec<String> = req "To_Account", ACCOUNTS, "accounts, at most 100" / "目标用户账号列表，最多100个";
    }
}

impl ImRemoveAllTags {
    pub fn new(accounts: &[&str]) -> Self {
        ImRemoveAllTags { to_account: accounts.iter().map(|a| (*a).to_owned()).collect() }
    }
}

impl ApiRequest for ImRemoveAllTags {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_remove_all_tags", "Delete all tags of users", "删除用户所有标签")
    .docs(45943, 37175)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{ "To_Account": ["xiaojun012", "xiaojun013"] }"#);
