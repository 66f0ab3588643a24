//! `official_account_open_http_svc/send_official_account_msg`.

use super::{fired, send, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/send_official_account_msg";

/// The sample stores the message as MsgSeq 1 (MsgKey `1_1_MsgTime`); the callbacks carry it.
#[test]
fn the_sample_sends_the_first_message() {
    let mut s = super::sim();
    let answer = super::sample(&mut s, "send_official_account_msg");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "MsgTime": T0, "MsgKey": format!("1_1_{T0}") }));
    let list = fired(&mut s);
    let commands: Vec<&str> = list.iter().map(|f| f.command).collect();
    assert_eq!(commands, ["OfficialAccount.CallbackBeforeSendMsg", "OfficialAccount.CallbackAfterSendMsg"]);
    assert_eq!(list[1].body["MsgKey"], format!("1_1_{T0}"));
    assert_eq!(list[1].body["CloudCustomData"], "your cloud custom data");
    let inspected = s.inspect();
    assert_eq!(inspected["officialAccounts"][0]["messages"][0]["msgSeq"], 1);
    assert_eq!(inspected["officialAccounts"][0]["lastMsgTime"], T0);
}

/// Seqs count up per account; the same content within 5 minutes is a duplicate (the first
/// answer, nothing stored); online-only messages are not stored; an unknown account is 10010.
#[test]
fn seqs_duplicates_and_online_only() {
    let mut s = super::sim();
    assert_eq!(send(&mut s, "a"), format!("1_1_{T0}"));
    s.advance(1);
    assert_eq!(send(&mut s, "b"), format!("2_1_{}", T0 + 1));
    s.advance(1);
    assert_eq!(send(&mut s, "a"), format!("1_1_{T0}"), "a duplicate answers the first");
    s.advance(300);
    assert_eq!(send(&mut s, "a"), format!("3_1_{}", T0 + 302));
    let r = ok(&mut s, API, json!({ "Official_Account": OA, "Random": 2, "OnlineOnlyFlag": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "live" } }] }));
    assert_eq!(r["MsgKey"], "");
    assert_eq!(s.inspect()["officialAccounts"][0]["messages"].as_array().unwrap().len(), 3);
    err(&mut s, API, json!({ "Official_Account": "@TOA#_nobody", "Random": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }), 10010);
    err(&mut s, API, json!({ "Official_Account": OA, "Random": 1, "MsgBody": [] }), 6017);
}
