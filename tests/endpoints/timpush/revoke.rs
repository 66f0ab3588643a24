//! `timpush/revoke`: recalls a push within 24 hours; its refusals.

use super::{history, tagged};
use crate::all_member_push::{ok, refused, world_with};
use serde_json::json;
use tcim::sim::Options;

fn text_push(sim: &mut tcim::sim::Simulator, api: &str, random: u32) -> String {
    let body = json!({ "MsgRandom": random, "Condition": { "TagsAnd": ["x"] }, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "oops" } }] });
    ok(sim, api, body)["TaskId"].as_str().unwrap().to_owned()
}

/// The message each receiver got is recalled (and so in `inspect` the task is revoked); the
/// sample's shape runs with a real TaskId; im_push's tasks are revocable too.
#[test]
fn recalls_what_the_push_stored() {
    let mut sim = tagged();
    let id = text_push(&mut sim, "timpush/push", 1);
    assert_eq!(history(&mut sim, "a", "administrator"), [("oops".to_owned(), false)]);
    ok(&mut sim, "timpush/revoke", json!({ "TaskId": id, "OfflinePushInfo": { "Title": "撤回标题", "Desc": "对方撤回了一条消息" } }));
    assert_eq!(history(&mut sim, "a", "administrator"), [(String::new(), true)]);
    assert_eq!(history(&mut sim, "b", "administrator"), [(String::new(), true)]);
    let unread = ok(&mut sim, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "a" }));
    assert_eq!(unread["AllC2CUnreadMsgNum"], 0, "{unread}");
    assert_eq!(sim.inspect()["push"]["tasks"][0]["revoked"], 1_700_000_000);
    sim.advance(2);
    let old = text_push(&mut sim, "all_member_push/im_push", 2);
    ok(&mut sim, "timpush/revoke", json!({ "TaskId": old }));
}

/// An unknown TaskId 90049, twice 90050, two in one second 90051, after 24 hours 90052, the
/// plugin off 90045; each changes nothing.
#[test]
fn refusals() {
    let mut sim = tagged();
    let one = text_push(&mut sim, "timpush/push", 1);
    sim.advance(2);
    let two = text_push(&mut sim, "timpush/push", 2);
    refused(&mut sim, "timpush/revoke", json!({ "TaskId": "no-such-task" }), 90049);
    ok(&mut sim, "timpush/revoke", json!({ "TaskId": one }));
    refused(&mut sim, "timpush/revoke", json!({ "TaskId": one }), 90050);
    refused(&mut sim, "timpush/revoke", json!({ "TaskId": two }), 90051);
    sim.advance(86_400);
    refused(&mut sim, "timpush/revoke", json!({ "TaskId": two }), 90052);
    let mut off = world_with(Options { push_plugin: false, ..Options::default() });
    refused(&mut off, "timpush/revoke", json!({ "TaskId": two }), 90045);
}
