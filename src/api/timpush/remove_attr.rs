//! `v4/timpush/remove_attr`: Delete user attributes (the Push plugin pages, 1047/60561 ff.). The body and the data are `all_member_push/im_remove_attr`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_remove_attr::{ImRemoveAttr, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_remove_attr`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct RemoveAttr(pub ImRemoveAttr);

impl ApiRequest for RemoveAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImRemoveAttr as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "remove_attr", "Delete user attributes", "删除用户属性")
    .tables(&REQUEST, <ImRemoveAttr as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserAttrs": [
    { "To_Account": "Mary", "Attrs": ["sex", "city"] },
    { "To_Account": "xiaoming", "Attrs": ["sex"] }
  ]
}"#);
