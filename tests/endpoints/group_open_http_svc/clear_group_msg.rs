//! `group_open_http_svc/clear_group_msg`: the history up to a seq is cleared for the members
//! (never unread again), the admin still pulls it, and seqs go on from the last one.

use crate::common::*;
use crate::support::sample;
use crate::support::restored;
use serde_json::json;
use tcim::sim::{Options, Simulator};

const GID: &str = "sample-15ERQPAER";
const API: &str = "group_open_http_svc/clear_group_msg";

fn send(s: &mut Simulator, from: &str, random: u32) -> u64 {
    let r = ok(s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": from, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }));
    r["MsgSeq"].as_u64().unwrap()
}

fn unread(s: &Simulator, account: &str) -> u64 {
    let v = s.inspect();
    let members = v["groups"][0]["members"].as_array().unwrap().clone();
    members.iter().find(|m| m["account"] == account).unwrap()["unread"].as_u64().unwrap()
}

fn group(ty: &str) -> Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": "g", "Name": "G", "MemberList": [{ "Member_Account": "bob" }] }));
    s
}

/// The documented sample (a seq past the last message clears everything there is).
#[test]
fn the_sample_runs() {
    let mut s = group("Public");
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": GID, "Name": "G" }));
    ok(&mut s, API, sample(API, GID));
}

#[test]
fn cleared_messages_are_no_longer_unread_and_seqs_go_on() {
    let mut s = group("Public");
    for r in 0..4 {
        send(&mut s, "alice", r);
    }
    assert_eq!(unread(&s, "bob"), 4);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 3 }));
    assert_eq!(unread(&s, "bob"), 1, "messages 1-3 are cleared");
    assert_eq!(s.inspect()["groups"][0]["clearedSeq"], 3);
    // The mark never moves back.
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }));
    assert_eq!(s.inspect()["groups"][0]["clearedSeq"], 3);
    // The admin still pulls the cleared history (the page).
    let r = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g", "ReqMsgNumber": 20 }));
    assert_eq!(r["RspMsgList"].as_array().unwrap().len(), 4);
    // Clearing everything, then sending: the seq does not restart.
    ok(&mut s, API, json!({ "GroupId": "g" }));
    assert_eq!(unread(&s, "bob"), 0);
    assert_eq!(send(&mut s, "alice", 10), 5);
    assert_eq!(unread(&s, "bob"), 1);
    // set_unread_msg_num counts only what is not cleared.
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "g", "Member_Account": "bob", "UnreadMsgNum": 5 }));
    assert_eq!(unread(&s, "bob"), 1);
    let copy = restored(&s);
    assert_eq!((unread(&copy, "bob"), copy.inspect()["groups"][0]["clearedSeq"].as_u64()), (1, Some(4)));
}

#[test]
fn refusals_change_nothing() {
    let mut s = group("Public");
    send(&mut s, "alice", 1);
    err(&mut s, API, json!({ "GroupId": "nope" }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": -1 }), 10004);
    // Community groups are not supported (the page's table).
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": "@TGS#_@TGS#cCOMMUNITY1", "Name": "C" }));
    err(&mut s, API, json!({ "GroupId": "@TGS#_@TGS#cCOMMUNITY1" }), 10007);
    // Clearing an empty group leaves no mark.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "empty", "Name": "E" }));
    ok(&mut s, API, json!({ "GroupId": "empty" }));
    let v = s.inspect();
    let empty = v["groups"].as_array().unwrap().iter().find(|g| g["groupId"] == "empty").unwrap().clone();
    assert!(empty.get("clearedSeq").is_none(), "{empty}");
}
