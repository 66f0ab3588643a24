//! `v4/timpush/get_tag`: Get user tags.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct GetTag as REQUEST "GetTagRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetTagResponse as RESPONSE "GetTagResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for GetTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetTagResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "get_tag", "Get user tags", "获取用户标签")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
