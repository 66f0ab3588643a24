//! `timpush/set_attr`.

use super::sample;
use crate::all_member_push::{ok, refused, world};
use serde_json::json;

/// The sample sets Mary's and xiaoming's attributes; all_member_push/im_get_attr reads them.
#[test]
fn the_sample_sets_what_all_member_push_reads() {
    let mut sim = world();
    sample(&mut sim, "timpush/set_attr");
    let got = ok(&mut sim, "all_member_push/im_get_attr", json!({ "To_Account": ["Mary", "xiaoming"] }));
    assert_eq!(got["UserAttrs"][0]["Attrs"], json!({ "sex": "female", "city": "NewYork" }));
    assert_eq!(got["UserAttrs"][1]["Attrs"], json!({ "sex": "male", "city": "ShenZhen" }));
}

/// A name the app has not set, or a value over 50 bytes, is 90033 and changes nothing.
#[test]
fn refusals() {
    let mut sim = world();
    refused(&mut sim, "timpush/set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f" } }, { "To_Account": "b", "Attrs": { "age": "3" } }] }), 90033);
    refused(&mut sim, "timpush/set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f".repeat(51) } }] }), 90033);
}
