//! `all_member_push/im_add_tag`.

use super::{ok, refused, tags, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator and tags both accounts.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("all_member_push/im_add_tag").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(tags(&mut sim, &["xiaojun012", "xiaojun013"]), json!([{ "To_Account": "xiaojun012", "Tags": ["a", "b"] }, { "To_Account": "xiaojun013", "Tags": ["a", "b"] }]));
}

/// The pages' limits, each with its code, and nothing changes on a refusal: more than 10 tags
/// for an account in one call or 100 in all (90032), a tag over 50 bytes (90020), an empty tag
/// (90040), more than 100 accounts (90018).
#[test]
fn limits() {
    let mut sim = world();
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    refused(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": eleven }] }), 90032);
    refused(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["ok", "x".repeat(51)] }] }), 90020);
    refused(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["ok", ""] }] }), 90040);
    let many: Vec<_> = (0..101).map(|i| json!({ "To_Account": format!("u{i}"), "Tags": ["t"] })).collect();
    refused(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": many }), 90018);
    // 100 tags in ten calls; the 101st is refused, also when it comes in a later item of the
    // same call as good ones (the whole call is refused).
    for call in 0..10 {
        let ten: Vec<String> = (0..10).map(|i| format!("t{call}-{i}")).collect();
        ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ten }] }));
    }
    refused(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "b", "Tags": ["x"] }, { "To_Account": "a", "Tags": ["one-more"] }] }), 90032);
    assert_eq!(tags(&mut sim, &["b"]), json!([{ "To_Account": "b", "Tags": [] }]));
    // Adding a tag it has is no change, so no limit.
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["t0-0"] }] }));
    assert_eq!(tags(&mut sim, &["a"])[0]["Tags"].as_array().unwrap().len(), 100);
}

/// Tags survive snapshot → restore; deleting an account drops its tags and attributes.
#[test]
fn tags_survive_restore_and_go_with_the_account() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["x"] }, { "To_Account": "b", "Tags": ["y"] }] }));
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f" } }] }));
    let mut back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
    assert_eq!(tags(&mut back, &["a", "b"]), json!([{ "To_Account": "a", "Tags": ["x"] }, { "To_Account": "b", "Tags": ["y"] }]));
    assert_eq!(back.inspect()["push"]["tags"], json!({ "a": ["x"], "b": ["y"] }));
    assert_eq!(back.inspect()["push"]["attrs"], json!({ "a": { "sex": "f" } }));
    ok(&mut back, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "a" }] }));
    assert_eq!(tags(&mut back, &["a"]), json!([{ "To_Account": "a", "Tags": [] }]));
    assert_eq!(super::attrs(&mut back, &["a"]), json!([{ "To_Account": "a", "Attrs": {} }]));
}
