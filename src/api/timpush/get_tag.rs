//! `v4/timpush/get_tag`: Get user tags (the Push plugin pages, 1047/60561 ff.). The body and the data are `all_member_push/im_get_tag`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_get_tag::{ImGetTag, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_get_tag`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct GetTag(pub ImGetTag);

impl ApiRequest for GetTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImGetTag as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_tag", "Get user tags", "获取用户标签")
    .docs(100640, 60567)
    .tables(&REQUEST, <ImGetTag as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{ "To_Account": ["Mary", "xiaoming"] }"#);
