//! `group_open_http_svc/destroy_permission_group`: the groups named go, all or none.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/destroy_permission_group";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_test_permission_group", "PermissionGroupName": "t" }));
    ok(&mut s, API, sample(API, CID));
    err(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_test_permission_group"] }), 10004);
    assert!(s.inspect()["groups"][0].get("permissionGroups").is_none(), "none left: left out");
}

#[test]
fn refusals() {
    let mut s = community();
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_a", "PermissionGroupName": "a" }));
    let before = s.snapshot();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_a", "@PMG#_missing"] }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupIdList": ["@PMG#_a"] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupIdList": ["@PMG#_a"] }), 10010);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupIdList": [] }), 10004);
    assert_eq!(s.snapshot(), before, "a refused call changes nothing");
}
