//! `group_open_http_svc/get_specified_group_member_info`: the chosen members' profiles, with
//! the filters of get_group_member_info.

use crate::common::*;
use crate::support::sample;
use serde_json::json;
use tcim::sim::{Options, Simulator};

const GID: &str = "sample-2KIFZCIPQ";
const API: &str = "group_open_http_svc/get_specified_group_member_info";

fn group(id: &str) -> Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob", "peter", "carol"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": id, "Name": "G", "MemberList": [{ "Member_Account": "bob", "Role": "Admin" }, { "Member_Account": "peter" }] }));
    s
}

/// The documented sample: bob and peter with the fields the filter names.
#[test]
fn the_sample_runs() {
    let mut s = group(GID);
    let r = ok(&mut s, API, sample(API, GID));
    assert_eq!(r["GroupId"], GID);
    let list = r["MemberList"].as_array().unwrap();
    assert_eq!(list.iter().map(|m| m["Member_Account"].as_str().unwrap()).collect::<Vec<_>>(), ["bob", "peter"]);
    assert_eq!(list[0]["Role"], "Admin");
    assert!(list[0].get("JoinTime").is_some() && list[0].get("NameCard").is_some());
}

#[test]
fn filters_and_non_members() {
    let mut s = group("g");
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "peter", "NameCard": "P", "AppMemberDefinedData": [{ "Key": "level", "Value": "3" }] }));
    // carol is not a member, alice is named twice: left out, once.
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Member_List_Account": ["peter", "carol", "alice", "alice"], "MemberInfoFilter": ["NameCard"], "AppDefinedDataFilter_GroupMember": ["level"] }));
    let list = r["MemberList"].as_array().unwrap();
    assert_eq!(list.len(), 2, "{r}");
    assert_eq!(list[0], json!({ "Member_Account": "peter", "NameCard": "P", "AppMemberDefinedData": [{ "Key": "level", "Value": "3" }] }));
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Member_List_Account": ["alice", "bob", "peter"], "MemberRoleFilter": ["Owner", "Admin"] }));
    let names: Vec<&str> = r["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap()).collect();
    assert_eq!(names, ["alice", "bob"]);
}

#[test]
fn refusals() {
    let mut s = group("g");
    err(&mut s, API, json!({ "GroupId": "nope", "Member_List_Account": ["bob"] }), 10010);
    let fifty_one: Vec<String> = (0..51).map(|i| format!("u{i}")).collect();
    err(&mut s, API, json!({ "GroupId": "g", "Member_List_Account": fifty_one }), 10004);
    // AVChatRoom: not supported (the page's table).
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    err(&mut s, API, json!({ "GroupId": "live", "Member_List_Account": ["alice"] }), 10007);
}
