//! `official_account_open_http_svc/modify_official_account_base_info`.

use super::{fired, subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/modify_official_account_base_info";

/// The sample changes the profile it names; the callback carries the new values.
#[test]
fn the_sample_changes_the_profile() {
    let mut s = super::sim();
    let answer = super::sample(&mut s, "modify_official_account_base_info");
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    let info = ok(&mut s, "official_account_open_http_svc/get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": OA }], "ResponseFilter": { "OfficialAccountBaseInfoFilter": ["Name", "Organization", "CustomString"] } }));
    assert_eq!(info["OfficialAccountInfoList"][0], json!({ "Official_Account": OA, "Name": "test_modify_official_account", "Organization": "modify_organization", "CustomString": "modify_custom_string" }));
    let list = fired(&mut s);
    assert_eq!(
        list[0].body,
        json!({ "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountInfoChanged", "Official_Account": OA, "Operator_Account": "administrator", "Introduction": "This is modify test Introduction", "Name": "test_modify_official_account", "FaceUrl": "http://this.is.face.url", "Organization": "modify_organization", "EventTime": T0 * 1000 })
    );
}

/// An unknown account is 130004; MaxSubscriberNum below the subscribers it has is 6017; the
/// doocs SDK's `OfficialAccount` key reads as `Official_Account`.
#[test]
fn refusals_and_the_sdk_alias() {
    let mut s = super::sim();
    err(&mut s, API, json!({ "Official_Account": "@TOA#_nobody", "Name": "x" }), 130004);
    subscribe(&mut s, &["alice", "bob"]);
    err(&mut s, API, json!({ "Official_Account": OA, "MaxSubscriberNum": 1 }), 6017);
    ok(&mut s, API, json!({ "Official_Account": OA, "MaxSubscriberNum": 2 }));
    ok(&mut s, API, json!({ "OfficialAccount": OA, "Name": "via doocs" }));
    let info = ok(&mut s, "official_account_open_http_svc/get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": OA }] }));
    assert_eq!(info["OfficialAccountInfoList"][0]["Name"], "via doocs");
    assert_eq!(s.inspect()["officialAccounts"][0]["maxSubscribers"], 2);
}
