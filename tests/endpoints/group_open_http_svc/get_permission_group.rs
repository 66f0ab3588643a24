//! `group_open_http_svc/get_permission_group`: those named, or all a page at a time.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/get_permission_group";

#[test]
fn the_sample_runs_and_pages() {
    let mut s = community();
    for i in 0..25 {
        ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": format!("@PMG#_{i:02}"), "PermissionGroupName": format!("n{i}") }));
    }
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["PermissionGroupInfoList"].as_array().unwrap().len(), 20);
    assert_eq!(r["Next"], "@PMG#_19");
    let r = ok(&mut s, API, json!({ "GroupId": CID, "Limit": 20, "Next": "@PMG#_19" }));
    assert_eq!(r["PermissionGroupInfoList"].as_array().unwrap().len(), 5);
    assert_eq!(r["PermissionGroupInfoList"][0]["PermissionGroupId"], "@PMG#_20");
    assert_eq!(r["Next"], "", "the last page");
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_07", "@PMG#_03"] }));
    assert_eq!(r["PermissionGroupInfoList"][0]["PermissionGroupId"], "@PMG#_07", "in the order named");
    assert_eq!(r["PermissionGroupInfoList"][1]["PermissionGroupName"], "n3");
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_missing"] }), 10004);
    err(&mut s, API, json!({ "GroupId": CID, "Limit": 21 }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub" }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope" }), 10010);
    let r = ok(&mut s, API, json!({ "GroupId": CID }));
    assert_eq!(r["PermissionGroupInfoList"], json!([]));
}
