//! `v4/timpush/get_attr`: Get user attributes (the Push plugin pages, 1047/60561 ff.). The body and the data are `all_member_push/im_get_attr`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_get_attr::{ImGetAttr, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_get_attr`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct GetAttr(pub ImGetAttr);

impl ApiRequest for GetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImGetAttr as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_attr", "Get user attributes", "获取用户属性")
    .tables(&REQUEST, <ImGetAttr as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{ "To_Account": ["Mary", "xiaoming"] }"#);
