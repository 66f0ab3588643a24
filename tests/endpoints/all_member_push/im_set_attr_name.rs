//! `all_member_push/im_set_attr_name`.

use super::{call, ok, refused, world, world_with};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator and names three attributes.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("all_member_push/im_set_attr_name").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    let names = ok(&mut sim, "all_member_push/im_get_attr_name", json!({}));
    assert_eq!(names["AttrNames"], json!({ "0": "sex", "1": "city", "2": "country" }));
}

/// Other indexes keep their names; renaming an index keeps the accounts' values under the new
/// name (they are stored by index).
#[test]
fn names_merge_by_index_and_renaming_keeps_values() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f" } }] }));
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "gender", "9": "vip" } }));
    assert_eq!(ok(&mut sim, "all_member_push/im_get_attr_name", json!({}))["AttrNames"], json!({ "0": "gender", "1": "city", "9": "vip" }));
    assert_eq!(super::attrs(&mut sim, &["a"]), json!([{ "To_Account": "a", "Attrs": { "gender": "f" } }]));
}

/// An index outside "0"–"9", an empty or over-long name, a name that is not a string, and one
/// name for two indexes are 90033; nothing changes.
#[test]
fn bad_names_are_refused() {
    let mut sim = world();
    for names in [json!({ "10": "x" }), json!({ "a": "x" }), json!({ "2": "" }), json!({ "2": "x".repeat(51) }), json!({ "2": 5 }), json!({ "2": "sex" })] {
        refused(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": names }), 90033);
    }
    // 50 bytes is the limit, not over it.
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "2": "x".repeat(50) } }));
    // Swapping two names in one call is fine: the result has each name once.
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "city", "1": "sex" } }));
}

/// Without the feature (the trial plan) every command of the service answers 90045.
#[test]
fn the_trial_plan_has_no_push() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), edition: Some("trial".into()), ..Options::default() });
    refused(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex" } }), 90045);
    let answer = call(&mut sim, "all_member_push/im_get_attr_name", json!({}));
    assert_eq!(answer["ErrorCode"], 90045);
    // Pro has it.
    let mut pro = world_with(Options { edition: Some("pro".into()), ..Options::default() });
    ok(&mut pro, "all_member_push/im_get_attr_name", json!({}));
}
