//! `timpush/all_member_push_trace`: what a push did for one account, for 7 days.

use super::tagged;
use crate::all_member_push::{ok, refused};
use serde_json::json;

/// A receiver has one delivered instance at the push's Beijing time; an account the push did
/// not select has none; a batch task is not an all-user push (90049), nor one over 7 days old.
#[test]
fn traces_what_the_push_reached() {
    let mut sim = tagged();
    let id = ok(&mut sim, "timpush/push", json!({ "MsgRandom": 1, "Condition": { "TagsOr": ["y"] } }))["TaskId"].clone();
    let got = ok(&mut sim, "timpush/all_member_push_trace", json!({ "TaskID": id, "UserID": "c" }));
    let instance = &got["InstanceTrace"][0];
    assert_eq!(instance["PushTime"], "2023-11-15 06:13:20");
    assert_eq!(instance["IMCommitStat"]["IMStat"]["PushStatus"], 1);
    assert_eq!(got["InstanceTrace"].as_array().unwrap().len(), 1);
    sim.advance(1);
    let none = ok(&mut sim, "timpush/all_member_push_trace", json!({ "TaskID": id, "UserID": "b" }));
    assert_eq!(none["InstanceTrace"], json!([]));
    let batch = ok(&mut sim, "timpush/batch", json!({ "From_Account": "a", "To_Account": ["b"], "MsgRandom": 2, "OfflinePushInfo": {} }))["TaskId"].clone();
    sim.advance(1);
    refused(&mut sim, "timpush/all_member_push_trace", json!({ "TaskID": batch, "UserID": "b" }), 90049);
    sim.advance(1);
    refused(&mut sim, "timpush/all_member_push_trace", json!({ "TaskID": "nope", "UserID": "b" }), 90049);
    sim.advance(7 * 86_400);
    refused(&mut sim, "timpush/all_member_push_trace", json!({ "TaskID": id, "UserID": "c" }), 90049);
}

/// The documented sample's TaskID names no push of this app: 90049.
#[test]
fn the_sample_names_no_task() {
    let mut sim = tagged();
    let endpoint = tcim::find_endpoint("timpush/all_member_push_trace").unwrap();
    assert_eq!(sim.call(&endpoint.api(), endpoint.sample)["ErrorCode"], 90049);
}
