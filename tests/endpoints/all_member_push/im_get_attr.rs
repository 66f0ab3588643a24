//! `all_member_push/im_get_attr`.

use super::{attrs, ok, refused, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator: accounts with no attributes answer `{}`.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("all_member_push/im_get_attr").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["UserAttrs"], json!([{ "To_Account": "xiaojun012", "Attrs": {} }, { "To_Account": "xiaojun013", "Attrs": {} }]));
}

/// Request order, each account's attributes by name.
#[test]
fn answers_in_request_order() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "b", "Attrs": { "city": "sz", "sex": "m" } }] }));
    assert_eq!(attrs(&mut sim, &["c", "b"]), json!([{ "To_Account": "c", "Attrs": {} }, { "To_Account": "b", "Attrs": { "city": "sz", "sex": "m" } }]));
}

/// More than 100 accounts is 90018.
#[test]
fn at_most_100_accounts() {
    let mut sim = world();
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    refused(&mut sim, "all_member_push/im_get_attr", json!({ "To_Account": many }), 90018);
    ok(&mut sim, "all_member_push/im_get_attr", json!({ "To_Account": &many[..100] }));
}
