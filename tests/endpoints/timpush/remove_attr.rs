//! `timpush/remove_attr`.

use super::sample;
use crate::all_member_push::{ok, refused, world};
use serde_json::json;

/// The sample removes by name what set_attr set; a name the app has not set is 90033.
#[test]
fn removes_by_name() {
    let mut sim = world();
    sample(&mut sim, "timpush/set_attr");
    sample(&mut sim, "timpush/remove_attr");
    let got = ok(&mut sim, "all_member_push/im_get_attr", json!({ "To_Account": ["Mary", "xiaoming"] }));
    assert_eq!(got["UserAttrs"][0]["Attrs"], json!({}));
    assert_eq!(got["UserAttrs"][1]["Attrs"], json!({ "city": "ShenZhen" }));
    refused(&mut sim, "timpush/remove_attr", json!({ "UserAttrs": [{ "To_Account": "xiaoming", "Attrs": ["age"] }] }), 90033);
}
