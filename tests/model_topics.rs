//! Random create / import / modify / destroy topic and snapshot sequences against a naive
//! model: a map of topic ID → (name, mute-all). get_topic (every topic, and each one by ID)
//! must agree with it after every step; custom IDs collide as the model says.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const GID: &str = "@TGS#_@TGS#cMODEL00001";
const SUFFIXES: [&str; 4] = ["a", "b", "c", "d"];

#[derive(Debug, Clone)]
enum Op {
    /// A custom ID (a suffix) or an assigned one; by create_topic or import_topic.
    Create(Option<usize>, bool),
    Modify(usize, Option<u8>, Option<bool>),
    Destroy(Vec<usize>),
    Roundtrip,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (prop::option::of(0..SUFFIXES.len()), any::<bool>()).prop_map(|(s, import)| Op::Create(s, import)),
        3 => (0..8usize, prop::option::of(0u8..4), prop::option::of(any::<bool>())).prop_map(|(t, n, m)| Op::Modify(t, n, m)),
        2 => prop::collection::vec(0..8usize, 1..4).prop_map(Op::Destroy),
        1 => Just(Op::Roundtrip),
    ]
}

fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(&format!("million_group_open_http_svc/{api}"), &body.to_string())
}

/// Topic `i` of the model: one of the live topics, or one that no longer exists.
fn pick(m: &BTreeMap<String, (String, bool)>, gone: &[String], i: usize) -> String {
    let all: Vec<&String> = m.keys().chain(gone.iter()).collect();
    all.get(i % all.len().max(1)).map_or_else(|| format!("{GID}@TOPIC#_none"), |s| (*s).clone())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn topics_agree_with_a_map(ops in prop::collection::vec(op(), 1..40)) {
        let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
        s.call("im_open_login_svc/account_import", r#"{"UserID":"owner"}"#);
        let r: Value = serde_json::from_str(&s.call("group_open_http_svc/create_group", &json!({ "Owner_Account": "owner", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1 }).to_string()).to_string()).unwrap();
        prop_assert_eq!(&r["ErrorCode"], 0);
        let mut m: BTreeMap<String, (String, bool)> = BTreeMap::new();
        let mut gone: Vec<String> = Vec::new();
        for (n, op) in ops.iter().enumerate() {
            match op {
                Op::Create(suffix, import) => {
                    let name = format!("t{n}");
                    let mut body = json!({ "GroupId": GID, "TopicName": name });
                    let custom = suffix.map(|i| format!("{GID}@TOPIC#_{}", SUFFIXES[i]));
                    if let Some(id) = &custom {
                        body["TopicId"] = json!(id);
                    }
                    let r = call(&mut s, if *import { "import_topic" } else { "create_topic" }, body);
                    match custom {
                        Some(id) if m.contains_key(&id) => prop_assert_eq!(&r["ErrorCode"], 10021),
                        _ => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            let id = r["TopicId"].as_str().unwrap().to_owned();
                            let prefix = format!("{GID}@TOPIC#_");
                            prop_assert!(id.starts_with(&prefix), "{}", id);
                            prop_assert!(m.insert(id.clone(), (name, false)).is_none());
                            gone.retain(|g| *g != id);
                        }
                    }
                }
                Op::Modify(i, name, mute) => {
                    let id = pick(&m, &gone, *i);
                    let mut body = json!({ "GroupId": GID, "TopicId": id });
                    if let Some(k) = name {
                        body["TopicName"] = json!(format!("n{k}"));
                    }
                    if let Some(on) = mute {
                        body["MuteAllMember"] = json!(if *on { "On" } else { "Off" });
                    }
                    let r = call(&mut s, "modify_topic", body);
                    match m.get_mut(&id) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10010),
                        Some(t) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            if let Some(k) = name {
                                t.0 = format!("n{k}");
                            }
                            if let Some(on) = mute {
                                t.1 = *on;
                            }
                        }
                    }
                }
                Op::Destroy(list) => {
                    let ids: Vec<String> = list.iter().map(|i| pick(&m, &gone, *i)).collect();
                    let r = call(&mut s, "destroy_topic", json!({ "GroupId": GID, "TopicIdList": ids }));
                    prop_assert_eq!(&r["ErrorCode"], 0);
                    for (k, id) in ids.iter().enumerate() {
                        let expected = if m.remove(id).is_some() { gone.push(id.clone()); 0 } else { 10010 };
                        prop_assert_eq!(&r["DestroyResultItem"][k]["ErrorCode"], expected, "{}", id);
                    }
                }
                Op::Roundtrip => {
                    s = Simulator::restore(&s.snapshot(), || 0, None).unwrap();
                }
            }
            let all = call(&mut s, "get_topic", json!({ "GroupId": GID }));
            let got: BTreeMap<String, (String, bool)> = all["TopicAndSelfInfo"].as_array().unwrap().iter().map(|t| {
                let i = &t["TopicInfo"];
                (i["TopicId"].as_str().unwrap().to_owned(), (i["TopicName"].as_str().unwrap().to_owned(), i["ShutUpAllFlag"] == 1))
            }).collect();
            prop_assert_eq!(&got, &m);
            for id in &gone {
                let one = call(&mut s, "get_topic", json!({ "GroupId": GID, "TopicIdList": [id] }));
                prop_assert_eq!(&one["TopicAndSelfInfo"][0]["ErrorCode"], 10010);
            }
        }
    }
}
