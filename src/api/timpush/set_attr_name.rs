//! `v4/timpush/set_attr_name`: Set app attribute names.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct SetAttrName as REQUEST "SetAttrNameRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response SetAttrNameResponse as RESPONSE "SetAttrNameResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for SetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SetAttrNameResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "set_attr_name", "Set app attribute names", "设置应用属性名称")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
