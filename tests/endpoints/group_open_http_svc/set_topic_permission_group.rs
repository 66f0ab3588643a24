//! `group_open_http_svc/set_topic_permission_group`: only topics the permission group has.

use super::add_topic_permission_group::{topics, world, CID, PMG, T1, T2};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/set_topic_permission_group";

#[test]
fn the_sample_runs() {
    let mut s = world();
    let body = sample(API, CID);
    assert_eq!(body["TopicPermissionList"][0]["TopicId"], T2, "the page's topic");
    let r = ok(&mut s, API, body.clone());
    assert_eq!(r["TopicPermissionResultList"][0]["ErrorCode"], 10004, "T2 has no permissions yet");
    assert_eq!(topics(&mut s), json!([]));
    ok(&mut s, "group_open_http_svc/add_topic_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T2, "Permission": 1 }, { "TopicId": T1, "Permission": 1 }] }));
    let r = ok(&mut s, API, body);
    assert_eq!(r["TopicPermissionResultList"], json!([{ "ErrorCode": 0, "ErrorInfo": "", "TopicId": T2 }]));
    assert_eq!(topics(&mut s), json!([{ "TopicId": T1, "Permission": 1 }, { "TopicId": T2, "Permission": 123456 }]));
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG, "TopicPermissionList": [{ "TopicId": T2, "Permission": 1 }] }), 10007);
}
