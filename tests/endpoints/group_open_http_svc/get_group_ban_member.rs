//! `group_open_http_svc/get_group_ban_member`: the running bans, the earliest-ending first,
//! paged by Limit and Offset with NextOffset 0 at the end.

use super::ban_group_member::live;
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const GID: &str = "sample-aJRGC4MH6";
const API: &str = "group_open_http_svc/get_group_ban_member";

/// The documented sample on a group with two bans.
#[test]
fn the_sample_runs() {
    let mut s = live(GID, None);
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": GID, "Members_Account": ["brennanli3"], "Duration": 100 }));
    ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": GID, "Members_Account": ["brennanli12"], "Duration": 50 }));
    let r = ok(&mut s, API, sample(API, GID));
    assert_eq!(r["BannedAccountList"], json!([{ "Member_Account": "brennanli12", "BannedUntil": T0 + 50 }, { "Member_Account": "brennanli3", "BannedUntil": T0 + 100 }]));
    assert_eq!(r["NextOffset"], 0);
}

#[test]
fn pages_and_ended_bans() {
    let mut s = live("g", None);
    for (i, a) in ["carol", "brennanli3", "brennanli12"].iter().enumerate() {
        ok(&mut s, "group_open_http_svc/ban_group_member", json!({ "GroupId": "g", "Members_Account": [a], "Duration": 10 * (i as u64 + 1) }));
    }
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Limit": 2, "Offset": 0 }));
    assert_eq!(r["BannedAccountList"].as_array().unwrap().len(), 2);
    assert_eq!(r["NextOffset"], 2);
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Limit": 2, "Offset": 2 }));
    assert_eq!(r["BannedAccountList"], json!([{ "Member_Account": "brennanli12", "BannedUntil": T0 + 30 }]));
    assert_eq!(r["NextOffset"], 0);
    // An ended ban is no longer listed.
    s.advance(10);
    let r = ok(&mut s, API, json!({ "GroupId": "g", "Offset": 0 }));
    assert_eq!(r["BannedAccountList"].as_array().unwrap().len(), 2);
}

#[test]
fn refusals() {
    let mut s = live("g", None);
    err(&mut s, API, json!({ "GroupId": "g", "Limit": 101, "Offset": 0 }), 10004);
    err(&mut s, API, json!({ "GroupId": "nope", "Offset": 0 }), 10010);
    err(&mut s, API, json!({ "GroupId": "g" }), 10004);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "GroupId": "p", "Name": "P" }));
    err(&mut s, API, json!({ "GroupId": "p", "Offset": 0 }), 10007);
    let mut trial = live("g", Some("trial"));
    err(&mut trial, API, json!({ "GroupId": "g", "Offset": 0 }), 10059);
}
