//! `group_open_http_svc/unpin_message`: unpins a pinned message; one not pinned is refused.

use super::pin_message::{group_with, pinned};
use crate::common::*;
use crate::support::sample;
use serde_json::json;

const API: &str = "group_open_http_svc/unpin_message";
const PIN: &str = "group_open_http_svc/pin_message";

/// The documented sample: message 7, unpinned by member user1 (here bob).
#[test]
fn the_sample_runs() {
    let mut s = group_with("g", "Public", 8, None);
    ok(&mut s, PIN, json!({ "GroupId": "g", "MsgSeq": 7 }));
    ok(&mut s, PIN, json!({ "GroupId": "g", "MsgSeq": 5, "Pinner_Account": "bob" }));
    let mut body = sample(API, "g");
    body["UnPinner_Account"] = "bob".into();
    ok(&mut s, API, body);
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })), [(5, "bob".to_owned())]);
}

#[test]
fn refusals() {
    let mut s = group_with("g", "Public", 3, None);
    ok(&mut s, PIN, json!({ "GroupId": "g", "MsgSeq": 1 }));
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2 }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 9 }), 10004);
    err(&mut s, API, json!({ "GroupId": "nope", "MsgSeq": 1 }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "UnPinner_Account": "nobody" }), 10019);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "UnPinner_Account": "carol" }), 10004);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }));
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }), 10004);
    let mut pro = group_with("g", "Public", 1, Some("pro"));
    err(&mut pro, API, json!({ "GroupId": "g", "MsgSeq": 1 }), 10059);
}
