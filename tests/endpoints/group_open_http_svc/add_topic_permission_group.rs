//! `group_open_http_svc/add_topic_permission_group` and the topic-permission commands around
//! it: per-topic results, snapshot → restore and `inspect`.

use crate::common::*;
use crate::support::{restored, sample};
use serde_json::json;
use tcim::sim::{Options, Simulator};

pub const CID: &str = "@TGS#_@TGS#cV6IHIIM62C4";
pub const PMG: &str = "@PMG#_test_permission_group_with_topic";
/// The pages' topic IDs (50 bytes; a custom topic ID may have 96), created as custom IDs.
pub const T1: &str = "@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cKXPQIIM62CD";
pub const T2: &str = "@TGS#_@TGS#cV6IHIIM62C4@TOPIC#_@TOPIC#cTEJHIIM62CJ";
const API: &str = "group_open_http_svc/add_topic_permission_group";

/// The pages' Community with their two topics and their permission group.
pub fn world() -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": CID, "Name": "C", "SupportTopic": 1 }));
    for t in [T1, T2] {
        ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": CID, "TopicId": t, "TopicName": "t" }));
    }
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "PermissionGroupName": "p" }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    s
}

pub fn topics(s: &mut Simulator) -> serde_json::Value {
    ok(s, "group_open_http_svc/get_topic_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG }))["TopicPermissionList"].clone()
}

#[test]
fn the_sample_runs() {
    let mut s = world();
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["TopicPermissionResultList"], json!([{ "ErrorCode": 0, "ErrorInfo": "", "TopicId": T1 }]));
    assert_eq!(topics(&mut s), json!([{ "TopicId": T1, "Permission": 1234 }]));
    let mut copy = restored(&s);
    assert_eq!(topics(&mut copy), topics(&mut s));
    assert_eq!(s.inspect()["groups"][0]["permissionGroups"][PMG]["topics"], json!({ T1: 1234 }));
}

#[test]
fn per_topic_results_and_refusals() {
    let mut s = world();
    let missing = format!("{CID}@TOPIC#_nope");
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T1, "Permission": 1 }, { "TopicId": missing, "Permission": 1 }, { "TopicId": T1, "Permission": 2 }] }));
    let codes: Vec<_> = r["TopicPermissionResultList"].as_array().unwrap().iter().map(|i| i["ErrorCode"].as_u64().unwrap()).collect();
    assert_eq!(codes, [0, 10010, 10021], "added; no such topic; already there");
    assert_eq!(topics(&mut s), json!([{ "TopicId": T1, "Permission": 1 }]));
    let before = s.snapshot();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_missing", "TopicPermissionList": [{ "TopicId": T2, "Permission": 1 }] }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T2, "Permission": 1 }] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T2, "Permission": 1 }] }), 10010);
    let many: Vec<_> = (0..51).map(|i| json!({ "TopicId": format!("{CID}@TOPIC#_{i}"), "Permission": 1 })).collect();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicPermissionList": many }), 10004);
    assert_eq!(s.snapshot(), before, "a refused call changes nothing");
}
