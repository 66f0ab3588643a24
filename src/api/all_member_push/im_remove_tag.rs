//! `v4/all_member_push/im_remove_tag`: remove push tags from accounts (269/45942).

use super::{UserTags, USER_TAGS_LIST};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ImRemoveTag as REQUEST "ImRemoveTagRequest" {
        user_tags: Vec<UserTags> = req "UserTags", USER_TAGS_LIST, "accounts and the tags to remove (a tag it does not have is no error), at most 100 accounts" / "账号标签信息，每次最多100个用户";
    }
}

impl ImRemoveTag {
    pub fn new(account: &str, tags: &[&str]) -> Self {
        ImRemoveTag { user_tags: UserTags::one(account, tags) }
    }
}

impl ApiRequest for ImRemoveTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_remove_tag", "Delete user tags", "删除用户标签")
    .docs(45942, 37174)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserTags": [
    { "To_Account": "xiaojun012", "Tags": ["a", "b"] },
    { "To_Account": "xiaojun013", "Tags": ["a", "b"] }
  ]
}"#);
