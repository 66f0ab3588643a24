//! `official_account_open_http_svc/get_subscriber_info`.

use super::{subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/get_subscriber_info";

fn page(s: &mut tcim::sim::Simulator, next: &str, limit: u32) -> (Vec<String>, String) {
    let r = ok(s, API, json!({ "Official_Account": OA, "Limit": limit, "Next": next }));
    let ids = r["SubscriberList"].as_array().unwrap().iter().map(|x| x["Subscriber_Account"].as_str().unwrap().to_owned()).collect();
    (ids, r["Next"].as_str().unwrap().to_owned())
}

/// The sample lists the subscribers in the order they subscribed, with their times.
#[test]
fn the_sample_lists_subscribers() {
    let mut s = super::sim();
    subscribe(&mut s, &["bob"]);
    s.advance(3);
    subscribe(&mut s, &["alice"]);
    let answer = super::sample(&mut s, "get_subscriber_info");
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "Next": "", "SubscriberNum": 2, "SubscriberList": [
            { "Subscriber_Account": "bob", "SubscribeTime": T0, "CustomString": "", "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 0 },
            { "Subscriber_Account": "alice", "SubscribeTime": T0 + 3, "CustomString": "", "MsgFlag": "AcceptAndNotify", "LastSendMsgTime": 0 }] })
    );
}

/// Pages follow Next; one removed meanwhile does not shift the rest; a Next the service did
/// not answer is 6017.
#[test]
fn pages_follow_the_cursor() {
    let mut s = super::sim();
    subscribe(&mut s, &["107867", "107868", "alice", "bob"]);
    let (first, next) = page(&mut s, "", 2);
    assert_eq!(first, ["107867", "107868"]);
    ok(&mut s, "official_account_open_http_svc/delete_subscriber", json!({ "Official_Account": OA, "SubscriberToDel_Account": ["107867"] }));
    let (second, last) = page(&mut s, &next, 2);
    assert_eq!(second, ["alice", "bob"]);
    assert_eq!(last, "");
    err(&mut s, API, json!({ "Official_Account": OA, "Next": "x" }), 6017);
    err(&mut s, API, json!({ "Official_Account": "@TOA#_nobody", "Next": "" }), 130004);
}
