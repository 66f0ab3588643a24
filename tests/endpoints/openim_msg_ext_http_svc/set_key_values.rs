//! `openim_msg_ext_http_svc/set_key_values`: set, delete and clear a one-to-one message's
//! key–value extensions; only messages sent with `SupportMessageExtension: 1` have them.

use crate::common::*;
use crate::support::restored;
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const API: &str = "openim_msg_ext_http_svc/set_key_values";
const GET: &str = "openim_msg_ext_http_svc/get_key_values";

pub fn world() -> Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["62768", "116400", "carol"]);
    s
}

/// Sends a one-to-one message, with extensions when `ext`, and answers its MsgKey.
pub fn send(s: &mut Simulator, from: &str, to: &str, random: u32, ext: bool) -> String {
    let mut body = json!({ "From_Account": from, "To_Account": to, "MsgRandom": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "vote" } }] });
    if ext {
        body["SupportMessageExtension"] = 1.into();
    }
    ok(s, "openim/sendmsg", body)["MsgKey"].as_str().unwrap().to_owned()
}

fn set(s: &mut Simulator, key: &str, operate_type: u8, list: Value) -> Value {
    ok(s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": operate_type, "ExtensionList": list }))
}

pub fn get(s: &mut Simulator, key: &str) -> Value {
    ok(s, GET, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key }))
}

/// The sample's message does not exist in a new world: its sender is not an account (90008).
#[test]
fn the_sample_names_no_message_of_a_new_world() {
    let mut s = sim_with(Options::default());
    let endpoint = tcim::find_endpoint(API).unwrap();
    err(&mut s, API, serde_json::from_str(endpoint.sample).unwrap(), 90008);
}

/// The page's three requests in turn: set three keys (one write, one Seq), delete one (the next
/// Seq, empty Value), clear all (ClearSeq).
#[test]
fn set_delete_and_clear_as_the_page_shows() {
    let mut s = world();
    let key = send(&mut s, "62768", "116400", 12, true);
    let r = set(&mut s, &key, 1, json!([{ "Key": "k1", "Value": "v1", "Seq": 0 }, { "Key": "k2", "Value": "v2", "Seq": 0 }, { "Key": "k3", "Value": "v3", "Seq": 0 }]));
    assert_eq!(r["ExtensionList"], json!([
        { "ErrorCode": 0, "Extension": { "Key": "k1", "Value": "v1", "Seq": 1 } },
        { "ErrorCode": 0, "Extension": { "Key": "k2", "Value": "v2", "Seq": 1 } },
        { "ErrorCode": 0, "Extension": { "Key": "k3", "Value": "v3", "Seq": 1 } },
    ]));
    // The admin is not Seq-checked: a stale Seq still writes.
    let r = set(&mut s, &key, 1, json!([{ "Key": "k3", "Value": "v3b", "Seq": 0 }]));
    assert_eq!(r["ExtensionList"][0]["Extension"], json!({ "Key": "k3", "Value": "v3b", "Seq": 2 }));
    let r = set(&mut s, &key, 2, json!([{ "Key": "k1", "Value": "", "Seq": 1 }]));
    assert_eq!(r["ExtensionList"][0]["Extension"], json!({ "Key": "k1", "Value": "", "Seq": 3 }));
    let g = get(&mut s, &key);
    assert_eq!((g["LatestSeq"].clone(), g["ClearSeq"].clone(), g["CompleteFlag"].clone()), (json!(3), json!(0), json!(1)));
    assert_eq!(g["ExtensionList"], json!([{ "Key": "k2", "Value": "v2", "Seq": 1 }, { "Key": "k3", "Value": "v3b", "Seq": 2 }]));
    // Extensions survive snapshot → restore.
    let mut copy = restored(&s);
    assert_eq!(get(&mut copy, &key), g);
    let r = ok(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 3 }));
    assert_eq!(r["ExtensionList"], json!([]));
    let g = get(&mut s, &key);
    assert_eq!((g["LatestSeq"].clone(), g["ClearSeq"].clone(), g["ExtensionList"].clone()), (json!(4), json!(4), json!([])));
}

/// Refusals, each changing nothing.
#[test]
fn refusals() {
    let mut s = world();
    let plain = send(&mut s, "62768", "116400", 1, false);
    let key = send(&mut s, "62768", "116400", 2, true);
    let kv = json!([{ "Key": "k", "Value": "v" }]);
    // A message sent without SupportMessageExtension has no extensions.
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": plain, "OperateType": 1, "ExtensionList": kv }), 70402);
    err(&mut s, GET, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": plain }), 70402);
    // No such message, or not between these two.
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "carol", "MsgKey": key, "OperateType": 1, "ExtensionList": kv }), 90054);
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": "1_2_3", "OperateType": 1, "ExtensionList": kv }), 90054);
    err(&mut s, API, json!({ "From_Account": "nobody", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": kv }), 90008);
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "nobody", "MsgKey": key, "OperateType": 1, "ExtensionList": kv }), 90012);
    // Set and delete need a list; the rules bound keys, values and the list.
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 2 }), 70402);
    let long = "x".repeat(101);
    let r = call(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": long, "Value": "v" }] }));
    assert_ne!(r["ErrorCode"], 0, "{r}");
    let r = call(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": "k", "Value": "v".repeat(1001) }] }));
    assert_ne!(r["ErrorCode"], 0, "{r}");
    let many: Vec<Value> = (0..21).map(|i| json!({ "Key": format!("k{i}"), "Value": "v" })).collect();
    let r = call(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": many }));
    assert_ne!(r["ErrorCode"], 0, "{r}");
    let r = call(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 4 }));
    assert_ne!(r["ErrorCode"], 0, "{r}");
    assert_eq!(get(&mut s, &key)["LatestSeq"], 0);
}

/// At most 300 keys on a message: the write that would pass it is refused whole.
#[test]
fn at_most_300_keys() {
    let mut s = world();
    let key = send(&mut s, "62768", "116400", 2, true);
    for batch in 0..15 {
        let list: Vec<Value> = (0..20).map(|i| json!({ "Key": format!("k{batch}_{i}"), "Value": "v" })).collect();
        set(&mut s, &key, 1, list.into());
    }
    // Rewriting existing keys is fine at the limit; a new one is not.
    set(&mut s, &key, 1, json!([{ "Key": "k0_0", "Value": "again" }]));
    err(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": "new", "Value": "v" }] }), 70402);
}

/// From_Account may be left out; recall takes the extensions with the message; inspect shows them.
#[test]
fn from_account_optional_recall_and_inspect() {
    let mut s = world();
    let key = send(&mut s, "62768", "116400", 5, true);
    ok(&mut s, API, json!({ "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": "a", "Value": "1" }] }));
    let inspected = serde_json::to_string(&s.inspect()).unwrap();
    assert!(inspected.contains("\"extensions\""), "inspect shows the extensions: {inspected}");
    ok(&mut s, "openim/admin_msgwithdraw", json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key }));
    err(&mut s, GET, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key }), 90054);
    assert!(!state(&s).to_string().contains("\"ext\""), "the recalled message's extensions are gone");
}

/// Messages without extensions snapshot as before: no `ext` member.
#[test]
fn plain_messages_snapshot_unchanged() {
    let mut s = world();
    send(&mut s, "62768", "116400", 5, false);
    assert!(!s.snapshot().contains("\"ext\""));
}
