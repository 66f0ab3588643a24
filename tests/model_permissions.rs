//! Random permission-group sequences on a Community whose permission groups are the basis
//! (`EnablePermission: 1`) against a naive model: the default permission, each permission
//! group's bits, members (in the order added) and topic bits, the mutes made, the members and
//! the messages sent. Every client send (with and without @all), mute, recall and kick is
//! granted or refused (10007) as the union of the default and the member's groups says (the
//! owner always; nobody mutes, kicks or recalls the messages of the owner; one's own messages
//! need no bit). A muted member's sends are refused (10017) where the mute holds; a recall
//! comes within two minutes of the send (10031), of a message there and not recalled (10030);
//! a kicked member leaves its permission groups and does nothing until added back.
//! get_permission_group, the member lists, the topic permissions, the members and which
//! messages are recalled agree with the model after every step, and across snapshot → restore.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use tcim::sim::{Options, Simulator};

const GID: &str = "@TGS#_pmodel";
const TOPICS: [&str; 2] = ["@TGS#_pmodel@TOPIC#_a", "@TGS#_pmodel@TOPIC#_b"];
const PEOPLE: [&str; 3] = ["owner", "m1", "m2"];
const PGS: [&str; 2] = ["@PMG#_p0", "@PMG#_p1"];
/// The Community bits and the topic bits the client actions use: mute, send, @all, recall
/// others' messages, manage members (no topic bit).
const MUTE: (u64, u64) = (32, 4);
const SEND: (u64, u64) = (64, 8);
const AT_ALL: (u64, u64) = (128, 64);
const RECALL: (u64, u64) = (512, 32);
const KICK: (u64, u64) = (2, 0);
const BITS: [(u64, u64); 5] = [MUTE, SEND, AT_ALL, RECALL, KICK];

fn community_bits(x: u8) -> u64 {
    BITS.iter().enumerate().filter(|(i, _)| x >> i & 1 == 1).map(|(_, b)| b.0).sum()
}

fn topic_bits(x: u8) -> u64 {
    BITS.iter().enumerate().filter(|(i, _)| x >> i & 1 == 1).map(|(_, b)| b.1).sum()
}

/// How old a message a client may recall.
const RECALL_SECONDS: u64 = 120;

#[derive(Debug, Clone)]
enum Op {
    Create(usize, u8),
    Destroy(usize),
    Modify(usize, u8),
    AddMember(usize, usize),
    DeleteMember(usize, usize),
    /// add (0), set (1) or delete (2) topic permissions.
    TopicPermission { pg: usize, topic: usize, bits: u8, mode: u8 },
    Send { who: usize, topic: Option<usize>, at_all: bool },
    Mute { by: usize, target: usize, topic: Option<usize>, on: bool },
    /// A client recall of one of the sequence's messages, or of the seq after its last.
    Recall { by: usize, pick: u8, topic: Option<usize> },
    Kick { by: usize, target: usize },
    /// add_group_member (REST): a kicked member comes back.
    Rejoin(usize),
    Advance,
    Roundtrip,
}

fn op() -> impl Strategy<Value = Op> {
    let pg = || 0..PGS.len();
    let who = || 0..PEOPLE.len();
    let topic = || prop::option::of(0..TOPICS.len());
    prop_oneof![
        2 => (pg(), any::<u8>()).prop_map(|(p, b)| Op::Create(p, b)),
        1 => pg().prop_map(Op::Destroy),
        1 => (pg(), any::<u8>()).prop_map(|(p, b)| Op::Modify(p, b)),
        2 => (pg(), who()).prop_map(|(p, w)| Op::AddMember(p, w)),
        1 => (pg(), who()).prop_map(|(p, w)| Op::DeleteMember(p, w)),
        2 => (pg(), 0..TOPICS.len(), any::<u8>(), 0u8..3).prop_map(|(pg, topic, bits, mode)| Op::TopicPermission { pg, topic, bits, mode }),
        4 => (who(), topic(), any::<bool>()).prop_map(|(who, topic, at_all)| Op::Send { who, topic, at_all }),
        3 => (who(), who(), topic(), any::<bool>()).prop_map(|(by, target, topic, on)| Op::Mute { by, target, topic, on }),
        3 => (who(), any::<u8>(), topic()).prop_map(|(by, pick, topic)| Op::Recall { by, pick, topic }),
        1 => (who(), who()).prop_map(|(by, target)| Op::Kick { by, target }),
        1 => who().prop_map(Op::Rejoin),
        1 => Just(Op::Advance),
        1 => Just(Op::Roundtrip),
    ]
}

/// A permission group of the model.
#[derive(Debug, Clone, Default)]
struct Pg {
    bits: u64,
    members: Vec<usize>,
    topics: BTreeMap<usize, u64>,
}

struct Model {
    default: u64,
    pgs: BTreeMap<usize, Pg>,
    /// Muted accounts per sequence: `None` the Community's own (holds everywhere), or a topic.
    muted: BTreeMap<Option<usize>, BTreeSet<usize>>,
    members: BTreeSet<usize>,
    /// Messages per sequence (as `muted`): sender, time, recalled.
    logs: BTreeMap<Option<usize>, Vec<(usize, u64, bool)>>,
    now: u64,
}

impl Model {
    /// Whether `who` has the Community bit or, in `topic`, the topic bit (the owner: always).
    fn has(&self, who: usize, topic: Option<usize>, (community, in_topic): (u64, u64)) -> bool {
        let mine = || self.pgs.values().filter(|pg| pg.members.contains(&who));
        let granted = mine().fold(self.default, |b, pg| b | pg.bits);
        let granted_in_topic = topic.map_or(0, |t| mine().fold(0, |b, pg| b | pg.topics.get(&t).copied().unwrap_or(0)));
        who == 0 || granted & community != 0 || granted_in_topic & in_topic != 0
    }

    fn muted(&self, who: usize, topic: Option<usize>) -> bool {
        [None, topic].iter().any(|place| self.muted.get(place).is_some_and(|m| m.contains(&who)))
    }
}

fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(&format!("group_open_http_svc/{api}"), &body.to_string())
}

fn with_topic(mut v: Value, key: &str, topic: Option<usize>) -> Value {
    if let Some(t) = topic {
        v[key] = json!(TOPICS[t]);
    }
    v
}

/// A client action's outcome: `Ok`, or the code its error names.
fn client(s: &mut Simulator, action: Value) -> Result<(), String> {
    s.client_json(&action.to_string()).map_err(|why| why.rsplit('(').next().unwrap_or("").trim_end_matches(')').to_owned())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn permissions_agree_with_a_model(default in any::<u8>(), m1_admin in any::<bool>(), ops in prop::collection::vec(op(), 1..40)) {
        let mut s = Simulator::new(Options { now: Some(1_700_000_000), rate_limit: false, ..Options::default() });
        s.call("im_open_login_svc/multiaccount_import", r#"{"Accounts":["owner","m1","m2"]}"#);
        let mut m = Model { default: community_bits(default), pgs: BTreeMap::new(), muted: BTreeMap::new(), members: (0..PEOPLE.len()).collect(), logs: BTreeMap::new(), now: 1_700_000_000 };
        let role = if m1_admin { "Admin" } else { "Member" };
        let r = call(&mut s, "create_group", json!({ "Owner_Account": "owner", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "EnablePermission": 1, "DefaultPermission": m.default, "MemberList": [{ "Member_Account": "m1", "Role": role }, { "Member_Account": "m2" }] }));
        prop_assert_eq!(&r["ErrorCode"], 0, "{}", r);
        for t in TOPICS {
            let r = s.call("million_group_open_http_svc/create_topic", &json!({ "GroupId": GID, "TopicId": t, "TopicName": "t" }).to_string());
            prop_assert_eq!(&r["ErrorCode"], 0);
        }
        for op in &ops {
            match op {
                Op::Create(p, b) => {
                    let r = call(&mut s, "create_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PGS[*p], "PermissionGroupName": "n", "Permission": community_bits(*b) }));
                    if m.pgs.contains_key(p) {
                        prop_assert_eq!(&r["ErrorCode"], 10021);
                    } else {
                        prop_assert_eq!(&r["ErrorCode"], 0);
                        m.pgs.insert(*p, Pg { bits: community_bits(*b), ..Pg::default() });
                    }
                }
                Op::Destroy(p) => {
                    let r = call(&mut s, "destroy_permission_group", json!({ "GroupId": GID, "PermissionGroupIdList": [PGS[*p]] }));
                    prop_assert_eq!(&r["ErrorCode"], if m.pgs.remove(p).is_some() { 0 } else { 10004 });
                }
                Op::Modify(p, b) => {
                    let r = call(&mut s, "modify_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PGS[*p], "Permission": community_bits(*b) }));
                    match m.pgs.get_mut(p) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10004),
                        Some(pg) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            pg.bits = community_bits(*b);
                        }
                    }
                }
                Op::AddMember(p, w) | Op::DeleteMember(p, w) => {
                    let add = matches!(op, Op::AddMember(..));
                    let r = call(&mut s, if add { "add_permission_group_member" } else { "delete_permission_group_member" }, json!({ "GroupId": GID, "PermissionGroupId": PGS[*p], "MemberList": [{ "Member_Account": PEOPLE[*w] }] }));
                    match m.pgs.get_mut(p) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10004),
                        // Only the Community's members join its permission groups.
                        Some(_) if add && !m.members.contains(w) => prop_assert_eq!(&r["ErrorCode"], 10004),
                        Some(pg) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            if !add {
                                pg.members.retain(|x| x != w);
                            } else if !pg.members.contains(w) {
                                pg.members.push(*w);
                            }
                        }
                    }
                }
                Op::TopicPermission { pg, topic, bits, mode } => {
                    let api = ["add_topic_permission_group", "set_topic_permission_group", "delete_topic_permission_group"][*mode as usize];
                    let body = if *mode == 2 {
                        json!({ "GroupId": GID, "PermissionGroupId": PGS[*pg], "TopicIdList": [TOPICS[*topic]] })
                    } else {
                        json!({ "GroupId": GID, "PermissionGroupId": PGS[*pg], "TopicPermissionList": [{ "TopicId": TOPICS[*topic], "Permission": topic_bits(*bits) }] })
                    };
                    let r = call(&mut s, api, body);
                    match m.pgs.get_mut(pg) {
                        None => prop_assert_eq!(&r["ErrorCode"], 10004),
                        Some(model) => {
                            prop_assert_eq!(&r["ErrorCode"], 0);
                            let has = model.topics.contains_key(topic);
                            let code = match (mode, has) {
                                (0, true) => 10021,
                                (1 | 2, false) => 10004,
                                _ => 0,
                            };
                            prop_assert_eq!(&r["TopicPermissionResultList"][0]["ErrorCode"], code);
                            if code == 0 {
                                if *mode == 2 {
                                    model.topics.remove(topic);
                                } else {
                                    model.topics.insert(*topic, topic_bits(*bits));
                                }
                            }
                        }
                    }
                }
                Op::Send { who, topic, at_all } => {
                    let got = client(&mut s, with_topic(json!({ "action": "sendGroupMsg", "groupId": GID, "account": PEOPLE[*who], "text": "x", "atAll": at_all }), "topicId", *topic));
                    let allowed = m.members.contains(who) && m.has(*who, *topic, SEND) && (!at_all || m.has(*who, *topic, AT_ALL));
                    let want = if !allowed { Err("10007".to_owned()) } else if m.muted(*who, *topic) { Err("10017".to_owned()) } else { Ok(()) };
                    prop_assert_eq!(got.clone(), want, "{:?}", op);
                    if got.is_ok() {
                        m.logs.entry(*topic).or_default().push((*who, m.now, false));
                    }
                }
                Op::Mute { by, target, topic, on } => {
                    let got = client(&mut s, with_topic(json!({ "action": "muteGroupMember", "groupId": GID, "account": PEOPLE[*by], "member": PEOPLE[*target], "seconds": if *on { 100_000 } else { 0 } }), "topicId", *topic));
                    let allowed = *target != 0 && m.members.contains(by) && m.has(*by, *topic, MUTE);
                    prop_assert_eq!(got.clone(), if allowed { Ok(()) } else { Err("10007".to_owned()) }, "{:?}", op);
                    if got.is_ok() {
                        let set = m.muted.entry(*topic).or_default();
                        if *on {
                            set.insert(*target);
                        } else {
                            set.remove(target);
                        }
                    }
                }
                Op::Recall { by, pick, topic } => {
                    let log = m.logs.get(topic).cloned().unwrap_or_default();
                    let seq = usize::from(*pick) % (log.len() + 1) + 1;
                    let got = client(&mut s, with_topic(json!({ "action": "recallGroupMsg", "groupId": GID, "account": PEOPLE[*by], "seq": seq }), "topicId", *topic));
                    let want = match log.get(seq - 1) {
                        _ if !m.members.contains(by) => Err("10007"),
                        None | Some((_, _, true)) => Err("10030"),
                        Some((sender, ..)) if sender != by && (*sender == 0 || !m.has(*by, *topic, RECALL)) => Err("10007"),
                        Some((_, time, _)) if m.now - time > RECALL_SECONDS => Err("10031"),
                        Some(_) => Ok(()),
                    };
                    prop_assert_eq!(got.clone(), want.map_err(str::to_owned), "{:?}", op);
                    if got.is_ok() {
                        if let Some(msg) = m.logs.get_mut(topic).and_then(|l| l.get_mut(seq - 1)) {
                            msg.2 = true;
                        }
                    }
                }
                Op::Kick { by, target } => {
                    let got = client(&mut s, json!({ "action": "kickGroupMember", "groupId": GID, "account": PEOPLE[*by], "member": PEOPLE[*target] }));
                    let want = if !m.members.contains(target) || by == target {
                        Err("10004")
                    } else if *target == 0 || !m.members.contains(by) || !m.has(*by, None, KICK) {
                        Err("10007")
                    } else {
                        Ok(())
                    };
                    prop_assert_eq!(got.clone(), want.map_err(str::to_owned), "{:?}", op);
                    if got.is_ok() {
                        m.members.remove(target);
                        for pg in m.pgs.values_mut() {
                            pg.members.retain(|x| x != target);
                        }
                    }
                }
                Op::Rejoin(who) => {
                    let r = call(&mut s, "add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": PEOPLE[*who] }] }));
                    prop_assert_eq!(&r["ErrorCode"], 0);
                    m.members.insert(*who);
                }
                Op::Advance => {
                    s.advance(61);
                    m.now += 61;
                }
                Op::Roundtrip => {
                    s = Simulator::restore(&s.snapshot(), || 0, None).unwrap();
                }
            }
            // The permission groups, their members and topic permissions, and the mutes.
            let r = call(&mut s, "get_permission_group", json!({ "GroupId": GID }));
            let got: Vec<(String, u64, u64)> = r["PermissionGroupInfoList"].as_array().unwrap_or_else(|| panic!("{r}")).iter().map(|x| (x["PermissionGroupId"].as_str().unwrap().to_owned(), x["Permission"].as_u64().unwrap(), x["MemberNum"].as_u64().unwrap())).collect();
            let want: Vec<(String, u64, u64)> = m.pgs.iter().map(|(p, pg)| (PGS[*p].to_owned(), pg.bits, pg.members.len() as u64)).collect();
            prop_assert_eq!(got, want);
            for (p, pg) in &m.pgs {
                let r = call(&mut s, "get_permission_group_member_list", json!({ "GroupId": GID, "PermissionGroupId": PGS[*p] }));
                let got: Vec<&str> = r["MemberList"].as_array().unwrap().iter().map(|x| x["Member_Account"].as_str().unwrap()).collect();
                let want: Vec<&str> = pg.members.iter().map(|w| PEOPLE[*w]).collect();
                prop_assert_eq!(got, want);
                let r = call(&mut s, "get_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PGS[*p] }));
                let got: BTreeMap<String, u64> = r["TopicPermissionList"].as_array().unwrap().iter().map(|x| (x["TopicId"].as_str().unwrap().to_owned(), x["Permission"].as_u64().unwrap())).collect();
                let want: BTreeMap<String, u64> = pg.topics.iter().map(|(t, b)| (TOPICS[*t].to_owned(), *b)).collect();
                prop_assert_eq!(got, want);
            }
            // The members, and which messages of each sequence are recalled.
            let state = s.inspect();
            let group = &state["groups"][0];
            let got: BTreeSet<&str> = group["members"].as_array().unwrap().iter().map(|x| x["account"].as_str().unwrap()).collect();
            let want: BTreeSet<&str> = m.members.iter().map(|w| PEOPLE[*w]).collect();
            prop_assert_eq!(got, want);
            for topic in [None, Some(0), Some(1)] {
                let messages = match topic {
                    None => &group["messages"],
                    Some(t) => &group["topics"][TOPICS[t]]["messages"],
                };
                let got: Vec<(&str, bool)> = messages.as_array().unwrap().iter().map(|x| (x["sender"].as_str().unwrap(), x["recalled"].as_bool().unwrap())).collect();
                let want: Vec<(&str, bool)> = m.logs.get(&topic).map(|l| l.iter().map(|(w, _, r)| (PEOPLE[*w], *r)).collect()).unwrap_or_default();
                prop_assert_eq!(got, want, "messages of {:?}", topic);
            }
            for topic in [None, Some(0), Some(1)] {
                let r = call(&mut s, "get_group_muted_account", with_topic(json!({ "GroupId": GID }), "TopicId", topic));
                let got: BTreeSet<&str> = r["MutedAccountList"].as_array().unwrap().iter().map(|x| x["Member_Account"].as_str().unwrap()).collect();
                let want: BTreeSet<&str> = m.muted.get(&topic).map(|set| set.iter().map(|w| PEOPLE[*w]).collect()).unwrap_or_default();
                prop_assert_eq!(got, want, "mutes in {:?}", topic);
            }
        }
    }
}
