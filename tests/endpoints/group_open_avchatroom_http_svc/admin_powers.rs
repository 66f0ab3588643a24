//! What a live group's admins may do (CN 102857: "直播群管理员具有以下权限：禁言群成员。房间禁言时仍然能正常
//! 发言。"): speak while the room is muted for everyone, and mute members through their client
//! (`muteGroupMember`). The same client action in other groups: the owner and the Admin role
//! may, plain members may not, and nobody mutes the owner.

use crate::common::*;
use crate::support::client;
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const LIVE: &str = "live";

fn room() -> Simulator {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["host", "mod", "mod2", "fan", "fan2"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "host", "Type": "AVChatRoom", "GroupId": LIVE, "Name": "L" }));
    for a in ["mod", "mod2", "fan", "fan2"] {
        client(&mut s, json!({ "action": "joinGroup", "groupId": LIVE, "account": a })).unwrap();
    }
    ok(&mut s, "group_open_avchatroom_http_svc/modify_admin", json!({ "GroupId": LIVE, "CommandType": 1, "Admin_Account": ["mod", "mod2"] }));
    s
}

fn say(s: &mut Simulator, who: &str, random: u32) -> Value {
    call(s, "group_open_http_svc/send_group_msg", json!({ "GroupId": LIVE, "From_Account": who, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }))["ErrorCode"].clone()
}

fn mute(s: &mut Simulator, group: &str, by: &str, who: &str, seconds: u64) -> Result<(), String> {
    client(s, json!({ "action": "muteGroupMember", "groupId": group, "account": by, "member": who, "seconds": seconds }))
}

/// A refused mute: 10007, nothing changed.
fn refused(s: &mut Simulator, group: &str, by: &str, who: &str) {
    let before = state(s);
    let why = mute(s, group, by, who, 60).unwrap_err();
    assert!(why.contains("no permission to mute") && why.contains("(10007)"), "{why}");
    assert_eq!(state(s), before);
}

#[test]
fn live_admins_speak_while_the_room_is_muted() {
    let mut s = room();
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": LIVE, "MuteAllMember": "On" }));
    assert_eq!(say(&mut s, "fan", 1), 10017);
    assert_eq!(say(&mut s, "mod", 2), 0);
    assert_eq!(say(&mut s, "host", 3), 0);
    // No longer an admin: muted with everyone.
    ok(&mut s, "group_open_avchatroom_http_svc/modify_admin", json!({ "GroupId": LIVE, "CommandType": 2, "Admin_Account": ["mod"] }));
    assert_eq!(say(&mut s, "mod", 4), 10017);
}

#[test]
fn live_admins_mute_members_but_not_admins_or_the_owner() {
    let mut s = room();
    mute(&mut s, LIVE, "mod", "fan", 60).unwrap();
    assert_eq!(say(&mut s, "fan", 1), 10017);
    let r = ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": LIVE }));
    assert_eq!(r["MutedAccountList"], json!([{ "Member_Account": "fan", "MutedUntil": T0 + 60 }]));
    mute(&mut s, LIVE, "mod", "fan", 0).unwrap();
    assert_eq!(say(&mut s, "fan", 2), 0);
    refused(&mut s, LIVE, "mod", "mod2");
    refused(&mut s, LIVE, "mod", "host");
    refused(&mut s, LIVE, "fan", "fan2");
    // The owner mutes admins too, but nobody mutes the owner.
    mute(&mut s, LIVE, "host", "mod2", 60).unwrap();
    assert_eq!(say(&mut s, "mod2", 3), 10017);
    refused(&mut s, LIVE, "host", "host");
    // An admin outside the room still may (admins need not be in it).
    client(&mut s, json!({ "action": "quitGroup", "groupId": LIVE, "account": "mod" })).unwrap();
    mute(&mut s, LIVE, "mod", "fan2", 60).unwrap();
    assert_eq!(say(&mut s, "fan2", 4), 10017);
}

#[test]
fn other_groups_owners_and_admins_mute_work_groups_none() {
    let mut s = room();
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "host", "Type": "Public", "GroupId": "pub", "Name": "P", "MemberList": [{ "Member_Account": "mod", "Role": "Admin" }, { "Member_Account": "fan" }, { "Member_Account": "fan2" }] }));
    mute(&mut s, "pub", "mod", "fan", 60).unwrap();
    refused(&mut s, "pub", "fan2", "fan");
    refused(&mut s, "pub", "fan", "mod");
    // A live group's admin list is that room's only.
    refused(&mut s, "pub", "mod2", "fan2");
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "host", "Type": "Private", "GroupId": "work", "Name": "W", "MemberList": [{ "Member_Account": "fan" }] }));
    let before = state(&s);
    assert!(mute(&mut s, "work", "host", "fan", 60).unwrap_err().contains("(10007)"));
    assert!(mute(&mut s, "nope", "host", "fan", 60).unwrap_err().contains("(10010)"));
    assert!(mute(&mut s, "pub", "mod", "ghost", 60).is_err());
    assert_eq!(state(&s), before);
}
