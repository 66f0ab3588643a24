//! `group_open_http_svc/add_permission_group_member`: Community members join a permission
//! group; leaving the Community leaves it.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::{restored, sample};
use serde_json::json;

const API: &str = "group_open_http_svc/add_permission_group_member";
const PMG: &str = "@PMG#_@PMG#cDR";

fn with_group() -> tcim::sim::Simulator {
    let mut s = community();
    import(&mut s, &["tommy", "jared"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": CID, "MemberList": [{ "Member_Account": "tommy" }, { "Member_Account": "jared" }] }));
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "PermissionGroupName": "mods", "Permission": 3 }));
    s
}

fn members(s: &mut tcim::sim::Simulator) -> serde_json::Value {
    ok(s, "group_open_http_svc/get_permission_group_member_list", json!({ "GroupId": CID, "PermissionGroupId": PMG }))["MemberList"].clone()
}

#[test]
fn the_sample_runs() {
    let mut s = with_group();
    ok(&mut s, API, sample(API, CID));
    assert_eq!(members(&mut s), json!([{ "Member_Account": "tommy" }, { "Member_Account": "jared" }]));
    ok(&mut s, API, sample(API, CID));
    assert_eq!(members(&mut s).as_array().unwrap().len(), 2, "already in: passed over");
    let r = ok(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": [PMG] }));
    assert_eq!(r["PermissionGroupInfoList"][0]["MemberNum"], 2);
    let mut copy = restored(&s);
    assert_eq!(members(&mut copy), members(&mut s));
    assert_eq!(s.inspect()["groups"][0]["permissionGroups"][PMG]["members"], json!(["tommy", "jared"]));
    ok(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": CID, "MemberToDel_Account": ["tommy"] }));
    assert_eq!(members(&mut s), json!([{ "Member_Account": "jared" }]), "leaving the Community leaves its permission groups");
}

#[test]
fn refusals() {
    let mut s = with_group();
    let before = s.snapshot();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "tommy" }, { "Member_Account": "dave" }] }), 10004);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_missing", "MemberList": [{ "Member_Account": "tommy" }] }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "alice" }] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupId": PMG, "MemberList": [{ "Member_Account": "alice" }] }), 10010);
    let many: Vec<_> = (0..101).map(|i| json!({ "Member_Account": format!("u{i}") })).collect();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "MemberList": many }), 10004);
    assert_eq!(s.snapshot(), before, "a refused call changes nothing");
}
