//! `group_open_avchatroom_http_svc/modify_user_info`: marks on live-group members, set and
//! removed, filtering get_members; cleared when a member leaves (but mark 500).

use super::{public_group, room};
use crate::common::*;
use crate::support::{client, restored, sample};
use serde_json::{json, Value};
use tcim::sim::Simulator;

const API: &str = "group_open_avchatroom_http_svc/modify_user_info";

fn marked(s: &mut Simulator, mark: u32) -> Vec<String> {
    let r = ok(s, "group_open_avchatroom_http_svc/get_members", json!({ "GroupId": "g", "Timestamp": 0, "Mark": mark }));
    r["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap().to_owned()).collect()
}

fn set(account: &str, marks: Value) -> Value {
    json!({ "GroupId": "g", "CommandType": 1, "MemberList": [{ "Member_Account": account, "Marks": marks }] })
}

/// The documented sample marks teacher10 with 1000 and student9 with 1001.
#[test]
fn the_sample_runs() {
    let mut s = room("g", None, &["teacher10", "student9"], &[]);
    ok(&mut s, API, sample(API, "g"));
    assert_eq!(marked(&mut s, 1000), ["teacher10"]);
    assert_eq!(marked(&mut s, 1001), ["student9"]);
    assert_eq!(marked(&mut restored(&s), 1001), ["student9"]);
}

#[test]
fn marks_are_removed_and_cleared_on_leaving_except_500() {
    let mut s = room("g", None, &["ann", "bob"], &["cat"]);
    ok(&mut s, API, set("ann", json!([1000, 1001])));
    ok(&mut s, API, set("bob", json!([1000])));
    ok(&mut s, API, set("cat", json!([500])));
    assert_eq!(marked(&mut s, 1000), ["bob", "ann"]);
    ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 2, "MemberList": [{ "Member_Account": "ann", "Marks": [1000] }] }));
    assert_eq!(marked(&mut s, 1000), ["bob"]);
    assert_eq!(marked(&mut s, 1001), ["ann"]);
    // Leaving clears the marks; re-entering does not bring them back.
    client(&mut s, json!({ "action": "quitGroup", "groupId": "g", "account": "ann" })).unwrap();
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "ann" })).unwrap();
    assert!(marked(&mut s, 1001).is_empty());
    // Mark 500 was set outside the room and is still there once cat enters.
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "cat" })).unwrap();
    assert_eq!(marked(&mut s, 500), ["cat"]);
    client(&mut s, json!({ "action": "quitGroup", "groupId": "g", "account": "cat" })).unwrap();
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "cat" })).unwrap();
    assert_eq!(marked(&mut s, 500), ["cat"]);
}

#[test]
fn refusals_change_nothing() {
    let mut s = room("g", None, &["ann"], &["out"]);
    // Only 500 may be set on an account outside the room.
    err(&mut s, API, set("out", json!([1000])), 10004);
    // Marks are 500 or 1000 and above.
    err(&mut s, API, set("ann", json!([999])), 10004);
    err(&mut s, API, set("ghost", json!([1000])), 10019);
    // At most 10 distinct marks a group.
    ok(&mut s, API, set("ann", json!([1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009])));
    err(&mut s, API, set("out", json!([500])), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 3, "MemberList": [{ "Member_Account": "ann", "Marks": [1000] }] }), 10004);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "p", "CommandType": 1, "MemberList": [{ "Member_Account": "ann", "Marks": [1000] }] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "CommandType": 1, "MemberList": [{ "Member_Account": "ann", "Marks": [1000] }] }), 10010);
    let mut s = room("g", Some("pro"), &["ann"], &[]);
    err(&mut s, API, set("ann", json!([1000])), 10059);
}

#[test]
fn a_mark_holds_at_most_1000_members() {
    let names: Vec<String> = (0..1001).map(|i| format!("u{i:04}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = room("g", None, &refs, &[]);
    for chunk in refs[..1000].chunks(500) {
        let list: Vec<Value> = chunk.iter().map(|a| json!({ "Member_Account": a, "Marks": [1000] })).collect();
        ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "MemberList": list }));
    }
    err(&mut s, API, set("u1000", json!([1000])), 10004);
}
