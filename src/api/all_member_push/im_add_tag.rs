//! `v4/all_member_push/im_add_tag`: add push tags to accounts: at most 100 accounts and 10
//! tags each per call, 100 tags an account (269/45941).

use super::{UserTags, USER_TAGS_LIST};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImAddTag as REQUEST "ImAddTagRequest" {
        user_tags: Vec<UserTags> = req "UserTags", USER_TAGS_LIST, "accounts and the tags to add (at most 10 each), at most 100 accounts" / "账号标签信息，每次最多给100个用户添加标签，单个用户最多10个";
    }
}

impl ImAddTag {
    pub fn new(account: &str, tags: &[&str]) -> Self {
        ImAddTag { user_tags: UserTags::one(account, tags) }
    }
}

impl ApiRequest for ImAddTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_add_tag", "Add user tags", "添加用户标签")
    .docs(45941, 37173)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90020, 90032, 90040, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserTags": [
    { "To_Account": "xiaojun012", "Tags": ["a", "b"] },
    { "To_Account": "xiaojun013", "Tags": ["a", "b"] }
  ]
}"#);
