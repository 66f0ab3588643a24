//! `group_open_http_svc/delete_permission_group_member`: members leave a permission group and
//! stay in the Community.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/delete_permission_group_member";
const PMG: &str = "@PMG#_@PMG#cDR";

#[test]
fn the_sample_runs() {
    let mut s = community();
    import(&mut s, &["tommy"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": CID, "MemberList": [{ "Member_Account": "tommy" }] }));
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "PermissionGroupName": "mods" }));
    ok(&mut s, "group_open_http_svc/add_permission_group_member", json!({ "GroupId": CID, "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "tommy" }, { "Member_Account": "bob" }] }));
    ok(&mut s, API, sample(API, CID));
    let r = ok(&mut s, "group_open_http_svc/get_permission_group_member_list", json!({ "GroupId": CID, "PermissionGroupId": PMG }));
    assert_eq!(r["MemberList"], json!([{ "Member_Account": "bob" }]));
    let r = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": CID }));
    assert!(r["MemberList"].as_array().unwrap().iter().any(|m| m["Member_Account"] == "tommy"), "still in the Community");
    ok(&mut s, API, sample(API, CID));
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "bob" }] }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "bob" }] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "bob" }] }), 10010);
}
