//! `group_open_avchatroom_http_svc/modify_admin`: live-group admins, in the room or not, kept
//! across leaving and re-entering, at most 5.

use super::{public_group, room};
use crate::common::*;
use crate::support::{client, restored, sample};
use serde_json::json;

const API: &str = "group_open_avchatroom_http_svc/modify_admin";
const LIST: &str = "group_open_avchatroom_http_svc/get_admin_list";

fn admins(s: &mut tcim::sim::Simulator) -> Vec<String> {
    let r = ok(s, LIST, json!({ "GroupId": "g" }));
    r["Admin_List"].as_array().unwrap().iter().map(|a| a["Admin_Account"].as_str().unwrap().to_owned()).collect()
}

/// The documented sample makes "user1", who is not in the room, an admin.
#[test]
fn the_sample_runs() {
    let mut s = room("g", None, &[], &["user1"]);
    ok(&mut s, API, sample(API, "g"));
    assert_eq!(admins(&mut s), ["user1"]);
}

#[test]
fn admins_stay_across_leaving_until_unset() {
    let mut s = room("g", None, &["ann"], &["bob"]);
    ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["ann", "bob"] }));
    client(&mut s, json!({ "action": "quitGroup", "groupId": "g", "account": "ann" })).unwrap();
    assert_eq!(admins(&mut s), ["ann", "bob"]);
    let mut copy = restored(&s);
    assert_eq!(admins(&mut copy), ["ann", "bob"]);
    ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 2, "Admin_Account": ["ann"] }));
    assert_eq!(admins(&mut s), ["bob"]);
}

#[test]
fn refusals_change_nothing() {
    let names = ["a1", "a2", "a3", "a4", "a5", "a6"];
    let mut s = room("g", None, &[], &names);
    ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": names[..5] }));
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["a6"] }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": names }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 3, "Admin_Account": ["a6"] }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["ghost"] }), 10019);
    assert_eq!(admins(&mut s), names[..5]);
    ok(&mut s, API, json!({ "GroupId": "g", "CommandType": 2, "Admin_Account": ["a5"] }));
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["owner"] }), 10004);
    public_group(&mut s, "p");
    err(&mut s, API, json!({ "GroupId": "p", "CommandType": 1, "Admin_Account": ["a6"] }), 10007);
    err(&mut s, API, json!({ "GroupId": "nope", "CommandType": 1, "Admin_Account": ["a6"] }), 10010);
    let mut s = room("g", Some("pro"), &[], &["a1"]);
    err(&mut s, API, json!({ "GroupId": "g", "CommandType": 1, "Admin_Account": ["a1"] }), 10059);
}
