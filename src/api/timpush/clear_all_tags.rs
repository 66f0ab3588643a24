//! `v4/timpush/clear_all_tags`: Delete all tags of users.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct ClearAllTags as REQUEST "ClearAllTagsRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response ClearAllTagsResponse as RESPONSE "ClearAllTagsResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for ClearAllTags {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ClearAllTagsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "clear_all_tags", "Delete all tags of users", "删除用户所有标签")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
