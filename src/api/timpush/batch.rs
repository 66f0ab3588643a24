//! `v4/timpush/batch`: Push to listed users.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct Batch as REQUEST "BatchRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response BatchResponse as RESPONSE "BatchResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for Batch {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = BatchResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "batch", "Push to listed users", "单发推送")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
