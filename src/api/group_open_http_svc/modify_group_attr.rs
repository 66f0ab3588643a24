//! `v4/group_open_http_svc/modify_group_attr`: set some of a live group's attributes (the
//! others stay).

use crate::api::prelude::*;
use crate::api::group_open_attr_http_svc::get_group_attr::{GroupAttr, AVCHATROOM_ONLY, ATTR_ERRORS, GROUP_ATTRS};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ModifyGroupAttr as REQUEST "ModifyGroupAttrRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "直播群的 ID";
        group_attr: Vec<GroupAttr> = req "GroupAttr", GROUP_ATTRS, "attributes to set, at most 16" / "需要设置的群属性，最多16个";
    }
}

impl ModifyGroupAttr {
    pub fn new(group_id: &str, attrs: &[(&str, &str)]) -> Self {
        ModifyGroupAttr { group_id: group_id.into(), group_attr: attrs.iter().map(|(k, v)| GroupAttr { key: (*k).into(), value: (*v).into() }).collect() }
    }
}

impl ApiRequest for ModifyGroupAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "modify_group_attr", "Set some of a live group's attributes", "修改群自定义属性")
    .docs(0, 44188)
    .tables(&REQUEST, &ENVELOPE)
    .errors(ATTR_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupAttr": [
    { "key": "attr_key1", "value": "attr_val1" },
    { "key": "attr_key2", "value": "attr_val2" }
  ]
}"#);
