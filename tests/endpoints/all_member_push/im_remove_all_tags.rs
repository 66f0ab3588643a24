//! `all_member_push/im_remove_all_tags`.

use super::{ok, refused, tags, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs after the add_tag sample and removes every tag.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let add = tcim::find_endpoint("all_member_push/im_add_tag").unwrap();
    assert_eq!(sim.call(&add.api(), add.sample)["ErrorCode"], 0);
    let endpoint = tcim::find_endpoint("all_member_push/im_remove_all_tags").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(tags(&mut sim, &["xiaojun012", "xiaojun013"]), json!([{ "To_Account": "xiaojun012", "Tags": [] }, { "To_Account": "xiaojun013", "Tags": [] }]));
}

/// Only the listed accounts lose their tags; over 100 accounts is 90018.
#[test]
fn only_the_listed_accounts() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["x"] }, { "To_Account": "b", "Tags": ["x"] }] }));
    ok(&mut sim, "all_member_push/im_remove_all_tags", json!({ "To_Account": ["a", "c"] }));
    assert_eq!(tags(&mut sim, &["a", "b"]), json!([{ "To_Account": "a", "Tags": [] }, { "To_Account": "b", "Tags": ["x"] }]));
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    refused(&mut sim, "all_member_push/im_remove_all_tags", json!({ "To_Account": many }), 90018);
}
