//! `follow/follow_add`.

use super::{fired, follow, sim};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The documented sample: both follows succeed, the callback lists them.
#[test]
fn the_sample_follows_and_fires_the_callback() {
    let mut s = sim();
    let endpoint = tcim::find_endpoint("follow/follow_add").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "ResultItem": [{ "To_Account": "UserID_002", "ResultCode": 0, "ResultInfo": "" }, { "To_Account": "UserID_003", "ResultCode": 0, "ResultInfo": "" }], "ErrorDisplay": "" })
    );
    let list = fired(&mut s);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].body, json!({ "CallbackCommand": "Follow.CallbackAfterFollowAdd", "From_Account": "UserID_001", "FollowList": [{ "To_Account": "UserID_002" }, { "To_Account": "UserID_003" }], "EventTime": T0 * 1000 }));
    let inspected = s.inspect();
    let a = inspected["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "UserID_001").unwrap();
    assert_eq!(a["following"], json!(["UserID_002", "UserID_003"]));
}

/// Per item: oneself (30001), an unknown account (30003), one that blocked the follower
/// (30001) fail; one already followed succeeds unchanged and is not in the callback.
#[test]
fn each_item_has_its_result() {
    let mut s = sim();
    follow(&mut s, "alice", &["bob"]);
    fired(&mut s);
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "UserID_003", "To_Account": ["alice"] }));
    s.take_callbacks();
    let r = follow(&mut s, "alice", &["alice", "nobody", "UserID_003", "bob", "UserID_002"]);
    let codes: Vec<u64> = r["ResultItem"].as_array().unwrap().iter().map(|i| i["ResultCode"].as_u64().unwrap()).collect();
    assert_eq!(codes, [30001, 30003, 30001, 0, 0], "{r}");
    assert!(r["ResultItem"][2]["ResultInfo"].as_str().unwrap().contains("blocked"));
    let list = fired(&mut s);
    assert_eq!(list[0].body["FollowList"], json!([{ "To_Account": "UserID_002" }]));
    // Nothing new: no callback.
    follow(&mut s, "alice", &["bob"]);
    assert!(fired(&mut s).is_empty());
}

/// Whole-request refusals change nothing: an unknown From_Account (30003), more than 20
/// accounts or none (30001), a trial app (30001).
#[test]
fn refusals() {
    let mut s = sim();
    err(&mut s, "follow/follow_add", json!({ "From_Account": "nobody", "FollowItem": [{ "To_Account": "alice" }] }), 30003);
    let many: Vec<_> = (0..21).map(|i| json!({ "To_Account": format!("u{i}") })).collect();
    err(&mut s, "follow/follow_add", json!({ "From_Account": "alice", "FollowItem": many }), 30001);
    err(&mut s, "follow/follow_add", json!({ "From_Account": "alice", "FollowItem": [] }), 30001);
    err(&mut s, "follow/follow_add", json!({ "From_Account": "alice" }), 30001);
    let mut trial = crate::common::sim_with(tcim::sim::Options { edition: Some("trial".into()), ..Default::default() });
    crate::common::import(&mut trial, &["alice", "bob"]);
    let r = err(&mut trial, "follow/follow_add", json!({ "From_Account": "alice", "FollowItem": [{ "To_Account": "bob" }] }), 30001);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("edition"), "{r}");
    let mut pro = crate::common::sim_with(tcim::sim::Options { edition: Some("pro".into()), ..Default::default() });
    crate::common::import(&mut pro, &["alice", "bob"]);
    follow(&mut pro, "alice", &["bob"]);
}
