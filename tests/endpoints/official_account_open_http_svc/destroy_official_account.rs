//! `official_account_open_http_svc/destroy_official_account`.

use super::{fired, subscribe, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

/// The sample destroys the account with its subscriptions; the callback names it; the ID is
/// then unknown (130004) and free again.
#[test]
fn the_sample_destroys_the_account() {
    let mut s = super::sim();
    subscribe(&mut s, &["alice"]);
    s.take_callbacks();
    let answer = super::sample(&mut s, "destroy_official_account");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0 }));
    let list = fired(&mut s);
    assert_eq!(list[0].body, json!({ "CallbackCommand": "OfficialAccount.CallbackAfterOfficialAccountDestroyed", "Official_Account": OA, "Owner_Account": "107867", "Name": "test_official_account", "EventTime": T0 * 1000 }));
    let r = ok(&mut s, "official_account_open_http_svc/get_subscribed_official_account_list", json!({ "Subscriber_Account": "alice" }));
    assert_eq!(r["TotalCount"], 0);
    err(&mut s, "official_account_open_http_svc/destroy_official_account", json!({ "Official_Account": OA }), 130004);
    assert!(s.inspect().get("officialAccounts").is_none());
    ok(&mut s, "official_account_open_http_svc/create_official_account", json!({ "OfficialAccountUserID": OA, "Owner_Account": "alice", "Name": "again" }));
}
