//! `v4/timpush/remove_tag`: Delete user tags (1047/60569; 1047/67822). The body and the data are `all_member_push/im_remove_tag`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_remove_tag::{ImRemoveTag, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_remove_tag`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct RemoveTag(pub ImRemoveTag);

impl ApiRequest for RemoveTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImRemoveTag as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "remove_tag", "Delete user tags", "删除用户标签")
    .docs(0, 60569)
    .tables(&REQUEST, <ImRemoveTag as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserTags": [
    { "To_Account": "Mary", "Tags": ["a", "b"] },
    { "To_Account": "xiaoming", "Tags": ["a"] }
  ]
}"#);
