//! `timpush/webpush`: a browser notification to all or tagged accounts; nothing stored.

use super::{history, receivers, sample, tagged};
use crate::all_member_push::{ok, refused};
use serde_json::json;

/// The sample (TagsOr 股票A, 股票B) reaches the accounts with either and stores nothing.
#[test]
fn the_sample_reaches_the_tagged_accounts() {
    let mut sim = tagged();
    ok(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "Mary", "Tags": ["股票A"] }, { "To_Account": "user2", "Tags": ["股票B"] }] }));
    sample(&mut sim, "timpush/webpush");
    assert_eq!(receivers(&sim), ["Mary", "user2"]);
    assert!(history(&mut sim, "Mary", "administrator").is_empty());
    assert_eq!(sim.inspect()["push"]["tasks"][0]["via"], "webpush");
}

/// Attributes are 90033 (web push selects by tags only); its own count of a second apart,
/// apart from push's.
#[test]
fn tags_only_and_its_own_interval() {
    let mut sim = tagged();
    let web = json!({ "MsgRandom": 1, "WebInfo": { "Title": "t" }, "Condition": { "AttrsOr": { "sex": "f" } } });
    refused(&mut sim, "timpush/webpush", web, 90033);
    ok(&mut sim, "timpush/push", json!({ "MsgRandom": 1 }));
    ok(&mut sim, "timpush/webpush", json!({ "MsgRandom": 2, "WebInfo": { "Title": "t" } }));
    refused(&mut sim, "timpush/webpush", json!({ "MsgRandom": 3, "WebInfo": { "Title": "t" } }), 90024);
}
