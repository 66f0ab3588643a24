//! `timpush/push`: reaches exactly what its condition selects, in one-to-one history, unread
//! counts and `inspect`; counted with all_member_push/im_push; its refusals.

use super::{history, receivers, sample, tagged};
use crate::all_member_push::{call, ok, refused, world_with};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

fn push(random: u32, extra: Value) -> Value {
    let mut body = json!({ "MsgRandom": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "sale" } }] });
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

/// The sample (tags 股票A and 股票B) reaches only the account with both, from the admin.
#[test]
fn the_sample_reaches_the_tagged_account() {
    let mut sim = tagged();
    ok(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "Mary", "Tags": ["股票A", "股票B"] }, { "To_Account": "user1", "Tags": ["股票A"] }] }));
    let id = sample(&mut sim, "timpush/push")["TaskId"].as_str().unwrap().to_owned();
    assert_eq!(id.split('-').map(str::len).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
    assert_eq!(receivers(&sim), ["Mary"]);
    assert_eq!(history(&mut sim, "Mary", "administrator"), [("hi, beauty".to_owned(), false)]);
    assert!(history(&mut sim, "user1", "administrator").is_empty());
    let unread = ok(&mut sim, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "Mary" }));
    assert_eq!(unread["AllC2CUnreadMsgNum"], 1, "{unread}");
    assert_eq!(sim.inspect()["push"]["tasks"][0]["via"], "push");
}

/// Every account, tags, attributes; OnlineOnlyFlag 1 or no MsgBody store nothing but the task
/// still lists its receivers.
#[test]
fn conditions_and_online_only() {
    let mut sim = tagged();
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "b", "Attrs": { "city": "bj" } }] }));
    ok(&mut sim, "timpush/push", push(1, json!({ "From_Account": "a" })));
    let mut everyone = receivers(&sim);
    everyone.sort();
    assert_eq!(everyone, ["Mary", "b", "c", "d", "user1", "user2", "xiaoming"]);
    sim.advance(2);
    ok(&mut sim, "timpush/push", push(2, json!({ "Condition": { "TagsOr": ["y"] } })));
    assert_eq!(receivers(&sim), ["a", "c"]);
    sim.advance(2);
    ok(&mut sim, "timpush/push", push(3, json!({ "Condition": { "AttrsAnd": { "city": "bj" } }, "OnlineOnlyFlag": 1 })));
    assert_eq!(receivers(&sim), ["b"]);
    assert!(history(&mut sim, "b", "administrator").is_empty(), "online only stores nothing");
    sim.advance(2);
    ok(&mut sim, "timpush/push", json!({ "MsgRandom": 4, "Condition": { "TagsAnd": ["x"] } }));
    assert_eq!(receivers(&sim), ["a", "b"]);
    assert_eq!(history(&mut sim, "a", "administrator"), [("sale".to_owned(), false)], "no MsgBody: a notification only");
}

/// The refusals, each changing nothing: tags with attributes 90039, a tag in both lists 90022,
/// an unknown attribute 90033, an unknown sender 90008, two in a second 90024 (counted with
/// im_push), the plugin off 90045; a repeated MsgRandom is the same task.
#[test]
fn refusals_and_the_same_task() {
    let mut sim = tagged();
    refused(&mut sim, "timpush/push", push(1, json!({ "Condition": { "TagsOr": ["x"], "AttrsOr": { "sex": "f" } } })), 90039);
    refused(&mut sim, "timpush/push", push(1, json!({ "Condition": { "TagsOr": ["x"], "TagsAnd": ["x"] } })), 90022);
    refused(&mut sim, "timpush/push", push(1, json!({ "Condition": { "AttrsOr": { "age": "3" } } })), 90033);
    refused(&mut sim, "timpush/push", push(1, json!({ "From_Account": "ghost" })), 90008);
    let first = ok(&mut sim, "timpush/push", push(1, json!({})))["TaskId"].clone();
    assert_eq!(ok(&mut sim, "timpush/push", push(1, json!({})))["TaskId"], first, "the same MsgRandom is the same task");
    refused(&mut sim, "timpush/push", push(2, json!({})), 90024);
    refused(&mut sim, "all_member_push/im_push", push(2, json!({})), 90024);
    let mut off = world_with(Options { push_plugin: false, ..Options::default() });
    refused(&mut off, "timpush/push", push(1, json!({})), 90045);
}

/// The daily count is the plan's tier: 10 on the trial edition (which has no im_push at all),
/// and im_push's pushes count with the plugin's on the others.
#[test]
fn the_daily_limit_follows_the_edition() {
    let mut trial = Simulator::new(Options { now: Some(1_700_000_000), edition: Some("trial".into()), ..Options::default() });
    ok(&mut trial, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["a", "b"] }));
    for i in 0..10 {
        ok(&mut trial, "timpush/push", push(i, json!({})));
        trial.advance(2);
    }
    refused(&mut trial, "timpush/push", push(99, json!({})), 90047);
    let mut pro: Simulator = world_with(Options { edition: Some("pro".into()), ..Options::default() });
    for i in 0..100 {
        let api = if i % 2 == 0 { "timpush/push" } else { "all_member_push/im_push" };
        assert_eq!(call(&mut pro, api, push(i, json!({})))["ErrorCode"], 0);
        pro.advance(2);
    }
    refused(&mut pro, "timpush/push", push(999, json!({})), 90047);
}

/// What the plugin adds to a snapshot (a task's `via` and `revoked`, the `pushPlugin` option
/// off) is written only when used: a world of im_push alone snapshots without them, and a
/// plugin world comes back whole from its snapshot.
#[test]
fn snapshots_carry_the_new_state_only_when_used() {
    let mut sim = tagged();
    ok(&mut sim, "all_member_push/im_push", push(1, json!({})));
    let old = sim.snapshot();
    for new in ["\"via\"", "\"revoked\"", "pushPlugin"] {
        assert!(!old.contains(new), "{new} in {old}");
    }
    sim.advance(2);
    let id = ok(&mut sim, "timpush/push", push(2, json!({})))["TaskId"].clone();
    ok(&mut sim, "timpush/revoke", json!({ "TaskId": id }));
    let back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
    assert_eq!(back.inspect(), sim.inspect());
    assert_eq!(back.snapshot(), sim.snapshot());
    let off = Simulator::new(Options { push_plugin: false, ..Options::default() });
    let back = Simulator::restore(&off.snapshot(), tcim::sim::system_now, None).unwrap();
    assert!(off.snapshot().contains("\"pushPlugin\":false"));
    assert_eq!(back.snapshot(), off.snapshot());
}
