//! `group_open_http_svc/create_permission_group` and the permission-group commands around it:
//! a Community's permission groups, their members, snapshot → restore and `inspect`.

use crate::common::*;
use crate::support::{restored, sample};
use serde_json::json;
use tcim::sim::{Options, Simulator};

pub const CID: &str = "@TGS#_@TGS#cPERMISSION";
const API: &str = "group_open_http_svc/create_permission_group";

/// A Community `CID` owned by alice with bob and carol in it, and a Public group "pub".
pub fn community() -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["alice", "bob", "carol", "dave"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": CID, "Name": "C", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }] }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    s
}

#[test]
fn the_sample_runs() {
    let mut s = community();
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["PermissionGroupId"], "@PMG#_test_permission_group");
    let r = ok(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": ["@PMG#_test_permission_group"] }));
    assert_eq!(r["PermissionGroupInfoList"], json!([{ "PermissionGroupId": "@PMG#_test_permission_group", "PermissionGroupName": "test_permission_group", "Permission": 123, "CustomString": "test_custom_string", "MemberNum": 0 }]));
    let copy = restored(&s);
    assert_eq!(copy.inspect()["groups"], s.inspect()["groups"]);
    let pg = &s.inspect()["groups"][0]["permissionGroups"]["@PMG#_test_permission_group"];
    assert_eq!(pg["permission"], 123);
    assert_eq!(pg["name"], "test_permission_group");
}

#[test]
fn an_id_is_assigned_when_none_is_given() {
    let mut s = community();
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupName": "mods" }));
    let id = r["PermissionGroupId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("@PMG#_@PMG#c") && id.len() == "@PMG#_@PMG#c".len() + 10, "{id}");
    let r = ok(&mut s, "group_open_http_svc/get_permission_group", json!({ "GroupId": CID, "PermissionGroupIdList": [id] }));
    assert_eq!(r["PermissionGroupInfoList"][0]["Permission"], 0, "no Permission: none granted");
    assert_eq!(r["PermissionGroupInfoList"][0]["CustomString"], "");
}

#[test]
fn refusals() {
    let mut s = community();
    let before = s.snapshot();
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupName": "x" }), 10010);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupName": "x" }), 10007);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "mods", "PermissionGroupName": "x" }), 10004);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_", "PermissionGroupName": "x" }), 10004);
    err(&mut s, API, json!({ "GroupId": CID }), 10004);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupName": "x".repeat(151) }), 10004);
    assert_eq!(s.snapshot(), before, "a refused call changes nothing");
    ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_mods", "PermissionGroupName": "mods" }));
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": "@PMG#_mods", "PermissionGroupName": "again" }), 10021);
}
