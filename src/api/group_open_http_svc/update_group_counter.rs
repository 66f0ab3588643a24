//! `v4/group_open_http_svc/update_group_counter`: set, increase or decrease group counters.

use crate::api::group_open_http_svc::get_group_counter::{GroupCounter, COUNTERS, COUNTER_ERRORS, COUNTER_ITEM, NOT_COMMUNITY};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct UpdateGroupCounter as REQUEST "UpdateGroupCounterRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        group_counter: Vec<GroupCounter> = req "GroupCounter", COUNTERS, "counters to change, at most 20 keys" / "群计数器列表，Key 数量不超过20个";
        mode: Option<String> = opt "Mode", Ty::Enum(&["Set", "Increase", "Decrease"]), "Set (default) writes the value; Increase/Decrease add or subtract it, from 0 for a new key" / "Set：直接设置；Increase/Decrease：基于原来的 Value 递增递减，Key 不存在则从0开始";
    }
}

wire! {
    #[derive(Eq)]
    pub response UpdateGroupCounterResponse as RESPONSE "UpdateGroupCounterResponse" {
        group_counter: Vec<GroupCounter> = out "GroupCounter", Ty::Array(&Arr { item: Ty::Object(&COUNTER_ITEM), min_items: 0, max_items: None }), "the changed counters' new values" / "更新的群计数器最新键值列表";
    }
}

impl UpdateGroupCounter {
    pub fn new(group_id: &str, mode: Option<&str>, counters: &[(&str, i64)]) -> Self {
        UpdateGroupCounter { group_id: group_id.into(), group_counter: counters.iter().map(|(k, v)| GroupCounter { key: (*k).into(), value: *v }).collect(), mode: mode.map(str::to_owned) }
    }
}

impl ApiRequest for UpdateGroupCounter {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = UpdateGroupCounterResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "update_group_counter", "Set, increase or decrease group counters", "更新群计数器")
    .docs(0, 53428)
    .tables(&REQUEST, &RESPONSE)
    .errors(COUNTER_ERRORS)
    .group_types(NOT_COMMUNITY)
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupCounter": [
    { "Key": "like", "Value": 5 },
    { "Key": "unlike", "Value": 1 }
  ],
  "Mode": "Set"
}"#);
