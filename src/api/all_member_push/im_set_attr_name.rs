//! `v4/all_member_push/im_set_attr_name`: name the app's push attributes, ten at most,
//! indexed "0" to "9" (269/45935).

use crate::api::prelude::*;
use std::collections::BTreeMap;

wire! {
    #[derive(Eq)]
    pub struct ImSetAttrName as REQUEST "ImSetAttrNameRequest" {
        attr_names: BTreeMap<String, serde_json::Value> = req "AttrNames", ANY, "index (\"0\" to \"9\") → attribute name (at most 50 bytes); other indexes keep their names" / "数字键表示第几个属性（“0”到“9”之间），值为属性名，最长不超过50字节";
    }
}

impl ImSetAttrName {
    pub fn new(names: &[(&str, &str)]) -> Self {
        ImSetAttrName { attr_names: names.iter().map(|(i, n)| ((*i).to_owned(), serde_json::Value::from(*n))).collect() }
    }
}

impl ApiRequest for ImSetAttrName {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_set_attr_name", "Set app attribute names", "设置应用属性名称")
    .docs(45935, 37167)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90033, 90045, 91000])
    .rate_limit(100)
    .sample(r#"{
  "AttrNames": { "0": "sex", "1": "city", "2": "country" }
}"#);
