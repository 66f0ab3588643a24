//! `group_open_http_svc/modify_permission_group`: the fields given change, the others stay.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/modify_permission_group";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_test_permission_group", "PermissionGroupName": "t", "Permission": 1, "CustomString": "c" }));
    ok(&mut s, API, sample(API, CID));
    let r = ok(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_test_permission_group"] }));
    assert_eq!(r["PermissionGroupInfoList"][0]["PermissionGroupName"], "new_permission_group_name");
    assert_eq!(r["PermissionGroupInfoList"][0]["Permission"], 456);
    assert_eq!(r["PermissionGroupInfoList"][0]["CustomString"], "new_custom_string");
    ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_test_permission_group", "Permission": 7 }));
    let r = ok(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_test_permission_group"] }));
    assert_eq!(r["PermissionGroupInfoList"][0]["Permission"], 7);
    assert_eq!(r["PermissionGroupInfoList"][0]["PermissionGroupName"], "new_permission_group_name", "left out: unchanged");
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_missing", "Permission": 1 }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": "@PMG#_missing", "Permission": 1 }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupId": "@PMG#_missing" }), 10010);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_x", "Permission": -1 }), 10004);
}
