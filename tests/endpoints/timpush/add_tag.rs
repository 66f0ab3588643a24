//! `timpush/add_tag`.

use super::sample;
use crate::all_member_push::{refused, tags, world};
use serde_json::json;

/// The sample tags Mary and xiaoming; all_member_push/im_get_tag reads the tags.
#[test]
fn the_sample_tags_what_all_member_push_reads() {
    let mut sim = world();
    sample(&mut sim, "timpush/add_tag");
    assert_eq!(tags(&mut sim, &["Mary", "xiaoming"]), json!([{ "To_Account": "Mary", "Tags": ["a", "b"] }, { "To_Account": "xiaoming", "Tags": ["a", "b"] }]));
}

/// More than 10 tags for one account in one call is 90032; an empty tag 90040, a long one 90020.
#[test]
fn refusals() {
    let mut sim = world();
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    refused(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": eleven }] }), 90032);
    refused(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": [""] }] }), 90040);
    refused(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["t".repeat(51)] }] }), 90020);
}
