//! `v4/timpush/set_attr_name`: Set app attribute names (1047/60563). The body and the data are `all_member_push/im_set_attr_name`'s: the
//! Push plugin's attributes and tags are the same as all-member push's (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_set_attr_name::{ImSetAttrName, REQUEST};
use crate::api::prelude::*;

/// The body of `all_member_push/im_set_attr_name`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SetAttrName(pub ImSetAttrName);

impl ApiRequest for SetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = <ImSetAttrName as ApiRequest>::Response;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "set_attr_name", "Set app attribute names", "设置应用属性名称")
    .docs(0, 60563)
    .tables(&REQUEST, <ImSetAttrName as ApiRequest>::ENDPOINT.response)
    .errors(&[90001, 90009, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{ "AttrNames": { "0": "sex", "1": "city", "2": "country" } }"#);
