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
