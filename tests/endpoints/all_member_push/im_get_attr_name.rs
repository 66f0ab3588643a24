//! `all_member_push/im_get_attr_name`.

use super::ok;
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator: no names yet.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("all_member_push/im_get_attr_name").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["AttrNames"], json!({}));
    assert!(endpoint.read_only);
}

/// It answers what was set, and survives snapshot → restore.
#[test]
fn names_survive_restore() {
    let mut sim = super::world();
    assert_eq!(ok(&mut sim, "all_member_push/im_get_attr_name", json!({}))["AttrNames"], json!({ "0": "sex", "1": "city" }));
    let mut back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
    assert_eq!(ok(&mut back, "all_member_push/im_get_attr_name", json!({}))["AttrNames"], json!({ "0": "sex", "1": "city" }));
}
