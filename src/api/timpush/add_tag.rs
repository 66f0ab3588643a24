//! `v4/timpush/add_tag`: Add user tags (1047/60568). The body and the data are `all_member_push/im_add_tag`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_add_tag::{ImAddTag, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_add_tag`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct AddTag(pub ImAddTag);

impl ApiRequest for AddTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImAddTag as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "add_tag", "Add user tags", "添加用户标签")
    .docs(0, 60568)
    .tables(&REQUEST, <ImAddTag as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90020, 90032, 90040, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserTags": [
    { "To_Account": "Mary", "Tags": ["a", "b"] },
    { "To_Account": "xiaoming", "Tags": ["a", "b"] }
  ]
}"#);
