//! `group_open_http_svc/get_pinned_messages`: the pins that still count, the latest pinned
//! first, with who pinned each.

use super::pin_message::{group_with, pinned};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/get_pinned_messages";
const PIN: &str = "group_open_http_svc/pin_message";

/// The documented answer: 7 pinned by admin after 5 pinned by user1 (here bob).
#[test]
fn the_sample_runs() {
    let mut s = group_with("g", "ChatRoom", 7, None);
    ok(&mut s, PIN, json!({ "GroupId": "g", "MsgSeq": 5, "Pinner_Account": "bob" }));
    ok(&mut s, PIN, json!({ "GroupId": "g", "MsgSeq": 7, "Pinner_Account": "administrator" }));
    let r = ok(&mut s, API, sample(API, "g"));
    assert_eq!(r["PinnedMsgList"], json!([{ "MsgSeq": 7, "Pinner_Account": "administrator" }, { "MsgSeq": 5, "Pinner_Account": "bob" }]));
}

#[test]
fn none_pinned_is_an_empty_list() {
    let mut s = group_with("g", "Public", 1, None);
    assert_eq!(ok(&mut s, API, json!({ "GroupId": "g" }))["PinnedMsgList"], json!([]));
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })), []);
}

#[test]
fn refusals() {
    let mut s = group_with("g", "Public", 1, None);
    err(&mut s, API, json!({ "GroupId": "nope" }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "TopicId": "g@TOPIC#_t" }), 10007);
    let mut live = group_with("live", "AVChatRoom", 0, None);
    err(&mut live, API, json!({ "GroupId": "live" }), 10007);
    let mut trial = group_with("g", "Public", 1, Some("trial"));
    err(&mut trial, API, json!({ "GroupId": "g" }), 10059);
}
