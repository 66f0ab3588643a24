//! Random create / destroy / subscribe / unsubscribe / send / recall / delete-account / advance /
//! snapshot sequences on official accounts against a naive model: rows scanned in full.
//! get_subscriber_info (walked page by page with random page sizes), the subscribed lists,
//! the profiles and the message history (walked back by LastMsgKey) must agree with it after
//! every step; a world that never had an official account snapshots as it did before them.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const USERS: [&str; 5] = ["u0", "u1", "u2", "u3", "u4"];
const OAS: [&str; 3] = ["@TOA#_a", "@TOA#_b", "@TOA#_c"];

#[derive(Debug, Clone)]
enum Op {
    Import(usize),
    Create(usize, usize, u32),
    Destroy(usize),
    Subscribe(usize, Vec<usize>),
    Unsubscribe(usize, Vec<usize>),
    Send(usize, u8),
    Recall(usize, u64),
    DeleteAccount(usize),
    Advance(u64),
    Roundtrip,
}

fn op() -> impl Strategy<Value = Op> {
    let user = 0..USERS.len();
    let oa = 0..OAS.len();
    let users = prop::collection::vec(0..USERS.len(), 1..4);
    prop_oneof![
        1 => user.clone().prop_map(Op::Import),
        2 => (oa.clone(), user.clone(), 1u32..5).prop_map(|(a, u, max)| Op::Create(a, u, max)),
        1 => oa.clone().prop_map(Op::Destroy),
        5 => (oa.clone(), users.clone()).prop_map(|(a, u)| Op::Subscribe(a, u)),
        2 => (oa.clone(), users).prop_map(|(a, u)| Op::Unsubscribe(a, u)),
        4 => (oa.clone(), 0u8..3).prop_map(|(a, t)| Op::Send(a, t)),
        2 => (oa, 1u64..6).prop_map(|(a, seq)| Op::Recall(a, seq)),
        1 => user.prop_map(Op::DeleteAccount),
        2 => (1u64..400).prop_map(Op::Advance),
        1 => Just(Op::Roundtrip),
    ]
}

/// One message: (text, time, recalled).
type Msg = (u8, u64, bool);

/// One account of the model.
struct Account {
    owner: usize,
    max: u32,
    created: u64,
    /// (user, time, order)
    subscribers: Vec<(usize, u64, u64)>,
    messages: Vec<Msg>,
}

#[derive(Default)]
struct Model {
    users: BTreeSet<usize>,
    accounts: Vec<Option<Account>>,
    order: u64,
    now: u64,
}

fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(&format!("official_account_open_http_svc/{api}"), &body.to_string())
}

fn text(t: u8) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("t{t}") } }])
}

fn apply(s: &mut Simulator, m: &mut Model, op: &Op) {
    let now = m.now;
    match op {
        Op::Import(u) => {
            s.call("im_open_login_svc/account_import", &json!({ "UserID": USERS[*u] }).to_string());
            m.users.insert(*u);
        }
        Op::Create(a, u, max) => {
            let r = call(s, "create_official_account", json!({ "OfficialAccountUserID": OAS[*a], "Owner_Account": USERS[*u], "Name": format!("n{a}"), "MaxSubscriberNum": max }));
            let expected = if !m.users.contains(u) { 6017 } else if m.accounts[*a].is_some() { 130008 } else { 0 };
            assert_eq!(r["ErrorCode"], expected, "{op:?}: {r}");
            if expected == 0 {
                m.accounts[*a] = Some(Account { owner: *u, max: *max, created: now, subscribers: vec![], messages: vec![] });
            }
        }
        Op::Destroy(a) => {
            let r = call(s, "destroy_official_account", json!({ "Official_Account": OAS[*a] }));
            assert_eq!(r["ErrorCode"], if m.accounts[*a].is_some() { 0 } else { 130004 }, "{r}");
            m.accounts[*a] = None;
        }
        Op::Subscribe(a, us) => {
            let list: Vec<Value> = us.iter().map(|u| json!({ "Subscriber_Account": USERS[*u] })).collect();
            let r = call(s, "add_subscriber", json!({ "Official_Account": OAS[*a], "SubscriberList": list }));
            let Some(acc) = m.accounts[*a].as_mut() else {
                assert_eq!(r["ErrorCode"], 130004, "{r}");
                return;
            };
            for (i, u) in us.iter().enumerate() {
                let expected = if acc.subscribers.iter().any(|s| s.0 == *u) {
                    2
                } else if !m.users.contains(u) || acc.subscribers.len() >= acc.max as usize {
                    0
                } else {
                    acc.subscribers.push((*u, now, m.order));
                    m.order += 1;
                    1
                };
                assert_eq!(r["SubscriberList"][i]["Result"], expected, "{op:?}: {r}");
            }
        }
        Op::Unsubscribe(a, us) => {
            let to: Vec<&str> = us.iter().map(|u| USERS[*u]).collect();
            let r = call(s, "delete_subscriber", json!({ "Official_Account": OAS[*a], "SubscriberToDel_Account": to }));
            let Some(acc) = m.accounts[*a].as_mut() else {
                assert_eq!(r["ErrorCode"], 130004, "{r}");
                return;
            };
            for (i, u) in us.iter().enumerate() {
                let had = acc.subscribers.iter().any(|s| s.0 == *u);
                acc.subscribers.retain(|s| s.0 != *u);
                assert_eq!(r["SubscriberList"][i]["Result"], if had { 1 } else { 2 }, "{op:?}: {r}");
            }
        }
        Op::Send(a, t) => {
            let r = call(s, "send_official_account_msg", json!({ "Official_Account": OAS[*a], "Random": 7, "MsgBody": text(*t) }));
            let Some(acc) = m.accounts[*a].as_mut() else {
                assert_eq!(r["ErrorCode"], 10010, "{r}");
                return;
            };
            // The same content within 5 minutes (not recalled) answers the first one.
            let dup = acc.messages.iter().enumerate().rev().take_while(|(_, x)| now - x.1 <= 300).find(|(_, x)| x.0 == *t && !x.2);
            let (seq, time) = match dup {
                Some((i, x)) => (i + 1, x.1),
                None => {
                    acc.messages.push((*t, now, false));
                    (acc.messages.len(), now)
                }
            };
            assert_eq!(r["MsgKey"], format!("{seq}_1_{}", T0 + time), "{op:?}: {r}");
        }
        Op::Recall(a, seq) => {
            let key = m.accounts[*a].as_ref().and_then(|acc| acc.messages.get(*seq as usize - 1).map(|x| format!("{seq}_1_{}", T0 + x.1))).unwrap_or_else(|| format!("{seq}_1_1"));
            let r = call(s, "official_account_msg_recall", json!({ "Official_Account": OAS[*a], "MsgKeyList": [key] }));
            let Some(acc) = m.accounts[*a].as_mut() else {
                assert_eq!(r["ErrorCode"], 10010, "{r}");
                return;
            };
            let expected = match acc.messages.get_mut(*seq as usize - 1) {
                Some(x) => {
                    x.2 = true;
                    0
                }
                None => 10030,
            };
            assert_eq!(r["RecallRetList"][0]["RetCode"], expected, "{op:?}: {r}");
        }
        Op::DeleteAccount(u) => {
            s.call("im_open_login_svc/account_delete", &json!({ "DeleteItem": [{ "UserID": USERS[*u] }] }).to_string());
            m.users.remove(u);
            for acc in m.accounts.iter_mut().flatten() {
                acc.subscribers.retain(|s| s.0 != *u);
            }
        }
        Op::Advance(secs) => {
            s.advance(*secs);
            m.now += secs;
        }
        Op::Roundtrip => {
            *s = Simulator::restore(&s.snapshot(), || 0, None).unwrap();
        }
    }
}

fn compare(s: &mut Simulator, m: &Model, sizes: &[u32]) {
    for (a, id) in OAS.iter().enumerate() {
        let Some(acc) = &m.accounts[a] else {
            assert_eq!(call(s, "get_subscriber_info", json!({ "Official_Account": id, "Next": "" }))["ErrorCode"], 130004);
            continue;
        };
        // Subscribers, page by page.
        let mut got = Vec::new();
        let mut next = String::new();
        for i in 0.. {
            let limit = sizes[i % sizes.len()];
            let r = call(s, "get_subscriber_info", json!({ "Official_Account": id, "Limit": limit, "Next": next }));
            assert_eq!(r["SubscriberNum"], acc.subscribers.len(), "{r}");
            got.extend(r["SubscriberList"].as_array().unwrap().iter().map(|x| (x["Subscriber_Account"].as_str().unwrap().to_owned(), x["SubscribeTime"].as_u64().unwrap())));
            next = r["Next"].as_str().unwrap().to_owned();
            if next.is_empty() {
                break;
            }
        }
        let mut rows = acc.subscribers.clone();
        rows.sort_by_key(|r| r.2);
        let expected: Vec<(String, u64)> = rows.iter().map(|r| (USERS[r.0].to_owned(), T0 + r.1)).collect();
        assert_eq!(got, expected, "subscribers of {id}");
        // The profile.
        let info = call(s, "get_official_account_info", json!({ "OfficialAccountIdList": [{ "Official_Account": id }] }));
        let p = &info["OfficialAccountInfoList"][0];
        let last = acc.messages.last().map_or(0, |x| T0 + x.1);
        assert_eq!((p["Owner_Account"].as_str().unwrap(), p["CreateTime"].as_u64().unwrap(), p["LastMsgTime"].as_u64().unwrap()), (USERS[acc.owner], T0 + acc.created, last), "{info}");
        // The history, newest first, back to the first message (recalled ones as IsPlaceMsg 2).
        let mut seen = Vec::new();
        let mut key = String::new();
        loop {
            let r = call(s, "official_account_msg_get_simple", json!({ "Official_Account": id, "LastMsgKey": key, "ReqMsgNumber": sizes[0], "WithRecalledMsg": 1 }));
            assert_eq!(r["ErrorCode"], 0, "{r}");
            seen.extend(r["RspMsgList"].as_array().unwrap().iter().map(|x| (x["MsgSeq"].as_u64().unwrap(), x["IsPlaceMsg"] == 2)));
            key = r["LastMsgKey"].as_str().unwrap().to_owned();
            if r["IsFinished"] == 1 {
                break;
            }
        }
        let expected: Vec<(u64, bool)> = acc.messages.iter().enumerate().rev().map(|(i, x)| (i as u64 + 1, x.2)).collect();
        assert_eq!(seen, expected, "history of {id}");
    }
    // Each user's subscriptions, in the order subscribed.
    for (u, who) in USERS.iter().enumerate() {
        let r = s.call("official_account_open_http_svc/get_subscribed_official_account_list", &json!({ "Subscriber_Account": who }).to_string());
        if !m.users.contains(&u) {
            assert_eq!(r["ErrorCode"], 6017, "{r}");
            continue;
        }
        let got: Vec<&str> = r["OfficialAccountInfoList"].as_array().unwrap().iter().map(|x| x["Official_Account"].as_str().unwrap()).collect();
        let mut rows: Vec<(u64, &str)> = m.accounts.iter().enumerate().filter_map(|(a, acc)| acc.as_ref().and_then(|acc| acc.subscribers.iter().find(|s| s.0 == u).map(|s| (s.2, OAS[a])))).collect();
        rows.sort();
        let expected: Vec<&str> = rows.into_iter().map(|r| r.1).collect();
        assert_eq!(got, expected, "subscriptions of {who}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn official_accounts_agree_with_rows(ops in prop::collection::vec(op(), 1..50), sizes in prop::collection::vec(1u32..4, 1..4)) {
        let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
        let mut m = Model { accounts: (0..OAS.len()).map(|_| None).collect(), ..Model::default() };
        for u in 0..3 {
            apply(&mut s, &mut m, &Op::Import(u));
        }
        for op in &ops {
            apply(&mut s, &mut m, op);
            compare(&mut s, &m, &sizes);
        }
    }
}

/// A world that never had an official account snapshots without the member, so a snapshot
/// written before official accounts reads back and writes out byte for byte.
#[test]
fn a_world_without_official_accounts_snapshots_as_before() {
    let mut s = Simulator::new(Options { now: Some(T0), ..Options::default() });
    s.call("im_open_login_svc/account_import", r#"{"UserID":"u0"}"#);
    let text = s.snapshot();
    assert!(!text.contains("official_accounts"), "{text}");
    let back = Simulator::restore(&text, || 0, None).unwrap();
    assert_eq!(back.snapshot(), text);
    s.call("official_account_open_http_svc/create_official_account", r#"{"Owner_Account":"u0","Name":"n"}"#);
    let with = s.snapshot();
    assert!(with.contains("official_accounts"));
    assert_eq!(Simulator::restore(&with, || 0, None).unwrap().snapshot(), with);
}
