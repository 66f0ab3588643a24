//! `all_member_push/im_get_tag`.

use super::{ok, refused, tags, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator: no tags.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("all_member_push/im_get_tag").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["UserTags"], json!([{ "To_Account": "xiaojun012", "Tags": [] }, { "To_Account": "xiaojun013", "Tags": [] }]));
}

/// Tags in the order added, accounts in request order; over 100 accounts is 90018.
#[test]
fn answers_in_order() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["z", "y"] }, { "To_Account": "a", "Tags": ["x", "z"] }] }));
    assert_eq!(tags(&mut sim, &["b", "a"]), json!([{ "To_Account": "b", "Tags": [] }, { "To_Account": "a", "Tags": ["z", "y", "x"] }]));
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    refused(&mut sim, "all_member_push/im_get_tag", json!({ "To_Account": many }), 90018);
}
