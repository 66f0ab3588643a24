//! `all_member_push/im_set_attr`.

use super::{attrs, ok, refused, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs once the app has named its attributes.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex", "1": "city" } }));
    let endpoint = tcim::find_endpoint("all_member_push/im_set_attr").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(attrs(&mut sim, &["xiaojun012", "xiaojun013"]), json!([{ "To_Account": "xiaojun012", "Attrs": { "city": "attr2", "sex": "attr1" } }, { "To_Account": "xiaojun013", "Attrs": { "city": "attr3", "sex": "attr4" } }]));
}

/// Setting overwrites one attribute and keeps the others.
#[test]
fn set_overwrites_by_name() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f", "city": "bj" } }] }));
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "city": "sh" } }] }));
    assert_eq!(attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": { "city": "sh", "sex": "f" } }]));
}

/// A name the app has not set, a value over 50 bytes or not a string is 90033, and the whole
/// request changes nothing (the first account's good attributes are not set either); more than
/// 100 accounts is 90018.
#[test]
fn refusals() {
    let mut sim = world();
    refused(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f" } }, { "To_Account": "b", "Attrs": { "age": "9" } }] }), 90033);
    refused(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "x".repeat(51) } }] }), 90033);
    refused(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": 1 } }] }), 90033);
    let many: Vec<_> = (0..101).map(|i| json!({ "To_Account": format!("u{i}"), "Attrs": { "sex": "f" } })).collect();
    refused(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": many }), 90018);
    assert_eq!(attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": {} }]));
}
