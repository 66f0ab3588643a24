//! `timpush/get_attr_name`.

use super::sample;
use crate::all_member_push::{ok, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// Names set by all_member_push are the plugin's; a new app has none.
#[test]
fn answers_the_names_all_member_push_set() {
    let mut new = Simulator::new(Options::default());
    assert_eq!(sample(&mut new, "timpush/get_attr_name")["AttrNames"], json!({}));
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "2": "country" } }));
    assert_eq!(ok(&mut sim, "timpush/get_attr_name", json!({}))["AttrNames"], json!({ "0": "sex", "1": "city", "2": "country" }));
}
