//! `official_account_open_http_svc/official_account_msg_recall`.

use super::{fired, send, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/official_account_msg_recall";

/// The sample recalls message 1: 0 for it, the callback names it; the history then leaves it
/// out unless asked for (IsPlaceMsg 2).
#[test]
fn the_sample_recalls_the_message() {
    let mut s = super::sim();
    send(&mut s, "a");
    s.take_callbacks();
    let answer = super::sample(&mut s, "official_account_msg_recall");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "RecallRetList": [{ "MsgKey": format!("1_1_{T0}"), "RetCode": 0 }] }));
    let list = fired(&mut s);
    assert_eq!(list[0].body, json!({ "CallbackCommand": "OfficialAccount.CallbackAfterMsgWithDraw", "Official_Account": OA, "WithdrawMsgList": [{ "MsgKey": format!("1_1_{T0}") }], "EventTime": T0 * 1000 }));
    let h = ok(&mut s, "official_account_open_http_svc/official_account_msg_get_simple", json!({ "Official_Account": OA }));
    assert_eq!(h["RspMsgList"], json!([]));
    let h = ok(&mut s, "official_account_open_http_svc/official_account_msg_get_simple", json!({ "Official_Account": OA, "WithRecalledMsg": 1 }));
    assert_eq!(h["RspMsgList"][0]["IsPlaceMsg"], 2);
    assert_eq!(h["RspMsgList"][0]["MsgBody"], json!([]));
}

/// Each key has its result: a key naming no message is 10030; one recalled before is 0 again
/// with no second callback; an unknown account is 10010.
#[test]
fn each_key_has_its_result() {
    let mut s = super::sim();
    let k = send(&mut s, "a");
    ok(&mut s, API, json!({ "Official_Account": OA, "MsgKeyList": [k] }));
    s.take_callbacks();
    let r = ok(&mut s, API, json!({ "Official_Account": OA, "MsgKeyList": [k, "2_1_1", "garbage"] }));
    let codes: Vec<u64> = r["RecallRetList"].as_array().unwrap().iter().map(|x| x["RetCode"].as_u64().unwrap()).collect();
    assert_eq!(codes, [0, 10030, 10030]);
    assert!(fired(&mut s).is_empty());
    err(&mut s, API, json!({ "Official_Account": "@TOA#_nobody", "MsgKeyList": [k] }), 10010);
}
