//! `timpush/clear_all_tags`: all_member_push/im_remove_all_tags under the plugin's name.

use super::sample;
use crate::all_member_push::{tags, world};
use serde_json::json;

#[test]
fn clears_every_tag() {
    let mut sim = world();
    sample(&mut sim, "timpush/add_tag");
    sample(&mut sim, "timpush/clear_all_tags");
    assert_eq!(tags(&mut sim, &["Mary", "xiaoming"]), json!([{ "To_Account": "Mary", "Tags": [] }, { "To_Account": "xiaoming", "Tags": [] }]));
}
