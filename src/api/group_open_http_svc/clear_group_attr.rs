//! `v4/group_open_http_svc/clear_group_attr`: delete all of a live group's attributes.

use crate::api::prelude::*;
use crate::api::group_open_attr_http_svc::get_group_attr::{GetGroupAttr, AVCHATROOM_ONLY, ATTR_ERRORS, REQUEST};
use crate::vocab::Service;

/// The request: the group, as get_group_attr's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct ClearGroupAttr(pub GetGroupAttr);

impl ApiRequest for ClearGroupAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "clear_group_attr", "Delete a live group's attributes", "清空群自定义属性")
    .docs(0, 44189)
    .tables(&REQUEST, &ENVELOPE)
    .errors(ATTR_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .sample(r#"{ "GroupId": "@TGS#aC5SZEAEF" }"#);
