//! Official accounts: profiles, subscribers, the account's own message stream, the plan gate
//! and the OfficialAccount.* callbacks.

mod add_subscriber;
mod create_official_account;
mod delete_subscriber;
mod destroy_official_account;
mod get_official_account_info;
mod get_subscribed_official_account_list;
mod get_subscriber_info;
mod modify_official_account_base_info;
mod modify_subscriber_info;
mod official_account_msg_get_simple;
mod official_account_msg_recall;
mod send_official_account_msg;

use crate::common::ok;
use serde_json::{json, Value};
use tcim::sim::Simulator;

/// The samples' official account.
pub const OA: &str = "@TOA#_test_id";

/// The samples' accounts (107867 owns `OA`), alice and bob, every callback on, and `OA`
/// created (its callbacks taken).
pub fn sim() -> Simulator {
    let mut s = crate::common::sim_with_callbacks(&["107867", "107868", "alice", "bob"]);
    ok(&mut s, "official_account_open_http_svc/create_official_account", json!({ "OfficialAccountUserID": OA, "Owner_Account": "107867", "Name": "test_official_account" }));
    s.take_callbacks();
    s
}

pub use crate::common::fired;

/// Subscribes `users` to `OA`.
pub fn subscribe(s: &mut Simulator, users: &[&str]) -> Value {
    let list: Vec<Value> = users.iter().map(|u| json!({ "Subscriber_Account": u })).collect();
    ok(s, "official_account_open_http_svc/add_subscriber", json!({ "Official_Account": OA, "SubscriberList": list }))
}

/// Sends a text as `OA`; its MsgKey.
pub fn send(s: &mut Simulator, text: &str) -> String {
    let r = ok(s, "official_account_open_http_svc/send_official_account_msg", json!({ "Official_Account": OA, "Random": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": text } }] }));
    r["MsgKey"].as_str().unwrap().to_owned()
}

/// The documented sample of `command` on `sim()`.
pub fn sample(s: &mut Simulator, command: &str) -> Value {
    let endpoint = tcim::find_endpoint(&format!("official_account_open_http_svc/{command}")).unwrap();
    s.call(&endpoint.api(), endpoint.sample)
}

/// The app's reply to a Before-callback decides: a refusal of a creation or of subscribers
/// answers the app's code and changes nothing; a message the app drops answers success and is
/// not stored; a rewritten message is stored as rewritten.
#[test]
fn before_callbacks_decide() {
    use tcim::sim::callbacks::Verdict;
    use tcim::sim::Step;
    let mut s = sim();
    let step = |s: &mut Simulator, api: &str, body: Value, reply: Value| -> Value {
        let api = format!("official_account_open_http_svc/{api}");
        let Step::Before(asked) = s.call_step(&api, &body.to_string(), None) else { panic!("{api}: no Before-callback asked") };
        assert!(asked.command.starts_with("OfficialAccount.CallbackBefore"), "{}", asked.command);
        let verdict = Verdict::from_json(&json!({ "reply": reply }).to_string()).unwrap();
        let Step::Answer(text) = s.call_step(&api, &body.to_string(), Some(verdict)) else { panic!("{api}: asked twice") };
        serde_json::from_str(&text).unwrap()
    };
    let before = crate::common::state(&s);
    let r = step(&mut s, "create_official_account", json!({ "Owner_Account": "alice", "Name": "x" }), json!({ "ErrorCode": 10101, "ErrorInfo": "no" }));
    assert_eq!((r["ErrorCode"].clone(), r["ErrorInfo"].clone()), (json!(10101), json!("no")), "{r}");
    let r = step(&mut s, "add_subscriber", json!({ "Official_Account": OA, "SubscriberList": [{ "Subscriber_Account": "alice" }] }), json!({ "ErrorCode": 1 }));
    assert_eq!(r["ErrorCode"], 10016, "{r}");
    let text = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    let r = step(&mut s, "send_official_account_msg", json!({ "Official_Account": OA, "Random": 1, "MsgBody": text }), json!({ "ErrorCode": 2 }));
    assert_eq!(r["ErrorCode"], 0, "{r}");
    s.take_callbacks();
    assert_eq!(crate::common::state(&s), before, "refused and dropped: nothing changed");
    let rewritten = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "y" } }]);
    step(&mut s, "send_official_account_msg", json!({ "Official_Account": OA, "Random": 1, "MsgBody": text }), json!({ "ErrorCode": 0, "MsgBody": rewritten }));
    assert_eq!(s.inspect()["officialAccounts"][0]["messages"][0]["body"], rewritten);
}
