//! `v4/timpush/remove_attr`: Delete user attributes.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct RemoveAttr as REQUEST "RemoveAttrRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response RemoveAttrResponse as RESPONSE "RemoveAttrResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for RemoveAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = RemoveAttrResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "remove_attr", "Delete user attributes", "删除用户属性")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
