//! `openim_msg_ext_http_svc/group_get_key_values`: a group message's extensions by Seq.

use super::group_set_key_values::{get, send, world};
use crate::common::*;
use serde_json::json;
use tcim::sim::Options;

const API: &str = "openim_msg_ext_http_svc/group_get_key_values";
const SET: &str = "openim_msg_ext_http_svc/group_set_key_values";

/// The sample's group does not exist in a new world.
#[test]
fn the_sample_names_no_group_of_a_new_world() {
    let mut s = sim_with(Options::default());
    err(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap(), 10010);
}

/// The page's answer shape: keys by Seq; StartSeq keeps those with Seq ≥ it.
#[test]
fn keys_by_seq_from_start_seq() {
    let mut s = world("Private");
    let seq = send(&mut s, "g", true);
    assert_eq!(get(&mut s, seq), json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "CompleteFlag": 1, "LatestSeq": 0, "ClearSeq": 0, "ExtensionList": [] }));
    ok(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": [{ "Key": "key3", "Value": "3" }] }));
    ok(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": seq, "OperateType": 1, "ExtensionList": [{ "Key": "key1", "Value": "1" }, { "Key": "key2", "Value": "2" }] }));
    let all = get(&mut s, seq);
    assert_eq!(all["ExtensionList"], json!([{ "Key": "key3", "Value": "3", "Seq": 1 }, { "Key": "key1", "Value": "1", "Seq": 2 }, { "Key": "key2", "Value": "2", "Seq": 2 }]));
    let from2 = ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": seq, "StartSeq": 2 }));
    assert_eq!(from2["ExtensionList"].as_array().unwrap().len(), 2);
    assert_eq!((from2["LatestSeq"].clone(), from2["CompleteFlag"].clone()), (json!(2), json!(1)));
}

/// The plan gate: the trial edition has no message extensions (10059 on groups).
#[test]
fn trial_edition_has_none() {
    let mut s = sim_with(Options { edition: Some("trial".into()), ..Options::default() });
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G" }));
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": 1, "SupportMessageExtension": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }));
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }), 10059);
    err(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 3 }), 10059);
    err(&mut s, "openim_msg_ext_http_svc/get_key_values", json!({ "To_Account": "alice", "MsgKey": "1_1_1" }), 70402);
}
