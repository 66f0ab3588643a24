//! Per-topic mutes (forbid_send_msg and get_group_muted_account with `TopicId`, CN 1627 and
//! 2925: "设置的是用户所在话题的禁言状态", "获取的是话题中被禁言的群成员列表"): a mute in one topic
//! refuses the member's sends there (REST and client, 10017) and nowhere else; the group's
//! mutes hold in every topic; each list shows its own mutes; snapshots, `inspect` and
//! get_topic's SelfInfo show them.

use crate::common::*;
use crate::support::{client, restored};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const GID: &str = "@TGS#_mute";
const TOPIC: &str = "@TGS#_mute@TOPIC#_a";
const OTHER: &str = "@TGS#_mute@TOPIC#_b";

fn community() -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["alice", "bob", "carol"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }] }));
    for id in [TOPIC, OTHER] {
        ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": id, "TopicName": "T" }));
    }
    s
}

fn mute(s: &mut Simulator, who: &[&str], seconds: u64, topic: Option<&str>) {
    let mut body = json!({ "GroupId": GID, "Members_Account": who, "MuteTime": seconds });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    ok(s, "group_open_http_svc/forbid_send_msg", body);
}

/// The REST send's code.
fn send(s: &mut Simulator, who: &str, topic: Option<&str>, random: u32) -> Value {
    let mut body = json!({ "GroupId": GID, "From_Account": who, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    call(s, "group_open_http_svc/send_group_msg", body)["ErrorCode"].clone()
}

fn listed(s: &mut Simulator, topic: Option<&str>) -> Vec<(String, u64)> {
    let mut body = json!({ "GroupId": GID });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    let r = ok(s, "group_open_http_svc/get_group_muted_account", body);
    r["MutedAccountList"].as_array().unwrap().iter().map(|m| (m["Member_Account"].as_str().unwrap().to_owned(), m["MutedUntil"].as_u64().unwrap())).collect()
}

#[test]
fn a_topic_mute_holds_in_that_topic_only() {
    let mut s = community();
    mute(&mut s, &["bob"], 60, Some(TOPIC));
    let until = T0 + 60;
    let before = state(&s);
    assert_eq!(send(&mut s, "bob", Some(TOPIC), 1), 10017);
    let why = client(&mut s, json!({ "action": "sendGroupMsg", "groupId": GID, "account": "bob", "text": "x", "topicId": TOPIC })).unwrap_err();
    assert!(why.contains("(10017)") && why.contains(TOPIC), "{why}");
    assert_eq!(state(&s), before, "a refused send changes nothing");
    assert_eq!(send(&mut s, "bob", Some(OTHER), 2), 0);
    assert_eq!(send(&mut s, "bob", None, 3), 0);
    assert_eq!(send(&mut s, "carol", Some(TOPIC), 4), 0);
    // Each list shows its own mutes.
    assert_eq!(listed(&mut s, Some(TOPIC)), vec![("bob".to_owned(), until)]);
    assert_eq!(listed(&mut s, Some(OTHER)), vec![]);
    assert_eq!(listed(&mut s, None), vec![]);
    // get_topic's SelfInfo and inspect show it; a restored copy keeps it.
    let r = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "From_Account": "bob", "TopicIdList": [TOPIC, OTHER] }));
    assert_eq!(r["TopicAndSelfInfo"][0]["SelfInfo"]["ShutUpTime"], until);
    assert_eq!(r["TopicAndSelfInfo"][1]["SelfInfo"]["ShutUpTime"], 0);
    assert_eq!(s.inspect()["groups"][0]["topics"][TOPIC]["muted"]["bob"], until);
    assert!(s.inspect()["groups"][0]["topics"][OTHER].get("muted").is_none());
    let mut copy = restored(&s);
    assert_eq!(send(&mut copy, "bob", Some(TOPIC), 5), 10017);
    // It ends on time, and MuteTime 0 lifts it early.
    s.advance(60);
    assert_eq!(send(&mut s, "bob", Some(TOPIC), 6), 0);
    assert_eq!(listed(&mut s, Some(TOPIC)), vec![]);
    mute(&mut copy, &["bob"], 0, Some(TOPIC));
    assert_eq!(send(&mut copy, "bob", Some(TOPIC), 7), 0);
}

#[test]
fn the_groups_mute_holds_in_every_topic_and_is_listed_apart() {
    let mut s = community();
    mute(&mut s, &["carol"], 4_294_967_295, None);
    assert_eq!(send(&mut s, "carol", Some(TOPIC), 1), 10017);
    assert_eq!(send(&mut s, "carol", None, 2), 10017);
    assert_eq!(listed(&mut s, None), vec![("carol".to_owned(), 4_294_967_295)]);
    assert_eq!(listed(&mut s, Some(TOPIC)), vec![]);
    // Unmuting in a topic does not lift the group's mute.
    mute(&mut s, &["carol"], 0, Some(TOPIC));
    assert_eq!(send(&mut s, "carol", Some(TOPIC), 3), 10017);
    // SelfInfo shows the later of the two.
    mute(&mut s, &["bob"], 100, None);
    mute(&mut s, &["bob"], 300, Some(TOPIC));
    let r = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "From_Account": "bob", "TopicIdList": [TOPIC, OTHER] }));
    assert_eq!(r["TopicAndSelfInfo"][0]["SelfInfo"]["ShutUpTime"], T0 + 300);
    assert_eq!(r["TopicAndSelfInfo"][1]["SelfInfo"]["ShutUpTime"], T0 + 100);
}

#[test]
fn unknown_topics_and_groups_without_topics_are_refused() {
    let mut s = community();
    err(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": GID, "Members_Account": ["bob"], "MuteTime": 60, "TopicId": "@TGS#_mute@TOPIC#_none" }), 10010);
    err(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": GID, "TopicId": "@TGS#_mute@TOPIC#_none" }), 10010);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "plain", "Name": "P" }));
    err(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "plain", "Members_Account": ["bob"], "MuteTime": 60, "TopicId": TOPIC }), 10007);
    err(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "plain", "TopicId": TOPIC }), 10007);
    // An empty TopicId names no topic: the group's mutes.
    ok(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "plain", "Members_Account": ["bob"], "MuteTime": 60, "TopicId": "" }));
    assert_eq!(ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "plain" }))["MutedAccountList"][0]["Member_Account"], "bob");
}

#[test]
fn a_destroyed_topic_takes_its_mutes_with_it() {
    let mut s = community();
    mute(&mut s, &["bob"], 60, Some(TOPIC));
    ok(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": GID, "TopicIdList": [TOPIC] }));
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "again" }));
    assert_eq!(listed(&mut s, Some(TOPIC)), vec![]);
    assert_eq!(send(&mut s, "bob", Some(TOPIC), 1), 0);
}
