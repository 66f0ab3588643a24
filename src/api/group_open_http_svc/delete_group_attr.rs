//! `v4/group_open_http_svc/delete_group_attr`: delete some of a group's custom attributes
//! (the others stay).

use crate::api::group_open_attr_http_svc::get_group_attr::ATTR_KEY;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct AttrKey as ATTR_KEY_ITEM "GroupAttrKey" {
        key: String = req "key", ATTR_KEY, "key of an attribute to delete, at most 32 bytes (10045)" / "要删除的群属性的 key，最长32字节（10045）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct DeleteGroupAttr as REQUEST "DeleteGroupAttrRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "重置自定义属性的群 ID";
        group_attr: Vec<AttrKey> = req "GroupAttr", Ty::Array(&Arr { item: Ty::Object(&ATTR_KEY_ITEM), min_items: 1, max_items: Some(16) }), "attributes to delete, by key" / "删除自定义属性列表，key 为自定义属性的键";
    }
}

impl DeleteGroupAttr {
    pub fn new(group_id: &str, keys: &[&str]) -> Self {
        DeleteGroupAttr { group_id: group_id.into(), group_attr: keys.iter().map(|k| AttrKey { key: (*k).into() }).collect() }
    }
}

impl ApiRequest for DeleteGroupAttr {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// Every group type (the page's table); 10050 for a key the group does not have.
pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_group_attr", "Delete some group custom attributes", "删除群自定义属性")
    .docs(0, 59499)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10004, 10007, 10010, 10015, 10045, 10049, 10050])
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupAttr": [
    { "key": "attr_key" },
    { "key": "attr_key1" }
  ]
}"#);
