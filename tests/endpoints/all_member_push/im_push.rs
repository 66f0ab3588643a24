//! `all_member_push/im_push`: the push reaches exactly the accounts its condition selects, in
//! their one-to-one history, unread counts and `inspect`; its refusals with their codes.

use super::{call, ok, refused, world, world_with};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const BODY: &str = r#"[{"MsgType":"TIMTextElem","MsgContent":{"Text":"sale"}}]"#;

fn push(random: u32, extra: Value) -> Value {
    let mut body = json!({ "MsgRandom": random, "MsgBody": serde_json::from_str::<Value>(BODY).unwrap() });
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

/// Who got a push from `from`: the accounts with that message in their history from it.
fn receivers(sim: &mut Simulator, from: &str) -> Vec<String> {
    let mut got = vec![];
    for who in ["a", "b", "c", "d"] {
        let roam = ok(sim, "openim/admin_getroammsg", json!({ "Operator_Account": who, "Peer_Account": from, "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
        if roam["MsgList"].as_array().is_some_and(|l| l.iter().any(|m| m["MsgBody"][0]["MsgContent"]["Text"] == "sale")) {
            got.push(who.to_owned());
        }
    }
    got
}

/// a: tags x, y and sex f, city bj; b: tag x and sex m; c: tag y and city bj; d: nothing.
fn tagged() -> Simulator {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["x", "y"] }, { "To_Account": "b", "Tags": ["x"] }, { "To_Account": "c", "Tags": ["y"] }] }));
    ok(&mut sim, "all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": "a", "Attrs": { "sex": "f", "city": "bj" } }, { "To_Account": "b", "Attrs": { "sex": "m" } }, { "To_Account": "c", "Attrs": { "city": "bj" } }] }));
    sim
}

/// The documented sample runs once its sender is imported, and answers a TaskId shaped like
/// the service's (8-4-4-4-12 hex).
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    ok(&mut sim, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["admin", "xiaoming"] }));
    let endpoint = tcim::find_endpoint("all_member_push/im_push").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    let id = answer["TaskId"].as_str().unwrap();
    let parts: Vec<usize> = id.split('-').map(str::len).collect();
    assert_eq!(parts, [8, 4, 4, 4, 12], "{id}");
    assert!(id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    assert_eq!(receivers_of(&sim, 0), ["xiaoming"]);
}

fn receivers_of(sim: &Simulator, task: usize) -> Vec<String> {
    sim.inspect()["push"]["tasks"][task]["receivers"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

/// Each kind of condition reaches exactly the accounts it selects (and the same ones show as
/// receivers in `inspect`); a second apart each.
#[test]
fn the_push_reaches_exactly_the_selected_accounts() {
    let cases: [(Value, &[&str]); 9] = [
        (json!({}), &["a", "b", "c", "d"]),
        (json!({ "Condition": {} }), &["a", "b", "c", "d"]),
        (json!({ "Condition": { "TagsAnd": ["x", "y"] } }), &["a"]),
        (json!({ "Condition": { "TagsOr": ["x", "y"] } }), &["a", "b", "c"]),
        (json!({ "Condition": { "TagsAnd": ["x"], "TagsOr": ["y", "z"] } }), &["a"]),
        (json!({ "Condition": { "AttrsAnd": { "sex": "f", "city": "bj" } } }), &["a"]),
        (json!({ "Condition": { "AttrsOr": { "sex": "m", "city": "bj" } } }), &["a", "b", "c"]),
        (json!({ "Condition": { "AttrsAnd": { "city": "bj" }, "AttrsOr": { "sex": "m" } } }), &[]),
        (json!({ "Condition": { "TagsAnd": ["nobody"] } }), &[]),
    ];
    for (condition, expected) in cases {
        let mut sim = tagged();
        let answer = ok(&mut sim, "all_member_push/im_push", push(7, condition.clone()));
        assert_eq!(receivers(&mut sim, "administrator"), expected, "{condition}");
        assert_eq!(receivers_of(&sim, 0), expected, "{condition}");
        assert_eq!(sim.inspect()["push"]["tasks"][0]["taskId"], answer["TaskId"]);
        // Counted as unread, one message from the admin each.
        for who in expected {
            let unread = ok(&mut sim, "openim/get_c2c_unread_msg_num", json!({ "To_Account": who, "Peer_Account": ["administrator"] }));
            assert_eq!(unread["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"], 1, "{who} {condition}");
        }
    }
}

/// From_Account is the sender the receivers see; it does not push to itself, and an account
/// that does not exist is 90008.
#[test]
fn from_account_sends() {
    let mut sim = tagged();
    ok(&mut sim, "all_member_push/im_push", push(1, json!({ "From_Account": "b", "Condition": { "TagsOr": ["x"] } })));
    assert_eq!(receivers(&mut sim, "b"), ["a"]);
    assert_eq!(receivers(&mut sim, "administrator"), Vec::<String>::new());
    // inspect's one-to-one list has the conversation b → a with one unread.
    let c2c = sim.inspect()["c2c"].clone();
    assert!(c2c.as_array().unwrap().iter().any(|c| c["from"] == "b" && c["to"] == "a" && c["unread"] == 1), "{c2c}");
    sim.advance(2);
    refused(&mut sim, "all_member_push/im_push", push(2, json!({ "From_Account": "ghost" })), 90008);
}

/// The condition's rules, each with its code, and a refusal changes nothing.
#[test]
fn condition_refusals() {
    let mut sim = tagged();
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    for (condition, code) in [
        (json!({ "TagsAnd": ["x"], "AttrsOr": { "sex": "m" } }), 90039),
        (json!({ "TagsAnd": ["x", "y"], "TagsOr": ["y"] }), 90022),
        (json!({ "AttrsAnd": { "age": "9" } }), 90033),
        (json!({ "AttrsOr": { "sex": 1 } }), 90033),
        (json!({ "TagsOr": eleven }), 90032),
        (json!({ "TagsAnd": ["x", ""] }), 90040),
        (json!({ "TagsAnd": ["x".repeat(51)] }), 90020),
    ] {
        refused(&mut sim, "all_member_push/im_push", push(3, json!({ "Condition": condition })), code);
    }
    refused(&mut sim, "all_member_push/im_push", json!({ "MsgBody": serde_json::from_str::<Value>(BODY).unwrap() }), 90005);
    refused(&mut sim, "all_member_push/im_push", push(3, json!({ "MsgLifeTime": 604_801 })), 90026);
    refused(&mut sim, "all_member_push/im_push", json!({ "MsgRandom": 3, "MsgBody": [] }), 90002);
}

/// A MsgRandom used within 7 days is the same task: the same TaskId, nobody gets it twice;
/// after 7 days it is a new task.
#[test]
fn a_repeated_msg_random_is_the_same_task() {
    let mut sim = tagged();
    let first = ok(&mut sim, "all_member_push/im_push", push(9, json!({ "Condition": { "TagsAnd": ["x"] } })));
    sim.advance(60);
    let before = super::world_of(&sim);
    let again = ok(&mut sim, "all_member_push/im_push", push(9, json!({})));
    assert_eq!(again["TaskId"], first["TaskId"]);
    assert_eq!(super::world_of(&sim), before);
    sim.advance(7 * 86_400);
    let later = ok(&mut sim, "all_member_push/im_push", push(9, json!({})));
    assert_ne!(later["TaskId"], first["TaskId"]);
    assert_eq!(sim.inspect()["push"]["tasks"].as_array().unwrap().len(), 2);
}

/// Two pushes in one second are 90024; 100 a Beijing day, the 101st is 90047; with the rate
/// limit off neither applies.
#[test]
fn frequency_limits() {
    let mut sim = world();
    ok(&mut sim, "all_member_push/im_push", push(1, json!({})));
    refused(&mut sim, "all_member_push/im_push", push(2, json!({})), 90024);
    // 1_700_000_000 is 06:13:20 in Beijing: 99 more pushes a second apart stay in the day.
    for i in 2..=100 {
        sim.advance(1);
        ok(&mut sim, "all_member_push/im_push", push(i, json!({})));
    }
    sim.advance(1);
    refused(&mut sim, "all_member_push/im_push", push(101, json!({})), 90047);
    // The next Beijing day.
    sim.advance(86_400);
    ok(&mut sim, "all_member_push/im_push", push(101, json!({})));

    let mut free = world_with(Options { rate_limit: false, ..Options::default() });
    ok(&mut free, "all_member_push/im_push", push(1, json!({})));
    ok(&mut free, "all_member_push/im_push", push(2, json!({})));
}

/// MsgLifeTime 0 reaches online users only: nothing stored, nothing unread, but the task is
/// recorded with its receivers.
#[test]
fn online_only_stores_nothing() {
    let mut sim = tagged();
    ok(&mut sim, "all_member_push/im_push", push(4, json!({ "MsgLifeTime": 0 })));
    assert_eq!(receivers(&mut sim, "administrator"), Vec::<String>::new());
    assert_eq!(receivers_of(&sim, 0), ["a", "b", "c", "d"]);
    assert_eq!(sim.inspect()["c2c"], json!([]));
}

/// The trial plan has no push (90045); pro and up do; no edition: on.
#[test]
fn the_plan_gate() {
    let mut trial = Simulator::new(Options { now: Some(1_700_000_000), edition: Some("trial".into()), ..Options::default() });
    ok(&mut trial, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["a"] }));
    let answer = call(&mut trial, "all_member_push/im_push", push(1, json!({})));
    assert_eq!(answer["ErrorCode"], 90045, "{answer}");
    for edition in ["pro", "ultimate", "enterprise"] {
        let mut sim = world_with(Options { edition: Some(edition.into()), ..Options::default() });
        ok(&mut sim, "all_member_push/im_push", push(1, json!({})));
    }
}

/// Tasks, attribute names, attributes and tags survive snapshot → restore (so a repeated
/// MsgRandom after a restore is still the same task), and an empty push state leaves the
/// snapshot as it was.
#[test]
fn snapshot_restore_keeps_the_push_state() {
    let empty = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    assert!(!empty.snapshot().contains("push_"), "an empty push state is not written");
    let mut sim = tagged();
    let first = ok(&mut sim, "all_member_push/im_push", push(5, json!({ "Condition": { "AttrsAnd": { "sex": "f" } } })));
    let mut back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
    assert_eq!(back.inspect(), sim.inspect());
    back.advance(5);
    assert_eq!(ok(&mut back, "all_member_push/im_push", push(5, json!({})))["TaskId"], first["TaskId"]);
    assert_eq!(receivers(&mut back, "administrator"), ["a"]);
}

/// The same calls on the same options give the same TaskIds and state: what `tcim serve
/// --state` relies on when it replays its journal.
#[test]
fn replaying_the_calls_gives_the_same_state() {
    let run = || {
        let mut sim = tagged();
        let a = ok(&mut sim, "all_member_push/im_push", push(1, json!({ "Condition": { "TagsOr": ["y"] } })));
        sim.advance(1);
        let b = ok(&mut sim, "all_member_push/im_push", push(2, json!({})));
        (a["TaskId"].clone(), b["TaskId"].clone(), sim.snapshot())
    };
    let (first, second) = (run(), run());
    assert_ne!(first.0, first.1);
    assert_eq!(first, second);
}
