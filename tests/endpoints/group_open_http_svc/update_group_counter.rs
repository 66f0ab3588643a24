//! `group_open_http_svc/update_group_counter`: Set, Increase, Decrease (from 0 for a new
//! key), int64 bounds, 20 keys a group.

use super::get_group_counter::group;
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const GID: &str = "sample-aC5SZEAEF";
const API: &str = "group_open_http_svc/update_group_counter";

/// The documented sample sets two counters and answers their values.
#[test]
fn the_sample_runs() {
    let mut s = group(GID, "Public", None);
    let r = ok(&mut s, API, sample(API, GID));
    assert_eq!(r["GroupCounter"], json!([{ "Key": "like", "Value": 5 }, { "Key": "unlike", "Value": 1 }]));
}

#[test]
fn modes() {
    let mut s = group("g", "Private", None);
    let r = ok(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "like", "Value": 3 }], "Mode": "Increase" }));
    assert_eq!(r["GroupCounter"], json!([{ "Key": "like", "Value": 3 }]), "a new key starts from 0");
    let r = ok(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "like", "Value": 5 }, { "Key": "like", "Value": 1 }, { "Key": "down", "Value": 2 }], "Mode": "Decrease" }));
    assert_eq!(r["GroupCounter"], json!([{ "Key": "like", "Value": -3 }, { "Key": "down", "Value": -2 }]), "applied in order, each key once");
    // No Mode: Set.
    let r = ok(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "like", "Value": i64::MAX }] }));
    assert_eq!(r["GroupCounter"][0]["Value"], i64::MAX);
}

#[test]
fn refusals_change_nothing() {
    let mut s = group("g", "Public", None);
    ok(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "max", "Value": i64::MAX }, { "Key": "min", "Value": i64::MIN }] }));
    // Past the int64 range: refused, and the earlier items of the request are not applied.
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "min", "Value": 1 }, { "Key": "max", "Value": 1 }], "Mode": "Increase" }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "min", "Value": 1 }], "Mode": "Decrease" }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "x", "Value": 1 }], "Mode": "Multiply" }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "k".repeat(129), "Value": 1 }] }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "x", "Value": 1.5 }] }), 10004);
    // At most 20 keys a group.
    let eighteen: Vec<_> = (0..18).map(|i| json!({ "Key": format!("k{i}"), "Value": i })).collect();
    ok(&mut s, API, json!({ "GroupId": "g", "GroupCounter": eighteen }));
    err(&mut s, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "one-too-many", "Value": 1 }] }), 10004);
    err(&mut s, API, json!({ "GroupId": "nope", "GroupCounter": [{ "Key": "x", "Value": 1 }] }), 10010);
    let mut pro = group("g", "Public", Some("pro"));
    err(&mut pro, API, json!({ "GroupId": "g", "GroupCounter": [{ "Key": "x", "Value": 1 }] }), 10059);
}
