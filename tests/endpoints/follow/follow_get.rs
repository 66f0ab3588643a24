//! `follow/follow_get`.

use super::{follow, page, sim};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The documented sample: UserID_001's fans, newest first, with their profiles.
#[test]
fn the_sample_lists_fans() {
    let mut s = sim();
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "UserID_002", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "NickNameTest2" }] }));
    follow(&mut s, "UserID_002", &["UserID_001"]);
    s.advance(10);
    follow(&mut s, "UserID_003", &["UserID_001"]);
    let endpoint = tcim::find_endpoint("follow/follow_get").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "FollowItem": [
            { "To_Account": "UserID_003", "FollowTime": T0 + 10, "ProfileItem": [] },
            { "To_Account": "UserID_002", "FollowTime": T0, "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "NickNameTest2" }] }
        ], "NextCursor": "", "ErrorDisplay": "" })
    );
}

/// Fans (1), follows (2) and mutual follows (3) of one account.
#[test]
fn the_three_lists() {
    let mut s = sim();
    follow(&mut s, "alice", &["bob", "UserID_001", "UserID_002"]);
    follow(&mut s, "bob", &["alice"]);
    follow(&mut s, "UserID_003", &["alice"]);
    follow(&mut s, "UserID_002", &["alice"]);
    assert_eq!(page(&mut s, "alice", 1, "", 0).0, ["UserID_002", "UserID_003", "bob"]);
    assert_eq!(page(&mut s, "alice", 2, "", 0).0, ["UserID_002", "UserID_001", "bob"]);
    assert_eq!(page(&mut s, "alice", 3, "", 0).0, ["UserID_002", "bob"]);
}

/// A cursor walks a long list page by page: every entry once, in order, the last page's
/// NextCursor empty; WantNum 0 is 100; a follow added mid-walk does not disturb the walk.
#[test]
fn cursors_walk_a_long_list() {
    let mut s = sim();
    let fans: Vec<String> = (0..250).map(|i| format!("fan{i:03}")).collect();
    let ids: Vec<&str> = fans.iter().map(String::as_str).collect();
    for chunk in ids.chunks(100) {
        crate::common::import(&mut s, chunk);
    }
    for id in &ids {
        follow(&mut s, id, &["alice"]);
    }
    let (first, cursor) = page(&mut s, "alice", 1, "", 0);
    assert_eq!(first.len(), 100);
    assert_eq!(first[0], "fan249");
    let mut walked = first;
    let mut cursor = cursor;
    let mut pages = 1;
    follow(&mut s, "bob", &["alice"]);
    while !cursor.is_empty() {
        let (ids, next) = page(&mut s, "alice", 1, &cursor, 70);
        assert!(ids.len() <= 70);
        walked.extend(ids);
        cursor = next;
        pages += 1;
    }
    assert_eq!(pages, 1 + 3, "100 then 70, 70, 10");
    let expected: Vec<String> = fans.iter().rev().cloned().collect();
    assert_eq!(walked, expected);
    // A page that exactly ends the list has no NextCursor.
    let (all, next) = page(&mut s, "alice", 1, "", 251);
    assert_eq!((all.len(), next.as_str()), (251, ""));
    let (some, next) = page(&mut s, "alice", 1, "", 250);
    assert_eq!(some.len(), 250);
    assert!(!next.is_empty());
    assert_eq!(page(&mut s, "alice", 1, &next, 5).0, ["fan000"]);
}

/// A cursor this service did not answer, FollowType 4, WantNum over 1000, an unknown account:
/// refused, nothing changes.
#[test]
fn refusals() {
    let mut s = sim();
    err(&mut s, "follow/follow_get", json!({ "From_Account": "alice", "FollowType": 1, "StartCursor": "abc", "WantNum": 10 }), 30001);
    err(&mut s, "follow/follow_get", json!({ "From_Account": "alice", "FollowType": 4, "StartCursor": "", "WantNum": 10 }), 30001);
    err(&mut s, "follow/follow_get", json!({ "From_Account": "alice", "FollowType": 1, "StartCursor": "", "WantNum": 1001 }), 30001);
    err(&mut s, "follow/follow_get", json!({ "From_Account": "nobody", "FollowType": 1, "StartCursor": "", "WantNum": 10 }), 30003);
}

/// Deleting an account takes its follows both ways; follows survive a snapshot; an app that
/// never followed snapshots as before.
#[test]
fn follows_go_with_deleted_accounts_and_survive_snapshots() {
    let mut s = sim();
    assert!(!s.snapshot().contains("follows"));
    follow(&mut s, "alice", &["bob", "UserID_001"]);
    follow(&mut s, "bob", &["alice"]);
    let mut restored = tcim::sim::Simulator::restore(&s.snapshot(), || 0, None).unwrap();
    assert_eq!(page(&mut restored, "alice", 3, "", 0).0, ["bob"]);
    assert_eq!(page(&mut restored, "alice", 1, "", 0).0, ["bob"]);
    ok(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "bob" }] }));
    assert_eq!(page(&mut s, "alice", 2, "", 0).0, ["UserID_001"]);
    assert!(page(&mut s, "alice", 1, "", 0).0.is_empty());
    crate::common::import(&mut s, &["bob"]);
    assert!(page(&mut s, "bob", 2, "", 0).0.is_empty(), "a re-imported account starts with no follows");
}
