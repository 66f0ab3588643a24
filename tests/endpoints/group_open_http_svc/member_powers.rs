//! A member's client recalling group messages (`recallGroupMsg`, the SDK's revokeMessage) and
//! removing members (`kickGroupMember`) by role: its own messages, within two minutes (CN
//! 269/75337 "发送者只能撤回 2 分钟以内的消息"); others' as the owner or an admin ("管理员或者群主也可以撤回
//! 其他群成员的消息"); kicks by the owner and admins, only the owner in a Work group, none in a live
//! group (kickGroupMember: "直播群只支持禁言，不支持踢人"). Each as its REST command does it: the same
//! state change and callback, from the client. Permission groups: permission_enforcement.rs.

use crate::common::*;
use crate::support::client;
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const G: &str = "team";

/// A group of `ty`: alice owns it, bob is an admin, carol and dave are members; erin is not in it.
fn team(ty: &str, callbacks: bool) -> Simulator {
    let people = ["alice", "bob", "carol", "dave", "erin"];
    let mut s = if callbacks { sim_with_callbacks(&people) } else { sim_with(Options { rate_limit: false, now: Some(1_700_000_000), ..Options::default() }) };
    if !callbacks {
        import(&mut s, &people);
    }
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": G, "Name": "T", "MemberList": [{ "Member_Account": "bob", "Role": "Admin" }, { "Member_Account": "carol" }, { "Member_Account": "dave" }] }));
    s
}

/// Sends one message from each of alice, bob, carol, dave (seqs 1–4).
fn chatter(s: &mut Simulator) {
    for (i, who) in ["alice", "bob", "carol", "dave"].iter().enumerate() {
        client(s, json!({ "action": "sendGroupMsg", "groupId": G, "account": who, "text": "hi" })).unwrap_or_else(|e| panic!("{i}: {e}"));
    }
}

fn recall(s: &mut Simulator, by: &str, seq: u64) -> Result<(), String> {
    client(s, json!({ "action": "recallGroupMsg", "groupId": G, "account": by, "seq": seq }))
}

fn kick(s: &mut Simulator, by: &str, who: &str) -> Result<(), String> {
    client(s, json!({ "action": "kickGroupMember", "groupId": G, "account": by, "member": who }))
}

/// A refusal with `code` that changes nothing.
fn refused(s: &mut Simulator, code: u32, act: impl FnOnce(&mut Simulator) -> Result<(), String>) -> String {
    let before = state(s);
    let why = act(s).unwrap_err();
    assert!(why.ends_with(&format!("({code})")), "{why}");
    assert_eq!(state(s), before, "a refused action changes nothing");
    why
}

fn recalled_seqs(s: &Simulator) -> Vec<u64> {
    s.inspect()["groups"][0]["messages"].as_array().unwrap().iter().filter(|m| m["recalled"] == true).map(|m| m["seq"].as_u64().unwrap()).collect()
}

fn members(s: &mut Simulator) -> Vec<String> {
    ok(s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": G }))["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn members_recall_their_own_admins_members_the_owner_anyones() {
    let mut s = team("Public", false);
    chatter(&mut s);
    // A plain member: its own message only.
    refused(&mut s, 10007, |s| recall(s, "carol", 4));
    recall(&mut s, "carol", 3).unwrap();
    // An admin: members' messages, not the owner's nor its own role's peers'.
    refused(&mut s, 10007, |s| recall(s, "bob", 1));
    recall(&mut s, "bob", 4).unwrap();
    // The owner: anyone's.
    recall(&mut s, "alice", 2).unwrap();
    assert_eq!(recalled_seqs(&s), [2, 3, 4]);
    // History shows them as group_msg_recall leaves them: placeholders, only when asked.
    let r = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": G, "ReqMsgNumber": 4, "WithRecalledMsg": 1 }));
    let flags: Vec<&Value> = r["RspMsgList"].as_array().unwrap().iter().map(|m| &m["IsPlaceMsg"]).collect();
    assert_eq!(flags, [&json!(2), &json!(2), &json!(2), &json!(0)]);
    // Recalled before, or no such message: 10030; not a member: 10007.
    refused(&mut s, 10030, |s| recall(s, "carol", 3));
    refused(&mut s, 10030, |s| recall(s, "alice", 9));
    refused(&mut s, 10007, |s| recall(s, "erin", 1));
}

#[test]
fn a_client_recalls_within_two_minutes_of_the_send() {
    let mut s = team("Public", false);
    chatter(&mut s);
    s.advance(120);
    recall(&mut s, "carol", 3).unwrap();
    s.advance(1);
    let why = refused(&mut s, 10031, |s| recall(s, "dave", 4));
    assert!(why.contains("120 seconds"), "{why}");
    refused(&mut s, 10031, |s| recall(s, "alice", 2));
    // REST recalls are the app admin's and have no such limit.
    let r = ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": G, "MsgSeqList": [{ "MsgSeq": 4 }] }));
    assert_eq!(r["RecallRetList"][0]["RetCode"], 0);
}

#[test]
fn a_client_recall_tells_the_app_who_recalled_and_live_groups_refuse_it() {
    let mut s = team("Public", true);
    chatter(&mut s);
    fired(&mut s);
    recall(&mut s, "bob", 3).unwrap();
    let f = fired(&mut s).into_iter().find(|f| f.command == "Group.CallbackAfterRecallMsg").unwrap();
    assert_eq!(f.platform, "Unknown");
    assert_eq!(f.body["Operator_Account"], "bob");
    assert_eq!(f.body["MsgSeqList"], json!([{ "MsgSeq": 3 }]));
    assert_eq!(f.body["Type"], "Public");
    // group_msg_recall's group types hold: live groups keep no messages to recall here.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    refused(&mut s, 10007, |s| client(s, json!({ "action": "recallGroupMsg", "groupId": "live", "account": "alice", "seq": 1 })));
}

#[test]
fn the_owner_removes_anyone_admins_remove_members() {
    let mut s = team("Public", true);
    fired(&mut s);
    refused(&mut s, 10007, |s| kick(s, "carol", "dave"));
    refused(&mut s, 10007, |s| kick(s, "bob", "alice"));
    kick(&mut s, "bob", "carol").unwrap();
    let f = fired(&mut s).into_iter().find(|f| f.command == "Group.CallbackAfterMemberExit").unwrap();
    assert_eq!(f.platform, "Unknown");
    assert_eq!(f.body["ExitType"], "Kicked");
    assert_eq!(f.body["Operator_Account"], "bob");
    assert_eq!(f.body["ExitMemberList"], json!([{ "Member_Account": "carol" }]));
    kick(&mut s, "alice", "bob").unwrap();
    assert_eq!(members(&mut s), ["alice", "dave"]);
    // Not a member, or oneself: 10004; the removed may not act any more.
    refused(&mut s, 10004, |s| kick(s, "alice", "carol"));
    refused(&mut s, 10004, |s| kick(s, "alice", "alice"));
    refused(&mut s, 10007, |s| kick(s, "bob", "dave"));
    assert!(client(&mut s, json!({ "action": "sendGroupMsg", "groupId": G, "account": "carol", "text": "x" })).unwrap_err().contains("(10007)"));
}

#[test]
fn work_groups_let_only_the_owner_remove_and_live_groups_none() {
    let mut s = team("Private", false);
    refused(&mut s, 10007, |s| kick(s, "bob", "carol"));
    kick(&mut s, "alice", "carol").unwrap();
    assert_eq!(members(&mut s), ["alice", "bob", "dave"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    client(&mut s, json!({ "action": "joinGroup", "groupId": "live", "account": "erin" })).unwrap();
    let why = refused(&mut s, 10007, |s| client(s, json!({ "action": "kickGroupMember", "groupId": "live", "account": "alice", "member": "erin" })));
    assert!(why.contains("AVChatRoom"), "{why}");
}
