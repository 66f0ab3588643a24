//! `v4/timpush/get_attr`: Get user attributes.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct GetAttr as REQUEST "GetAttrRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetAttrResponse as RESPONSE "GetAttrResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for GetAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAttrResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_attr", "Get user attributes", "获取用户属性")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
