//! `group_open_http_svc/delete_topic_permission_group`: topics leave the permission group.

use super::add_topic_permission_group::{topics, world, CID, PMG, T1, T2};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/delete_topic_permission_group";

#[test]
fn the_sample_runs() {
    let mut s = world();
    ok(&mut s, "group_open_http_svc/add_topic_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T1, "Permission": 1 }, { "TopicId": T2, "Permission": 2 }] }));
    let mut body = sample(API, CID);
    body["TopicIdList"] = json!([T1]);
    let r = ok(&mut s, API, body.clone());
    assert_eq!(r["TopicPermissionResultList"], json!([{ "ErrorCode": 0, "ErrorInfo": "", "TopicId": T1 }]));
    assert_eq!(topics(&mut s), json!([{ "TopicId": T2, "Permission": 2 }]));
    let r = ok(&mut s, API, body);
    assert_eq!(r["TopicPermissionResultList"][0]["ErrorCode"], 10004, "no longer there");
    assert_eq!(ok(&mut s, API, sample(API, CID))["TopicPermissionResultList"][0]["ErrorCode"], 10004);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_missing", "TopicIdList": [T1] }), 10004);
}
