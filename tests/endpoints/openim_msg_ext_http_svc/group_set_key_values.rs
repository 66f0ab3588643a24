//! `openim_msg_ext_http_svc/group_set_key_values`: a group message's key–value extensions, on
//! messages sent with `SupportMessageExtension: 1`, in the group types the page lists.

use crate::common::*;
use crate::support::{restored, sample};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU32, Ordering};
use tcim::sim::{Options, Simulator};

const API: &str = "openim_msg_ext_http_svc/group_set_key_values";
const GET: &str = "openim_msg_ext_http_svc/group_get_key_values";

/// A world with group `g` of type `ty` (alice owns it, bob is a member).
pub fn world(ty: &str) -> Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob"]);
    let id = if ty == "Community" { "@TGS#_@TGS#cCOMMUNITY1" } else { "g" };
    let mut body = json!({ "Owner_Account": "alice", "Type": ty, "GroupId": id, "Name": "G" });
    if ty != "AVChatRoom" {
        body["MemberList"] = json!([{ "Member_Account": "bob" }]);
    }
    ok(&mut s, "group_open_http_svc/create_group", body);
    s
}

/// Sends a group message (with extensions when `ext`) and answers its MsgSeq.
pub fn send(s: &mut Simulator, group: &str, ext: bool) -> u64 {
    // A fresh Random each time: a repeated one within 5 minutes is a duplicate send.
    static RANDOM: AtomicU32 = AtomicU32::new(1);
    let random = RANDOM.fetch_add(1, Ordering::Relaxed);
    let mut body = json!({ "GroupId": group, "From_Account": "alice", "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "poll" } }] });
    if ext {
        body["SupportMessageExtension"] = 1.into();
    }
    ok(s, "group_open_http_svc/send_group_msg", body)["MsgSeq"].as_u64().unwrap()
}

pub fn get(s: &mut Simulator, seq: u64) -> Value {
    ok(s, GET, json!({ "GroupId": "g", "MsgSeq": seq }))
}

/// The page's three requests on a message of ours: set, delete, clear.
#[test]
fn the_samples_run_on_a_message_with_extensions() {
    let mut s = world("Public");
    let seq = send(&mut s, "g", true);
    let mut body = sample(API, "g");
    body["MsgSeq"] = seq.into();
    let r = ok(&mut s, API, body.clone());
    assert_eq!(r["ExtensionList"], json!([
        { "ErrorCode": 0, "Extension": { "Key": "key1", "Value": "value1", "Seq": 1 } },
        { "ErrorCode": 0, "Extension": { "Key": "key2", "Value": "value2", "Seq": 1 } },
    ]));
    let r = ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 2, "ExtensionList": [{ "Key": "key1", "Value": "", "Seq": 1 }] }));
    assert_eq!(r["ExtensionList"][0]["Extension"], json!({ "Key": "key1", "Value": "", "Seq": 2 }));
    let g = get(&mut s, seq);
    assert_eq!(g["ExtensionList"], json!([{ "Key": "key2", "Value": "value2", "Seq": 1 }]));
    assert_eq!(g["LatestSeq"], 2);
    let mut copy = restored(&s);
    assert_eq!(get(&mut copy, seq), g);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 3 }));
    let g = get(&mut s, seq);
    assert_eq!((g["LatestSeq"].clone(), g["ClearSeq"].clone(), g["ExtensionList"].clone()), (json!(3), json!(3), json!([])));
    // The sample's own group does not exist here.
    err(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap(), 10010);
}

/// The group-type table: Private (Work), Public, ChatRoom (Meeting) yes; AVChatRoom and
/// Community refused with 10007.
#[test]
fn group_types() {
    for ty in ["Private", "Public", "ChatRoom"] {
        let mut s = world(ty);
        let seq = send(&mut s, "g", true);
        ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": [{ "Key": "k", "Value": "v" }] }));
    }
    let mut s = world("AVChatRoom");
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 3 }), 10007);
    err(&mut s, GET, json!({ "GroupId": "g", "MsgSeq": 1 }), 10007);
    let mut s = world("Community");
    err(&mut s, API, json!({ "GroupId": "@TGS#_@TGS#cCOMMUNITY1", "MsgSeq": 1, "OperateType": 3 }), 10007);
}

/// Refusals change nothing: no such group or message, a message without extensions, a
/// recalled one (its extensions went with it), a set without a list, over 300 keys.
#[test]
fn refusals() {
    let mut s = world("Public");
    let plain = send(&mut s, "g", false);
    let seq = send(&mut s, "g", true);
    let kv = json!([{ "Key": "k", "Value": "v" }]);
    err(&mut s, API, json!({ "GroupId": "nope", "MsgSeq": seq, "OperateType": 1, "ExtensionList": kv }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 99, "OperateType": 1, "ExtensionList": kv }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 0, "OperateType": 1, "ExtensionList": kv }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": plain, "OperateType": 1, "ExtensionList": kv }), 10004);
    err(&mut s, GET, json!({ "GroupId": "g", "MsgSeq": plain }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1 }), 10004);
    for batch in 0..15 {
        let list: Vec<Value> = (0..20).map(|i| json!({ "Key": format!("k{batch}_{i}"), "Value": "v" })).collect();
        ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": list }));
    }
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": [{ "Key": "one_more", "Value": "v" }] }), 10004);
    let inspected = serde_json::to_string(&s.inspect()).unwrap();
    assert!(inspected.contains("\"latestSeq\":15"), "inspect shows the message's extensions");
    ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "g", "MsgSeqList": [{ "MsgSeq": seq }] }));
    err(&mut s, GET, json!({ "GroupId": "g", "MsgSeq": seq }), 10004);
    assert!(!state(&s).to_string().contains("\"ext\""), "recall takes the extensions with the message");
}

/// clear_group_msg keeps messages for the admin (its page), and their extensions with them.
#[test]
fn cleared_history_keeps_extensions_for_the_admin() {
    let mut s = world("Public");
    let seq = send(&mut s, "g", true);
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": [{ "Key": "k", "Value": "v" }] }));
    ok(&mut s, "group_open_http_svc/clear_group_msg", json!({ "GroupId": "g" }));
    assert_eq!(get(&mut s, seq)["ExtensionList"][0]["Value"], "v");
}
