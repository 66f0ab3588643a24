//! `official_account_open_http_svc/get_subscribed_official_account_list`.

use super::{subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/get_subscribed_official_account_list";

/// The sample lists 107867's subscription with its profile and SelfInfo.
#[test]
fn the_sample_lists_subscriptions() {
    let mut s = super::sim();
    subscribe(&mut s, &["107867"]);
    let answer = super::sample(&mut s, "get_subscribed_official_account_list");
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "OfficialAccountInfoList": [{ "Official_Account": OA, "CreateTime": T0, "Name": "test_official_account", "Owner_Account": "107867", "LastMsgTime": 0, "SubscriberNum": 1, "Introduction": "", "FaceUrl": "", "Organization": "", "CustomString": "", "SelfInfo": { "SubscribeTime": T0, "CustomString": "" } }], "TotalCount": 1, "CompleteFlag": 1, "Next": 1 })
    );
}

/// Offset and Limit page the subscriptions in the order subscribed; the filters name the
/// fields; an account not imported is 6017.
#[test]
fn pages_and_filters() {
    let mut s = super::sim();
    let b = ok(&mut s, "official_account_open_http_svc/create_official_account", json!({ "Owner_Account": "bob", "Name": "b" }))["OfficialAccountUserID"].as_str().unwrap().to_owned();
    ok(&mut s, "official_account_open_http_svc/add_subscriber", json!({ "Official_Account": b, "SubscriberList": [{ "Subscriber_Account": "alice" }] }));
    subscribe(&mut s, &["alice"]);
    let filter = json!({ "OfficialAccountBaseInfoFilter": ["Name"], "SelfInfoFilter": ["SubscribeTime"] });
    let r = ok(&mut s, API, json!({ "Subscriber_Account": "alice", "Limit": 1, "ResponseFilter": filter }));
    assert_eq!(r["OfficialAccountInfoList"], json!([{ "Official_Account": b, "Name": "b", "SelfInfo": { "SubscribeTime": T0 } }]));
    assert_eq!((r["TotalCount"].clone(), r["CompleteFlag"].clone(), r["Next"].clone()), (json!(2), json!(0), json!(1)));
    let r = ok(&mut s, API, json!({ "Subscriber_Account": "alice", "Offset": 1, "ResponseFilter": filter }));
    assert_eq!(r["OfficialAccountInfoList"][0]["Official_Account"], OA);
    assert_eq!(r["CompleteFlag"], 1);
    err(&mut s, API, json!({ "Subscriber_Account": "nobody" }), 6017);
}
