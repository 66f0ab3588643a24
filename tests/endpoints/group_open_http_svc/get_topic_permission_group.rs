//! `group_open_http_svc/get_topic_permission_group`: those named, or all; destroyed topics
//! are not listed.

use super::add_topic_permission_group::{world, CID, PMG, T1, T2};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/get_topic_permission_group";

#[test]
fn the_sample_runs() {
    let mut s = world();
    ok(&mut s, "group_open_http_svc/add_topic_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T1, "Permission": 1 }, { "TopicId": T2, "Permission": 2 }] }));
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["TopicPermissionList"], json!([{ "TopicId": T1, "Permission": 1 }, { "TopicId": T2, "Permission": 2 }]));
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicIdList": [T2] }));
    assert_eq!(r["TopicPermissionList"], json!([{ "TopicId": T2, "Permission": 2 }]));
    ok(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": CID, "TopicIdList": [T1] }));
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["TopicPermissionList"], json!([{ "TopicId": T2, "Permission": 2 }]));
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG }), 10007);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_missing" }), 10004);
}
