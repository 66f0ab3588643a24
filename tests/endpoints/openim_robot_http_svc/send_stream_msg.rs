//! `openim_robot_http_svc/send_stream_msg`.

use super::sim;
use crate::common::{call, err, ok, T0};
use serde_json::{json, Value};

/// The stored message's `TIMCustomElem` Data, read back from the receiver's history.
fn history(s: &mut tcim::sim::Simulator, robot: &str, to: &str) -> Vec<Value> {
    let r = ok(s, "openim/admin_getroammsg", json!({ "Operator_Account": to, "Peer_Account": robot, "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
    r["MsgList"].as_array().unwrap().clone()
}

fn data(msg: &Value) -> Value {
    assert_eq!(msg["MsgBody"][0]["MsgType"], "TIMCustomElem", "{msg}");
    serde_json::from_str(msg["MsgBody"][0]["MsgContent"]["Data"].as_str().unwrap()).unwrap()
}

/// The documented sample, then its follow-up: one message that grows by chunks until it
/// finishes; later chunks are refused.
#[test]
fn the_sample_streams_one_message_until_it_finishes() {
    let mut s = sim();
    crate::common::import(&mut s, &["user01"]);
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#my_bot" }));
    let endpoint = tcim::find_endpoint("openim_robot_http_svc/send_stream_msg").unwrap();
    let first = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(first["ErrorCode"], 0, "{first}");
    let key = first["MsgKey"].as_str().unwrap().to_owned();
    assert!(key.ends_with(&format!("_{T0}")), "MsgKey is MsgSeq_MsgRandom_MsgTime: {key}");
    let msgs = history(&mut s, "@RBT#my_bot", "user01");
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["MsgKey"], key.as_str());
    assert_eq!(data(&msgs[0]), json!({ "chatbotPlugin": 2, "src": 2, "chunks": ["hello, "], "isFinished": 0 }));
    let unread = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "user01" }));
    assert_eq!(unread["AllC2CUnreadMsgNum"], 1, "{unread}");

    s.advance(5);
    let more = json!({ "From_Account": "@RBT#my_bot", "To_Account": "user01", "Chunk": "world", "MsgKey": key, "Finish": 1 });
    assert_eq!(ok(&mut s, "openim_robot_http_svc/send_stream_msg", more.clone())["MsgKey"], key.as_str());
    let msgs = history(&mut s, "@RBT#my_bot", "user01");
    assert_eq!(msgs.len(), 1, "still one message");
    assert_eq!(msgs[0]["MsgTimeStamp"], T0, "its time is the first chunk's");
    assert_eq!(data(&msgs[0]), json!({ "chatbotPlugin": 2, "src": 2, "chunks": ["hello, ", "world"], "isFinished": 1 }));
    let unread = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "user01" }));
    assert_eq!(unread["AllC2CUnreadMsgNum"], 1, "the stream counts once: {unread}");
    let inspected = s.inspect();
    assert_eq!(inspected["streams"], json!([{ "chunks": ["hello, ", "world"], "finished": true, "from": "@RBT#my_bot", "msgKey": key, "to": "user01" }]));

    // Finished: further chunks are refused and change nothing.
    let r = err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#my_bot", "To_Account": "user01", "Chunk": "!", "MsgKey": key }), 10004);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("finished"), "{r}");
}

/// Several chunks with no Finish stay open; a new stream (no MsgKey) is a second message;
/// a stream survives a snapshot.
#[test]
fn chunks_grow_one_message_and_survive_a_snapshot() {
    let mut s = sim();
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#b" }));
    let key = ok(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#b", "To_Account": "alice", "Chunk": "a" }))["MsgKey"].as_str().unwrap().to_owned();
    for c in ["b", "c"] {
        ok(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#b", "To_Account": "alice", "Chunk": c, "MsgKey": key }));
    }
    let mut restored = tcim::sim::Simulator::restore(&s.snapshot(), || 0, None).unwrap();
    ok(&mut restored, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#b", "To_Account": "alice", "Chunk": "d", "MsgKey": key, "Finish": 1 }));
    let msgs = history(&mut restored, "@RBT#b", "alice");
    assert_eq!(data(&msgs[0])["chunks"], json!(["a", "b", "c", "d"]));
    let other = ok(&mut restored, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#b", "To_Account": "alice", "Chunk": "new", "Finish": 1 }));
    assert_ne!(other["MsgKey"], key.as_str());
    assert_eq!(history(&mut restored, "@RBT#b", "alice").len(), 2);
}

/// Refusals, each changing nothing: a sender that is not a robot (or a deleted one), a
/// receiver that does not exist (10004); an unknown MsgKey, or another pair's (90054); a
/// missing Chunk or a Finish that is not 0/1 (10004).
#[test]
fn refusals() {
    let mut s = sim();
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#r" }));
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "alice", "To_Account": "bob", "Chunk": "x" }), 10004);
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "nobody", "Chunk": "x" }), 10004);
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "bob", "Chunk": "x", "MsgKey": "1_2_3" }), 90054);
    let key = ok(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "alice", "Chunk": "x" }))["MsgKey"].clone();
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "bob", "Chunk": "x", "MsgKey": key }), 90054);
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "alice", "MsgKey": key }), 10004);
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "alice", "Chunk": "y", "MsgKey": key, "Finish": 2 }), 10004);
    let r = call(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#r", "To_Account": "alice", "Chunk": "y", "MsgKey": key, "Finish": 0 }));
    assert_eq!(r["ErrorCode"], 0, "Finish 0 goes on: {r}");
}
