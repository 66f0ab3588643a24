//! Random create / import / modify / destroy topic, topic message, mute and snapshot sequences
//! against a naive model: a map of topic ID → (name, mute-all), and per sequence (the group's
//! own, keyed "", and each topic's) a plain list of messages, each member's read position and
//! the accounts muted there (the group's mutes hold in every topic).
//! get_topic (every topic, each one by ID, and each member's SelfInfo), group_msg_get_simple
//! and the members' unread counts must agree with it after every step; custom IDs collide as
//! the model says; sends, recalls, deletions and client reads touch their own sequence only.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const GID: &str = "@TGS#_@TGS#cMODEL00001";
const SUFFIXES: [&str; 4] = ["a", "b", "c", "d"];

/// The owner, a member, and one who joins and leaves.
const PEOPLE: [&str; 3] = ["owner", "m1", "m2"];

#[derive(Debug, Clone)]
enum Op {
    /// A custom ID (a suffix) or an assigned one; by create_topic or import_topic.
    Create(Option<usize>, bool),
    Modify(usize, Option<u8>, Option<bool>),
    Destroy(Vec<usize>),
    Roundtrip,
    /// send_group_msg to the group (`None`) or a topic, from someone or the admin (`None`).
    Send { topic: Option<usize>, from: Option<usize>, random: u32 },
    Recall { topic: Option<usize>, seq: u64 },
    DeleteBySender { topic: Option<usize>, who: usize },
    /// The client's readGroup, in the group or a topic.
    Read { topic: Option<usize>, who: usize, seq: u64 },
    /// m2 joins (add_group_member) or leaves (delete_group_member).
    Join(bool),
    /// forbid_send_msg in the group or a topic: mute (for 100 s: the clock stands still) or unmute.
    Mute { topic: Option<usize>, who: usize, on: bool },
}

fn op() -> impl Strategy<Value = Op> {
    let topic = || prop::option::of(0..8usize);
    prop_oneof![
        4 => (prop::option::of(0..SUFFIXES.len()), any::<bool>()).prop_map(|(s, import)| Op::Create(s, import)),
        2 => (0..8usize, prop::option::of(0u8..4), prop::option::of(any::<bool>())).prop_map(|(t, n, m)| Op::Modify(t, n, m)),
        1 => prop::collection::vec(0..8usize, 1..4).prop_map(Op::Destroy),
        1 => Just(Op::Roundtrip),
        6 => (topic(), prop::option::of(0..PEOPLE.len()), 0u32..6).prop_map(|(topic, from, random)| Op::Send { topic, from, random }),
        2 => (topic(), 0u64..6).prop_map(|(topic, seq)| Op::Recall { topic, seq }),
        1 => (topic(), 0..PEOPLE.len()).prop_map(|(topic, who)| Op::DeleteBySender { topic, who }),
        2 => (topic(), 0..PEOPLE.len(), 0u64..6).prop_map(|(topic, who, seq)| Op::Read { topic, who, seq }),
        1 => any::<bool>().prop_map(Op::Join),
        2 => (topic(), 0..PEOPLE.len(), any::<bool>()).prop_map(|(topic, who, on)| Op::Mute { topic, who, on }),
    ]
}

/// One message of the model: sender ("" for the admin), random, recalled.
#[derive(Debug, Clone)]
struct Msg {
    sender: String,
    random: u32,
    recalled: bool,
}

/// A message sequence of the model: its messages, the members' read positions and the
/// accounts muted in it.
#[derive(Debug, Clone, Default)]
struct Log {
    msgs: Vec<Msg>,
    reads: BTreeMap<String, u64>,
    muted: BTreeSet<String>,
}

/// How long the model's mutes last: the clock stands still, so they never end.
const MUTE_SECONDS: u64 = 100;

impl Log {
    fn unread(&self, who: &str) -> u64 {
        let read = self.reads.get(who).copied().unwrap_or(0) as usize;
        self.msgs.iter().skip(read).filter(|m| m.sender != who).count() as u64
    }
}

/// The sequence an op names: "" (the group's) or a live or gone topic.
fn log_id(m: &BTreeMap<String, (String, bool)>, gone: &[String], topic: Option<usize>) -> String {
    topic.map_or_else(String::new, |i| pick(m, gone, i))
}

fn with_topic(mut body: Value, id: &str) -> Value {
    if !id.is_empty() {
        body["TopicId"] = json!(id);
    }
    body
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
        s.call("im_open_login_svc/multiaccount_import", r#"{"Accounts":["m1","m2"]}"#);
        let r = s.call("group_open_http_svc/add_group_member", &json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "m1" }] }).to_string());
        prop_assert_eq!(&r["ErrorCode"], 0);
        let mut m: BTreeMap<String, (String, bool)> = BTreeMap::new();
        let mut gone: Vec<String> = Vec::new();
        let mut members: Vec<String> = vec!["owner".into(), "m1".into()];
        let mut logs: BTreeMap<String, Log> = BTreeMap::new();
        logs.insert(String::new(), Log { msgs: vec![], reads: members.iter().map(|a| (a.clone(), 0)).collect(), muted: BTreeSet::new() });
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
                            logs.insert(id, Log { msgs: vec![], reads: members.iter().map(|a| (a.clone(), 0)).collect(), muted: BTreeSet::new() });
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
                        let expected = if m.remove(id).is_some() { gone.push(id.clone()); logs.remove(id); 0 } else { 10010 };
                        prop_assert_eq!(&r["DestroyResultItem"][k]["ErrorCode"], expected, "{}", id);
                    }
                }
                Op::Roundtrip => {
                    s = Simulator::restore(&s.snapshot(), || 0, None).unwrap();
                }
                Op::Send { topic, from, random } => {
                    let id = log_id(&m, &gone, *topic);
                    let sender = from.map(|i| PEOPLE[i]);
                    let mut body = with_topic(json!({ "GroupId": GID, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("s{n}") } }] }), &id);
                    if let Some(a) = sender {
                        body["From_Account"] = json!(a);
                    }
                    let r = s.call("group_open_http_svc/send_group_msg", &body.to_string());
                    let muted_all = m.get(&id).is_some_and(|t| t.1) && sender.is_some_and(|a| a != "owner");
                    // The group's mutes hold in every topic, a topic's in that topic.
                    let muted = sender.is_some_and(|a| [String::new(), id.clone()].iter().any(|l| logs.get(l).is_some_and(|log| log.muted.contains(a))));
                    match logs.get_mut(&id) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10010),
                        Some(_) if sender.is_some_and(|a| !members.iter().any(|x| x == a)) => prop_assert_eq!(&r["ErrorCode"], 10007),
                        Some(_) if muted || muted_all => prop_assert_eq!(&r["ErrorCode"], 10017),
                        Some(log) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            // The same Random in the same sequence (the clock stands still) is the first message again.
                            match log.msgs.iter().position(|x| x.random == *random) {
                                Some(i) => prop_assert_eq!(&r["MsgSeq"], i as u64 + 1),
                                None => {
                                    log.msgs.push(Msg { sender: sender.unwrap_or("").into(), random: *random, recalled: false });
                                    let seq = log.msgs.len() as u64;
                                    prop_assert_eq!(&r["MsgSeq"], seq);
                                    if let Some(a) = sender {
                                        log.reads.insert(a.into(), seq);
                                    }
                                }
                            }
                        }
                    }
                }
                Op::Recall { topic, seq } => {
                    let id = log_id(&m, &gone, *topic);
                    let r = s.call("group_open_http_svc/group_msg_recall", &with_topic(json!({ "GroupId": GID, "MsgSeqList": [{ "MsgSeq": seq }] }), &id).to_string());
                    match logs.get_mut(&id) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10010),
                        Some(log) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            let hit = seq.checked_sub(1).and_then(|i| log.msgs.get_mut(i as usize)).filter(|x| !x.recalled);
                            prop_assert_eq!(&r["RecallRetList"][0]["RetCode"], if hit.is_some() { 0 } else { 10030 });
                            if let Some(x) = hit {
                                x.recalled = true;
                            }
                        }
                    }
                }
                Op::DeleteBySender { topic, who } => {
                    let id = log_id(&m, &gone, *topic);
                    let r = s.call("group_open_http_svc/delete_group_msg_by_sender", &with_topic(json!({ "GroupId": GID, "Sender_Account": PEOPLE[*who] }), &id).to_string());
                    match logs.get_mut(&id) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10010),
                        Some(log) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            for x in log.msgs.iter_mut().filter(|x| x.sender == PEOPLE[*who]) {
                                x.recalled = true;
                            }
                        }
                    }
                }
                Op::Read { topic, who, seq } => {
                    let id = log_id(&m, &gone, *topic);
                    let mut action = with_topic(json!({ "action": "readGroup", "groupId": GID, "account": PEOPLE[*who], "seq": seq }), &id);
                    if !id.is_empty() {
                        action["topicId"] = action["TopicId"].take();
                        action.as_object_mut().unwrap().remove("TopicId");
                    }
                    let r = s.client_json(&action.to_string());
                    match logs.get_mut(&id).and_then(|log| { let last = log.msgs.len() as u64; log.reads.get_mut(PEOPLE[*who]).map(|p| (p, last)) }) {
                        None => prop_assert!(r.is_err()),
                        Some((read, last)) => {
                            prop_assert!(r.is_ok(), "{:?}", r);
                            *read = (*read).max((*seq).min(last));
                        }
                    }
                }
                Op::Mute { topic, who, on } => {
                    let id = log_id(&m, &gone, *topic);
                    let r = s.call("group_open_http_svc/forbid_send_msg", &with_topic(json!({ "GroupId": GID, "Members_Account": [PEOPLE[*who]], "MuteTime": if *on { MUTE_SECONDS } else { 0 } }), &id).to_string());
                    match logs.get_mut(&id) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10010),
                        Some(log) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            if *on {
                                log.muted.insert(PEOPLE[*who].into());
                            } else {
                                log.muted.remove(PEOPLE[*who]);
                            }
                        }
                    }
                }
                Op::Join(join) => {
                    let inside = members.iter().any(|a| a == "m2");
                    if *join {
                        let r = s.call("group_open_http_svc/add_group_member", &json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "m2" }] }).to_string());
                        prop_assert_eq!(&r["ErrorCode"], 0);
                        if !inside {
                            members.push("m2".into());
                            for log in logs.values_mut() {
                                log.reads.insert("m2".into(), log.msgs.len() as u64);
                            }
                        }
                    } else {
                        let r = s.call("group_open_http_svc/delete_group_member", &json!({ "GroupId": GID, "MemberToDel_Account": ["m2"] }).to_string());
                        prop_assert_eq!(&r["ErrorCode"], 0);
                        members.retain(|a| a != "m2");
                        for log in logs.values_mut() {
                            log.reads.remove("m2");
                        }
                    }
                }
            }
            // Every sequence's history, read positions, unread counts and mutes.
            let inspected = s.inspect();
            let group_muted = logs.get("").map(|l| l.muted.clone()).unwrap_or_default();
            for (id, log) in &logs {
                let r = s.call("group_open_http_svc/get_group_muted_account", &with_topic(json!({ "GroupId": GID }), id).to_string());
                let listed: BTreeSet<String> = r["MutedAccountList"].as_array().unwrap_or_else(|| panic!("{r}")).iter().map(|x| x["Member_Account"].as_str().unwrap().to_owned()).collect();
                prop_assert_eq!(&listed, &log.muted, "mutes of {:?}", id);
                let r = s.call("group_open_http_svc/group_msg_get_simple", &with_topic(json!({ "GroupId": GID, "ReqMsgNumber": 20, "WithRecalledMsg": 1 }), id).to_string());
                let got: Vec<(String, u64, u64)> = r["RspMsgList"].as_array().unwrap_or_else(|| panic!("{r}")).iter().rev().map(|x| (x["From_Account"].as_str().unwrap().to_owned(), x["MsgRandom"].as_u64().unwrap(), x["IsPlaceMsg"].as_u64().unwrap())).collect();
                let want: Vec<(String, u64, u64)> = log.msgs.iter().map(|x| (if x.sender.is_empty() { "administrator".to_owned() } else { x.sender.clone() }, u64::from(x.random), if x.recalled { 2 } else { 0 })).collect();
                prop_assert_eq!(got, want, "history of {:?}", id);
                for (who, read) in &log.reads {
                    if id.is_empty() {
                        let member = inspected["groups"][0]["members"].as_array().unwrap().iter().find(|x| x["account"] == who.as_str()).cloned().unwrap_or_default();
                        prop_assert_eq!(&member["readSeq"], read);
                        prop_assert_eq!(&member["unread"], log.unread(who));
                    } else {
                        let one = call(&mut s, "get_topic", json!({ "GroupId": GID, "From_Account": who, "TopicIdList": [id] }));
                        prop_assert_eq!(&one["TopicAndSelfInfo"][0]["SelfInfo"]["MsgSeq"], read);
                        let shut_up = if log.muted.contains(who) || group_muted.contains(who) { T0 + MUTE_SECONDS } else { 0 };
                        prop_assert_eq!(&one["TopicAndSelfInfo"][0]["SelfInfo"]["ShutUpTime"], shut_up);
                        prop_assert_eq!(&one["TopicAndSelfInfo"][0]["TopicInfo"]["NextMsgSeq"], log.msgs.len() as u64 + 1);
                        prop_assert_eq!(&inspected["groups"][0]["topics"][id]["members"][who]["unread"], log.unread(who));
                    }
                }
                prop_assert_eq!(log.reads.len(), members.len());
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
