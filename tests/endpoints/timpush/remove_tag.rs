//! `timpush/remove_tag`.

use super::sample;
use crate::all_member_push::{tags, world};
use serde_json::json;

/// The sample removes what add_tag's sample added (a tag an account lacks is no error).
#[test]
fn removes_the_tags() {
    let mut sim = world();
    sample(&mut sim, "timpush/add_tag");
    sample(&mut sim, "timpush/remove_tag");
    assert_eq!(tags(&mut sim, &["Mary", "xiaoming"]), json!([{ "To_Account": "Mary", "Tags": [] }, { "To_Account": "xiaoming", "Tags": ["b"] }]));
    sample(&mut sim, "timpush/remove_tag");
}
