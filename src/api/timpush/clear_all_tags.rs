//! `v4/timpush/clear_all_tags`: Delete all tags of users (1047/60570; 1047/67823). The body and the data are `all_member_push/im_remove_all_tags`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_remove_all_tags::{ImRemoveAllTags, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_remove_all_tags`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct ClearAllTags(pub ImRemoveAllTags);

impl ApiRequest for ClearAllTags {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImRemoveAllTags as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "clear_all_tags", "Delete all tags of users", "删除用户所有标签")
    .docs(0, 60570)
    .tables(&REQUEST, <ImRemoveAllTags as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{ "To_Account": ["Mary", "xiaoming"] }"#);
