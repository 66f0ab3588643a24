//! `group_open_http_svc/unban_group_member`: a lifted ban lets the account join again (it is
//! not put back by itself).

use super::ban_group_member::live;
use crate::common::*;
use crate::support::sample;
use crate::support::{client, restored};
use serde_json::json;

const GID: &str = "sample-aJRGC4MH6";
const API: &str = "group_open_http_svc/unban_group_member";

/// The documented sample lifts the bans of two accounts.
#[test]
fn the_sample_runs() {
    let mut s = live(GID, None);
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": GID, "Members_Account": ["brennanli3", "brennanli12"], "Duration": 3600 }));
    ok(&mut s, API, sample(API, GID));
    assert!(s.inspect()["groups"][0].get("bans").is_none());
    let members = s.inspect()["groups"][0]["members"].as_array().unwrap().len();
    assert_eq!(members, 2, "unbanned accounts are not put back in the group");
    let mut copy = restored(&s);
    client(&mut copy, json!({ "action": "joinGroup", "groupId": GID, "account": "brennanli3" })).unwrap();
}

#[test]
fn refusals_change_nothing() {
    let mut s = live("g", None);
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 60 }));
    err(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["carol", "ghost"] }), 10019);
    err(&mut s, API, json!({ "GroupId": "nope", "Members_Account": ["carol"] }), 10010);
    // Unbanning an account that is not banned is no error.
    ok(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["owner"] }));
    let mut pro = live("g", Some("pro"));
    err(&mut pro, API, json!({ "GroupId": "g", "Members_Account": ["carol"] }), 10059);
}
