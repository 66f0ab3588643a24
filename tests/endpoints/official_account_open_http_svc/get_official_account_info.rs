//! `official_account_open_http_svc/get_official_account_info`.

use super::{send, subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The sample answers the profile with the counts that change: subscribers and the last
/// message's time.
#[test]
fn the_sample_answers_the_profile() {
    let mut s = super::sim();
    subscribe(&mut s, &["alice", "bob"]);
    s.advance(5);
    send(&mut s, "hi");
    let answer = super::sample(&mut s, "get_official_account_info");
    assert_eq!(
        answer,
        json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "OfficialAccountInfoList": [{ "Official_Account": OA, "CreateTime": T0, "Name": "test_official_account", "Owner_Account": "107867", "LastMsgTime": T0 + 5, "SubscriberNum": 2, "Introduction": "", "FaceUrl": "", "Organization": "", "CustomString": "" }] })
    );
}

/// An unknown account among those asked for is 130004.
#[test]
fn an_unknown_account_is_refused() {
    let mut s = super::sim();
    err(&mut s, "official_account_open_http_svc/get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": OA }, { "Official_Account": "@TOA#_nobody" }] }), 130004);
    let r = ok(&mut s, "official_account_open_http_svc/get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": OA }], "ResponseFilter": { "OfficialAccountBaseInfoFilter": ["SubscriberNum"] } }));
    assert_eq!(r["OfficialAccountInfoList"], json!([{ "Official_Account": OA, "SubscriberNum": 0 }]));
}
