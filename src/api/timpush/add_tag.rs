//! `v4/timpush/add_tag`: Add user tags.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct AddTag as REQUEST "AddTagRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response AddTagResponse as RESPONSE "AddTagResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for AddTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddTagResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "add_tag", "Add user tags", "添加用户标签")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
