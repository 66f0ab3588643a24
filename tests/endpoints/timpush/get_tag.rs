//! `timpush/get_tag`.

use super::sample;
use crate::all_member_push::{ok, world};
use serde_json::json;

/// Tags added by all_member_push, in the order added; `[]` for an account without any.
#[test]
fn answers_what_all_member_push_added() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "Mary", "Tags": ["v", "u"] }] }));
    let got = sample(&mut sim, "timpush/get_tag");
    assert_eq!(got["UserTags"], json!([{ "To_Account": "Mary", "Tags": ["v", "u"] }, { "To_Account": "xiaoming", "Tags": [] }]));
}
