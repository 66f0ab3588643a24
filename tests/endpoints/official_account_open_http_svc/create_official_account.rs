//! `official_account_open_http_svc/create_official_account`.

use super::{fired, OA};
use crate::common::{err, ok, sim_with, T0};
use serde_json::json;
use tcim::sim::Options;

const API: &str = "official_account_open_http_svc/create_official_account";

/// The documented sample creates `@TOA#_test_id` with its profile; the callbacks name it.
#[test]
fn the_sample_creates_the_account() {
    let mut s = crate::common::sim_with_callbacks(&["107867"]);
    let answer = super::sample(&mut s, "create_official_account");
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "OfficialAccountUserID": OA }));
    let list = fired(&mut s);
    let commands: Vec<&str> = list.iter().map(|f| f.command).collect();
    assert_eq!(commands, ["OfficialAccount.CallbackBeforeCreateOfficialAccount", "OfficialAccount.CallbackAfterCreateOfficialAccount"]);
    assert_eq!(list[1].body, json!({ "CallbackCommand": "OfficialAccount.CallbackAfterCreateOfficialAccount", "Operator_Account": "administrator", "Official_Account": OA, "Owner_Account": "107867", "Name": "test_official_account", "EventTime": T0 * 1000 }));
    let info = ok(&mut s, "official_account_open_http_svc/get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": OA }] }));
    assert_eq!(
        info["OfficialAccountInfoList"][0],
        json!({ "Official_Account": OA, "CreateTime": T0, "Name": "test_official_account", "Owner_Account": "107867", "LastMsgTime": 0, "SubscriberNum": 0, "Introduction": "This is test Introduction", "FaceUrl": "http://this.is.face.url", "Organization": "test_organization", "CustomString": "test_custom_string" })
    );
    let inspected = s.inspect();
    assert_eq!(inspected["officialAccounts"][0]["id"], OA);
    assert_eq!(inspected["officialAccounts"][0]["maxSubscribers"], 1000);
}

/// Without an ID one is made up (`@TOA#_@TOA#…`, each new); a custom ID of the wrong shape is
/// 130007, a taken one 130008, an owner not imported 6017.
#[test]
fn ids_made_up_checked_and_taken() {
    let mut s = super::sim();
    let a = ok(&mut s, API, json!({ "Owner_Account": "alice", "Name": "a" }))["OfficialAccountUserID"].as_str().unwrap().to_owned();
    let b = ok(&mut s, API, json!({ "Owner_Account": "alice", "Name": "b" }))["OfficialAccountUserID"].as_str().unwrap().to_owned();
    assert!(a.starts_with("@TOA#_@TOA#") && b.starts_with("@TOA#_@TOA#") && a != b, "{a} {b}");
    for bad in ["test_id", "@TOA#_@TOA#mine", "@TOA#_caf\u{e9}"] {
        err(&mut s, API, json!({ "Owner_Account": "alice", "Name": "x", "OfficialAccountUserID": bad }), 130007);
    }
    err(&mut s, API, json!({ "Owner_Account": "alice", "Name": "x", "OfficialAccountUserID": OA }), 130008);
    err(&mut s, API, json!({ "Owner_Account": "nobody", "Name": "x" }), 6017);
    // The rules: a name over 150 bytes, an ID over 48 are 6017; a malformed body 20001.
    err(&mut s, API, json!({ "Owner_Account": "alice", "Name": "x".repeat(151) }), 6017);
    err(&mut s, API, json!({ "Owner_Account": "alice", "Name": "x", "OfficialAccountUserID": format!("@TOA#_{}", "x".repeat(43)) }), 6017);
    let r = s.call(API, "{");
    assert_eq!(r["ErrorCode"], 20001, "{r}");
}

/// The ultimate and enterprise editions have official accounts; trial and pro are refused
/// with 10059 and nothing changes. Without an edition everything is on.
#[test]
fn the_plan_gates_official_accounts() {
    for (edition, allowed) in [("trial", false), ("pro", false), ("ultimate", true), ("enterprise", true)] {
        let mut s = sim_with(Options { edition: Some(edition.into()), rate_limit: false, ..Options::default() });
        crate::common::import(&mut s, &["107867"]);
        if allowed {
            ok(&mut s, API, json!({ "Owner_Account": "107867", "Name": "x" }));
        } else {
            let r = err(&mut s, API, json!({ "Owner_Account": "107867", "Name": "x" }), 10059);
            assert!(r["ErrorInfo"].as_str().unwrap().contains(edition), "{r}");
            err(&mut s, "official_account_open_http_svc/get_subscribed_official_account_list", json!({ "Subscriber_Account": "107867" }), 10059);
        }
    }
}
