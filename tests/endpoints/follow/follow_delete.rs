//! `follow/follow_delete`.

use super::{fired, follow, page, sim};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The documented sample unfollows; the callback lists what was unfollowed.
#[test]
fn the_sample_unfollows_and_fires_the_callback() {
    let mut s = sim();
    follow(&mut s, "UserID_001", &["UserID_002", "UserID_003", "alice"]);
    fired(&mut s);
    let endpoint = tcim::find_endpoint("follow/follow_delete").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ResultItem"], json!([{ "To_Account": "UserID_002", "ResultCode": 0, "ResultInfo": "" }, { "To_Account": "UserID_003", "ResultCode": 0, "ResultInfo": "" }]), "{answer}");
    assert_eq!(page(&mut s, "UserID_001", 2, "", 0).0, ["alice"]);
    let list = fired(&mut s);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].body, json!({ "CallbackCommand": "Follow.CallbackAfterFollowDelete", "From_Account": "UserID_001", "To_Account": ["UserID_002", "UserID_003"], "EventTime": T0 * 1000 }));
}

/// Not followed: success and no change (no callback); an unknown account: 30003 for it.
#[test]
fn each_item_has_its_result() {
    let mut s = sim();
    follow(&mut s, "alice", &["bob"]);
    fired(&mut s);
    let r = ok(&mut s, "follow/follow_delete", json!({ "From_Account": "alice", "To_Account": ["UserID_002", "nobody"] }));
    let codes: Vec<u64> = r["ResultItem"].as_array().unwrap().iter().map(|i| i["ResultCode"].as_u64().unwrap()).collect();
    assert_eq!(codes, [0, 30003]);
    assert!(fired(&mut s).is_empty());
    assert_eq!(page(&mut s, "alice", 2, "", 0).0, ["bob"]);
}

#[test]
fn refusals() {
    let mut s = sim();
    err(&mut s, "follow/follow_delete", json!({ "From_Account": "nobody", "To_Account": ["alice"] }), 30003);
    err(&mut s, "follow/follow_delete", json!({ "From_Account": "alice", "To_Account": [] }), 30001);
    err(&mut s, "follow/follow_delete", json!({ "From_Account": "alice", "To_Account": "bob" }), 30001);
}
