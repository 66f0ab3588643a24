//! `group_open_http_svc/pin_message`: pins a message of a group or of a Community topic; at
//! most 10, each once; the message must exist, not be recalled or cleared, and not have expired.

use crate::common::*;
use crate::support::{restored, sample};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const API: &str = "group_open_http_svc/pin_message";
const LIST: &str = "group_open_http_svc/get_pinned_messages";

/// A group of `ty` with alice (owner) and bob, and `messages` messages from alice.
pub fn group_with(id: &str, ty: &str, messages: u32, edition: Option<&str>) -> Simulator {
    let mut s = sim_with(Options { edition: edition.map(str::to_owned), rate_limit: false, ..Options::default() });
    import(&mut s, &["alice", "bob", "carol"]);
    // Live groups take no initial members (their viewers join from the SDK).
    let members = if ty == "AVChatRoom" { json!([]) } else { json!([{ "Member_Account": "bob" }]) };
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": id, "Name": "G", "MemberList": members }));
    for i in 1..=messages {
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": id, "From_Account": "alice", "Random": i, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("m{i}") } }] }));
    }
    s
}

/// get_pinned_messages' list as (seq, pinner) pairs.
pub fn pinned(s: &mut Simulator, body: Value) -> Vec<(u64, String)> {
    let r = ok(s, LIST, body);
    r["PinnedMsgList"].as_array().unwrap().iter().map(|p| (p["MsgSeq"].as_u64().unwrap(), p["Pinner_Account"].as_str().unwrap().to_owned())).collect()
}

/// The documented sample: message 7 pinned by member user1 (here bob).
#[test]
fn the_sample_runs() {
    let mut s = group_with("g", "Public", 8, None);
    let mut body = sample(API, "g");
    body["Pinner_Account"] = "bob".into();
    ok(&mut s, API, body);
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })), [(7, "bob".to_owned())]);
    let mut copy = restored(&s);
    assert_eq!(pinned(&mut copy, json!({ "GroupId": "g" })), [(7, "bob".to_owned())], "a snapshot carries the pins");
    assert_eq!(s.inspect()["groups"][0]["pins"], json!([{ "seq": 7, "pinner": "bob", "time": T0 }]));
}

#[test]
fn the_pinner_is_the_admin_by_default() {
    let mut s = group_with("g", "Private", 2, None);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2, "TopicId": "" }));
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })), [(2, "administrator".to_owned())], "an empty TopicId names no topic");
}

#[test]
fn ten_pins_at_most_and_each_once() {
    let mut s = group_with("g", "Public", 12, None);
    for seq in 1..=10 {
        ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq }));
    }
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 3 }), 10071);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 11 }), 10070);
    ok(&mut s, "group_open_http_svc/unpin_message", json!({ "GroupId": "g", "MsgSeq": 3 }));
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 11 }));
    let seqs: Vec<u64> = pinned(&mut s, json!({ "GroupId": "g" })).into_iter().map(|(seq, _)| seq).collect();
    assert_eq!(seqs, [11, 10, 9, 8, 7, 6, 5, 4, 2, 1], "the latest pinned first");
}

#[test]
fn the_message_must_exist_and_be_live() {
    let mut s = group_with("g", "Public", 3, None);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 4 }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 0 }), 10004);
    ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "g", "MsgSeqList": [{ "MsgSeq": 2 }] }));
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2 }), 10004);
    ok(&mut s, "group_open_http_svc/clear_group_msg", json!({ "GroupId": "g", "MsgSeq": 1 }));
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }), 10004);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 3 }));
}

/// A pin whose message is recalled afterwards is no longer listed nor counted.
#[test]
fn a_recalled_message_leaves_the_pins() {
    let mut s = group_with("g", "Public", 11, None);
    for seq in 1..=10 {
        ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq }));
    }
    ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "g", "MsgSeqList": [{ "MsgSeq": 4 }] }));
    assert!(!pinned(&mut s, json!({ "GroupId": "g" })).iter().any(|(seq, _)| *seq == 4));
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 11 }));
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })).len(), 10);
}

/// "该消息必须存在且未过期": past the plan's storage period (ultimate: 30 days) a message
/// cannot be pinned, and its pin lapses.
#[test]
fn an_expired_message_cannot_be_pinned() {
    let mut s = group_with("g", "Public", 2, Some("ultimate"));
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }));
    s.advance(31 * 86_400);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2 }), 10004);
    assert_eq!(pinned(&mut s, json!({ "GroupId": "g" })), []);
}

#[test]
fn refusals() {
    let mut s = group_with("g", "Public", 2, None);
    err(&mut s, API, json!({ "GroupId": "nope", "MsgSeq": 1 }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "Pinner_Account": "nobody" }), 10019);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "Pinner_Account": "carol" }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "TopicId": "g@TOPIC#_t" }), 10007);
    let mut live = group_with("live", "AVChatRoom", 1, None);
    err(&mut live, API, json!({ "GroupId": "live", "MsgSeq": 1 }), 10007);
    for edition in ["trial", "pro"] {
        let mut s = group_with("g", "Public", 1, Some(edition));
        err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }), 10059);
    }
    let mut enterprise = group_with("g", "Public", 1, Some("enterprise"));
    ok(&mut enterprise, API, json!({ "GroupId": "g", "MsgSeq": 1 }));
}

/// The page's second sample: a topic's message, pinned in the topic (its pins are its own).
#[test]
fn topic_messages_are_pinned_in_their_topic() {
    let gid = "@TGS#_community";
    let mut s = group_with(gid, "Community", 0, None);
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": gid }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": gid, "Name": "C", "SupportTopic": 1, "MemberList": [{ "Member_Account": "bob" }] }));
    let topic = ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": gid, "TopicName": "t" }))["TopicId"].as_str().unwrap().to_owned();
    let other = ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": gid, "TopicName": "u" }))["TopicId"].as_str().unwrap().to_owned();
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": gid, "TopicId": topic, "From_Account": "alice", "Random": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }));
    err(&mut s, API, json!({ "GroupId": gid, "MsgSeq": 1 }), 10004);
    err(&mut s, API, json!({ "GroupId": gid, "TopicId": format!("{gid}@TOPIC#_nope"), "MsgSeq": 1 }), 10010);
    ok(&mut s, API, json!({ "GroupId": gid, "TopicId": topic, "MsgSeq": 1, "Pinner_Account": "bob" }));
    assert_eq!(pinned(&mut s, json!({ "GroupId": gid, "TopicId": topic })), [(1, "bob".to_owned())]);
    assert_eq!(pinned(&mut s, json!({ "GroupId": gid, "TopicId": other })), []);
    let mut copy = restored(&s);
    assert_eq!(pinned(&mut copy, json!({ "GroupId": gid, "TopicId": topic })), [(1, "bob".to_owned())]);
    ok(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": gid, "TopicIdList": [topic] }));
    err(&mut s, LIST, json!({ "GroupId": gid, "TopicId": topic }), 10010);
}
