//! `all_member_push/im_remove_attr`.

use super::{attrs, ok, refused, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs once the app has named its attributes, and removes them.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex", "1": "city" } }));
    let set = tcim::find_endpoint("all_member_push/im_set_attr").unwrap();
    assert_eq!(sim.call(&set.api(), set.sample)["ErrorCode"], 0);
    let endpoint = tcim::find_endpoint("all_member_push/im_remove_attr").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(attrs(&mut sim, &["xiaojun012"]), json!([{ "To_Account": "xiaojun012", "Attrs": {} }]));
}

/// Removal is by name and keeps the other attributes; an unknown name is 90033 and changes
/// nothing; the name–value form of im_set_attr is not this command's ("不是键值对").
#[test]
fn removes_by_name() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f", "city": "bj" } }] }));
    ok(&mut sim, "all_member_push/im_remove_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": ["sex"] }] }));
    assert_eq!(attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": { "city": "bj" } }]));
    refused(&mut sim, "all_member_push/im_remove_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": ["city", "age"] }] }), 90033);
    assert_eq!(attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": { "city": "bj" } }]));
    refused(&mut sim, "all_member_push/im_remove_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "city": "" } }] }), 90001);
    assert_eq!(attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": { "city": "bj" } }]));
}
