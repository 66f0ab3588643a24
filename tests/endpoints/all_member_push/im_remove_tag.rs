//! `all_member_push/im_remove_tag`.

use super::{ok, tags, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs after the add_tag sample and removes what it added.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let add = tcim::find_endpoint("all_member_push/im_add_tag").unwrap();
    assert_eq!(sim.call(&add.api(), add.sample)["ErrorCode"], 0);
    let endpoint = tcim::find_endpoint("all_member_push/im_remove_tag").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(tags(&mut sim, &["xiaojun012", "xiaojun013"]), json!([{ "To_Account": "xiaojun012", "Tags": [] }, { "To_Account": "xiaojun013", "Tags": [] }]));
    // Nothing left of the push state: inspect leaves it out.
    assert!(sim.inspect().get("push").is_none(), "{}", sim.inspect()["push"]);
}

/// Only the listed tags go, the order of the rest stays; a tag it does not have is no error.
#[test]
fn removes_only_the_listed_tags() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["x", "y", "z"] }] }));
    ok(&mut sim, "all_member_push/im_remove_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["y", "nope"] }, { "To_Account": "b", "Tags": ["x"] }] }));
    assert_eq!(tags(&mut sim, &["a"]), json!([{ "To_Account": "a", "Tags": ["x", "z"] }]));
}
