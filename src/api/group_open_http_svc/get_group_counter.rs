//! `v4/group_open_http_svc/get_group_counter`: a group's counters (all, or the keys asked).

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

/// A counter key: 1 to 128 bytes (the page).
pub const COUNTER_KEY: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(128), kind: StrKind::Plain });
/// Counter keys of a request: at most 20, a group's limit too.
pub const COUNTER_KEYS: Ty = Ty::Array(&Arr { item: COUNTER_KEY, min_items: 0, max_items: Some(20) });

wire! {
    #[derive(Eq)]
    pub struct GroupCounter as COUNTER_ITEM "GroupCounter" {
        key: String = req "Key", COUNTER_KEY, "counter key, at most 128 bytes" / "群计数器的键，长度不超过128字节";
        value: i64 = req "Value", int(i64::MIN, i64::MAX), "counter value, a signed 64-bit integer" / "群计数器的值，最大支持64位有符号整型";
    }
}
/// A list of counters (requests: at most 20).
pub const COUNTERS: Ty = Ty::Array(&Arr { item: Ty::Object(&COUNTER_ITEM), min_items: 1, max_items: Some(20) });

wire! {
    #[derive(Eq)]
    pub struct GetGroupCounter as REQUEST "GetGroupCounterRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "群组 ID";
        group_counter_keys: Option<Vec<String>> = opt "GroupCounterKeys", COUNTER_KEYS, "keys to get (default: all)" / "获取指定群计数器的 Key 列表，不填则全部返回";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupCounterResponse as RESPONSE "GetGroupCounterResponse" {
        group_counter: Vec<GroupCounter> = out "GroupCounter", Ty::Array(&Arr { item: Ty::Object(&COUNTER_ITEM), min_items: 0, max_items: None }), "the counters that are set, by key" / "获取的群计数器最新键值列表";
    }
}

impl GetGroupCounter {
    pub fn new(group_id: &str, keys: Option<&[&str]>) -> Self {
        GetGroupCounter { group_id: group_id.into(), group_counter_keys: keys.map(|k| k.iter().map(|k| (*k).into()).collect()) }
    }
}

impl ApiRequest for GetGroupCounter {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupCounterResponse;
}

/// Every type but Community (the counter pages; clear_group_msg's table too).
pub const NOT_COMMUNITY: &[(GroupType, Support)] = &[(GroupType::Private, Support::Yes), (GroupType::Public, Support::Yes), (GroupType::ChatRoom, Support::Yes), (GroupType::AVChatRoom, Support::Yes), (GroupType::Community, Support::Forbidden)];

/// The errors of the counter pages: 10059 without the plan that has counters.
pub const COUNTER_ERRORS: &[u32] = &[10002, 10004, 10007, 10010, 10015, 10059];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_counter", "Get group counters", "获取群计数器")
    .docs(0, 53427)
    .tables(&REQUEST, &RESPONSE)
    .errors(COUNTER_ERRORS)
    .group_types(NOT_COMMUNITY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#aC5SZEAEF",
  "GroupCounterKeys": ["like", "unlike"]
}"#);
