//! The callbacks the service fires on REST calls tcim already served before issue 29
//! (docs/decisions.md, "Callbacks on REST calls"): each call fires exactly its callback, with
//! the documented body, and a failed call fires nothing (but the two documented exceptions: a
//! join refused because the group is full, and a call that passes 80% of its rate limit).
mod common;
use common::{call, import, ok, T0};
use serde_json::{json, Value};
use tcim::sim::callbacks::Fired;
use tcim::sim::{Options, Simulator};

const MS: u64 = T0 * 1000;

/// A simulator with every callback on (or only `commands`), accounts imported, nothing fired.
fn sim_with(commands: Option<Value>, rate_limit: bool) -> Simulator {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb", "commands": commands })).unwrap();
    let mut s = Simulator::new(Options { now: Some(T0), rate_limit, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["alice", "bob", "carol", "dave"]);
    s.take_callbacks();
    s
}

fn sim() -> Simulator {
    sim_with(None, false)
}

/// What fired since the last look (held to the statements), each from a REST call.
fn fired(s: &mut Simulator) -> Vec<Fired> {
    let list = common::fired(s);
    for f in &list {
        assert_eq!(f.platform, "RESTAPI", "{}", f.command);
    }
    list
}

/// A call that succeeds and fires exactly one callback: its body.
fn fires_one(s: &mut Simulator, api: &str, body: Value) -> Value {
    ok(s, api, body);
    let f = fired(s);
    assert_eq!(f.len(), 1, "{api} fired {:?}", f.iter().map(|f| f.command).collect::<Vec<_>>());
    f.into_iter().next().unwrap().body
}

/// A call that fails with `code` and fires nothing.
fn fails_silently(s: &mut Simulator, api: &str, body: Value, code: u32) {
    let r = call(s, api, body);
    assert_eq!(r["ErrorCode"], code, "{api}: {r}");
    let f = fired(s);
    assert!(f.is_empty(), "a failed {api} fired {:?}", f.iter().map(|f| f.command).collect::<Vec<_>>());
}

#[test]
fn blocklist_changes_fire_their_callbacks() {
    let mut s = sim();
    let body = fires_one(&mut s, "sns/black_list_add", json!({ "From_Account": "alice", "To_Account": ["bob", "carol"] }));
    assert_eq!(body, json!({ "CallbackCommand": "Sns.CallbackBlackListAdd", "PairList": [{ "From_Account": "alice", "To_Account": "bob" }, { "From_Account": "alice", "To_Account": "carol" }], "EventTime": MS }));
    // Only the entries that changed: bob is blocked already.
    let body = fires_one(&mut s, "sns/black_list_add", json!({ "From_Account": "alice", "To_Account": ["bob", "dave"] }));
    assert_eq!(body["PairList"], json!([{ "From_Account": "alice", "To_Account": "dave" }]));
    // Nothing changed (every item failed), or the request failed: nothing fires.
    let r = ok(&mut s, "sns/black_list_add", json!({ "From_Account": "alice", "To_Account": ["bob"] }));
    assert_eq!(r["ResultItem"][0]["ResultCode"], 30001);
    assert!(fired(&mut s).is_empty());
    fails_silently(&mut s, "sns/black_list_add", json!({ "From_Account": "nobody", "To_Account": ["bob"] }), 30003);
    fails_silently(&mut s, "sns/black_list_add", json!({ "From_Account": "alice" }), 30001);
    let body = fires_one(&mut s, "sns/black_list_delete", json!({ "From_Account": "alice", "To_Account": ["carol", "nobody", "bob"] }));
    assert_eq!(body, json!({ "CallbackCommand": "Sns.CallbackBlackListDelete", "PairList": [{ "From_Account": "alice", "To_Account": "carol" }, { "From_Account": "alice", "To_Account": "bob" }], "EventTime": MS }));
    ok(&mut s, "sns/black_list_delete", json!({ "From_Account": "alice", "To_Account": ["carol"] }));
    assert!(fired(&mut s).is_empty(), "nothing removed");
    fails_silently(&mut s, "sns/black_list_delete", json!({ "From_Account": "nobody", "To_Account": ["bob"] }), 30003);
}

#[test]
fn a_block_that_ends_a_friendship_fires_the_block_then_the_deletion() {
    let mut s = sim();
    ok(&mut s, "sns/friend_add", json!({ "From_Account": "alice", "AddFriendItem": [{ "To_Account": "bob", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    fired(&mut s);
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "alice", "To_Account": ["bob"] }));
    let f = fired(&mut s);
    assert_eq!(f.iter().map(|f| f.command).collect::<Vec<_>>(), ["Sns.CallbackBlackListAdd", "Sns.CallbackFriendDelete"]);
    assert_eq!(f[1].body["PairList"], json!([{ "From_Account": "alice", "To_Account": "bob" }, { "From_Account": "bob", "To_Account": "alice" }]));
    // Switched off, it does not fire; the others still do.
    let mut s = sim_with(Some(json!(["Sns.CallbackFriendDelete"])), false);
    ok(&mut s, "sns/friend_add", json!({ "From_Account": "alice", "AddFriendItem": [{ "To_Account": "bob", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "alice", "To_Account": ["bob"] }));
    assert_eq!(fired(&mut s).iter().map(|f| f.command).collect::<Vec<_>>(), ["Sns.CallbackFriendDelete"]);
}

/// A Public group "g" owned by alice with bob as a member, and nothing fired.
fn with_group(s: &mut Simulator, max: u32) {
    ok(s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G", "MaxMemberCount": max, "MemberList": [{ "Member_Account": "bob" }] }));
    s.take_callbacks();
}

#[test]
fn a_group_profile_change_fires_with_the_fields_it_set() {
    let mut s = sim();
    with_group(&mut s, 100);
    let body = fires_one(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "g", "Name": "New", "Notification": "hello", "MaxMemberNum": 50 }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterGroupInfoChanged", "GroupId": "g", "Type": "Public", "Operator_Account": "administrator", "Name": "New", "Notification": "hello", "EventTime": MS }));
    let body = fires_one(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "g", "Introduction": "about", "FaceUrl": "http://x/y.png", "From_Account": "bob" }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterGroupInfoChanged", "GroupId": "g", "Type": "Public", "Operator_Account": "bob", "Introduction": "about", "FaceUrl": "http://x/y.png", "EventTime": MS }));
    // Other fields do not fire it (CN 1047/34378).
    ok(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "g", "MaxMemberNum": 60, "MuteAllMember": "On", "AppDefinedData": [{ "Key": "k", "Value": "v" }] }));
    assert!(fired(&mut s).is_empty());
    fails_silently(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "nope", "Name": "X" }), 10010);
    fails_silently(&mut s, "group_open_http_svc/modify_group_base_info", json!({ "GroupId": "g", "Name": "X", "MaxMemberNum": 1 }), 10004);
}

#[test]
fn an_owner_change_fires_with_the_old_and_new_owner() {
    let mut s = sim();
    with_group(&mut s, 100);
    let body = fires_one(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "g", "NewOwner_Account": "bob" }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterChangeGroupOwner", "GroupId": "g", "Type": "Public", "Operator_Account": "administrator", "OldOwner_Account": "alice", "NewOwner_Account": "bob", "EventTime": MS }));
    let body = fires_one(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "g", "NewOwner_Account": "alice", "From_Account": "bob" }));
    assert_eq!((body["Operator_Account"].as_str(), body["OldOwner_Account"].as_str()), (Some("bob"), Some("bob")));
    fails_silently(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "g", "NewOwner_Account": "carol" }), 10004);
    fails_silently(&mut s, "group_open_http_svc/change_group_owner", json!({ "GroupId": "nope", "NewOwner_Account": "bob" }), 10010);
}

#[test]
fn a_member_role_or_name_card_change_fires() {
    let mut s = sim();
    with_group(&mut s, 100);
    let body = fires_one(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "bob", "Role": "Admin", "NameCard": "B" }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterMemberFieldChanged", "GroupId": "g", "Type": "Public", "Operator_Account": "administrator", "Modified_Account": "bob", "Role": "Admin", "NameCard": "B", "EventTime": MS }));
    let body = fires_one(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "bob", "NameCard": "Bee" }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterMemberFieldChanged", "GroupId": "g", "Type": "Public", "Operator_Account": "administrator", "Modified_Account": "bob", "NameCard": "Bee", "EventTime": MS }));
    // The message option, a mute and custom fields do not fire it (CN 105353).
    ok(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "bob", "MsgFlag": "Discard", "MuteTime": 60 }));
    assert!(fired(&mut s).is_empty());
    fails_silently(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "carol", "Role": "Admin" }), 10004);
    fails_silently(&mut s, "group_open_http_svc/modify_group_member_info", json!({ "GroupId": "g", "Member_Account": "alice", "Role": "Member" }), 10004);
}

#[test]
fn attribute_writes_fire_with_their_option_type() {
    let mut s = sim();
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "Live" }));
    s.take_callbacks();
    let body = fires_one(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a", "value": "1" }, { "key": "b", "value": "2" }] }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterGroupAttrChanged", "GroupId": "live", "Type": "AVChatRoom", "Operator_Account": "administrator", "OptionType": "modify", "GroupAttr": [{ "key": "a", "value": "1" }, { "key": "b", "value": "2" }], "EventTime": MS }));
    let body = fires_one(&mut s, "group_open_http_svc/set_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "c", "value": "3" }] }));
    assert_eq!((&body["OptionType"], &body["GroupAttr"]), (&json!("set"), &json!([{ "key": "c", "value": "3" }])));
    // clear names what it removed.
    let body = fires_one(&mut s, "group_open_http_svc/clear_group_attr", json!({ "GroupId": "live" }));
    assert_eq!((&body["OptionType"], &body["GroupAttr"]), (&json!("clear"), &json!([{ "key": "c", "value": "3" }])));
    // Refused writes fire nothing: a group type without attributes, a sixth write this second.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    s.take_callbacks();
    fails_silently(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "pub", "GroupAttr": [{ "key": "a", "value": "1" }] }), 10007);
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a", "value": "1" }] }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a", "value": "2" }] }));
    assert_eq!(fired(&mut s).len(), 2);
    fails_silently(&mut s, "group_open_http_svc/clear_group_attr", json!({ "GroupId": "live" }), 10049);
}

#[test]
fn deleting_group_attributes_fires_with_the_values_removed() {
    let mut s = sim();
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "Live" }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a", "value": "1" }, { "key": "b", "value": "2" }] }));
    s.take_callbacks();
    let body = fires_one(&mut s, "group_open_http_svc/delete_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "b" }] }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterGroupAttrChanged", "GroupId": "live", "Type": "AVChatRoom", "Operator_Account": "administrator", "OptionType": "delete", "GroupAttr": [{ "key": "b", "value": "2" }], "EventTime": MS }));
    // A key the group does not have refuses the whole delete and fires nothing.
    fails_silently(&mut s, "group_open_http_svc/delete_group_attr", json!({ "GroupId": "live", "GroupAttr": [{ "key": "a" }, { "key": "zz" }] }), 10050);
}

#[test]
fn a_profile_set_fires_with_the_fields_set() {
    let mut s = sim();
    let items = json!([{ "Tag": "Tag_Profile_IM_Nick", "Value": "Al" }, { "Tag": "Tag_Profile_IM_Level", "Value": 3 }]);
    let body = fires_one(&mut s, "profile/portrait_set", json!({ "From_Account": "alice", "ProfileItem": items }));
    assert_eq!(body, json!({ "CallbackCommand": "Profile.CallbackPortraitSet", "Operator_Account": "administrator", "From_Account": "alice", "EventTime": MS, "ProfileItem": items }));
    fails_silently(&mut s, "profile/portrait_set", json!({ "From_Account": "nobody", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "x" }] }), 40003);
    fails_silently(&mut s, "profile/portrait_set", json!({ "From_Account": "alice", "ProfileItem": [{ "Tag": "Tag_Profile_Custom_Undeclared", "Value": "x" }] }), 40009);
}

#[test]
fn a_group_fires_when_a_join_fills_it_and_when_it_refuses_one() {
    let mut s = sim();
    with_group(&mut s, 3);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "carol" }] }));
    let f = fired(&mut s);
    assert_eq!(f.iter().map(|f| f.command).collect::<Vec<_>>(), ["Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackAfterGroupFull"]);
    assert_eq!(f[2].body, json!({ "CallbackCommand": "Group.CallbackAfterGroupFull", "GroupId": "g", "EventTime": MS }));
    // "由于群组满员导致新成员加入失败之后": the refusal fires it too, and changes nothing else.
    let r = call(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "dave" }] }));
    assert_eq!(r["ErrorCode"], 10014);
    assert_eq!(fired(&mut s).iter().map(|f| f.command).collect::<Vec<_>>(), ["Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterGroupFull"]);
    // A client applying to a full group: refused, and the callback reports the client's platform.
    assert!(s.client_json(r#"{"action":"joinGroup","groupId":"g","account":"dave"}"#).is_err());
    let (f, _) = s.take_callbacks();
    assert_eq!((f.len(), f[0].command, f[0].platform.as_str()), (1, "Group.CallbackAfterGroupFull", "Unknown"));
    // A join that leaves room fires no GroupFull; a client's join that fills the group does.
    ok(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": "g", "MemberToDel_Account": ["bob", "carol"] }));
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "bob" }] }));
    s.take_callbacks();
    s.client_json(r#"{"action":"joinGroup","groupId":"g","account":"dave"}"#).unwrap();
    let (f, _) = s.take_callbacks();
    assert_eq!(f.iter().map(|f| f.command).collect::<Vec<_>>(), ["Group.CallbackBeforeApplyJoinGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackAfterGroupFull"]);
}

#[test]
fn a_command_past_80_percent_of_its_rate_limit_alerts_once_a_second() {
    let mut s = sim_with(Some(json!(["Alert.RequestOverLimit"])), true);
    // get_appid_group_list allows 1 call a second: the first is past 80%.
    let body = fires_one(&mut s, "group_open_http_svc/get_appid_group_list", json!({}));
    assert_eq!(body, json!({ "CallbackCommand": "Alert.RequestOverLimit", "ServiceName": "group_open_http_svc", "Command": "get_appid_group_list", "Request": 1, "Limit": 1 }));
    fails_silently(&mut s, "group_open_http_svc/get_appid_group_list", json!({}), 60007);
    s.advance(1);
    fires_one(&mut s, "group_open_http_svc/get_appid_group_list", json!({}));
    // account_check allows 200: the 161st call alerts, and only it.
    for i in 1..=200u32 {
        ok(&mut s, "im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "alice" }] }));
        let f = fired(&mut s);
        if i == 161 {
            assert_eq!(f.len(), 1);
            assert_eq!(f[0].body, json!({ "CallbackCommand": "Alert.RequestOverLimit", "ServiceName": "im_open_login_svc", "Command": "account_check", "Request": 161, "Limit": 200 }));
        } else {
            assert!(f.is_empty(), "call {i} fired {f:?}");
        }
    }
    // Without the rate limit (rateLimit: false) nothing is counted, so nothing alerts.
    let mut s = sim_with(None, false);
    for _ in 0..3 {
        ok(&mut s, "group_open_http_svc/get_appid_group_list", json!({}));
    }
    assert!(fired(&mut s).is_empty());
}

/// The Community topic callbacks: Before and After create_topic, After modify_topic (profile
/// fields only) and After destroy_topic (the topics disbanded); import_topic fires none.
#[test]
fn topic_changes_fire_their_callbacks() {
    let mut s = sim();
    let gid = "@TGS#_@TGS#cTOPICS0001";
    let topic = "@TGS#_@TGS#cTOPICS0001@TOPIC#_t";
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": gid, "Name": "C", "SupportTopic": 1 }));
    s.take_callbacks();
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": gid, "TopicId": topic, "TopicName": "T", "From_Account": "bob" }));
    let f = fired(&mut s);
    assert_eq!(f.iter().map(|f| f.command).collect::<Vec<_>>(), ["Group.CallbackBeforeCreateTopic", "Group.CallbackAfterCreateTopic"]);
    assert_eq!(f[1].body, json!({ "CallbackCommand": "Group.CallbackAfterCreateTopic", "GroupId": gid, "TopicId": topic, "Type": "Community", "Operator_Account": "administrator", "Owner_Account": "bob", "Name": "T", "EventTime": MS }));
    let body = fires_one(&mut s, "million_group_open_http_svc/modify_topic", json!({ "GroupId": gid, "TopicId": topic, "Notification": "hi", "CustomString": "c" }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterTopicInfoChanged", "GroupId": gid, "TopicId": topic, "Type": "Community", "Operator_Account": "administrator", "Notification": "hi", "EventTime": MS }));
    ok(&mut s, "million_group_open_http_svc/modify_topic", json!({ "GroupId": gid, "TopicId": topic, "MuteAllMember": "On" }));
    assert!(fired(&mut s).is_empty());
    fails_silently(&mut s, "million_group_open_http_svc/modify_topic", json!({ "GroupId": gid, "TopicId": "nope", "Name": "X" }), 10010);
    ok(&mut s, "million_group_open_http_svc/import_topic", json!({ "GroupId": gid, "TopicName": "I" }));
    assert!(fired(&mut s).is_empty());
    let body = fires_one(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": gid, "TopicIdList": [topic, "nope"] }));
    assert_eq!(body, json!({ "CallbackCommand": "Group.CallbackAfterTopicDestroyed", "GroupId": gid, "Type": "Community", "TopicIdList": [topic], "EventTime": MS }));
    fails_silently(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": gid, "TopicId": topic, "TopicName": "T", "From_Account": "ghost" }), 10019);
}
