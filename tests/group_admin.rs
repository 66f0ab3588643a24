//! Group administration: listing groups, profiles and custom fields, roles, owners and mutes,
//! each against its documented sample and error cases, on the group state the read-state
//! endpoints use.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{call, err, import, ok, sim_with, T0};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

fn sim() -> Simulator {
    sim_with(Options { rate_limit: false, ..Options::default() })
}

fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}

/// leckie owns `g` (Public) with peter and wesley as members.
fn team(s: &mut Simulator, ty: &str, g: &str) {
    import(s, &["leckie", "peter", "wesley", "tommy"]);
    ok(s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": ty, "GroupId": g, "Name": "MyFirstGroup", "Introduction": "TestGroup", "Notification": "TestGroup", "MemberList": [{ "Member_Account": "peter" }, { "Member_Account": "wesley" }] }));
}

fn send(s: &mut Simulator, g: &str, from: &str, random: u32) -> Value {
    call(s, "group_open_http_svc/send_group_msg", json!({ "GroupId": g, "From_Account": from, "Random": random, "MsgBody": text("hi") }))
}

#[test]
fn get_appid_group_list_pages_with_64_bit_cursors() {
    let mut s = sim();
    import(&mut s, &["a"]);
    for i in 0..5 {
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": if i % 2 == 0 { "Public" } else { "Private" }, "GroupId": format!("g{i}"), "Name": "n" }));
        s.advance(1);
    }
    let r = ok(&mut s, "group_open_http_svc/get_appid_group_list", json!({ "Limit": 2, "Next": 0, "GroupType": "Public" }));
    assert_eq!(r["TotalCount"], 3);
    assert_eq!(r["GroupIdList"], json!([{ "GroupId": "g0" }, { "GroupId": "g2" }]));
    let next = r["Next"].as_u64().unwrap();
    assert!(next > 1 << 32, "the cursor does not fit 32 bits: {next}");
    let r = ok(&mut s, "group_open_http_svc/get_appid_group_list", json!({ "Limit": 2, "Next": next, "GroupType": "Public" }));
    assert_eq!((r["GroupIdList"].clone(), r["Next"].as_u64()), (json!([{ "GroupId": "g4" }]), Some(0)));
    // The tencentcloud client's GroupType "" means every type; a cursor cut to 32 bits is refused.
    assert_eq!(ok(&mut s, "group_open_http_svc/get_appid_group_list", json!({ "Limit": 1000, "Next": 0, "GroupType": "" }))["TotalCount"], 5);
    assert_eq!(ok(&mut s, "group_open_http_svc/get_appid_group_list", json!({}))["GroupIdList"].as_array().unwrap().len(), 5);
    err(&mut s, "group_open_http_svc/get_appid_group_list", json!({ "Next": next & 0xFFFF_FFFF }), 10004);
    err(&mut s, "group_open_http_svc/get_appid_group_list", json!({ "GroupType": "Work2" }), 10004);
    // One call per second (the page's limit).
    let mut limited = sim_with(Options::default());
    ok(&mut limited, "group_open_http_svc/get_appid_group_list", json!({}));
    assert_eq!(call(&mut limited, "group_open_http_svc/get_appid_group_list", json!({}))["ErrorCode"], 60007);
}

#[test]
fn get_group_info_answers_its_sample_with_filters_and_per_group_errors() {
    let mut s = sim();
    team(&mut s, "Public", "TGS_2J4SZEAEL");
    let r = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["TGS_2J4SZEAEL", "nope"], "ResponseFilter": { "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"], "MemberInfoFilter": ["Account", "Role"] } }));
    assert_eq!(r["GroupInfo"][0], json!({"GroupId":"TGS_2J4SZEAEL","ErrorCode":0,"ErrorInfo":"","Type":"Public","Name":"MyFirstGroup","Introduction":"TestGroup","Notification":"TestGroup","MemberList":[{"Member_Account":"leckie","Role":"Owner"},{"Member_Account":"peter","Role":"Member"},{"Member_Account":"wesley","Role":"Member"}]}));
    assert_eq!(r["GroupInfo"][1]["ErrorCode"], 10010, "an unknown group fails its item, not the request");
    // No filter: every profile field and the member list; custom fields only when asked.
    let full = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["TGS_2J4SZEAEL"] }))["GroupInfo"][0].clone();
    for k in ["Owner_Account", "CreateTime", "InfoSeq", "NextMsgSeq", "MemberNum", "MaxMemberNum", "ApplyJoinOption", "MuteAllMember", "ShutUpAllMember", "MemberList"] {
        assert!(full.get(k).is_some(), "{k} in {full}");
    }
    assert!(full.get("AppDefinedData").is_none());
    assert_eq!((full["MemberNum"].as_u64(), full["NextMsgSeq"].as_u64(), full["Owner_Account"].as_str()), (Some(3), Some(1), Some("leckie")));
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_2J4SZEAEL", "AppDefinedData": [{ "Key": "Level", "Value": "3" }, { "Key": "Tier", "Value": "gold" }] }));
    let r = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["TGS_2J4SZEAEL"], "ResponseFilter": { "AppDefinedDataFilter_Group": ["Tier", "Missing"] } }));
    assert_eq!(r["GroupInfo"][0], json!({"GroupId":"TGS_2J4SZEAEL","ErrorCode":0,"ErrorInfo":"","AppDefinedData":[{"Key":"Tier","Value":"gold"}]}));
    // An AVChatRoom answers its details only: no member count, no member list.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": "AVChatRoom", "GroupId": "live", "Name": "live" }));
    let live = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["live"] }))["GroupInfo"][0].clone();
    assert!(live.get("MemberList").is_none() && live.get("MemberNum").is_none(), "{live}");
    let too_many: Vec<String> = (0..51).map(|i| format!("g{i}")).collect();
    err(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": too_many }), 10004);
}

#[test]
fn modify_group_base_info_changes_the_profile_and_mutes_everyone() {
    let mut s = sim();
    team(&mut s, "Public", "TGS_1NVTZEAE4");
    // The documented sample, on a group of this world (its ID is one the service assigned).
    let mut sample: Value = serde_json::from_str(tcim::api::group_open_http_svc::modify_group_base_info::ENDPOINT.sample).unwrap();
    sample["GroupId"] = json!("TGS_1NVTZEAE4");
    ok(&mut s, "group_open_http_svc/modify_group_base_info", sample);
    let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["TGS_1NVTZEAE4"] }))["GroupInfo"][0].clone();
    assert_eq!((info["Name"].as_str(), info["MaxMemberNum"].as_u64(), info["ApplyJoinOption"].as_str(), info["MuteAllMember"].as_str(), info["InfoSeq"].as_u64()), (Some("NewName"), Some(500), Some("NeedPermission"), Some("On"), Some(2)));
    // Everyone muted: a member cannot send; the owner and the App admin can.
    assert_eq!(send(&mut s, "TGS_1NVTZEAE4", "peter", 1)["ErrorCode"], 10017);
    assert_eq!(send(&mut s, "TGS_1NVTZEAE4", "leckie", 2)["ErrorCode"], 0);
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "TGS_1NVTZEAE4", "Random": 3, "MsgBody": text("admin") }));
    // The older name (timsdk, tencentcloud) works too.
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_1NVTZEAE4", "ShutUpAllMember": "Off" }));
    assert_eq!(send(&mut s, "TGS_1NVTZEAE4", "peter", 4)["ErrorCode"], 0);
    // Custom fields: upsert, an empty value deletes, at most 10.
    let kv: Vec<Value> = (0..11).map(|i| json!({ "Key": format!("k{i}"), "Value": "v" })).collect();
    err(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_1NVTZEAE4", "AppDefinedData": kv }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_1NVTZEAE4", "MaxMemberNum": 2 }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_1NVTZEAE4", "Name": "x".repeat(31) }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "ghost", "Name": "x" }), 10010);
    err(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "TGS_1NVTZEAE4", "From_Account": "ghost" }), 10019);
}

#[test]
fn roles_owners_and_member_profiles() {
    let mut s = sim();
    team(&mut s, "Public", "TGS_2C5SZEAEF");
    let r = ok(&mut s, "group_open_http_svc/get_role_in_group", json!({ "GroupId": "TGS_2C5SZEAEF", "User_Account": ["leckie", "peter", "wesley", "tommy"] }));
    assert_eq!(r["UserIdList"], json!([{"Member_Account":"leckie","Role":"Owner"},{"Member_Account":"peter","Role":"Member"},{"Member_Account":"wesley","Role":"Member"},{"Member_Account":"tommy","Role":"NotMember"}]));
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF", "Member_Account": "peter", "Role": "Admin", "NameCard": "Pete", "MsgFlag": "AcceptNotNotify", "AppMemberDefinedData": [{ "Key": "Seat", "Value": "A1" }] }));
    let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["TGS_2C5SZEAEF"], "ResponseFilter": { "MemberInfoFilter": ["Role", "NameCard", "MsgFlag"], "AppDefinedDataFilter_GroupMember": ["Seat"] } }))["GroupInfo"][0].clone();
    assert_eq!(info["MemberList"][1], json!({"Member_Account":"peter","Role":"Admin","MsgFlag":"AcceptNotNotify","NameCard":"Pete","AppMemberDefinedData":[{"Key":"Seat","Value":"A1"}]}));
    // change_group_owner: the old owner becomes a member.
    ok(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "TGS_2C5SZEAEF", "NewOwner_Account": "wesley" }));
    let r = ok(&mut s, "group_open_http_svc/get_role_in_group", json!({ "GroupId": "TGS_2C5SZEAEF", "User_Account": ["leckie", "wesley"] }));
    assert_eq!(r["UserIdList"], json!([{"Member_Account":"leckie","Role":"Member"},{"Member_Account":"wesley","Role":"Owner"}]));
    err(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "TGS_2C5SZEAEF", "NewOwner_Account": "tommy" }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF", "Member_Account": "wesley", "Role": "Member" }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF", "Member_Account": "tommy", "NameCard": "x" }), 10004);
    err(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF", "Member_Account": "peter", "Role": "Owner" }), 10004);
    // Work groups have no admins and cannot mute; AVChatRoom keeps no members (10007).
    team(&mut s, "Private", "work");
    err(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "work", "Member_Account": "peter", "Role": "Admin" }), 10007);
    err(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "work", "Member_Account": "peter", "MuteTime": 60 }), 10007);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": "AVChatRoom", "GroupId": "live", "Name": "live" }));
    for (api, body) in [
        ("group_open_http_svc/change_group_owner", json!({ "GroupId": "live", "NewOwner_Account": "peter" })),
        ("group_open_http_svc/get_role_in_group", json!({ "GroupId": "live", "User_Account": ["peter"] })),
        ("group_open_http_svc/modify_group_member_info", json!({ "GroupId": "live", "Member_Account": "leckie", "NameCard": "x" })),
    ] {
        err(&mut s, api, body, 10007);
    }
}

#[test]
fn mutes_stop_sending_survive_rejoining_and_are_listed() {
    let mut s = sim();
    team(&mut s, "Public", "TGS_2C5SZEAEF");
    ok(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "TGS_2C5SZEAEF", "Members_Account": ["peter", "leckie"], "MuteTime": 60 }));
    assert_eq!(send(&mut s, "TGS_2C5SZEAEF", "peter", 1)["ErrorCode"], 10017);
    assert_eq!(send(&mut s, "TGS_2C5SZEAEF", "leckie", 2)["ErrorCode"], 10017, "the App admin may mute the owner");
    let r = ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "TGS_2C5SZEAEF" }));
    assert_eq!(r["MutedAccountList"], json!([{"Member_Account":"leckie","MutedUntil":T0 + 60},{"Member_Account":"peter","MutedUntil":T0 + 60}]));
    let r = ok(&mut s, "group_open_http_svc/get_group_shutted_uin", json!({ "GroupId": "TGS_2C5SZEAEF" }));
    assert_eq!(r["ShuttedUinList"][1], json!({"Member_Account":"peter","ShuttedUntil":T0 + 60}));
    assert_eq!(r["GroupId"], "TGS_2C5SZEAEF");
    // Leaving and rejoining does not lift it; it ends on time; 0 lifts it; 4294967295 is for good.
    s.client_json(r#"{"action":"quitGroup","groupId":"TGS_2C5SZEAEF","account":"peter"}"#).unwrap();
    s.client_json(r#"{"action":"joinGroup","groupId":"TGS_2C5SZEAEF","account":"peter"}"#).unwrap();
    assert_eq!(send(&mut s, "TGS_2C5SZEAEF", "peter", 3)["ErrorCode"], 10017);
    let m = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF" }));
    assert_eq!(m["MemberList"].as_array().unwrap().iter().find(|x| x["Member_Account"] == "peter").unwrap()["MuteUntil"], T0 + 60);
    s.advance(61);
    assert_eq!(send(&mut s, "TGS_2C5SZEAEF", "peter", 4)["ErrorCode"], 0);
    assert_eq!(ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "TGS_2C5SZEAEF" }))["MutedAccountList"], json!([]));
    ok(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "TGS_2C5SZEAEF", "Members_Account": ["wesley"], "ShutUpTime": 4294967295u64 }));
    s.advance(10_000_000);
    let r = ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "TGS_2C5SZEAEF" }));
    assert_eq!(r["MutedAccountList"], json!([{"Member_Account":"wesley","MutedUntil":4294967295u64}]));
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "TGS_2C5SZEAEF", "Member_Account": "wesley", "MuteTime": 0 }));
    assert_eq!(send(&mut s, "TGS_2C5SZEAEF", "wesley", 5)["ErrorCode"], 0);
    err(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "TGS_2C5SZEAEF", "Members_Account": ["ghost"], "MuteTime": 60 }), 10019);
    team(&mut s, "Private", "work");
    err(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": "work", "Members_Account": ["peter"], "MuteTime": 60 }), 10007);
    assert_eq!(ok(&mut s, "group_open_http_svc/get_group_muted_account", json!({ "GroupId": "work" }))["MutedAccountList"], json!([]));
}

#[test]
fn online_member_num_counts_a_live_groups_online_members() {
    let mut s = sim();
    import(&mut s, &["host", "v1", "v2", "v3"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "host", "Type": "AVChatRoom", "GroupId": "TGS_a6I4ZUUGO", "Name": "live" }));
    for v in ["v1", "v2", "v3"] {
        s.client_json(&json!({ "action": "joinGroup", "groupId": "TGS_a6I4ZUUGO", "account": v }).to_string()).unwrap();
    }
    for v in ["v1", "v2"] {
        s.client_json(&json!({ "action": "login", "account": v, "platform": "Web" }).to_string()).unwrap();
    }
    s.client_json(r#"{"action":"background","account":"v2","platform":"Web"}"#).unwrap();
    let r = ok(&mut s, "group_open_http_svc/get_online_member_num", json!({ "GroupId": "TGS_a6I4ZUUGO" }));
    assert_eq!(r["OnlineMemberNum"], 1, "v1 is online; v2 only gets pushes; v3 and the host are offline");
    team(&mut s, "Public", "pub");
    err(&mut s, "group_open_http_svc/get_online_member_num", json!({ "GroupId": "pub" }), 10007);
}

#[test]
fn recalls_keep_seqs_and_show_as_placeholders() {
    let mut s = sim();
    team(&mut s, "Public", "grp");
    for (i, who) in ["peter", "wesley", "peter", "peter"].iter().enumerate() {
        assert_eq!(send(&mut s, "grp", who, i as u32 + 1)["ErrorCode"], 0);
    }
    let unread_before = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "grp" }));
    let r = ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "grp", "MsgSeqList": [{ "MsgSeq": 100 }, { "MsgSeq": 2 }] }));
    assert_eq!(r["RecallRetList"], json!([{"MsgSeq":100,"RetCode":10030},{"MsgSeq":2,"RetCode":0}]), "the documented sample's shape");
    let again = ok(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "grp", "MsgSeqList": [{ "MsgSeq": 2 }, { "MsgSeq": 0 }] }));
    assert_eq!(again["RecallRetList"], json!([{"MsgSeq":2,"RetCode":10030},{"MsgSeq":0,"RetCode":10030}]));
    let history = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "grp", "ReqMsgNumber": 10, "WithRecalledMsg": 1 }));
    let places: Vec<(u64, u64)> = history["RspMsgList"].as_array().unwrap().iter().map(|m| (m["MsgSeq"].as_u64().unwrap(), m["IsPlaceMsg"].as_u64().unwrap())).collect();
    assert_eq!(places, [(4, 0), (3, 0), (2, 2), (1, 0)]);
    let plain = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "grp", "ReqMsgNumber": 10 }));
    assert_eq!(plain["RspMsgList"].as_array().unwrap().len(), 3, "without WithRecalledMsg the recalled one is left out");
    let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["grp"], "ResponseFilter": { "GroupBaseInfoFilter": ["NextMsgSeq"] } }));
    assert_eq!(info["GroupInfo"][0]["NextMsgSeq"], 5, "a recalled message keeps its seq");
    assert_eq!(ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "grp" }))["MemberList"], unread_before["MemberList"], "read positions do not move");
    // delete_group_msg_by_sender: all of peter's, silently; wesley's stays.
    ok(&mut s, "group_open_http_svc/delete_group_msg_by_sender", json!({ "GroupId": "grp", "Sender_Account": "peter" }));
    let history = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "grp", "ReqMsgNumber": 10 }));
    assert_eq!(history["RspMsgList"].as_array().unwrap().len(), 0, "peter's three and the recalled one are placeholders");
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": "AVChatRoom", "GroupId": "live", "Name": "live" }));
    ok(&mut s, "group_open_http_svc/delete_group_msg_by_sender", json!({ "GroupId": "live", "Sender_Account": "leckie" }));
    err(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "live", "MsgSeqList": [{ "MsgSeq": 1 }] }), 10007);
    let eleven: Vec<Value> = (1..=11).map(|i| json!({ "MsgSeq": i })).collect();
    err(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "grp", "MsgSeqList": eleven }), 10004);
    err(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "ghost", "MsgSeqList": [{ "MsgSeq": 1 }] }), 10010);
}

#[test]
fn live_group_attributes_are_upserted_replaced_cleared_and_limited() {
    let mut s = sim();
    import(&mut s, &["host"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "host", "Type": "AVChatRoom", "GroupId": "live", "Name": "live" }));
    let get = |s: &mut Simulator| ok(s, "group_open_attr_http_svc/get_group_attr", json!({ "GroupId": "live" }))["GroupAttrAry"].clone();
    assert_eq!(get(&mut s), json!([]));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "attr_key1", "value": "attr_val1" }, { "key": "k2", "value": "v2" }] }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "k2", "value": "v2b" }] }));
    assert_eq!(get(&mut s), json!([{ "key": "attr_key1", "value": "attr_val1" }, { "key": "k2", "value": "v2b" }]), "modify keeps the others");
    ok(&mut s, "group_open_http_svc/set_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "only", "value": "1" }] }));
    assert_eq!(get(&mut s), json!([{ "key": "only", "value": "1" }]), "set replaces them all");
    // Five writes a second per group.
    ok(&mut s, "group_open_http_svc/clear_group_attr", json!({ "GroupId": "live" }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a", "value": "1" }] }));
    err(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "b", "value": "1" }] }), 10049);
    s.advance(1);
    // The documented limits, each with its own code.
    err(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "k".repeat(33), "value": "1" }] }), 10045);
    err(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "k", "value": "v".repeat(4001) }] }), 10046);
    let seventeen: Vec<Value> = (0..17).map(|i| json!({ "key": format!("k{i}"), "value": "v" })).collect();
    err(&mut s, "group_open_http_svc/set_group_attr", json!({ "GroupId": "live", "GroupAttr": seventeen }), 10047);
    let sixteen: Vec<Value> = (0..16).map(|i| json!({ "key": format!("k{i}"), "value": "v" })).collect();
    err(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": sixteen }), 10047);
    let big: Vec<Value> = (0..5).map(|i| json!({ "key": format!("b{i}"), "value": "v".repeat(4000) })).collect();
    err(&mut s, "group_open_http_svc/set_group_attr", json!({ "GroupId": "live", "GroupAttr": big }), 10048);
    assert_eq!(get(&mut s), json!([{ "key": "a", "value": "1" }]), "failed writes change nothing");
    // Other group types answer 10007.
    team(&mut s, "Public", "pub");
    err(&mut s, "group_open_attr_http_svc/get_group_attr", json!({ "GroupId": "pub" }), 10007);
    err(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "pub", "GroupAttr": [{ "key": "a", "value": "1" }] }), 10007);
}

#[test]
fn imports_bring_groups_members_and_history_with_their_read_state() {
    let mut s = sim();
    import(&mut s, &["leckie", "peter", "tommy", "wesley"]);
    // import_group: the sample, with a custom ID and a past creation time.
    let r = ok(&mut s, "group_open_http_svc/import_group", json!({ "Owner_Account": "leckie", "Type": "Public", "Name": "TestGroup", "CreateTime": 1448357837, "GroupId": "old" }));
    assert_eq!(r["GroupId"], "old");
    let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["old"], "ResponseFilter": { "GroupBaseInfoFilter": ["CreateTime", "Owner_Account", "NextMsgSeq"], "MemberInfoFilter": ["Role", "JoinTime"] } }))["GroupInfo"][0].clone();
    assert_eq!((info["CreateTime"].as_u64(), info["Owner_Account"].as_str(), info["NextMsgSeq"].as_u64()), (Some(1448357837), Some("leckie"), Some(1)));
    assert_eq!(info["MemberList"], json!([{ "Member_Account": "leckie", "Role": "Owner", "JoinTime": 1448357837 }]));
    let auto = ok(&mut s, "group_open_http_svc/import_group", json!({ "Type": "Private", "Name": "work" }))["GroupId"].as_str().unwrap().to_owned();
    assert!(auto.starts_with("@TGS#"), "{auto}");
    err(&mut s, "group_open_http_svc/import_group", json!({ "Type": "Public", "Name": "x", "GroupId": "old" }), 10021);
    err(&mut s, "group_open_http_svc/import_group", json!({ "Type": "AVChatRoom", "Name": "x" }), 10007);
    err(&mut s, "group_open_http_svc/import_group", json!({ "Type": "Public", "Name": "x", "CreateTime": T0 + 10 }), 10004);
    err(&mut s, "group_open_http_svc/import_group", json!({ "Type": "Public", "Name": "x", "GroupId": "@TGS#mine" }), 10015);
    // import_group_msg: seqs 1, 2; times must increase, lie after creation and before now.
    let body = |from: &str, t: u64| json!({ "From_Account": from, "SendTime": t, "Random": t, "MsgBody": text("old times") });
    let r = ok(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": "old", "RecentContactFlag": 1, "MsgList": [body("leckie", 1620808101), body("leckie", 1620808102), body("leckie", 1620808102), body("ghost", 1620808103), body("leckie", 1448357000)] }));
    assert_eq!(r["ImportMsgResult"], json!([
        {"MsgSeq":1,"MsgTime":1620808101,"Result":0},
        {"MsgSeq":2,"MsgTime":1620808102,"Result":0},
        {"MsgSeq":0,"MsgTime":1620808102,"Result":10004},
        {"MsgSeq":0,"MsgTime":1620808103,"Result":10004},
        {"MsgSeq":0,"MsgTime":1448357000,"Result":10004}
    ]));
    // import_group_member: UnreadMsgNum is capped at the message count; a JoinTime before the
    // group's creation fails that member; an existing member answers 2.
    let r = ok(&mut s, "group_open_http_svc/import_group_member", json!({ "GroupId": "old", "MemberList": [
        { "Member_Account": "tommy", "Role": "Admin", "JoinTime": 1448357838, "UnreadMsgNum": 5 },
        { "Member_Account": "peter", "UnreadMsgNum": 1 },
        { "Member_Account": "wesley", "JoinTime": 1448357837 },
        { "Member_Account": "leckie" },
        { "Member_Account": "ghost" }
    ] }));
    let results: Vec<u64> = r["MemberList"].as_array().unwrap().iter().map(|m| m["Result"].as_u64().unwrap()).collect();
    assert_eq!(results, [1, 1, 0, 2, 0]);
    let unread = |s: &mut Simulator| -> Vec<(String, u64)> {
        let state = s.inspect();
        let g = state["groups"].as_array().unwrap().iter().find(|g| g["groupId"] == "old").unwrap().clone();
        g["members"].as_array().unwrap().iter().map(|m| (m["account"].as_str().unwrap().to_owned(), m["unread"].as_u64().unwrap())).collect()
    };
    assert_eq!(unread(&mut s), [("leckie".to_owned(), 0), ("tommy".to_owned(), 2), ("peter".to_owned(), 1)]);
    // A later import leaves everyone with nothing unread.
    ok(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": "old", "MsgList": [body("tommy", 1620808200)] }));
    assert!(unread(&mut s).iter().all(|(_, n)| *n == 0), "{:?}", unread(&mut s));
    let roles = ok(&mut s, "group_open_http_svc/get_role_in_group", json!({ "GroupId": "old", "User_Account": ["tommy"] }));
    assert_eq!(roles["UserIdList"][0]["Role"], "Admin");
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": "AVChatRoom", "GroupId": "live", "Name": "live" }));
    err(&mut s, "group_open_http_svc/import_group_member", json!({ "GroupId": "live", "MemberList": [{ "Member_Account": "tommy" }] }), 10007);
    err(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": "live", "MsgList": [body("leckie", 1620808300)] }), 10007);
    let eight: Vec<Value> = (0..8).map(|i| body("leckie", 1620808400 + i)).collect();
    err(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": "old", "MsgList": eight }), 10004);
}

#[test]
fn batchsendmsg_and_importmsg_keep_one_to_one_read_state() {
    let mut s = sim();
    import(&mut s, &["admin2", "bonnie", "rong", "dramon1", "dramon2"]);
    let unread = |s: &mut Simulator, reader: &str, peer: &str| ok(s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": reader, "Peer_Account": [peer] }))["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"].as_u64().unwrap();
    // The documented sample: both exist, one key for both.
    let sample: Value = serde_json::from_str(tcim::api::openim::batchsendmsg::ENDPOINT.sample).unwrap();
    let r = ok(&mut s, "openim/batchsendmsg", sample);
    assert_eq!(r["MsgKey"], format!("28360_19901224_{T0}"));
    assert!(r.get("ErrorList").is_none());
    assert_eq!(unread(&mut s, "bonnie", "administrator"), 1);
    // A missing receiver: SomeError with ErrorCode 0 and an ErrorList; all missing: FAIL 90012.
    let r = call(&mut s, "openim/batchsendmsg", json!({ "From_Account": "dramon1", "To_Account": ["rong", "ghost"], "MsgRandom": 7, "MsgBody": text("hi") }));
    assert_eq!((r["ActionStatus"].as_str(), r["ErrorCode"].as_u64()), (Some("SomeError"), Some(0)), "{r}");
    assert_eq!(r["ErrorList"], json!([{ "To_Account": "ghost", "ErrorCode": 70107 }]));
    assert_eq!(s.call_text("openim/batchsendmsg", &json!({ "To_Account": ["rong", "ghost"], "MsgRandom": 8, "MsgBody": text("hi") }).to_string()).get(..27), Some(r#"{"ActionStatus":"SomeError""#));
    err(&mut s, "openim/batchsendmsg", json!({ "To_Account": ["ghost"], "MsgRandom": 9, "MsgBody": text("hi") }), 90012);
    // NoUnread and online-only messages are not unread; batchsendmsg ignores blocklists and mutes.
    ok(&mut s, "openim/batchsendmsg", json!({ "From_Account": "dramon2", "To_Account": ["rong"], "MsgRandom": 10, "MsgBody": text("quiet"), "SendMsgControl": ["NoUnread"] }));
    ok(&mut s, "openim/batchsendmsg", json!({ "From_Account": "dramon2", "To_Account": ["rong"], "MsgRandom": 11, "MsgBody": text("live"), "OnlineOnlyFlag": 1 }));
    assert_eq!(unread(&mut s, "rong", "dramon2"), 0);
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "rong", "To_Account": ["dramon2"] }));
    ok(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "dramon2", "C2CmsgNospeakingTime": 600 }));
    ok(&mut s, "openim/batchsendmsg", json!({ "From_Account": "dramon2", "To_Account": ["rong"], "MsgRandom": 12, "MsgBody": text("anyway") }));
    assert_eq!(unread(&mut s, "rong", "dramon2"), 1);
    // importmsg: the sample is history (not unread); 5 (and the older 1) count as unread; the
    // same seq, random and time is a duplicate, the first one wins; history is in time order.
    ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 2, "From_Account": "dramon1", "To_Account": "dramon2", "MsgSeq": 827092, "MsgRandom": 1287657, "MsgTimeStamp": 1556178721, "MsgBody": text("hi, beauty") }));
    assert_eq!(unread(&mut s, "dramon2", "dramon1"), 0);
    for (seq, t) in [(2, T0 - 50), (1, T0 - 100)] {
        ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 5, "From_Account": "dramon1", "To_Account": "dramon2", "MsgSeq": seq, "MsgRandom": 1, "MsgTimeStamp": t, "MsgBody": text("rt") }));
    }
    ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 1, "From_Account": "dramon2", "To_Account": "dramon1", "MsgSeq": 2, "MsgRandom": 1, "MsgTimeStamp": T0 - 50, "MsgBody": text("dup, swapped") }));
    assert_eq!(unread(&mut s, "dramon2", "dramon1"), 2);
    assert_eq!(unread(&mut s, "dramon1", "dramon2"), 0, "the swapped triple was a duplicate");
    let roam = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "dramon1", "Peer_Account": "dramon2", "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 }));
    let keys: Vec<&str> = roam["MsgList"].as_array().unwrap().iter().map(|m| m["MsgKey"].as_str().unwrap()).collect();
    assert_eq!(keys, [format!("2_1_{}", T0 - 50), format!("1_1_{}", T0 - 100), "827092_1287657_1556178721".to_owned()], "newest first, in time order");
    err(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 3, "From_Account": "dramon1", "To_Account": "dramon2", "MsgRandom": 1, "MsgTimeStamp": T0, "MsgBody": text("x") }), 90030);
    err(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 2, "From_Account": "ghost", "To_Account": "dramon2", "MsgRandom": 1, "MsgTimeStamp": T0, "MsgBody": text("x") }), 90008);
}

#[test]
fn c2c_messages_are_modified_and_get_read_receipts() {
    let mut s = sim();
    import(&mut s, &["user1", "user2"]);
    let sent = ok(&mut s, "openim/sendmsg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgRandom": 5, "MsgBody": text("first"), "IsNeedReadReceipt": 1 }));
    let key = sent["MsgKey"].as_str().unwrap().to_owned();
    let roam = |s: &mut Simulator| ok(s, "openim/admin_getroammsg", json!({ "Operator_Account": "user2", "Peer_Account": "user1", "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 }))["MsgList"][0].clone();
    ok(&mut s, "openim/modify_c2c_msg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgKey": key, "MsgBody": text("edited"), "CloudCustomData": "x" }));
    let m = roam(&mut s);
    assert_eq!((m["MsgBody"][0]["MsgContent"]["Text"].as_str(), m["MsgKey"].as_str(), m["IsPeerRead"].as_u64()), (Some("edited"), Some(key.as_str()), Some(0)));
    // The receiver's receipt marks it peer-read; its unread count stays.
    ok(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "user1", "Peer_Account": "user2", "C2CMsgInfo": [{ "From_Account": "user2", "To_Account": "user1", "MsgKey": key }] }));
    assert_eq!(roam(&mut s)["IsPeerRead"], 1);
    let unread = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "user1", "Peer_Account": ["user2"] }));
    assert_eq!(unread["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"], 1);
    err(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "user2", "Peer_Account": "user1", "C2CMsgInfo": [{ "From_Account": "user2", "To_Account": "user1", "MsgKey": key }] }), 70402);
    // Receipts for several messages: one unknown key refuses them all, and the answer names
    // every key that failed, in request order.
    let second = ok(&mut s, "openim/sendmsg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgRandom": 6, "MsgBody": text("second") }))["MsgKey"].as_str().unwrap().to_owned();
    let before = common::state(&s);
    let item = |k: &str| json!({ "From_Account": "user2", "To_Account": "user1", "MsgKey": k });
    let r = err(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "user1", "Peer_Account": "user2", "C2CMsgInfo": [item("9_9_9"), item(&second), item("8_8_8")] }), 90054);
    assert_eq!(r["ErrorInfo"], "MsgKey \"9_9_9\", \"8_8_8\" name no message from \"user2\" to \"user1\"");
    let many: Vec<Value> = (0..9).map(|i| item(&format!("{i}_0_0"))).chain([item("0_0_0")]).collect();
    let r = err(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "user1", "Peer_Account": "user2", "C2CMsgInfo": many }), 90054);
    assert_eq!(r["ErrorInfo"], "MsgKey \"0_0_0\", \"1_0_0\", \"2_0_0\", \"3_0_0\", \"4_0_0\" and 4 more name no message from \"user2\" to \"user1\"");
    assert_eq!(common::state(&s), before);
    ok(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "user1", "Peer_Account": "user2", "C2CMsgInfo": [item(&key), item(&second)] }));
    let all = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "user2", "Peer_Account": "user1", "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 }));
    assert_eq!(all["MsgList"].as_array().unwrap().iter().map(|m| m["IsPeerRead"].as_u64().unwrap()).collect::<Vec<_>>(), vec![1, 1]);
    err(&mut s, "openim/modify_c2c_msg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgKey": "1_2_3", "CloudCustomData": "x" }), 90054);
    err(&mut s, "openim/modify_c2c_msg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgKey": key }), 70402);
}

#[test]
fn conversation_lists_follow_messages_deletions_and_cleared_roaming() {
    let mut s = sim();
    team(&mut s, "Public", "grp");
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "peter", "To_Account": "wesley", "MsgRandom": 1, "MsgBody": text("hi") }));
    s.advance(10);
    assert_eq!(send(&mut s, "grp", "leckie", 1)["ErrorCode"], 0);
    s.advance(10);
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "tommy", "To_Account": "wesley", "MsgRandom": 2, "MsgBody": text("yo") }));
    let list = |s: &mut Simulator, who: &str| ok(s, "recentcontact/get_list", json!({ "From_Account": who, "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 63 }));
    let r = list(&mut s, "wesley");
    assert_eq!(r["SessionItem"], json!([
        {"Type":1,"To_Account":"tommy","MsgTime":T0 + 20,"TopFlag":0},
        {"Type":2,"GroupId":"grp","MsgTime":T0 + 10,"TopFlag":0},
        {"Type":1,"To_Account":"peter","MsgTime":T0,"TopFlag":0}
    ]));
    assert_eq!((r["CompleteFlag"].as_u64(), r["ErrorDisplay"].as_str()), (Some(1), Some("")));
    // inspect shows the same list, with unread counts.
    let state = s.inspect();
    let wes = state["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "wesley").unwrap().clone();
    let plain = json!({"pinned":false,"standardMark":"","customMark":"","groups":[]});
    let with = |v: Value| { let mut v = v; v.as_object_mut().unwrap().extend(plain.as_object().unwrap().clone()); v };
    assert_eq!(wes["conversations"], json!([with(json!({"id":"tommy","msgTime":T0 + 20,"type":"c2c","unread":1})),with(json!({"id":"grp","msgTime":T0 + 10,"type":"group","unread":1})),with(json!({"id":"peter","msgTime":T0,"type":"c2c","unread":1}))]));
    // delete hides it until a later message; ClearRamble clears this side's history only.
    ok(&mut s, "recentcontact/delete", json!({ "From_Account": "wesley", "Type": 1, "To_Account": "peter", "ClearRamble": 1 }));
    ok(&mut s, "recentcontact/delete", json!({ "From_Account": "wesley", "type": 2, "ToGroupid": "grp" }));
    assert_eq!(list(&mut s, "wesley")["SessionItem"].as_array().unwrap().len(), 1);
    let roam = |s: &mut Simulator, who: &str, peer: &str| ok(s, "openim/admin_getroammsg", json!({ "Operator_Account": who, "Peer_Account": peer, "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 + 100 }))["MsgList"].as_array().unwrap().len();
    assert_eq!((roam(&mut s, "wesley", "peter"), roam(&mut s, "peter", "wesley")), (0, 1));
    assert_eq!(list(&mut s, "peter")["SessionItem"].as_array().unwrap().len(), 2, "peter keeps both of his");
    s.advance(5);
    assert_eq!(send(&mut s, "grp", "leckie", 2)["ErrorCode"], 0);
    assert_eq!(list(&mut s, "wesley")["SessionItem"][0]["GroupId"], "grp", "a later message brings it back");
    err(&mut s, "recentcontact/get_list", json!({ "From_Account": "ghost", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 63 }), 50001);
    err(&mut s, "recentcontact/delete", json!({ "From_Account": "wesley", "Type": 1 }), 50002);
}

#[test]
fn broadcasts_need_the_switch_and_drop_duplicates() {
    let mut s = sim();
    import(&mut s, &["test"]);
    let sample: Value = serde_json::from_str(tcim::api::group_open_http_svc::send_broadcast_msg::ENDPOINT.sample).unwrap();
    err(&mut s, "group_open_http_svc/send_broadcast_msg", sample.clone(), 10007);
    let mut s = sim_with(Options { broadcast_messages: true, rate_limit: false, ..Options::default() });
    import(&mut s, &["test"]);
    assert_eq!(ok(&mut s, "group_open_http_svc/send_broadcast_msg", sample.clone())["MsgSeq"], 1);
    assert_eq!(ok(&mut s, "group_open_http_svc/send_broadcast_msg", sample.clone())["MsgSeq"], 1, "the same Random within 5 minutes is the same broadcast");
    s.advance(301);
    assert_eq!(ok(&mut s, "group_open_http_svc/send_broadcast_msg", sample)["MsgSeq"], 2);
    err(&mut s, "group_open_http_svc/send_broadcast_msg", json!({ "From_Account": "ghost", "Random": 1, "MsgBody": text("x") }), 10019);
}

/// Every group, message and conversation endpoint's documented sample answers OK in a world
/// with what it names. Group IDs the service assigned (`@TGS#…`) cannot be chosen, so each
/// sample's `GroupId` becomes a group of a type the endpoint serves, with a few messages.
#[test]
fn every_group_and_message_sample_answers_ok() {
    use tcim::vocab::{GroupType, Service::*, Support};
    let mut s = sim_with(Options { broadcast_messages: true, rate_limit: false, ..Options::default() });
    let accounts = ["leckie", "peter", "wesley", "bob", "tommy", "test", "bonnie", "rong", "lumotuwe1", "lumotuwe2", "dramon1", "dramon2", "user1", "user2", "id1", "id2", "alice", "administrator"];
    import(&mut s, &accounts[..17]);
    let groups = [("Public", "pub"), ("AVChatRoom", "live")];
    for (ty, id) in groups {
        let members: Vec<Value> = if ty == "AVChatRoom" { vec![] } else { ["peter", "wesley", "bob", "tommy"].iter().map(|m| json!({ "Member_Account": m })).collect() };
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "leckie", "Type": ty, "GroupId": id, "Name": "n", "MemberList": members }));
    }
    for i in 0..3 {
        assert_eq!(send(&mut s, "pub", "leckie", 900 + i)["ErrorCode"], 0);
    }
    // The one-to-one samples name stored messages by key: store them.
    ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 2, "From_Account": "dramon1", "To_Account": "dramon2", "MsgSeq": 1, "MsgRandom": 2, "MsgTimeStamp": 3, "MsgBody": text("x") }));
    ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 2, "From_Account": "user2", "To_Account": "user1", "MsgSeq": 1467329515, "MsgRandom": 5675354, "MsgTimeStamp": 1708676941, "MsgBody": text("x") }));
    // update_contact_group's sample changes a conversation group that exists.
    import(&mut s, &["user20"]);
    ok(&mut s, "recentcontact/create_contact_group", json!({ "From_Account": "user20", "GroupContactItem": [{ "GroupName": "test1", "ContactItem": [{ "Type": 1, "To_Account": "user2" }] }] }));
    let covered = tcim::ENDPOINTS.iter().filter(|e| matches!(e.service, Group | GroupAttr | RecentContact) || ["batchsendmsg", "importmsg", "modify_c2c_msg", "c2c_msg_read_receipt"].contains(&e.command));
    let mut ran = 0;
    for e in covered {
        // Endpoints whose samples need a state of their own are walked in the tests above
        // (delete_group_attr's, which needs the attributes it deletes, in tests/endpoints), and
        // the Community's permission groups, whose samples each need the permission groups and
        // topics they name (tests/endpoints/group_open_http_svc/*permission_group*), and the
        // pin samples, which name message 7 and a member user1 (…/pin_message, unpin_message).
        if e.command.contains("permission_group") || ["pin_message", "unpin_message"].contains(&e.command) {
            continue;
        }
        if ["create_group", "import_group", "destroy_group", "import_group_msg", "group_msg_recall", "group_msg_receipt", "get_group_msg_receipt", "get_group_msg_receipt_detail", "set_unread_msg_num", "change_group_owner", "delete_group_attr"].contains(&e.command) {
            continue;
        }
        let mut body: Value = serde_json::from_str(e.sample).unwrap();
        // Every account the sample names exists.
        fn named(v: &Value, key: &str, out: &mut Vec<String>) {
            match v {
                Value::String(s) if key.contains("Account") => out.push(s.clone()),
                Value::Array(items) => items.iter().for_each(|i| named(i, key, out)),
                Value::Object(map) => map.iter().for_each(|(k, v)| named(v, k, out)),
                _ => {}
            }
        }
        let mut names = Vec::new();
        named(&body, "", &mut names);
        let names: Vec<&str> = names.iter().map(String::as_str).filter(|n| *n != "administrator").collect();
        if !names.is_empty() {
            import(&mut s, &names);
        }
        if body.get("GroupId").is_some() {
            let live = e.support(GroupType::Public) != Support::Yes;
            body["GroupId"] = json!(if live { "live" } else { "pub" });
        }
        let r = s.call(&e.api(), &body.to_string());
        assert_eq!(r["ErrorCode"], 0, "{} sample {body}: {r}", e.api());
        ran += 1;
    }
    assert!(ran >= 25, "{ran} samples ran");
}

/// Pins, marks and conversation groups: kept apart from the list, shown in it by AssistFlags,
/// paged by get_contact_group, limited as documented, and refused whole or per item as the
/// answers say.
#[test]
fn conversation_marks_groups_and_pins() {
    let mut s = sim();
    team(&mut s, "Public", "grp");
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "peter", "To_Account": "wesley", "MsgRandom": 1, "MsgBody": text("hi") }));
    s.advance(10);
    assert_eq!(send(&mut s, "grp", "leckie", 1)["ErrorCode"], 0);
    let list = |s: &mut Simulator, flags: u32| ok(s, "recentcontact/get_list", json!({ "From_Account": "wesley", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": flags }))["SessionItem"].clone();
    // Marks: standard bits (character n is bit n) and a custom mark; per-item results.
    let r = ok(&mut s, "recentcontact/mark_contact", json!({ "From_Account": "wesley", "MarkItem": [
        { "OptType": 3, "ContactItem": { "Type": 1, "To_Account": "peter" }, "SetMark": [1, 3], "CustomMark": "vip" },
        { "OptType": 1, "ContactItem": { "Type": 1, "To_Account": "nobody" }, "SetMark": [0] },
        { "OptType": 2, "ContactItem": { "Type": 2, "ToGroupId": "grp" }, "SetMark": [5], "CustomMark": "work" }
    ] }));
    assert_eq!(r["ResultItem"], json!([
        { "OptType": 3, "ContactItem": { "Type": 1, "To_Account": "peter" }, "ResultCode": 0, "ResultInfo": "" },
        { "OptType": 1, "ContactItem": { "Type": 1, "To_Account": "nobody" }, "ResultCode": 50001, "ResultInfo": "To_Account \"nobody\" is not imported" },
        { "OptType": 2, "ContactItem": { "Type": 2, "ToGroupId": "grp" }, "ResultCode": 0, "ResultInfo": "" }
    ]));
    // A group of conversations, and the list showing all of it with AssistFlags 63.
    let r = ok(&mut s, "recentcontact/create_contact_group", json!({ "From_Account": "wesley", "GroupContactItem": [{ "GroupName": "close", "ContactItem": [{ "Type": 1, "To_Account": "peter" }, { "Type": 1, "To_Account": "tommy" }] }] }));
    assert_eq!(r["GroupResultItem"][0]["GroupItem"], json!({ "GroupName": "close", "GroupId": 1 }));
    assert_eq!(r["GroupResultItem"][0]["ResultItem"].as_array().unwrap().len(), 2);
    s.client_json(r#"{"action":"pinConversation","account":"wesley","conversationId":"c2c_peter"}"#).unwrap();
    assert_eq!(list(&mut s, 63), json!([
        { "Type": 1, "To_Account": "peter", "MsgTime": T0, "TopFlag": 1, "StandardMark": "0101", "CustomMark": "vip", "ContactGroupId": [1] },
        { "Type": 2, "GroupId": "grp", "MsgTime": T0 + 10, "TopFlag": 0, "CustomMark": "work" },
        { "Type": 1, "To_Account": "tommy", "MsgTime": 0, "TopFlag": 0, "ContactGroupId": [1] }
    ]));
    // The older flags show neither pins nor marks nor conversations without messages.
    assert_eq!(list(&mut s, 0), json!([
        { "Type": 2, "GroupId": "grp", "MsgTime": T0 + 10, "TopFlag": 0 },
        { "Type": 1, "To_Account": "peter", "MsgTime": T0, "TopFlag": 0 }
    ]));
    // Search and get agree; the group items are the ones used.
    let r = ok(&mut s, "recentcontact/search_contact_group", json!({ "From_Account": "wesley", "ContactItem": [{ "Type": 1, "To_Account": "tommy" }, { "Type": 1, "To_Account": "bob" }] }));
    assert_eq!(r["ContactResultItem"], json!([{ "Type": 1, "To_Account": "tommy", "ContactGroupId": [1], "Timestamp": T0 + 10 }]));
    assert_eq!(r["GroupItem"], json!([{ "GroupName": "close", "GroupId": 1 }]));
    let r = ok(&mut s, "recentcontact/get_contact_group", json!({ "From_Account": "wesley", "StartIndex": 0 }));
    assert_eq!((r["ContactItem"].as_array().unwrap().len(), r["CompleteFlag"].as_u64(), r["NextStartIndex"].as_u64()), (3, Some(1), Some(0)));
    // Rename, then move tommy out: the group and its IDs follow.
    let r = ok(&mut s, "recentcontact/update_contact_group", json!({ "From_Account": "wesley", "UpdateType": 1, "UpdateGroup": { "UpdateGroupType": 1, "OldGroupName": "close", "NewGroupName": "family" } }));
    assert_eq!(r["UpdateGroupResult"], json!({ "UpdateGroupType": 1, "GroupName": "family", "GroupId": 1, "OldGroupName": "close", "ContactResultItem": [] }));
    let r = ok(&mut s, "recentcontact/update_contact_group", json!({ "From_Account": "wesley", "UpdateType": 1, "UpdateGroup": { "UpdateGroupType": 2, "OldGroupName": "family", "ContactUpdateItem": [{ "ContactOptType": 2, "ContactItem": { "Type": 1, "To_Account": "tommy" } }] } }));
    assert_eq!(r["UpdateGroupResult"]["ContactResultItem"][0]["ResultCode"], 0);
    assert_eq!(list(&mut s, 63).as_array().unwrap().len(), 2, "tommy has nothing left, so it leaves the list");
    // Refused whole, changing nothing: a name taken, a group missing, the 21st group.
    let before = common::state(&s);
    err(&mut s, "recentcontact/create_contact_group", json!({ "From_Account": "wesley", "GroupContactItem": [{ "GroupName": "family", "ContactItem": [{ "Type": 1, "To_Account": "bob" }] }] }), 50002);
    err(&mut s, "recentcontact/del_contact_group", json!({ "From_Account": "wesley", "GroupName": ["nope"] }), 50002);
    err(&mut s, "recentcontact/mark_contact", json!({ "From_Account": "ghost", "MarkItem": [{ "OptType": 2, "ContactItem": { "Type": 1, "To_Account": "peter" }, "CustomMark": "x" }] }), 50001);
    err(&mut s, "recentcontact/mark_contact", json!({ "From_Account": "wesley", "MarkItem": [{ "OptType": 1, "ContactItem": { "Type": 1 }, "SetMark": [64] }] }), 50002);
    assert_eq!(common::state(&s), before);
    for i in 2..=20 {
        ok(&mut s, "recentcontact/create_contact_group", json!({ "From_Account": "wesley", "GroupContactItem": [{ "GroupName": format!("g{i}"), "ContactItem": [{ "Type": 1, "To_Account": "bob" }] }] }));
    }
    err(&mut s, "recentcontact/create_contact_group", json!({ "From_Account": "wesley", "GroupContactItem": [{ "GroupName": "g21", "ContactItem": [{ "Type": 1, "To_Account": "bob" }] }] }), 51008);
    // Deleting a group takes its ID off every conversation; marks stay.
    let r = ok(&mut s, "recentcontact/del_contact_group", json!({ "From_Account": "wesley", "GroupName": ["family"] }));
    assert_eq!(r["GroupItem"], json!([{ "GroupName": "family", "GroupId": 1 }]));
    let peter = &list(&mut s, 63)[0];
    assert_eq!((peter["TopFlag"].as_u64(), peter.get("ContactGroupId"), peter["StandardMark"].as_str()), (Some(1), None, Some("0101")));
    // The state (pins, marks, groups) survives snapshot and restore.
    let restored = Simulator::restore(&s.snapshot(), || T0, None).unwrap();
    assert_eq!(common::state(&restored), common::state(&s));
}

/// At most 1000 conversations carry marks or groups: the next one's item fails with 51008.
#[test]
fn marked_conversations_are_limited_to_1000() {
    let mut s = sim();
    import(&mut s, &["wesley"]);
    let peers: Vec<String> = (0..1001).map(|i| format!("p{i}")).collect();
    for chunk in peers.chunks(100) {
        import(&mut s, &chunk.iter().map(String::as_str).collect::<Vec<_>>());
    }
    for chunk in peers.chunks(100) {
        let items: Vec<Value> = chunk.iter().map(|p| json!({ "OptType": 2, "ContactItem": { "Type": 1, "To_Account": p }, "CustomMark": "m" })).collect();
        let r = ok(&mut s, "recentcontact/mark_contact", json!({ "From_Account": "wesley", "MarkItem": items }));
        let codes: Vec<u64> = r["ResultItem"].as_array().unwrap().iter().map(|i| i["ResultCode"].as_u64().unwrap()).collect();
        let expected: Vec<u64> = chunk.iter().map(|p| if p == "p1000" { 51008 } else { 0 }).collect();
        assert_eq!(codes, expected);
    }
    let r = ok(&mut s, "recentcontact/get_contact_group", json!({ "From_Account": "wesley", "StartIndex": 900 }));
    assert_eq!((r["ContactItem"].as_array().unwrap().len(), r["CompleteFlag"].as_u64()), (100, Some(1)));
    let r = ok(&mut s, "recentcontact/get_contact_group", json!({ "From_Account": "wesley", "StartIndex": 0 }));
    assert_eq!((r["CompleteFlag"].as_u64(), r["NextStartIndex"].as_u64()), (Some(0), Some(100)));
}
