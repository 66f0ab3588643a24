//! Topic messages (issue 30 point 4): each topic of a Community has its own message sequence,
//! read positions and unread counts; `TopicId` on send_group_msg, group_msg_get_simple,
//! group_msg_recall, delete_group_msg_by_sender, import_group_msg and modify_group_msg acts on
//! the topic's sequence only.

use super::create_topic::{community, GID, TOPIC};
use crate::common::*;
use crate::support::{client, restored};
use serde_json::{json, Value};

const OTHER: &str = "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_Other";
const SEND: &str = "group_open_http_svc/send_group_msg";
const HISTORY: &str = "group_open_http_svc/group_msg_get_simple";

/// The pages' Community with two topics and a second member, bob.
fn two_topics() -> tcim::sim::Simulator {
    let mut s = community();
    import(&mut s, &["bob"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "bob" }] }));
    for id in [TOPIC, OTHER] {
        ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": id, "TopicName": "T" }));
    }
    s
}

fn send(s: &mut tcim::sim::Simulator, topic: Option<&str>, from: &str, random: u32, text: &str) -> Value {
    let mut body = json!({ "GroupId": GID, "From_Account": from, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": text } }] });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    ok(s, SEND, body)
}

/// The texts of a history, oldest first.
fn texts(s: &mut tcim::sim::Simulator, topic: Option<&str>) -> Vec<String> {
    let mut body = json!({ "GroupId": GID, "ReqMsgNumber": 20 });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    let r = ok(s, HISTORY, body);
    let mut v: Vec<String> = r["RspMsgList"].as_array().unwrap().iter().map(|m| m["MsgBody"][0]["MsgContent"]["Text"].as_str().unwrap_or("<recalled>").to_owned()).collect();
    v.reverse();
    v
}

/// get_topic as `account` sees one topic: (NextMsgSeq, SelfInfo.MsgSeq).
fn topic_seqs(s: &mut tcim::sim::Simulator, topic: &str, account: &str) -> (u64, u64) {
    let r = ok(s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "From_Account": account, "TopicIdList": [topic] }));
    let item = &r["TopicAndSelfInfo"][0];
    (item["TopicInfo"]["NextMsgSeq"].as_u64().unwrap(), item["SelfInfo"]["MsgSeq"].as_u64().unwrap())
}

#[test]
fn each_topic_has_its_own_sequence_apart_from_the_group() {
    let mut s = two_topics();
    assert_eq!(send(&mut s, Some(TOPIC), "alice", 1, "t1")["MsgSeq"], 1);
    assert_eq!(send(&mut s, Some(TOPIC), "bob", 2, "t2")["MsgSeq"], 2);
    assert_eq!(send(&mut s, None, "alice", 3, "g1")["MsgSeq"], 1, "the group's own sequence starts at 1 too");
    assert_eq!(send(&mut s, Some(OTHER), "bob", 4, "o1")["MsgSeq"], 1);
    // An empty TopicId names no topic.
    assert_eq!(send(&mut s, Some(""), "alice", 5, "g2")["MsgSeq"], 2);
    assert_eq!(texts(&mut s, Some(TOPIC)), ["t1", "t2"]);
    assert_eq!(texts(&mut s, Some(OTHER)), ["o1"]);
    assert_eq!(texts(&mut s, None), ["g1", "g2"]);
    // The same Random is a duplicate within one sequence only.
    assert_eq!(send(&mut s, Some(OTHER), "alice", 1, "o2")["MsgSeq"], 2);
    assert_eq!(send(&mut s, Some(OTHER), "alice", 1, "o2 again")["MsgSeq"], 2);
    let r = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "TopicIdList": [TOPIC, OTHER] }));
    assert_eq!(r["TopicAndSelfInfo"][0]["TopicInfo"]["NextMsgSeq"], 3);
    assert_eq!(r["TopicAndSelfInfo"][0]["TopicInfo"]["LastMsgTime"], T0);
    assert_eq!(r["TopicAndSelfInfo"][1]["TopicInfo"]["NextMsgSeq"], 3);
    let copy = &mut restored(&s);
    assert_eq!(texts(copy, Some(TOPIC)), ["t1", "t2"]);
    assert_eq!(send(copy, Some(TOPIC), "alice", 9, "t3")["MsgSeq"], 3, "the sequence goes on after a restore");
}

#[test]
fn read_positions_and_unread_counts_are_per_topic() {
    let mut s = two_topics();
    send(&mut s, Some(TOPIC), "alice", 1, "t1");
    send(&mut s, Some(TOPIC), "alice", 2, "t2");
    send(&mut s, None, "alice", 3, "g1");
    // Sending reads one's own topic up to the message; bob has read nothing of it.
    assert_eq!(topic_seqs(&mut s, TOPIC, "alice"), (3, 2));
    assert_eq!(topic_seqs(&mut s, TOPIC, "bob"), (3, 0));
    assert_eq!(topic_seqs(&mut s, OTHER, "bob"), (1, 0));
    let view = |s: &tcim::sim::Simulator, topic: &str| s.inspect()["groups"][0]["topics"][topic]["members"]["bob"].clone();
    assert_eq!(view(&s, TOPIC), json!({ "readSeq": 0, "unread": 2 }));
    assert_eq!(s.inspect()["groups"][0]["members"][1]["unread"], 1, "the group's own unread count counts only its own message");
    // bob's client reads the topic: the group's read position does not move.
    client(&mut s, json!({ "action": "readGroup", "groupId": GID, "account": "bob", "seq": 1, "topicId": TOPIC })).unwrap();
    assert_eq!(view(&s, TOPIC), json!({ "readSeq": 1, "unread": 1 }));
    assert_eq!(s.inspect()["groups"][0]["members"][1]["readSeq"], 0);
    let before = state(&s);
    let refused = client(&mut s, json!({ "action": "readGroup", "groupId": GID, "account": "bob", "seq": 1, "topicId": format!("{GID}@TOPIC#_nope") }));
    assert!(refused.unwrap_err().contains("does not exist"));
    assert_eq!(state(&s), before);
    // A member who joins later starts at the topic's end.
    import(&mut s, &["carol"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "carol" }] }));
    assert_eq!(topic_seqs(&mut s, TOPIC, "carol"), (3, 2));
    send(&mut s, Some(TOPIC), "bob", 4, "t3");
    assert_eq!(view(&s, TOPIC), json!({ "readSeq": 3, "unread": 0 }));
    assert_eq!(s.inspect()["groups"][0]["topics"][TOPIC]["members"]["carol"], json!({ "readSeq": 2, "unread": 1 }));
    // Leaving the Community leaves its topics.
    ok(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": GID, "MemberToDel_Account": ["carol"] }));
    assert!(s.inspect()["groups"][0]["topics"][TOPIC]["members"].get("carol").is_none());
    let r = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "From_Account": "carol", "TopicIdList": [TOPIC] }));
    assert!(r["TopicAndSelfInfo"][0].get("SelfInfo").is_none(), "no SelfInfo for a non-member: {r}");
    let mut copy = restored(&s);
    assert_eq!(topic_seqs(&mut copy, TOPIC, "bob"), (4, 3));
}

#[test]
fn unknown_topics_and_groups_without_topics_are_refused_and_change_nothing() {
    let mut s = two_topics();
    send(&mut s, Some(TOPIC), "alice", 1, "t1");
    let nope = format!("{GID}@TOPIC#_nope");
    let msg = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    err(&mut s, SEND, json!({ "GroupId": GID, "Random": 7, "MsgBody": msg, "TopicId": nope }), 10010);
    err(&mut s, HISTORY, json!({ "GroupId": GID, "ReqMsgNumber": 5, "TopicId": nope }), 10010);
    err(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": GID, "MsgSeqList": [{ "MsgSeq": 1 }], "TopicId": nope }), 10010);
    err(&mut s, "group_open_http_svc/delete_group_msg_by_sender", json!({ "GroupId": GID, "Sender_Account": "alice", "TopicId": nope }), 10010);
    err(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": GID, "TopicId": nope, "MsgList": [{ "From_Account": "alice", "SendTime": T0 - 1, "MsgBody": msg }] }), 10010);
    err(&mut s, "openim/modify_group_msg", json!({ "GroupId": GID, "MsgSeq": 1, "TopicId": nope, "MsgBody": msg }), 10010);
    // A topic's seq is not the group's: the group has no message 1 yet.
    err(&mut s, "openim/modify_group_msg", json!({ "GroupId": GID, "MsgSeq": 1, "MsgBody": msg }), 10004);
    // A group that does not support topics: 10007, Community or not.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": "@TGS#_plain", "Name": "C" }));
    for g in ["pub", "@TGS#_plain"] {
        err(&mut s, SEND, json!({ "GroupId": g, "Random": 7, "MsgBody": msg, "TopicId": format!("{g}@TOPIC#_x") }), 10007);
        err(&mut s, HISTORY, json!({ "GroupId": g, "ReqMsgNumber": 5, "TopicId": format!("{g}@TOPIC#_x") }), 10007);
    }
}

#[test]
fn recall_modify_and_delete_by_sender_touch_the_topic_only() {
    let mut s = two_topics();
    send(&mut s, Some(TOPIC), "alice", 1, "t1");
    send(&mut s, Some(TOPIC), "bob", 2, "t2");
    send(&mut s, None, "bob", 3, "g1");
    send(&mut s, Some(OTHER), "bob", 4, "o1");
    let r = ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": GID, "TopicId": TOPIC, "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 3 }] }));
    assert_eq!(r["RecallRetList"], json!([{ "MsgSeq": 1, "RetCode": 0 }, { "MsgSeq": 3, "RetCode": 10030 }]));
    assert_eq!(texts(&mut s, Some(TOPIC)), ["t2"]);
    assert_eq!(texts(&mut s, None), ["g1"], "the group's message 1 is not recalled");
    ok(&mut s, "openim/modify_group_msg", json!({ "GroupId": GID, "TopicId": TOPIC, "MsgSeq": 2, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "t2'" } }] }));
    assert_eq!(texts(&mut s, Some(TOPIC)), ["t2'"]);
    assert_eq!(texts(&mut s, Some(OTHER)), ["o1"]);
    ok(&mut s, "group_open_http_svc/delete_group_msg_by_sender", json!({ "GroupId": GID, "Sender_Account": "bob", "TopicId": OTHER }));
    assert_eq!(texts(&mut s, Some(OTHER)), Vec::<String>::new());
    assert_eq!(texts(&mut s, Some(TOPIC)), ["t2'"], "bob's messages in the other topic stay");
    assert_eq!(texts(&mut s, None), ["g1"], "and in the group's own sequence");
}

#[test]
fn import_group_msg_into_a_topic() {
    let mut s = two_topics();
    s.advance(100);
    let msg = |t: &str| json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }]);
    // Not before the topic was created (T0).
    let r = ok(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": GID, "TopicId": TOPIC, "MsgList": [
        { "From_Account": "bob", "SendTime": T0 - 1, "MsgBody": msg("too early") },
        { "From_Account": "bob", "SendTime": T0 + 10, "MsgBody": msg("i1") },
        { "From_Account": "alice", "SendTime": T0 + 20, "MsgBody": msg("i2") },
    ] }));
    assert_eq!(r["ImportMsgResult"], json!([
        { "MsgSeq": 0, "MsgTime": T0 - 1, "Result": 10004 },
        { "MsgSeq": 1, "MsgTime": T0 + 10, "Result": 0 },
        { "MsgSeq": 2, "MsgTime": T0 + 20, "Result": 0 },
    ]));
    assert_eq!(texts(&mut s, Some(TOPIC)), ["i1", "i2"]);
    assert_eq!(texts(&mut s, None), Vec::<String>::new());
    // After an import every member has read the topic's whole history (269/1635).
    assert_eq!(topic_seqs(&mut s, TOPIC, "bob"), (3, 2));
    assert_eq!(ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "TopicIdList": [TOPIC] }))["TopicAndSelfInfo"][0]["TopicInfo"]["LastMsgTime"], T0 + 20);
}

#[test]
fn a_topic_muted_for_everyone_refuses_members_but_not_the_owner() {
    let mut s = two_topics();
    ok(&mut s, "million_group_open_http_svc/modify_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "MuteAllMember": "On" }));
    let msg = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    err(&mut s, SEND, json!({ "GroupId": GID, "From_Account": "bob", "Random": 1, "MsgBody": msg, "TopicId": TOPIC }), 10017);
    send(&mut s, Some(TOPIC), "alice", 2, "owner speaks");
    send(&mut s, Some(OTHER), "bob", 3, "other topic is open");
    send(&mut s, None, "bob", 4, "the group is open");
}

#[test]
fn callbacks_of_topic_messages_carry_the_topic() {
    let mut s = sim_with_callbacks(&["alice", "bob"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1 }));
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    fired(&mut s);
    send(&mut s, Some(TOPIC), "alice", 1, "t1");
    send(&mut s, None, "alice", 2, "g1");
    ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": GID, "TopicId": TOPIC, "MsgSeqList": [{ "MsgSeq": 1 }] }));
    let got: Vec<(String, Value)> = fired(&mut s).into_iter().map(|f| (f.command.to_owned(), f.body.get("TopicId").cloned().unwrap_or(Value::Null))).collect();
    assert_eq!(got, [
        ("Group.CallbackBeforeSendMsg".to_owned(), json!(TOPIC)),
        ("Group.CallbackAfterSendMsg".to_owned(), json!(TOPIC)),
        ("Group.CallbackBeforeSendMsg".to_owned(), Value::Null),
        ("Group.CallbackAfterSendMsg".to_owned(), Value::Null),
        ("Group.CallbackAfterRecallMsg".to_owned(), json!(TOPIC)),
    ]);
}

#[test]
fn a_snapshot_from_before_topic_messages_restores_with_every_member_at_the_start() {
    let mut s = two_topics();
    // What an older snapshot held: topics without messages or places.
    let mut old: Value = serde_json::from_str(&s.snapshot()).unwrap();
    for (_, t) in old["world"]["groups"][GID]["topics"].as_object_mut().unwrap() {
        assert!(t.as_object_mut().unwrap().remove("reads").is_some());
        assert!(t.get("messages").is_none(), "an empty topic writes no messages");
    }
    let mut copy = tcim::sim::Simulator::restore(&old.to_string(), tcim::sim::system_now, None).unwrap();
    assert_eq!(copy.snapshot(), s.snapshot());
    send(&mut copy, Some(TOPIC), "alice", 1, "t1");
    send(&mut s, Some(TOPIC), "alice", 1, "t1");
    assert_eq!(topic_seqs(&mut copy, TOPIC, "bob"), topic_seqs(&mut s, TOPIC, "bob"));
    assert_eq!(copy.inspect(), s.inspect());
}
