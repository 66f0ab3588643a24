//! `v4/group_open_http_svc/delete_group_counter`: delete group counters (all, or the keys
//! named).

use crate::api::group_open_http_svc::get_group_counter::{COUNTER_ERRORS, COUNTER_KEYS, NOT_COMMUNITY};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeleteGroupCounter as REQUEST "DeleteGroupCounterRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        group_counter_keys: Option<Vec<String>> = opt "GroupCounterKeys", COUNTER_KEYS, "keys to delete (default: all)" / "删除指定的群计数器 Key 列表，不填则全部删除";
    }
}

impl DeleteGroupCounter {
    pub fn new(group_id: &str, keys: Option<&[&str]>) -> Self {
        DeleteGroupCounter { group_id: group_id.into(), group_counter_keys: keys.map(|k| k.iter().map(|k| (*k).into()).collect()) }
    }
}

impl ApiRequest for DeleteGroupCounter {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "delete_group_counter", "Delete group counters", "删除群计数器")
    .docs(0, 53429)
    .tables(&REQUEST, &ENVELOPE)
    .errors(COUNTER_ERRORS)
    .group_types(NOT_COMMUNITY)
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupCounterKeys": ["like", "unlike"]
}"#);
