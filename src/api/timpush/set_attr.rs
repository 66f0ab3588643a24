//! `v4/timpush/set_attr`: Set user attributes.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct SetAttr as REQUEST "SetAttrRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response SetAttrResponse as RESPONSE "SetAttrResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for SetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SetAttrResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "set_attr", "Set user attributes", "设置用户属性")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
