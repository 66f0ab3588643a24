//! `timpush/set_attr_name`: the same attribute names as all_member_push's.

use super::sample;
use crate::all_member_push::{ok, refused, world};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The sample names three attributes; all_member_push/im_get_attr_name answers them.
#[test]
fn the_sample_names_the_attributes_all_member_push_reads() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    sample(&mut sim, "timpush/set_attr_name");
    let names = ok(&mut sim, "all_member_push/im_get_attr_name", json!({}));
    assert_eq!(names["AttrNames"], json!({ "0": "sex", "1": "city", "2": "country" }));
}

/// A name that would name two attributes is 90033, and the Push plugin switched off is 90045,
/// whatever the plan says of all-member push.
#[test]
fn refusals() {
    let mut sim = world();
    refused(&mut sim, "timpush/set_attr_name", json!({ "AttrNames": { "2": "sex" } }), 90033);
    refused(&mut sim, "timpush/set_attr_name", json!({ "AttrNames": { "10": "x" } }), 90033);
    let mut off = Simulator::new(Options { push_plugin: false, ..Options::default() });
    refused(&mut off, "timpush/set_attr_name", json!({ "AttrNames": { "0": "sex" } }), 90045);
    ok(&mut off, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex" } }));
    let mut trial = Simulator::new(Options { edition: Some("trial".into()), ..Options::default() });
    ok(&mut trial, "timpush/set_attr_name", json!({ "AttrNames": { "0": "sex" } }));
    refused(&mut trial, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex" } }), 90045);
}
