//! `openim_msg_ext_http_svc/get_key_values`: a one-to-one message's extensions by Seq, 200 a page.

use super::set_key_values::{get, send, world};
use crate::common::*;
use serde_json::{json, Value};
use tcim::sim::Options;

const API: &str = "openim_msg_ext_http_svc/get_key_values";
const SET: &str = "openim_msg_ext_http_svc/set_key_values";

/// The sample's message does not exist in a new world (its sender is not an account).
#[test]
fn the_sample_names_no_message_of_a_new_world() {
    let mut s = sim_with(Options::default());
    let endpoint = tcim::find_endpoint(API).unwrap();
    err(&mut s, API, serde_json::from_str(endpoint.sample).unwrap(), 90008);
}

/// A new message with extensions enabled has none; StartSeq pulls keys with Seq ≥ it; more than
/// 200 come in pages (CompleteFlag 0, then StartSeq from the last Seq).
#[test]
fn start_seq_and_pages() {
    let mut s = world();
    let key = send(&mut s, "62768", "116400", 9, true);
    assert_eq!(get(&mut s, &key), json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "CompleteFlag": 1, "LatestSeq": 0, "ClearSeq": 0, "ExtensionList": [] }));
    for batch in 0..11 {
        let list: Vec<Value> = (0..20).map(|i| json!({ "Key": format!("k{batch:02}_{i:02}"), "Value": "v" })).collect();
        ok(&mut s, SET, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "OperateType": 1, "ExtensionList": list }));
    }
    let first = get(&mut s, &key);
    assert_eq!(first["CompleteFlag"], 0);
    assert_eq!(first["LatestSeq"], 11);
    let list = first["ExtensionList"].as_array().unwrap();
    assert_eq!(list.len(), 200);
    assert_eq!(list[199]["Seq"], 10);
    let rest = ok(&mut s, API, json!({ "From_Account": "62768", "To_Account": "116400", "MsgKey": key, "StartSeq": 11 }));
    assert_eq!(rest["CompleteFlag"], 1);
    assert_eq!(rest["ExtensionList"].as_array().unwrap().len(), 20);
    assert!(rest["ExtensionList"].as_array().unwrap().iter().all(|kv| kv["Seq"] == 11));
}
