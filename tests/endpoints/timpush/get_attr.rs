//! `timpush/get_attr`.

use super::sample;
use crate::all_member_push::{ok, world};
use serde_json::json;

/// Attributes set by all_member_push, by name; `{}` for an account without any.
#[test]
fn answers_what_all_member_push_set() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "Mary", "Attrs": { "city": "bj" } }] }));
    let got = sample(&mut sim, "timpush/get_attr");
    assert_eq!(got["UserAttrs"], json!([{ "To_Account": "Mary", "Attrs": { "city": "bj" } }, { "To_Account": "xiaoming", "Attrs": {} }]));
}
