//! `official_account_open_http_svc/add_subscriber`.

use super::{fired, subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The sample subscribes both accounts (Result 1); the callbacks list them.
#[test]
fn the_sample_subscribes() {
    let mut s = super::sim();
    let answer = super::sample(&mut s, "add_subscriber");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "SubscriberList": [{ "Subscriber_Account": "107867", "Result": 1 }, { "Subscriber_Account": "107868", "Result": 1 }] }));
    let list = fired(&mut s);
    assert_eq!(list[0].command, "OfficialAccount.CallbackBeforeAddSubscriber");
    assert_eq!(
        list[1].body,
        json!({ "CallbackCommand": "OfficialAccount.CallbackAfterAddSubscriber", "Official_Account": OA, "Operator_Account": "administrator", "SubscribeAccountList": [{ "Subscriber_Account": "107867" }, { "Subscriber_Account": "107868" }], "EventTime": T0 * 1000 })
    );
}

/// Already subscribed is 2, not imported 0, past MaxSubscriberNum 0; reaching it fires
/// CallbackAfterOfficialAccountFull once; an unknown account is 130004.
#[test]
fn each_subscriber_has_its_result() {
    let mut s = super::sim();
    ok(&mut s, "official_account_open_http_svc/modify_official_account_base_info", json!({ "Official_Account": OA, "MaxSubscriberNum": 2 }));
    subscribe(&mut s, &["alice"]);
    s.take_callbacks();
    let r = subscribe(&mut s, &["alice", "nobody", "bob", "107868"]);
    let results: Vec<u64> = r["SubscriberList"].as_array().unwrap().iter().map(|x| x["Result"].as_u64().unwrap()).collect();
    assert_eq!(results, [2, 0, 1, 0]);
    let commands: Vec<&str> = fired(&mut s).iter().map(|f| f.command).collect();
    assert_eq!(commands, ["OfficialAccount.CallbackBeforeAddSubscriber", "OfficialAccount.CallbackAfterAddSubscriber", "OfficialAccount.CallbackAfterOfficialAccountFull"]);
    err(&mut s, "official_account_open_http_svc/add_subscriber", json!({ "Official_Account": "@TOA#_nobody", "SubscriberList": [{ "Subscriber_Account": "alice" }] }), 130004);
}
