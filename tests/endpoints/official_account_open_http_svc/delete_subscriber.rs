//! `official_account_open_http_svc/delete_subscriber`.

use super::{fired, subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The sample removes 107867 (1); one not subscribed is 2 and not in the callback.
#[test]
fn the_sample_unsubscribes() {
    let mut s = super::sim();
    subscribe(&mut s, &["107867"]);
    s.take_callbacks();
    let answer = super::sample(&mut s, "delete_subscriber");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "SubscriberList": [{ "Subscriber_Account": "107867", "Result": 1 }] }));
    assert_eq!(fired(&mut s)[0].body, json!({ "CallbackCommand": "OfficialAccount.CallbackAfterDeleteSubscriber", "Official_Account": OA, "Operator_Account": "administrator", "SubscribeAccountList": [{ "Subscriber_Account": "107867" }], "EventTime": T0 * 1000 }));
    let r = ok(&mut s, "official_account_open_http_svc/delete_subscriber", json!({ "Official_Account": OA, "SubscriberToDel_Account": ["107867", "nobody"] }));
    assert_eq!(r["SubscriberList"], json!([{ "Subscriber_Account": "107867", "Result": 2 }, { "Subscriber_Account": "nobody", "Result": 2 }]));
    assert!(fired(&mut s).is_empty());
    err(&mut s, "official_account_open_http_svc/delete_subscriber", json!({ "Official_Account": "@TOA#_nobody", "SubscriberToDel_Account": ["alice"] }), 130004);
}

/// A deleted user's subscriptions go with it.
#[test]
fn a_deleted_user_unsubscribes() {
    let mut s = super::sim();
    subscribe(&mut s, &["alice", "bob"]);
    ok(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "alice" }] }));
    let r = ok(&mut s, "official_account_open_http_svc/get_subscriber_info", json!({ "Official_Account": OA, "Next": "" }));
    assert_eq!(r["SubscriberNum"], 1);
}
