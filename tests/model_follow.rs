//! Random follow / unfollow / block / delete-account / advance / snapshot sequences against a
//! naive model: a set of (follower, followee, time, order) rows scanned in full. follow_get in
//! each mode (walked page by page with random page sizes), follow_check and follow_get_info must
//! agree with it after every step.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const USERS: [&str; 6] = ["u0", "u1", "u2", "u3", "u4", "u5"];

#[derive(Debug, Clone)]
enum Op {
    Import(usize),
    Follow(usize, Vec<usize>),
    Unfollow(usize, Vec<usize>),
    Block(usize, usize),
    Unblock(usize, usize),
    DeleteAccount(usize),
    Advance(u64),
    Roundtrip,
}

fn op() -> impl Strategy<Value = Op> {
    let user = 0..USERS.len();
    let users = prop::collection::vec(0..USERS.len(), 1..5);
    prop_oneof![
        1 => user.clone().prop_map(Op::Import),
        6 => (user.clone(), users.clone()).prop_map(|(a, b)| Op::Follow(a, b)),
        3 => (user.clone(), users).prop_map(|(a, b)| Op::Unfollow(a, b)),
        1 => (user.clone(), user.clone()).prop_map(|(a, b)| Op::Block(a, b)),
        1 => (user.clone(), user.clone()).prop_map(|(a, b)| Op::Unblock(a, b)),
        1 => user.prop_map(Op::DeleteAccount),
        1 => (1u64..100).prop_map(Op::Advance),
        1 => Just(Op::Roundtrip),
    ]
}

/// The model: who exists, who blocked whom, and the follow rows.
#[derive(Default)]
struct Model {
    accounts: BTreeSet<usize>,
    blocked: BTreeSet<(usize, usize)>,
    /// (follower, followee, time, order)
    follows: Vec<(usize, usize, u64, u64)>,
    next: u64,
    now: u64,
}

impl Model {
    fn follows(&self, a: usize, b: usize) -> bool {
        self.follows.iter().any(|f| f.0 == a && f.1 == b)
    }

    /// The expected list for `FollowType`, newest follow first: (account, FollowTime).
    fn list(&self, who: usize, ty: u8) -> Vec<(usize, u64)> {
        let mut rows: Vec<(u64, usize, u64)> = match ty {
            1 => self.follows.iter().filter(|f| f.1 == who).map(|f| (f.3, f.0, f.2)).collect(),
            2 => self.follows.iter().filter(|f| f.0 == who).map(|f| (f.3, f.1, f.2)).collect(),
            _ => self.follows.iter().filter(|f| f.0 == who && self.follows(f.1, who)).map(|f| (f.3, f.1, f.2)).collect(),
        };
        rows.sort_by_key(|r| std::cmp::Reverse(r.0));
        rows.into_iter().map(|(_, id, t)| (id, t)).collect()
    }
}

fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(api, &body.to_string())
}

fn apply(s: &mut Simulator, m: &mut Model, op: &Op) {
    match op {
        Op::Import(u) => {
            call(s, "im_open_login_svc/account_import", json!({ "UserID": USERS[*u] }));
            m.accounts.insert(*u);
        }
        Op::Follow(a, bs) => {
            let items: Vec<Value> = bs.iter().map(|b| json!({ "To_Account": USERS[*b] })).collect();
            let r = call(s, "follow/follow_add", json!({ "From_Account": USERS[*a], "FollowItem": items }));
            if !m.accounts.contains(a) {
                assert_eq!(r["ErrorCode"], 30003, "{r}");
                return;
            }
            assert_eq!(r["ErrorCode"], 0, "{r}");
            for (i, b) in bs.iter().enumerate() {
                // In the simulator's order: oneself, a missing account, a blocker, else a follow.
                let expected = if b == a || (m.accounts.contains(b) && m.blocked.contains(&(*b, *a))) {
                    30001
                } else if !m.accounts.contains(b) {
                    30003
                } else {
                    if !m.follows(*a, *b) {
                        m.follows.push((*a, *b, m.now, m.next));
                        m.next += 1;
                    }
                    0
                };
                assert_eq!(r["ResultItem"][i]["ResultCode"], expected, "{op:?}: {r}");
            }
        }
        Op::Unfollow(a, bs) => {
            let to: Vec<&str> = bs.iter().map(|b| USERS[*b]).collect();
            let r = call(s, "follow/follow_delete", json!({ "From_Account": USERS[*a], "To_Account": to }));
            if !m.accounts.contains(a) {
                assert_eq!(r["ErrorCode"], 30003, "{r}");
                return;
            }
            for (i, b) in bs.iter().enumerate() {
                let expected = if m.accounts.contains(b) { 0 } else { 30003 };
                m.follows.retain(|f| !(f.0 == *a && f.1 == *b));
                assert_eq!(r["ResultItem"][i]["ResultCode"], expected, "{op:?}: {r}");
            }
        }
        Op::Block(a, b) => {
            let r = call(s, "sns/black_list_add", json!({ "From_Account": USERS[*a], "To_Account": [USERS[*b]] }));
            if r["ErrorCode"] == 0 && r["ResultItem"][0]["ResultCode"] == 0 {
                m.blocked.insert((*a, *b));
            }
        }
        Op::Unblock(a, b) => {
            let r = call(s, "sns/black_list_delete", json!({ "From_Account": USERS[*a], "To_Account": [USERS[*b]] }));
            if r["ErrorCode"] == 0 && r["ResultItem"][0]["ResultCode"] == 0 {
                m.blocked.remove(&(*a, *b));
            }
        }
        Op::DeleteAccount(u) => {
            call(s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": USERS[*u] }] }));
            m.accounts.remove(u);
            m.blocked.retain(|(a, b)| a != u && b != u);
            m.follows.retain(|f| f.0 != *u && f.1 != *u);
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

/// Walks a whole list page by page (page sizes from `sizes`) and returns it.
fn walk(s: &mut Simulator, who: &str, ty: u8, sizes: &[u32]) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut cursor = String::new();
    for i in 0.. {
        let want = sizes[i % sizes.len()];
        let r = call(s, "follow/follow_get", json!({ "From_Account": who, "FollowType": ty, "StartCursor": cursor, "WantNum": want }));
        assert_eq!(r["ErrorCode"], 0, "{r}");
        let items = r["FollowItem"].as_array().unwrap();
        assert!(items.len() <= want as usize);
        out.extend(items.iter().map(|i| (i["To_Account"].as_str().unwrap().to_owned(), i["FollowTime"].as_u64().unwrap())));
        cursor = r["NextCursor"].as_str().unwrap().to_owned();
        if cursor.is_empty() {
            break;
        }
        assert!(!items.is_empty(), "a page with a NextCursor has entries");
    }
    out
}

fn compare(s: &mut Simulator, m: &Model, sizes: &[u32]) {
    for (u, who) in USERS.iter().enumerate() {
        if !m.accounts.contains(&u) {
            let r = call(s, "follow/follow_get", json!({ "From_Account": who, "FollowType": 1, "StartCursor": "", "WantNum": 0 }));
            assert_eq!(r["ErrorCode"], 30003);
            continue;
        }
        for ty in 1..=3u8 {
            let expected: Vec<(String, u64)> = m.list(u, ty).into_iter().map(|(id, t)| (USERS[id].to_owned(), T0 + t)).collect();
            assert_eq!(walk(s, who, ty, sizes), expected, "{who} FollowType {ty}");
        }
        let r = call(s, "follow/follow_check", json!({ "From_Account": who, "To_Account": USERS }));
        let info = call(s, "follow/follow_get_info", json!({ "From_Account": who, "To_Account": USERS }));
        for (v, other) in USERS.iter().enumerate() {
            let item = &r["ResultItem"][v];
            let counts = &info["FollowInfo"][v];
            if !m.accounts.contains(&v) {
                assert_eq!(item["ResultCode"], 30003);
                assert_eq!(counts["ResultCode"], 30003);
                continue;
            }
            let ty = u64::from(m.follows(u, v)) | u64::from(m.follows(v, u)) << 1;
            assert_eq!(item["FollowType"], ty, "{who} → {other}");
            let fans = m.list(v, 1).len();
            let following = m.list(v, 2).len();
            let mutual = m.list(v, 3).len();
            assert_eq!((counts["FollowerCount"].as_u64().unwrap() as usize, counts["FollowingCount"].as_u64().unwrap() as usize, counts["MutualFollowingCount"].as_u64().unwrap() as usize), (fans, following, mutual), "counts of {other}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn follows_agree_with_a_set_of_pairs(ops in prop::collection::vec(op(), 1..60), sizes in prop::collection::vec(1u32..4, 1..4)) {
        let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
        let mut m = Model::default();
        for u in 0..4 {
            apply(&mut s, &mut m, &Op::Import(u));
        }
        for op in &ops {
            apply(&mut s, &mut m, op);
            compare(&mut s, &m, &sizes);
        }
    }
}
