//! `group_open_avchatroom_http_svc/check_members`: which accounts are in the room now.

use super::{public_group, room};
use crate::common::*;
use crate::support::{client, sample};
use serde_json::json;

const API: &str = "group_open_avchatroom_http_svc/check_members";

/// The documented sample: two of its four accounts are in the room.
#[test]
fn the_sample_runs() {
    let mut s = room("g", None, &["245000", "239017"], &["202200"]);
    let r = ok(&mut s, API, sample(API, "g"));
    assert_eq!(r["Member_Account"], json!(["245000", "239017"]));
}

#[test]
fn membership_follows_joins_leaves_and_bans() {
    let mut s = room("g", None, &["ann", "bob"], &["cat"]);
    let ask = json!({ "GroupId": "g", "Member_Account": ["cat", "bob", "ann", "owner"] });
    assert_eq!(ok(&mut s, API, ask.clone())["Member_Account"], json!(["bob", "ann", "owner"]));
    client(&mut s, json!({ "action": "quitGroup", "groupId": "g", "account": "bob" })).unwrap();
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "cat" })).unwrap();
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": "g", "Members_Account": ["ann"], "Duration": 60 }));
    assert_eq!(ok(&mut s, API, ask)["Member_Account"], json!(["cat", "owner"]));
}

#[test]
fn refusals() {
    let mut s = room("g", Some("pro"), &["ann"], &[]);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "g", "Member_Account": ["ann"] }), 10059);
    let mut s = room("g", None, &["ann"], &[]);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "p", "Member_Account": ["ann"] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "Member_Account": ["ann"] }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "Member_Account": [] }), 10004);
}
