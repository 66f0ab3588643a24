//! `v4/timpush/revoke`: Recall a push.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct Revoke as REQUEST "RevokeRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response RevokeResponse as RESPONSE "RevokeResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for Revoke {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = RevokeResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "revoke", "Recall a push", "推送撤回")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
