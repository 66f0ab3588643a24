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

/// V2TIM_COMMUNITY_PERMISSION_MUTE_MEMBER / AT_ALL and the topic's MUTE_MEMBER / AT_ALL.
const COMMUNITY_MUTE: u64 = 32;
const COMMUNITY_AT_ALL: u64 = 128;
const TOPIC_MUTE: u64 = 4;
const TOPIC_AT_ALL: u64 = 64;

fn mute(s: &mut Simulator, by: &str, who: &str, topic: Option<&str>) -> Result<(), String> {
    let mut action = json!({ "action": "muteGroupMember", "groupId": GID, "account": by, "member": who, "seconds": 60 });
    if let Some(t) = topic {
        action["topicId"] = json!(t);
    }
    client(s, action)
}

fn refused_mute(s: &mut Simulator, by: &str, who: &str, topic: Option<&str>) {
    let before = state(s);
    let why = mute(s, by, who, topic).unwrap_err();
    assert!(why.contains("no permission to mute") && why.contains("(10007)"), "{why}");
    assert_eq!(state(s), before);
}

/// A Community where bob belongs to permission group PG (granting `permission`, and
/// `topic_permission` in TOPIC), with carol a third member and bob an admin by role.
fn with_group(permission: u64, topic_permission: u64) -> Simulator {
    let mut s = community(json!({ "EnablePermission": 1, "DefaultPermission": COMMUNITY_SEND }));
    import(&mut s, &["carol"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "carol" }] }));
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": GID, "Member_Account": "bob", "Role": "Admin" }));
    ok(&mut s, "group_open_http_svc/create_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "PermissionGroupName": "m", "Permission": permission }));
    ok(&mut s, "group_open_http_svc/add_permission_group_member", json!({ "GroupId": GID, "PermissionGroupId": PG, "MemberList": [{ "Member_Account": "bob" }] }));
    if topic_permission != 0 {
        ok(&mut s, "group_open_http_svc/add_topic_permission_group", json!({ "GroupId": GID, "PermissionGroupId": PG, "TopicPermissionList": [{ "TopicId": TOPIC, "Permission": topic_permission }] }));
    }
    s
}

#[test]
fn the_mute_bits_decide_who_mutes_where_and_roles_stop_counting() {
    // Bob is an admin by role, but permission groups are the basis: without a mute bit he may not.
    let mut s = with_group(0, 0);
    refused_mute(&mut s, "bob", "carol", None);
    refused_mute(&mut s, "bob", "carol", Some(TOPIC));
    mute(&mut s, "alice", "carol", Some(OTHER)).unwrap();
    // The topic bit: in that topic only.
    let mut s = with_group(0, TOPIC_MUTE);
    mute(&mut s, "bob", "carol", Some(TOPIC)).unwrap();
    refused_mute(&mut s, "bob", "carol", Some(OTHER));
    refused_mute(&mut s, "bob", "carol", None);
    let muted = ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": GID, "TopicId": TOPIC }));
    assert_eq!(muted["MutedAccountList"][0]["Member_Account"], "carol");
    let why = send(&mut s, "carol", Some(TOPIC)).unwrap_err();
    assert!(why.contains("(10017)"), "{why}");
    send(&mut s, "carol", Some(OTHER)).unwrap();
    // The Community bit: in every topic and the group itself; never the owner.
    let mut s = with_group(COMMUNITY_MUTE, 0);
    mute(&mut s, "bob", "carol", Some(OTHER)).unwrap();
    mute(&mut s, "bob", "carol", None).unwrap();
    refused_mute(&mut s, "bob", "alice", None);
}

#[test]
fn at_all_needs_its_bit_where_permission_groups_are_the_basis() {
    let at_all = |s: &mut Simulator, topic: Option<&str>| {
        let mut action = json!({ "action": "sendGroupMsg", "groupId": GID, "account": "bob", "text": "all", "atAll": true });
        if let Some(t) = topic {
            action["topicId"] = json!(t);
        }
        client(s, action)
    };
    let mut s = with_group(0, 0);
    let before = state(&s);
    let why = at_all(&mut s, Some(TOPIC)).unwrap_err();
    assert!(why.contains("@all") && why.contains("(10007)"), "{why}");
    assert_eq!(state(&s), before);
    // Without @all the same member sends (the default grants sending).
    send(&mut s, "bob", Some(TOPIC)).unwrap();
    let mut s = with_group(0, TOPIC_AT_ALL);
    at_all(&mut s, Some(TOPIC)).unwrap();
    assert!(at_all(&mut s, Some(OTHER)).is_err());
    let r = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": GID, "ReqMsgNumber": 1, "TopicId": TOPIC }));
    assert_eq!(r["RspMsgList"][0]["MsgBody"][0]["MsgContent"]["Text"], "all");
    let mut s = with_group(COMMUNITY_AT_ALL, 0);
    at_all(&mut s, Some(OTHER)).unwrap();
    at_all(&mut s, None).unwrap();
    // Without permission groups as the basis, anyone who may send may @all.
    let mut s = community(json!({}));
    at_all(&mut s, Some(TOPIC)).unwrap();
}

/// V2TIM_COMMUNITY_PERMISSION_REVOKE_OTHER_MEMBER_MESSAGE, V2TIM_TOPIC_PERMISSION_REVOKE_OTHER_MEMBER_MESSAGE
/// and V2TIM_COMMUNITY_PERMISSION_MANAGE_GROUP_MEMBER.
const COMMUNITY_RECALL: u64 = 512;
const TOPIC_RECALL: u64 = 32;
const COMMUNITY_MANAGE_MEMBERS: u64 = 2;

fn recall(s: &mut Simulator, by: &str, seq: u64, topic: Option<&str>) -> Result<(), String> {
    let mut action = json!({ "action": "recallGroupMsg", "groupId": GID, "account": by, "seq": seq });
    if let Some(t) = topic {
        action["topicId"] = json!(t);
    }
    client(s, action)
}

fn refused_as(s: &mut Simulator, got: impl FnOnce(&mut Simulator) -> Result<(), String>, what: &str) {
    let before = state(s);
    let why = got(s).unwrap_err();
    assert!(why.contains(&format!("no permission to {what}")) && why.contains("(10007)"), "{why}");
    assert_eq!(state(s), before, "a refusal changes nothing");
}

/// Whether message `seq` (of the topic, or the group's own) is recalled, as history shows it.
fn recalled(s: &mut Simulator, seq: u64, topic: Option<&str>) -> bool {
    let mut body = json!({ "GroupId": GID, "ReqMsgNumber": 1, "ReqMsgSeq": seq, "WithRecalledMsg": 1 });
    if let Some(t) = topic {
        body["TopicId"] = json!(t);
    }
    ok(s, "group_open_http_svc/group_msg_get_simple", body)["RspMsgList"][0]["IsPlaceMsg"] == 2
}

#[test]
fn the_recall_bits_decide_whose_messages_a_member_recalls_and_where() {
    // Bob is an admin by role, but with no recall bit he may recall only his own messages.
    let mut s = with_group(0, 0);
    for topic in [Some(TOPIC), Some(OTHER), None] {
        send(&mut s, "carol", topic).unwrap();
        send(&mut s, "bob", topic).unwrap();
    }
    refused_as(&mut s, |s| recall(s, "bob", 1, Some(TOPIC)), "recall a message of \"carol\"");
    refused_as(&mut s, |s| recall(s, "bob", 1, None), "recall a message of \"carol\"");
    recall(&mut s, "bob", 2, Some(TOPIC)).unwrap();
    assert!(recalled(&mut s, 2, Some(TOPIC)) && !recalled(&mut s, 1, Some(TOPIC)));
    // The owner recalls anyone's.
    recall(&mut s, "alice", 1, Some(OTHER)).unwrap();
    // The topic bit: others' messages in that topic only.
    let mut s = with_group(0, TOPIC_RECALL);
    for topic in [Some(TOPIC), Some(OTHER), None] {
        send(&mut s, "carol", topic).unwrap();
    }
    recall(&mut s, "bob", 1, Some(TOPIC)).unwrap();
    refused_as(&mut s, |s| recall(s, "bob", 1, Some(OTHER)), "recall");
    refused_as(&mut s, |s| recall(s, "bob", 1, None), "recall");
    // The Community bit: in every topic and the group's own sequence; never the owner's.
    let mut s = with_group(COMMUNITY_RECALL, 0);
    send(&mut s, "carol", Some(OTHER)).unwrap();
    send(&mut s, "carol", None).unwrap();
    send(&mut s, "alice", None).unwrap();
    recall(&mut s, "bob", 1, Some(OTHER)).unwrap();
    recall(&mut s, "bob", 1, None).unwrap();
    refused_as(&mut s, |s| recall(s, "bob", 2, None), "recall a message of \"alice\"");
    assert!(recalled(&mut s, 1, Some(OTHER)) && recalled(&mut s, 1, None) && !recalled(&mut s, 2, None));
    // Other Community bits grant no recall.
    let mut s = with_group(!COMMUNITY_RECALL & 0x7ff, !TOPIC_RECALL & 0x7f);
    send(&mut s, "carol", Some(TOPIC)).unwrap();
    refused_as(&mut s, |s| recall(s, "bob", 1, Some(TOPIC)), "recall");
}

fn kick(s: &mut Simulator, by: &str, who: &str) -> Result<(), String> {
    client(s, json!({ "action": "kickGroupMember", "groupId": GID, "account": by, "member": who }))
}

#[test]
fn the_manage_members_bit_decides_who_removes_and_roles_stop_counting() {
    // Bob is an admin by role, but permission groups are the basis: without bit 2 he may not.
    let mut s = with_group(!COMMUNITY_MANAGE_MEMBERS & 0x7ff, 0x7f);
    refused_as(&mut s, |s| kick(s, "bob", "carol"), "remove \"carol\"");
    let mut s = with_group(COMMUNITY_MANAGE_MEMBERS, 0);
    refused_as(&mut s, |s| kick(s, "bob", "alice"), "remove \"alice\"");
    kick(&mut s, "bob", "carol").unwrap();
    let members = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": GID }))["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(members, ["alice", "bob"]);
    // Removed from the Community, carol may no longer send in its topics.
    assert!(send(&mut s, "carol", Some(TOPIC)).unwrap_err().contains("(10007)"));
    // The permission group's members leave with the Community: bob removed loses the bit.
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "carol" }] }));
    kick(&mut s, "alice", "bob").unwrap();
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "bob" }] }));
    refused_as(&mut s, |s| kick(s, "bob", "carol"), "remove");
}

#[test]
fn under_mute_all_admins_are_plain_members_where_permission_groups_are_the_basis() {
    // Bob is an admin by role and may send (the default permission); the group is muted.
    let mut s = with_group(0, 0);
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": GID, "ShutUpAllMember": "On" }));
    for topic in [Some(TOPIC), None] {
        let before = state(&s);
        let why = send(&mut s, "bob", topic).unwrap_err();
        assert!(why.contains("(10017)"), "{why}");
        assert_eq!(state(&s), before);
        send(&mut s, "alice", topic).unwrap();
    }
    // REST too: the role gives no voice there.
    err(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": GID, "From_Account": "bob", "Random": 7, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }), 10017);
    // A topic muted for everyone likewise.
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": GID, "ShutUpAllMember": "Off" }));
    ok(&mut s, "million_group_open_http_svc/modify_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "MuteAllMember": "On" }));
    assert!(send(&mut s, "bob", Some(TOPIC)).unwrap_err().contains("(10017)"));
    send(&mut s, "bob", Some(OTHER)).unwrap();
    send(&mut s, "alice", Some(TOPIC)).unwrap();
    // Without permission groups as the basis, an admin still speaks under mute-all.
    let mut s = community(json!({}));
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": GID, "Member_Account": "bob", "Role": "Admin" }));
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": GID, "ShutUpAllMember": "On" }));
    send(&mut s, "bob", Some(TOPIC)).unwrap();
}
