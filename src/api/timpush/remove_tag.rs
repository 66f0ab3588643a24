//! `v4/timpush/remove_tag`: Delete user tags.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct RemoveTag as REQUEST "RemoveTagRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response RemoveTagResponse as RESPONSE "RemoveTagResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for RemoveTag {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = RemoveTagResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "remove_tag", "Delete user tags", "删除用户标签")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
