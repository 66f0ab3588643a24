//! `timpush/batch`: reaches the listed accounts that exist, no daily count.

use super::{history, receivers, sample, tagged};
use crate::all_member_push::{ok, refused, world_with};
use serde_json::json;
use tcim::sim::Options;

/// The sample reaches user1 and user2 (a notification: no MsgBody, nothing stored); its TaskId
/// is `batch_…` as on the page.
#[test]
fn the_sample_reaches_the_listed_accounts() {
    let mut sim = tagged();
    let id = sample(&mut sim, "timpush/batch")["TaskId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("batch_"), "{id}");
    assert_eq!(receivers(&sim), ["user1", "user2"]);
    assert!(history(&mut sim, "user1", "administrator").is_empty());
}

/// With a MsgBody the message is stored for each listed account that exists (once, not the
/// sender); many in one second (no 90024); the same MsgRandom in the same second is the same task.
#[test]
fn listed_accounts_and_the_same_second() {
    let mut sim = tagged();
    let body = json!({ "From_Account": "a", "To_Account": ["b", "ghost", "b", "a", "c"], "MsgRandom": 7, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hey" } }], "OfflinePushInfo": { "PushFlag": 0 } });
    let id = ok(&mut sim, "timpush/batch", body.clone())["TaskId"].clone();
    assert_eq!(receivers(&sim), ["b", "c"]);
    assert_eq!(history(&mut sim, "b", "a"), [("hey".to_owned(), false)]);
    assert_eq!(ok(&mut sim, "timpush/batch", body.clone())["TaskId"], id);
    let mut other = body.clone();
    other["MsgRandom"] = json!(8);
    assert_ne!(ok(&mut sim, "timpush/batch", other)["TaskId"], id);
    sim.advance(1);
    assert_ne!(ok(&mut sim, "timpush/batch", body)["TaskId"], id, "a second later it is a new push");
}

/// More than 500 receivers is 90018, an unknown sender 90008, the plugin off 90045.
#[test]
fn refusals() {
    let mut sim = tagged();
    let many: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    refused(&mut sim, "timpush/batch", json!({ "From_Account": "a", "To_Account": many, "MsgRandom": 1, "OfflinePushInfo": {} }), 90018);
    refused(&mut sim, "timpush/batch", json!({ "From_Account": "ghost", "To_Account": ["a"], "MsgRandom": 1, "OfflinePushInfo": {} }), 90008);
    let mut off = world_with(Options { push_plugin: false, ..Options::default() });
    refused(&mut off, "timpush/batch", json!({ "From_Account": "a", "To_Account": ["b"], "MsgRandom": 1, "OfflinePushInfo": {} }), 90045);
}
