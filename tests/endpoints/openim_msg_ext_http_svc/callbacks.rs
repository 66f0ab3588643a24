//! C2C.CallbackAfterC2CMsgExtension and Group.CallbackAfterGroupMsgExtension (CN 269/126475,
//! 126476; trtc.io 76006, 76007): after a successful set, delete or clear of a message's
//! extensions, the keys written with their Seq (deleted: empty Value; cleared: none) and the
//! message's latest Seq; a refused write fires nothing. And the console switch
//! (`messageExtensions`): off, the four commands are refused.

use super::set_key_values::send;
use crate::common::*;
use serde_json::json;
use tcim::sim::{Options, Simulator};

fn extension_callbacks(s: &mut Simulator) -> Vec<serde_json::Value> {
    fired(s).into_iter().filter(|f| f.command.ends_with("MsgExtension")).map(|f| f.body).collect()
}

#[test]
fn a_one_to_one_write_fires_the_c2c_callback() {
    let mut s = sim_with_callbacks(&["u1", "u2"]);
    let key = send(&mut s, "u1", "u2", 7, true);
    fired(&mut s);
    let set = |s: &mut Simulator, operate_type: u8, list: serde_json::Value| ok(s, "openim_msg_ext_http_svc/set_key_values", json!({ "From_Account": "u1", "To_Account": "u2", "MsgKey": key, "OperateType": operate_type, "ExtensionList": list }));
    set(&mut s, 1, json!([{ "Key": "k1", "Value": "v1" }, { "Key": "k2", "Value": "v2" }]));
    let got = extension_callbacks(&mut s);
    assert_eq!(got, vec![json!({ "CallbackCommand": "C2C.CallbackAfterC2CMsgExtension", "From_Account": "u1", "To_Account": "u2", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": "k1", "Value": "v1", "Seq": 1 }, { "Key": "k2", "Value": "v2", "Seq": 1 }], "Seq": 1, "EventTime": T0 * 1000 })]);
    set(&mut s, 2, json!([{ "Key": "k1", "Value": "" }]));
    let got = extension_callbacks(&mut s);
    assert_eq!(got[0]["ExtensionList"], json!([{ "Key": "k1", "Value": "", "Seq": 2 }]));
    assert_eq!(got[0]["Seq"], 2);
    s.call("openim_msg_ext_http_svc/set_key_values", &json!({ "From_Account": "u1", "To_Account": "u2", "MsgKey": key, "OperateType": 3 }).to_string());
    let got = extension_callbacks(&mut s);
    assert_eq!((got[0]["OperateType"].clone(), got[0]["ExtensionList"].clone(), got[0]["Seq"].clone()), (json!(3), json!([]), json!(3)));
    // A refused write (a message without extensions) fires nothing.
    let plain = send(&mut s, "u1", "u2", 8, false);
    fired(&mut s);
    err(&mut s, "openim_msg_ext_http_svc/set_key_values", json!({ "From_Account": "u1", "To_Account": "u2", "MsgKey": plain, "OperateType": 1, "ExtensionList": [{ "Key": "k", "Value": "v" }] }), 70402);
    assert!(extension_callbacks(&mut s).is_empty());
}

#[test]
fn a_group_write_fires_the_group_callback() {
    let mut s = sim_with_callbacks(&["u1"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "u1", "Type": "Public", "GroupId": "g", "Name": "G" }));
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "u1", "Random": 1, "SupportMessageExtension": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "poll" } }] }));
    fired(&mut s);
    ok(&mut s, "openim_msg_ext_http_svc/group_set_key_values", json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 1, "ExtensionList": [{ "Key": "a", "Value": "1" }] }));
    let got = extension_callbacks(&mut s);
    assert_eq!(got, vec![json!({ "CallbackCommand": "Group.CallbackAfterGroupMsgExtension", "GroupId": "g", "MsgSeq": 1, "OperateType": 1, "ExtensionList": [{ "Key": "a", "Value": "1", "Seq": 1 }], "Seq": 1, "EventTime": T0 * 1000 })]);
    err(&mut s, "openim_msg_ext_http_svc/group_set_key_values", json!({ "GroupId": "g", "MsgSeq": 9, "OperateType": 1, "ExtensionList": [{ "Key": "a", "Value": "1" }] }), 10004);
    assert!(extension_callbacks(&mut s).is_empty());
}

#[test]
fn the_console_switch_off_refuses_the_four_commands() {
    let mut s = sim_with(Options { message_extensions: false, ..Options::default() });
    import(&mut s, &["u1", "u2"]);
    let key = send(&mut s, "u1", "u2", 7, true);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "u1", "Type": "Public", "GroupId": "g", "Name": "G" }));
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "u1", "Random": 1, "SupportMessageExtension": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "poll" } }] }));
    let r = err(&mut s, "openim_msg_ext_http_svc/set_key_values", json!({ "From_Account": "u1", "To_Account": "u2", "MsgKey": key, "OperateType": 1, "ExtensionList": [{ "Key": "k", "Value": "v" }] }), 70402);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("messageExtensions"));
    err(&mut s, "openim_msg_ext_http_svc/get_key_values", json!({ "From_Account": "u1", "To_Account": "u2", "MsgKey": key }), 70402);
    err(&mut s, "openim_msg_ext_http_svc/group_set_key_values", json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 1, "ExtensionList": [{ "Key": "a", "Value": "1" }] }), 10059);
    err(&mut s, "openim_msg_ext_http_svc/group_get_key_values", json!({ "GroupId": "g", "MsgSeq": 1 }), 10059);
}
