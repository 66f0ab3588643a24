//! `follow/follow_check`.

use super::{follow, sim};
use crate::common::{err, ok};
use serde_json::json;

/// The documented sample on accounts that follow nobody: FollowType 0 for both.
#[test]
fn the_sample_checks_relations() {
    let mut s = sim();
    let endpoint = tcim::find_endpoint("follow/follow_check").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "ResultItem": [
            { "To_Account": "UserID_002", "ResultCode": 0, "ResultInfo": "", "FollowType": 0 },
            { "To_Account": "UserID_003", "ResultCode": 0, "ResultInfo": "", "FollowType": 0 }
        ], "ErrorDisplay": "" })
    );
}

/// 1: From_Account follows it; 2: it follows From_Account; 3: both; an unknown account 30003.
#[test]
fn each_relation() {
    let mut s = sim();
    follow(&mut s, "alice", &["bob", "UserID_001"]);
    follow(&mut s, "bob", &["alice"]);
    follow(&mut s, "UserID_002", &["alice"]);
    let r = ok(&mut s, "follow/follow_check", json!({ "From_Account": "alice", "To_Account": ["bob", "UserID_001", "UserID_002", "UserID_003", "nobody"] }));
    let got: Vec<(u64, u64)> = r["ResultItem"].as_array().unwrap().iter().map(|i| (i["FollowType"].as_u64().unwrap(), i["ResultCode"].as_u64().unwrap())).collect();
    assert_eq!(got, [(3, 0), (1, 0), (2, 0), (0, 0), (0, 30003)]);
}

#[test]
fn refusals() {
    let mut s = sim();
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    err(&mut s, "follow/follow_check", json!({ "From_Account": "alice", "To_Account": many }), 30001);
    err(&mut s, "follow/follow_check", json!({ "From_Account": "nobody", "To_Account": ["alice"] }), 30003);
}
