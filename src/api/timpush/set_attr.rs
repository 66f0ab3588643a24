//! `v4/timpush/set_attr`: Set user attributes (1047/67818 = 1047/60565; 269/100638). The body and the data are `all_member_push/im_set_attr`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_set_attr::{ImSetAttr, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_set_attr`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SetAttr(pub ImSetAttr);

impl ApiRequest for SetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImSetAttr as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "set_attr", "Set user attributes", "设置用户属性")
    .docs(0, 67818)
    .tables(&REQUEST, <ImSetAttr as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90018, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "UserAttrs": [
    { "To_Account": "Mary", "Attrs": { "sex": "female", "city": "NewYork" } },
    { "To_Account": "xiaoming", "Attrs": { "sex": "male", "city": "ShenZhen" } }
  ]
}"#);
