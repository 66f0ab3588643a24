//! `v4/ConfigSvc/GetIPList`: the IP addresses and ranges of the service's servers, for an app
//! that allow-lists them (the SDKs' access points and the callbacks' exits).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct GetIpList as REQUEST "GetIPListRequest" {
        // The request body is empty (`{}`); the page's `nettype` is a query parameter.
    }
}

wire! {
    #[derive(Eq)]
    pub response GetIpListResponse as RESPONSE "GetIPListResponse" {
        ip_list: Vec<String> = out "IPList", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the servers' IP addresses and CIDR ranges" / "服务器的 IP 地址和 CIDR 网段";
    }
}

/// What the double answers: its own loopback address (where `tcim serve` listens) and the
/// three documentation ranges of RFC 5737, which reach nothing — an allow-list built from the
/// answer admits the double and no real host (decisions.md, "All-member push, IP list, chat
/// files").
pub const IP_LIST: [&str; 4] = ["127.0.0.1", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"];

impl ApiRequest for GetIpList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetIpListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ConfigSvc, "GetIPList", "Get the server IP addresses", "获取服务器 IP 地址")
    .docs(45438, 36742)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[])
    .read_only()
    .sample(r#"{}"#);
