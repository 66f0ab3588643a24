//! `v4/timpush/all_member_push_trace`: Trace an all-user or tag push.

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct AllMemberPushTrace as REQUEST "AllMemberPushTraceRequest" {
        // One line per field of the page's request table:
        // rust_name: Type = req|opt "WireName", RULE, "meaning" / "含义";
    }
}

wire! {
    #[derive(Eq)]
    pub response AllMemberPushTraceResponse as RESPONSE "AllMemberPushTraceResponse" {
        // One line per field of the page's answer table: rust_name: Type = out "WireName", RULE, "meaning";
    }
}

impl ApiRequest for AllMemberPushTrace {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AllMemberPushTraceResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "all_member_push_trace", "Trace an all-user or tag push", "全员/标签推送消息链路")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .sample(r#"{}"#);
