//! `official_account_open_http_svc/modify_subscriber_info`.

use super::{subscribe, OA};
use crate::common::{err, ok};
use serde_json::json;

/// The sample sets 107867's CustomString, which both lists show; one not subscribed is 6017,
/// an unknown account 130004.
#[test]
fn the_sample_sets_the_custom_string() {
    let mut s = super::sim();
    subscribe(&mut s, &["107867"]);
    let answer = super::sample(&mut s, "modify_subscriber_info");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0 }));
    let r = ok(&mut s, "official_account_open_http_svc/get_subscriber_info", json!({ "Official_Account": OA, "Next": "" }));
    assert_eq!(r["SubscriberList"][0]["CustomString"], "test_modify_subscriber_custom_string");
    let r = ok(&mut s, "official_account_open_http_svc/get_subscribed_official_account_list", json!({ "Subscriber_Account": "107867" }));
    assert_eq!(r["OfficialAccountInfoList"][0]["SelfInfo"]["CustomString"], "test_modify_subscriber_custom_string");
    err(&mut s, "official_account_open_http_svc/modify_subscriber_info", json!({ "Official_Account": OA, "Subscriber_Account": "alice", "CustomString": "x" }), 6017);
    err(&mut s, "official_account_open_http_svc/modify_subscriber_info", json!({ "Official_Account": "@TOA#_nobody", "Subscriber_Account": "107867", "CustomString": "x" }), 130004);
}
