//! `v4/timpush/webpush`: Web push to all or tagged users.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct Webpush as REQUEST "WebpushRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response WebpushResponse as RESPONSE "WebpushResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for Webpush {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = WebpushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "webpush", "Web push to all or tagged users", "全员/标签 Web 推送")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
