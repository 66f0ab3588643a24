//! All-member push against a deliberately naive model: random sequences of attribute names,
//! attribute and tag changes, account imports and deletions and pushes, run on the simulator
//! and on plain vectors (full scans, no maps). After every step the error codes agree, every
//! account's `im_get_attr` and `im_get_tag` answers are the model's, and each push reached
//! exactly the accounts the model selects (its `inspect` task and the receivers' one-to-one
//! history); the same again after snapshot → restore. The Push plugin (`timpush/*`) is the same
//! data: each attribute, tag and push op goes to either service at random, and the plugin's
//! batch push (listed accounts) and revoke (the nth task) join the ops.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const USERS: [&str; 5] = ["u0", "u1", "u2", "u3", "u4"];
/// Attribute names the ops pick from; "n3" is never named by the first op, so it is unknown
/// until a SetNames names it.
const NAMES: [&str; 4] = ["n0", "n1", "n2", "n3"];
const VALUES: [&str; 3] = ["v0", "v1", "v2"];
const TAGS: [&str; 4] = ["t0", "t1", "t2", "t3"];

#[derive(Debug, Clone)]
enum Op {
    Import(usize),
    Delete(usize),
    /// im_set_attr_name of index → name.
    SetNames(Vec<(usize, usize)>),
    SetAttr { who: usize, attrs: Vec<(usize, usize)> },
    RemoveAttr { who: usize, names: Vec<usize> },
    AddTags { who: usize, tags: Vec<usize> },
    RemoveTags { who: usize, tags: Vec<usize> },
    RemoveAllTags(Vec<usize>),
    Push { from: Option<usize>, cond: Cond },
    /// timpush/batch from an account to listed ones.
    Batch { from: usize, to: Vec<usize> },
    /// timpush/revoke of the nth task made so far (none yet: an unknown TaskId).
    Revoke(usize),
    Roundtrip,
}

#[derive(Debug, Clone)]
enum Cond {
    None,
    Tags { and: Vec<usize>, or: Vec<usize> },
    Attrs { and: Vec<(usize, usize)>, or: Vec<(usize, usize)> },
    /// Tags and attributes together: always 90039.
    Both,
}

#[derive(Debug, Default)]
struct Model {
    users: Vec<&'static str>,
    /// (index, name)
    names: Vec<(usize, &'static str)>,
    /// (user, index, value)
    attrs: Vec<(&'static str, usize, &'static str)>,
    /// (user, tag) in the order added.
    tags: Vec<(&'static str, &'static str)>,
    /// Receivers of each push, in order.
    pushes: Vec<Vec<&'static str>>,
    /// Whether each push is revoked.
    revoked: Vec<bool>,
}

impl Model {
    fn index_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(_, n)| *n == name).map(|(i, _)| *i)
    }
    fn name_of(&self, index: usize) -> Option<&'static str> {
        self.names.iter().find(|(i, _)| *i == index).map(|(_, n)| *n)
    }
    fn tags_of(&self, user: &str) -> Vec<&'static str> {
        self.tags.iter().filter(|(u, _)| *u == user).map(|(_, t)| *t).collect()
    }
    /// Applies an op; answers the error code the service gives.
    fn apply(&mut self, op: &Op) -> u32 {
        match op {
            Op::Import(u) => {
                if !self.users.contains(&USERS[*u]) {
                    self.users.push(USERS[*u]);
                }
                0
            }
            Op::Delete(u) => {
                let user = USERS[*u];
                if !self.users.contains(&user) {
                    return 0; // account_delete answers OK with a per-item code
                }
                self.users.retain(|x| *x != user);
                self.attrs.retain(|(x, _, _)| *x != user);
                self.tags.retain(|(x, _)| *x != user);
                0
            }
            Op::SetNames(pairs) => {
                let mut names = self.names.clone();
                // The request is a JSON object: a repeated index keeps its last name.
                for (i, n) in pairs {
                    names.retain(|(x, _)| x != i);
                    names.push((*i, NAMES[*n]));
                }
                let mut seen: Vec<&str> = names.iter().map(|(_, n)| *n).collect();
                seen.sort_unstable();
                if seen.windows(2).any(|w| w[0] == w[1]) {
                    return 90033;
                }
                self.names = names;
                0
            }
            Op::SetAttr { who, attrs } => {
                let user = USERS[*who];
                let attrs = dedup_last(attrs);
                let mut indexed = vec![];
                for (n, v) in &attrs {
                    let Some(i) = self.index_of(NAMES[*n]) else { return 90033 };
                    indexed.push((i, VALUES[*v]));
                }
                for (i, v) in indexed {
                    self.attrs.retain(|(u, x, _)| !(*u == user && *x == i));
                    self.attrs.push((user, i, v));
                }
                0
            }
            Op::RemoveAttr { who, names } => {
                let user = USERS[*who];
                let mut indexes = vec![];
                for n in names {
                    let Some(i) = self.index_of(NAMES[*n]) else { return 90033 };
                    indexes.push(i);
                }
                self.attrs.retain(|(u, i, _)| !(*u == user && indexes.contains(i)));
                0
            }
            Op::AddTags { who, tags } => {
                let user = USERS[*who];
                for t in tags {
                    if !self.tags.contains(&(user, TAGS[*t])) {
                        self.tags.push((user, TAGS[*t]));
                    }
                }
                0
            }
            Op::RemoveTags { who, tags } => {
                let user = USERS[*who];
                self.tags.retain(|(u, t)| !(*u == user && tags.iter().any(|x| TAGS[*x] == *t)));
                0
            }
            Op::RemoveAllTags(who) => {
                self.tags.retain(|(u, _)| !who.iter().any(|w| USERS[*w] == *u));
                0
            }
            Op::Push { from, cond } => {
                let sender = from.map_or("administrator", |f| USERS[f]);
                if from.is_some() && !self.users.contains(&sender) {
                    return 90008;
                }
                let selects: Box<dyn Fn(&str) -> bool> = match cond {
                    Cond::None => Box::new(|_| true),
                    Cond::Both => return 90039,
                    Cond::Tags { and, or } => {
                        if and.iter().any(|t| or.contains(t)) {
                            return 90022;
                        }
                        let (and, or) = (and.clone(), or.clone());
                        let tags: Vec<(&str, &str)> = self.tags.clone();
                        Box::new(move |u| {
                            let has = |t: &usize| tags.contains(&(u, TAGS[*t]));
                            and.iter().all(has) && (or.is_empty() || or.iter().any(has))
                        })
                    }
                    Cond::Attrs { and, or } => {
                        let (and, or) = (dedup_last(and), dedup_last(or));
                        let mut resolved = vec![];
                        for list in [&and, &or] {
                            let mut r = vec![];
                            for (n, v) in list {
                                let Some(i) = self.index_of(NAMES[*n]) else { return 90033 };
                                r.push((i, VALUES[*v]));
                            }
                            resolved.push(r);
                        }
                        let attrs = self.attrs.clone();
                        Box::new(move |u| {
                            let has = |(i, v): &(usize, &str)| attrs.iter().any(|(x, j, w)| *x == u && j == i && w == v);
                            resolved[0].iter().all(has) && (resolved[1].is_empty() || resolved[1].iter().any(has))
                        })
                    }
                };
                let mut got: Vec<&'static str> = self.users.iter().copied().filter(|u| *u != sender && selects(u)).collect();
                got.sort_unstable();
                self.pushes.push(got);
                self.revoked.push(false);
                0
            }
            Op::Batch { from, to } => {
                let sender = USERS[*from];
                if !self.users.contains(&sender) {
                    return 90008;
                }
                let mut got: Vec<&'static str> = vec![];
                for u in to.iter().map(|t| USERS[*t]).filter(|u| *u != sender && self.users.contains(u)) {
                    if !got.contains(&u) {
                        got.push(u);
                    }
                }
                got.sort_unstable();
                self.pushes.push(got);
                self.revoked.push(false);
                0
            }
            Op::Revoke(n) => match self.revoked.len() {
                0 => 90049,
                len => match self.revoked.get_mut(n % len) {
                    Some(r) if *r => 90050,
                    Some(r) => {
                        *r = true;
                        0
                    }
                    None => 90049,
                },
            },
            Op::Roundtrip => 0,
        }
    }
}

/// A JSON object keeps a repeated key's last value.
fn dedup_last(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = vec![];
    for (k, v) in pairs {
        out.retain(|(x, _)| x != k);
        out.push((*k, *v));
    }
    out
}

fn attr_object(sim_pairs: &[(usize, usize)]) -> Value {
    // Written key by key (a repeated key: the last one counts, as the model reads it).
    let body = sim_pairs.iter().map(|(n, v)| format!("{}:{}", json!(NAMES[*n]), json!(VALUES[*v]))).collect::<Vec<_>>().join(",");
    serde_json::from_str(&format!("{{{body}}}")).unwrap()
}

fn request(op: &Op) -> Option<(&'static str, Value)> {
    let users = |v: &[usize]| v.iter().map(|u| USERS[*u]).collect::<Vec<_>>();
    let tags = |v: &[usize]| v.iter().map(|t| TAGS[*t]).collect::<Vec<_>>();
    Some(match op {
        Op::Import(u) => ("im_open_login_svc/account_import", json!({ "UserID": USERS[*u] })),
        Op::Delete(u) => ("im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": USERS[*u] }] })),
        Op::SetNames(pairs) => {
            let body = pairs.iter().map(|(i, n)| format!("\"{i}\":{}", json!(NAMES[*n]))).collect::<Vec<_>>().join(",");
            ("all_member_push/im_set_attr_name", json!({ "AttrNames": serde_json::from_str::<Value>(&format!("{{{body}}}")).unwrap() }))
        }
        Op::SetAttr { who, attrs } => ("all_member_push/im_set_attr", json!({ "UserAttrs": [{ "To_Account": USERS[*who], "Attrs": attr_object(attrs) }] })),
        Op::RemoveAttr { who, names } => {
            let names: Vec<&str> = names.iter().map(|n| NAMES[*n]).collect();
            ("all_member_push/im_remove_attr", json!({ "UserAttrs": [{ "To_Account": USERS[*who], "Attrs": names }] }))
        }
        Op::AddTags { who, tags: t } => ("all_member_push/im_add_tag", json!({ "UserTags": [{ "To_Account": USERS[*who], "Tags": tags(t) }] })),
        Op::RemoveTags { who, tags: t } => ("all_member_push/im_remove_tag", json!({ "UserTags": [{ "To_Account": USERS[*who], "Tags": tags(t) }] })),
        Op::RemoveAllTags(who) => ("all_member_push/im_remove_all_tags", json!({ "To_Account": users(who) })),
        Op::Push { from, cond } => {
            let mut body = json!({ "MsgRandom": 0, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "p" } }] });
            if let Some(f) = from {
                body["From_Account"] = json!(USERS[*f]);
            }
            let list = |v: &[usize]| (!v.is_empty()).then(|| json!(tags(v)));
            match cond {
                Cond::None => {}
                Cond::Tags { and, or } => {
                    let mut c = json!({});
                    if let Some(a) = list(and) {
                        c["TagsAnd"] = a;
                    }
                    if let Some(o) = list(or) {
                        c["TagsOr"] = o;
                    }
                    body["Condition"] = c;
                }
                Cond::Attrs { and, or } => {
                    let mut c = json!({});
                    if !and.is_empty() {
                        c["AttrsAnd"] = attr_object(and);
                    }
                    if !or.is_empty() {
                        c["AttrsOr"] = attr_object(or);
                    }
                    body["Condition"] = c;
                }
                Cond::Both => body["Condition"] = json!({ "TagsOr": ["t0"], "AttrsOr": { "n0": "v0" } }),
            }
            ("all_member_push/im_push", body)
        }
        Op::Batch { from, to } => ("timpush/batch", json!({ "From_Account": USERS[*from], "To_Account": users(to), "MsgRandom": 0, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "b" } }], "OfflinePushInfo": {} })),
        // The TaskId is filled in by the run (the nth task's, from inspect).
        Op::Revoke(n) => ("timpush/revoke", json!({ "TaskId": n.to_string() })),
        Op::Roundtrip => return None,
    })
}

/// The Push plugin's name for an all_member_push command (the same data).
fn plugin_api(api: &'static str) -> &'static str {
    match api {
        "all_member_push/im_set_attr_name" => "timpush/set_attr_name",
        "all_member_push/im_set_attr" => "timpush/set_attr",
        "all_member_push/im_remove_attr" => "timpush/remove_attr",
        "all_member_push/im_add_tag" => "timpush/add_tag",
        "all_member_push/im_remove_tag" => "timpush/remove_tag",
        "all_member_push/im_remove_all_tags" => "timpush/clear_all_tags",
        "all_member_push/im_push" => "timpush/push",
        other => other,
    }
}

fn op() -> impl Strategy<Value = Op> {
    let user = 0..USERS.len();
    let pair = (0..NAMES.len(), 0..VALUES.len());
    let tag_list = proptest::collection::vec(0..TAGS.len(), 1..4);
    let cond = prop_oneof![
        Just(Cond::None),
        (proptest::collection::vec(0..TAGS.len(), 0..3), proptest::collection::vec(0..TAGS.len(), 0..3)).prop_map(|(and, or)| Cond::Tags { and, or }),
        (proptest::collection::vec(pair.clone(), 0..3), proptest::collection::vec(pair.clone(), 0..3)).prop_map(|(and, or)| Cond::Attrs { and, or }),
        Just(Cond::Both),
    ];
    prop_oneof![
        user.clone().prop_map(Op::Import),
        user.clone().prop_map(Op::Delete),
        proptest::collection::vec((0..10usize, 0..NAMES.len()), 1..3).prop_map(Op::SetNames),
        (user.clone(), proptest::collection::vec(pair, 1..3)).prop_map(|(who, attrs)| Op::SetAttr { who, attrs }),
        (user.clone(), proptest::collection::vec(0..NAMES.len(), 1..3)).prop_map(|(who, names)| Op::RemoveAttr { who, names }),
        (user.clone(), tag_list.clone()).prop_map(|(who, tags)| Op::AddTags { who, tags }),
        (user.clone(), tag_list).prop_map(|(who, tags)| Op::RemoveTags { who, tags }),
        proptest::collection::vec(user.clone(), 1..3).prop_map(Op::RemoveAllTags),
        (proptest::option::of(user.clone()), cond).prop_map(|(from, cond)| Op::Push { from, cond }),
        (user.clone(), proptest::collection::vec(user, 1..4)).prop_map(|(from, to)| Op::Batch { from, to }),
        (0..8usize).prop_map(Op::Revoke),
        Just(Op::Roundtrip),
    ]
}

/// Every account's attributes and tags as the simulator answers them, against the model.
fn compare(sim: &mut Simulator, model: &Model) -> Result<(), TestCaseError> {
    let attrs = sim.call("all_member_push/im_get_attr", &json!({ "To_Account": USERS }).to_string());
    let tags = sim.call("all_member_push/im_get_tag", &json!({ "To_Account": USERS }).to_string());
    for (k, user) in USERS.iter().enumerate() {
        let mut want = serde_json::Map::new();
        for (u, i, v) in &model.attrs {
            if u == user {
                want.insert(model.name_of(*i).unwrap().to_owned(), json!(v));
            }
        }
        prop_assert_eq!(&attrs["UserAttrs"][k], &json!({ "To_Account": user, "Attrs": want }), "attrs of {}", user);
        prop_assert_eq!(&tags["UserTags"][k], &json!({ "To_Account": user, "Tags": model.tags_of(user) }), "tags of {}", user);
    }
    let names: serde_json::Map<String, Value> = model.names.iter().map(|(i, n)| (i.to_string(), json!(n))).collect();
    prop_assert_eq!(&sim.call("all_member_push/im_get_attr_name", "{}")["AttrNames"], &Value::Object(names));
    // Each push's receivers, oldest first.
    let state = sim.inspect();
    let tasks = state.get("push").map(|p| p["tasks"].as_array().unwrap().clone()).unwrap_or_default();
    prop_assert_eq!(tasks.len(), model.pushes.len());
    for (t, want) in tasks.iter().zip(&model.pushes) {
        let mut got: Vec<&str> = t["receivers"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        got.sort_unstable();
        prop_assert_eq!(&got, want);
    }
    let revoked: Vec<bool> = tasks.iter().map(|t| t.get("revoked").is_some()).collect();
    prop_assert_eq!(&revoked, &model.revoked);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(300), ..ProptestConfig::default() })]

    #[test]
    fn push_state_matches_the_naive_model(ops in proptest::collection::vec(op(), 1..40), plugin in proptest::collection::vec(any::<bool>(), 45)) {
        let mut sim = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
        let mut model = Model::default();
        // Start with every account and two named attributes, so ops act on state.
        let start = [Op::Import(0), Op::Import(1), Op::Import(2), Op::Import(3), Op::SetNames(vec![(0, 0), (1, 1), (2, 2)])];
        let mut random = 0u32;
        for (k, op) in start.iter().chain(&ops).enumerate() {
            let want = model.apply(op);
            match request(op) {
                None => {
                    sim = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
                }
                Some((api, mut body)) => {
                    let api = if plugin.get(k).copied().unwrap_or(false) { plugin_api(api) } else { api };
                    if api == "timpush/revoke" {
                        // The nth task by time (each push is a second apart), or one never made.
                        let tasks = sim.inspect().get("push").map(|p| p["tasks"].as_array().unwrap().clone()).unwrap_or_default();
                        let n: usize = body["TaskId"].as_str().unwrap().parse().unwrap();
                        body["TaskId"] = tasks.get(n % tasks.len().max(1)).map_or(json!("none"), |t| t["taskId"].clone());
                    }
                    if api.ends_with("push") || api == "timpush/batch" {
                        // A fresh MsgRandom per push (a repeated one is the same task).
                        random += 1;
                        body["MsgRandom"] = json!(random);
                        sim.advance(1);
                    }
                    let answer = sim.call(api, &body.to_string());
                    prop_assert_eq!(answer["ErrorCode"].as_u64(), Some(u64::from(want)), "{:?} answered {}", op, answer);
                }
            }
            compare(&mut sim, &model)?;
        }
        // Each push reached its receivers' history: one message from its sender each.
        let total: usize = model.pushes.iter().map(Vec::len).sum();
        let stored: u64 = sim.inspect()["c2c"].as_array().unwrap().iter().map(|c| c["messages"].as_u64().unwrap()).sum();
        // Deleting an account keeps the messages others sent it only while it exists.
        prop_assert!(stored as usize <= total);
        let back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
        prop_assert_eq!(back.inspect(), sim.inspect());
    }
}
