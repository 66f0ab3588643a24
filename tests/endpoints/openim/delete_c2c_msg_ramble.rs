//! `openim/delete_c2c_msg_ramble`: one side's history only — the operator stops seeing the
//! messages (roaming, unread counts), the peer still sees them.

use crate::common::*;
use crate::support::restored;
use serde_json::json;
use tcim::sim::{Options, Simulator};

const API: &str = "openim/delete_c2c_msg_ramble";

fn send(s: &mut Simulator, from: &str, to: &str, random: u32) -> String {
    let r = ok(s, "openim/sendmsg", json!({ "From_Account": from, "To_Account": to, "MsgRandom": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("m{random}") } }] }));
    r["MsgKey"].as_str().unwrap().to_owned()
}

fn roam(s: &mut Simulator, operator: &str, peer: &str) -> Vec<String> {
    let r = ok(s, "openim/admin_getroammsg", json!({ "Operator_Account": operator, "Peer_Account": peer, "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
    r["MsgList"].as_array().unwrap().iter().map(|m| m["MsgKey"].as_str().unwrap().to_owned()).collect()
}

fn unread(s: &mut Simulator, to: &str, peer: &str) -> u64 {
    let r = ok(s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": to, "Peer_Account": [peer] }));
    r["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"].as_u64().unwrap()
}

/// The documented sample: a well-formed key of no message deletes nothing.
#[test]
fn the_sample_runs() {
    let mut s = sim_with(Options::default());
    import(&mut s, &["test1", "test2"]);
    let endpoint = tcim::find_endpoint(API).unwrap();
    let r = ok(&mut s, API, serde_json::from_str(endpoint.sample).unwrap());
    assert!(r.get("InvalidMsgKeyList").is_none(), "{r}");
}

#[test]
fn only_the_operators_side_loses_the_messages() {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob"]);
    let k1 = send(&mut s, "bob", "alice", 1);
    s.advance(1);
    let k2 = send(&mut s, "alice", "bob", 2);
    s.advance(1);
    let k3 = send(&mut s, "bob", "alice", 3);
    assert_eq!(unread(&mut s, "alice", "bob"), 2);
    let r = ok(&mut s, API, json!({ "Operator_Account": "alice", "Peer_Account": "bob", "MsgKeyList": [k1, k2, "not-a-key"] }));
    assert_eq!(r["InvalidMsgKeyList"], json!(["not-a-key"]));
    assert_eq!(roam(&mut s, "alice", "bob"), vec![k3.clone()], "alice no longer sees them");
    assert_eq!(roam(&mut s, "bob", "alice").len(), 3, "bob still does");
    assert_eq!(unread(&mut s, "alice", "bob"), 1, "a deleted unread message no longer counts");
    assert_eq!(s.inspect()["accounts"][0]["deletedC2c"]["bob"].as_array().unwrap().len(), 2);
    let mut copy = restored(&s);
    assert_eq!(roam(&mut copy, "alice", "bob"), vec![k3]);
    assert_eq!(unread(&mut copy, "alice", "bob"), 1);
}

#[test]
fn refusals_change_nothing() {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob"]);
    let k = send(&mut s, "bob", "alice", 1);
    err(&mut s, API, json!({ "Operator_Account": "ghost", "Peer_Account": "bob", "MsgKeyList": [k] }), 90008);
    err(&mut s, API, json!({ "Operator_Account": "alice", "Peer_Account": "ghost", "MsgKeyList": [k] }), 90003);
    let too_many: Vec<String> = (0..31).map(|i| format!("1_{i}_1")).collect();
    err(&mut s, API, json!({ "Operator_Account": "alice", "Peer_Account": "bob", "MsgKeyList": too_many }), 70402);
}
