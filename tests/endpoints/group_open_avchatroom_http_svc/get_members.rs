//! `group_open_avchatroom_http_svc/get_members`: who entered the room and has not left, the
//! latest first, with join times, 250 a page behind the `Timestamp` cursor.

use super::{public_group, room};
use crate::common::*;
use crate::support::{client, sample};
use serde_json::{json, Value};

const API: &str = "group_open_avchatroom_http_svc/get_members";

fn accounts(r: &Value) -> Vec<String> {
    r["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap().to_owned()).collect()
}

/// The documented sample asks for mark 1000's members: none is marked yet.
#[test]
fn the_sample_runs() {
    let mut s = room("g", None, &["teacher2"], &[]);
    let r = ok(&mut s, API, sample(API, "g"));
    assert_eq!(r["MemberList"], json!([]));
    assert_eq!(r["NextTimestamp"], 0);
}

#[test]
fn members_come_latest_first_with_join_times_and_profiles() {
    let mut s = room("g", None, &["ann", "bob"], &[]);
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "bob", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "Bob" }, { "Tag": "Tag_Profile_IM_Image", "Value": "http://x/b.jpg" }] }));
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": 0 }));
    assert_eq!(accounts(&r), ["bob", "ann", "owner"]);
    assert_eq!(r["MemberList"][0], json!({ "Member_Account": "bob", "JoinTime": T0 + 2, "NickName": "Bob", "Avatar": "http://x/b.jpg" }));
    assert_eq!(r["MemberList"][1]["JoinTime"], T0 + 1);
    // Leaving, a kick and a ban take members out of the list.
    client(&mut s, json!({ "action": "quitGroup", "groupId": "g", "account": "bob" })).unwrap();
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": "g", "Members_Account": ["ann"], "Duration": 60 }));
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": 0 }));
    assert_eq!(accounts(&r), ["owner"]);
}

#[test]
fn more_than_250_members_come_in_pages() {
    let names: Vec<String> = (0..300).map(|i| format!("u{i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = room("g", None, &refs, &[]);
    let first = ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": 0 }));
    assert_eq!(accounts(&first).len(), 250);
    assert_eq!(accounts(&first)[0], "u299");
    let next = first["NextTimestamp"].as_u64().unwrap();
    assert!(next > 0);
    let second = ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": next }));
    assert_eq!(accounts(&second).len(), 51, "the 50 left and the owner");
    assert_eq!(accounts(&second)[0], "u049");
    assert_eq!(second["NextTimestamp"], 0);
}

#[test]
fn plans_without_the_member_list_see_the_latest_30() {
    let names: Vec<String> = (0..40).map(|i| format!("u{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = room("g", Some("pro"), &refs, &[]);
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": 0 }));
    assert_eq!(accounts(&r).len(), 30);
    assert_eq!(r["NextTimestamp"], 0);
    let mut s = room("g", Some("ultimate"), &refs, &[]);
    assert_eq!(accounts(&ok(&mut s, API, json!({ "GroupId": "g", "Timestamp": 0 }))).len(), 41);
}

#[test]
fn refusals() {
    let mut s = room("g", None, &["ann"], &[]);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "p", "Timestamp": 0 }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "Timestamp": 0 }), 10010);
    err(&mut s, API, json!({ "GroupId": "g" }), 10004);
}
