//! `v4/group_open_http_svc/set_group_attr`: replace all of a live group's attributes.

use crate::api::prelude::*;
use crate::api::group_open_attr_http_svc::get_group_attr::{AVCHATROOM_ONLY, ATTR_ERRORS};
use crate::api::group_open_http_svc::modify_group_attr::{ModifyGroupAttr, REQUEST};
use crate::vocab::Service;

/// The request: as modify_group_attr's; the listed attributes replace all the others.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct SetGroupAttr(pub ModifyGroupAttr);

impl ApiRequest for SetGroupAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "set_group_attr", "Replace a live group's attributes", "重置群自定义属性")
    .docs(0, 44190)
    .tables(&REQUEST, &ENVELOPE)
    .errors(ATTR_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupAttr": [
    { "key": "attr_key1", "value": "attr_val1" }
  ]
}"#);
