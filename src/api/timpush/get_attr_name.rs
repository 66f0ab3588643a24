//! `v4/timpush/get_attr_name`: Get app attribute names.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct GetAttrName as REQUEST "GetAttrNameRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetAttrNameResponse as RESPONSE "GetAttrNameResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for GetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAttrNameResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_attr_name", "Get app attribute names", "获取应用属性名称")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
