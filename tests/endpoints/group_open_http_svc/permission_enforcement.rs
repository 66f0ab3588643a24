//! Permission enforcement (issue 30 point 5): where a Community makes permission groups the
//! basis of permissions (create_group `EnablePermission: 1`), a member's client needs a send
//! permission to send: the Community's send bit (64, every topic) from the default permission
//! or a permission group, or a topic's send bit (8) from a permission group's topic
//! permissions. The owner is not limited, nor is REST (the app admin's).

use crate::common::*;
use crate::support::{client, restored};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const GID: &str = "@TGS#_perm";
const TOPIC: &str = "@TGS#_perm@TOPIC#_a";
const OTHER: &str = "@TGS#_perm@TOPIC#_b";
const PG: &str = "@PMG#_writers";
/// V2TIM_COMMUNITY_PERMISSION_SEND_MESSAGE and V2TIM_TOPIC_PERMISSION_SEND_MESSAGE.
const COMMUNITY_SEND: u64 = 64;
const TOPIC_SEND: u64 = 8;

/// A topic-enabled Community of alice (owner) and bob with two topics; `enable`: the
/// create_group fields that make permission groups the basis.
fn community(enable: Value) -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["alice", "bob"]);
    let mut body = json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "MemberList": [{ "Member_Account": "bob" }] });
    for (k, v) in enable.as_object().unwrap() {
        body[k] = v.clone();
    }
    ok(&mut s, "group_open_http_svc/create_group", body);
    for id in [TOPIC, OTHER] {
        ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": id, "TopicName": "T" }));
    }
    s
}

fn send(s: &mut Simulator, account: &str, topic: Option<&str>) -> Result<(), String> {
    let mut action = json!({ "action": "sendGroupMsg", "groupId": GID, "account": account, "text": "hi" });
    if let Some(t) = topic {
        action["topicId"] = json!(t);
    }
    client(s, action)
}

/// A refused send: 10007 named, and nothing changed.
fn refused(s: &mut Simulator, account: &str, topic: Option<&str>) {
    let before = state(s);
    let why = send(s, account, topic).unwrap_err();
    assert!(why.contains("no permission to send") && why.contains("(10007)"), "{why}");
    assert_eq!(state(s), before, "a refused send changes nothing");
}

fn next_seq(s: &mut Simulator, topic: &str) -> u64 {
    ok(s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "TopicIdList": [topic] }))["TopicAndSelfInfo"][0]["TopicInfo"]["NextMsgSeq"].as_u64().unwrap()
}

#[test]
fn without_enable_permission_members_send_freely() {
    let mut s = community(json!({}));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    send(&mut s, "bob", None).unwrap();
    assert_eq!(next_seq(&mut s, TOPIC), 2);
    let r = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": GID, "ReqMsgNumber": 5, "TopicId": TOPIC }));
    assert_eq!(r["RspMsgList"][0]["From_Account"], "bob");
    assert_eq!(r["RspMsgList"][0]["MsgBody"][0]["MsgContent"]["Text"], "hi");
}

#[test]
fn enable_permission_needs_topics_and_default_permission_needs_it() {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["alice"]);
    err(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "EnablePermission": 1 }), 10004);
    err(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "DefaultPermission": 64 }), 10004);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "EnablePermission": 1, "DefaultPermission": 64 }));
}

#[test]
fn the_default_permission_alone_decides_and_the_owner_is_not_limited() {
    let mut s = community(json!({ "EnablePermission": 1 }));
    refused(&mut s, "bob", Some(TOPIC));
    refused(&mut s, "bob", None);
    send(&mut s, "alice", Some(TOPIC)).unwrap();
    // REST is the app admin's: From_Account is not held to the member's permissions.
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": GID, "From_Account": "bob", "Random": 1, "TopicId": TOPIC, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "rest" } }] }));
    assert_eq!(next_seq(&mut s, TOPIC), 3);
    assert_eq!(s.inspect()["groups"][0]["defaultPermission"], 0);
    let mut everyone = community(json!({ "EnablePermission": 1, "DefaultPermission": COMMUNITY_SEND }));
    assert_eq!(everyone.inspect()["groups"][0]["defaultPermission"], COMMUNITY_SEND);
    send(&mut everyone, "bob", Some(TOPIC)).unwrap();
    send(&mut everyone, "bob", None).unwrap();
    // The restored copy keeps the basis and the default.
    let mut copy = restored(&s);
    refused(&mut copy, "bob", Some(OTHER));
}

#[test]
fn a_permission_groups_community_send_bit_opens_every_topic_to_its_members() {
    let mut s = community(json!({ "EnablePermission": 1 }));
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "PermissionGroupName": "w", "Permission": COMMUNITY_SEND }));
    refused(&mut s, "bob", Some(TOPIC));
    ok(&mut s, "group_open_http_svc/add_permission_group_member", json!({ "GroupId": GID, "PermissionGroupId": PG, "MemberList": [{ "Member_Account": "bob" }] }));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    send(&mut s, "bob", Some(OTHER)).unwrap();
    send(&mut s, "bob", None).unwrap();
    // Other bits do not grant it.
    ok(&mut s, "group_open_http_svc/modify_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "Permission": !COMMUNITY_SEND & 0x7ff }));
    refused(&mut s, "bob", Some(TOPIC));
    ok(&mut s, "group_open_http_svc/modify_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "Permission": COMMUNITY_SEND }));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    ok(&mut s, "group_open_http_svc/delete_permission_group_member", json!({ "GroupId": GID, "PermissionGroupId": PG, "MemberList": [{ "Member_Account": "bob" }] }));
    refused(&mut s, "bob", Some(TOPIC));
}

#[test]
fn a_topic_send_bit_opens_that_topic_only() {
    let mut s = community(json!({ "EnablePermission": 1 }));
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "PermissionGroupName": "w", "Permission": 0 }));
    ok(&mut s, "group_open_http_svc/add_permission_group_member", json!({ "GroupId": GID, "PermissionGroupId": PG, "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "group_open_http_svc/add_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "TopicPermissionList": [{ "TopicId": TOPIC, "Permission": TOPIC_SEND }] }));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    refused(&mut s, "bob", Some(OTHER));
    refused(&mut s, "bob", None);
    // Other topic bits do not grant it.
    ok(&mut s, "group_open_http_svc/set_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "TopicPermissionList": [{ "TopicId": TOPIC, "Permission": !TOPIC_SEND & 0x7f }] }));
    refused(&mut s, "bob", Some(TOPIC));
    ok(&mut s, "group_open_http_svc/set_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "TopicPermissionList": [{ "TopicId": TOPIC, "Permission": TOPIC_SEND }] }));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    ok(&mut s, "group_open_http_svc/delete_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "TopicIdList": [TOPIC] }));
    refused(&mut s, "bob", Some(TOPIC));
}

#[test]
fn a_clients_send_is_the_members_own_in_callbacks_and_checks() {
    let mut s = community(json!({}));
    // The group's own checks hold for a client too: a stranger is refused, an unknown topic too.
    import(&mut s, &["carol"]);
    let before = state(&s);
    assert!(send(&mut s, "carol", Some(TOPIC)).unwrap_err().contains("(10007)"));
    assert!(send(&mut s, "bob", Some("@TGS#_perm@TOPIC#_nope")).unwrap_err().contains("(10010)"));
    assert_eq!(state(&s), before);
    let mut s = sim_with_callbacks(&["alice", "bob"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1, "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    fired(&mut s);
    let step = s.client_step(&json!({ "action": "sendGroupMsg", "groupId": GID, "account": "bob", "text": "hi", "topicId": TOPIC }).to_string(), Some(tcim::sim::callbacks::Verdict::Reply(json!({ "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "" }))));
    assert!(matches!(step, tcim::sim::Step::Answer(ref a) if a == "null"), "{step:?}");
    let after = fired(&mut s).into_iter().find(|f| f.command == "Group.CallbackAfterSendMsg").unwrap();
    assert_eq!(after.platform, "Unknown");
    assert_eq!(after.body["Operator_Account"], "bob");
    assert_eq!(after.body["From_Account"], "bob");
    assert_eq!(after.body["TopicId"], TOPIC);
}
