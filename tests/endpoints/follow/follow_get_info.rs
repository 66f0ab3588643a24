//! `follow/follow_get_info`.

use super::{follow, sim};
use crate::common::{err, ok};
use serde_json::json;

/// The documented sample, after UserID_001 followed 002 and 003: the page's answer.
#[test]
fn the_sample_counts() {
    let mut s = sim();
    follow(&mut s, "UserID_001", &["UserID_002", "UserID_003"]);
    let endpoint = tcim::find_endpoint("follow/follow_get_info").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "FollowInfo": [
            { "To_Account": "UserID_001", "ResultCode": 0, "ResultInfo": "", "FollowerCount": 0, "FollowingCount": 2, "MutualFollowingCount": 0 },
            { "To_Account": "UserID_002", "ResultCode": 0, "ResultInfo": "", "FollowerCount": 1, "FollowingCount": 0, "MutualFollowingCount": 0 },
            { "To_Account": "UserID_003", "ResultCode": 0, "ResultInfo": "", "FollowerCount": 1, "FollowingCount": 0, "MutualFollowingCount": 0 }
        ], "ErrorDisplay": "" })
    );
}

/// Mutual follows count for both; an unknown account answers 30003 with zeros.
#[test]
fn mutual_counts_and_unknown_accounts() {
    let mut s = sim();
    follow(&mut s, "alice", &["bob", "UserID_001"]);
    follow(&mut s, "bob", &["alice"]);
    let r = ok(&mut s, "follow/follow_get_info", json!({ "From_Account": "alice", "To_Account": ["alice", "bob", "nobody"] }));
    let counts: Vec<(u64, u64, u64, u64)> = r["FollowInfo"].as_array().unwrap().iter().map(|i| (i["FollowerCount"].as_u64().unwrap(), i["FollowingCount"].as_u64().unwrap(), i["MutualFollowingCount"].as_u64().unwrap(), i["ResultCode"].as_u64().unwrap())).collect();
    assert_eq!(counts, [(1, 2, 1, 0), (1, 1, 1, 0), (0, 0, 0, 30003)]);
}

#[test]
fn refusals() {
    let mut s = sim();
    let many: Vec<String> = (0..21).map(|i| format!("u{i}")).collect();
    err(&mut s, "follow/follow_get_info", json!({ "From_Account": "alice", "To_Account": many }), 30001);
    err(&mut s, "follow/follow_get_info", json!({ "From_Account": "nobody", "To_Account": ["alice"] }), 30003);
}
