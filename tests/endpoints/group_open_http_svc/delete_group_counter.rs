//! `group_open_http_svc/delete_group_counter`: the keys named go (all without keys); the
//! counters go with the group.

use super::get_group_counter::group;
use crate::common::*;
use crate::support::sample;
use crate::support::restored;
use serde_json::json;

const GID: &str = "sample-aC5SZEAEF";
const API: &str = "group_open_http_svc/delete_group_counter";

fn counters(s: &mut tcim::sim::Simulator, id: &str) -> serde_json::Value {
    ok(s, "group_open_http_svc/get_group_counter", json!({ "GroupId": id }))["GroupCounter"].clone()
}

/// The documented sample deletes like and unlike; gift stays.
#[test]
fn the_sample_runs() {
    let mut s = group(GID, "ChatRoom", None);
    ok(&mut s, "group_open_http_svc/update_group_counter", json!({ "GroupId": GID, "GroupCounter": [{ "Key": "like", "Value": 5 }, { "Key": "unlike", "Value": 1 }, { "Key": "gift", "Value": 2 }] }));
    ok(&mut s, API, sample(API, GID));
    assert_eq!(counters(&mut s, GID), json!([{ "Key": "gift", "Value": 2 }]));
    let mut copy = restored(&s);
    assert_eq!(counters(&mut copy, GID), json!([{ "Key": "gift", "Value": 2 }]));
    ok(&mut s, API, json!({ "GroupId": GID }));
    assert_eq!(counters(&mut s, GID), json!([]));
    assert!(s.inspect()["groups"][0].get("counters").is_none());
}

#[test]
fn the_counters_go_with_the_group() {
    let mut s = group("g", "Public", None);
    ok(&mut s, "group_open_http_svc/update_group_counter", json!({ "GroupId": "g", "GroupCounter": [{ "Key": "like", "Value": 5 }] }));
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "g" }));
    err(&mut s, API, json!({ "GroupId": "g" }), 10010);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "again" }));
    assert_eq!(counters(&mut s, "g"), json!([]));
}

#[test]
fn refusals() {
    let mut s = group("g", "Public", Some("trial"));
    err(&mut s, API, json!({ "GroupId": "g" }), 10059);
    let mut c = group("@TGS#_@TGS#cCOMMUNITY1", "Community", None);
    err(&mut c, API, json!({ "GroupId": "@TGS#_@TGS#cCOMMUNITY1" }), 10007);
}
