//! `group_open_http_svc/get_permission_group_member_list`: the members in the order added, a
//! page at a time.

use super::create_permission_group::{community, CID};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/get_permission_group_member_list";
const PMG: &str = "@PMG#_@PMG#cDR";

#[test]
fn the_sample_runs_and_pages() {
    let mut s = community();
    let names: Vec<String> = (0..120).map(|i| format!("u{i:03}")).collect();
    for chunk in names.chunks(100) {
        let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
        import(&mut s, &refs);
    }
    for chunk in names.chunks(100) {
        let list: Vec<_> = chunk.iter().map(|n| json!({ "Member_Account": n })).collect();
        ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": CID, "MemberList": list.clone() }));
    }
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "PermissionGroupName": "all" }));
    for chunk in names.chunks(100) {
        let list: Vec<_> = chunk.iter().map(|n| json!({ "Member_Account": n })).collect();
        ok(&mut s, "group_open_http_svc/add_permission_group_member", json!({ "GroupId": CID, "PermissionGroupId": PMG, "MemberList": list }));
    }
    let r = ok(&mut s, API, sample(API, CID));
    assert_eq!(r["MemberList"].as_array().unwrap().len(), 50);
    assert_eq!(r["MemberList"][0]["Member_Account"], "u000");
    let mut seen = 50;
    let mut next = r["Next"].as_str().unwrap().to_owned();
    while !next.is_empty() {
        let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "Limit": 50, "Next": next }));
        assert_eq!(r["MemberList"][0]["Member_Account"], names[seen].as_str());
        seen += r["MemberList"].as_array().unwrap().len();
        next = r["Next"].as_str().unwrap().to_owned();
    }
    assert_eq!(seen, 120);
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG }));
    assert_eq!(r["MemberList"].as_array().unwrap().len(), 100, "no Limit: 100");
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG }), 10004);
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": CID, "PermissionGroupId": PMG, "PermissionGroupName": "mods" }));
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "Next": "not-a-cursor" }), 10004);
    err(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG, "Limit": 101 }), 10004);
    err(&mut s, API, json!({ "GroupId": "pub", "PermissionGroupId": PMG }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "PermissionGroupId": PMG }), 10010);
    let r = ok(&mut s, API, json!({ "GroupId": CID, "PermissionGroupId": PMG }));
    assert_eq!(r["MemberList"], json!([]));
    assert_eq!(r["Next"], "");
}
