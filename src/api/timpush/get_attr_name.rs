//! `v4/timpush/get_attr_name`: Get app attribute names (the Push plugin pages, 1047/60561 ff.). The body and the data are `all_member_push/im_get_attr_name`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_get_attr_name::{ImGetAttrName, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_get_attr_name`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct GetAttrName(pub ImGetAttrName);

impl ApiRequest for GetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImGetAttrName as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_attr_name", "Get app attribute names", "获取应用属性名称")
    .tables(&REQUEST, <ImGetAttrName as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{}"#);
