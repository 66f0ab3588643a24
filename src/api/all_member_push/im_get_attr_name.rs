//! `v4/all_member_push/im_get_attr_name`: the app's push attribute names by index
//! (269/45936).

use crate::api::prelude::*;
use std::collections::BTreeMap;

wire! {
    #[derive(Eq)]
    pub struct ImGetAttrName as REQUEST "ImGetAttrNameRequest" {
        // The request body is empty (`{}`).
    }
}

wire! {
    #[derive(Eq)]
    pub response ImGetAttrNameResponse as RESPONSE "ImGetAttrNameResponse" {
        attr_names: BTreeMap<String, String> = out "AttrNames", ANY, "index (\"0\" to \"9\") → attribute name, for the indexes named" / "索引（\"0\" 到 \"9\"）→ 属性名，仅含有名称的索引";
    }
}

impl ApiRequest for ImGetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImGetAttrNameResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_get_attr_name", "Get app attribute names", "获取应用属性名称")
    .docs(45936, 37168)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 90045, 91000])
    .rate_limit(100)
    .read_only()
    .sample(r#"{}"#);
