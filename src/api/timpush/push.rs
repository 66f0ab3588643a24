//! `v4/timpush/push`: Push to all or tagged users.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct Push as REQUEST "PushRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response PushResponse as RESPONSE "PushResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for Push {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = PushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "push", "Push to all or tagged users", "发起全员/标签推送")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
