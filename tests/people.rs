//! The "people" endpoints: accounts, online status, profiles, friends, friend lists,
//! blocklists, global mute and the operations endpoints, each against its documented sample
//! and error cases, and the one state they share.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

mod common;
use common::{err, import, ok, T0};

fn sim_with(options: Options) -> Simulator {
    common::sim_with(Options { rate_limit: false, ..options })
}

fn sim() -> Simulator {
    sim_with(Options::default())
}

/// `answer` has every member of `documented` (the envelope aside) with the same value.
fn answers_as_documented(answer: &Value, documented: &str) {
    let doc: Value = serde_json::from_str(documented).unwrap();
    for (k, v) in doc.as_object().unwrap() {
        if matches!(k.as_str(), "ActionStatus" | "ErrorCode" | "ErrorInfo") {
            continue;
        }
        assert_eq!(&answer[k], v, "{k} in {answer}");
    }
    assert_eq!(answer["ErrorCode"], doc["ErrorCode"]);
}

fn force_friends(s: &mut Simulator, from: &str, to: &[&str]) {
    let items: Vec<Value> = to.iter().map(|t| json!({ "To_Account": t, "AddSource": "AddSource_Type_Test" })).collect();
    let r = ok(s, "sns/friend_add", json!({ "From_Account": from, "AddFriendItem": items, "ForceAddFlags": 1 }));
    assert!(r.get("Fail_Account").is_none(), "{r}");
}

fn single(s: &mut Simulator, from: &str, to: &str) {
    let r = ok(s, "sns/friend_add", json!({ "From_Account": from, "AddFriendItem": [{ "To_Account": to, "AddSource": "AddSource_Type_Test" }], "AddType": "Add_Type_Single", "ForceAddFlags": 1 }));
    assert!(r.get("Fail_Account").is_none(), "{r}");
}

// ------------------------------------------------------------------ accounts and presence

#[test]
fn account_delete_answers_its_sample_and_forgets_the_account_everywhere() {
    let mut s = sim();
    import(&mut s, &["UserID_1", "bob", "carol"]);
    force_friends(&mut s, "bob", &["UserID_1", "carol"]);
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "carol", "To_Account": ["UserID_1"] }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "UserID_1", "Type": "Public", "GroupId": "g1", "Name": "g", "MemberList": [{ "Member_Account": "bob" }] }));
    let r = ok(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "UserID_1" }, { "UserID": "UserID_2" }] }));
    answers_as_documented(&r, r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"ResultCode":0,"ResultInfo":"","UserID":"UserID_1"},{"ResultCode":70107,"ResultInfo":"Err_TLS_PT_Open_Login_Account_Not_Exist","UserID":"UserID_2"}]}"#);
    let seen = s.inspect();
    let bob = seen["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "bob").unwrap();
    assert_eq!(bob["friends"].as_array().unwrap().iter().map(|f| f["userId"].as_str().unwrap()).collect::<Vec<_>>(), ["carol"]);
    let carol = seen["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "carol").unwrap();
    assert_eq!(carol["blocked"], json!([]));
    let g = &seen["groups"][0];
    assert_eq!(g["owner"], Value::Null, "the deleted owner leaves the group without an owner");
    assert_eq!(g["members"].as_array().unwrap().len(), 1);
    let r = ok(&mut s, "im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "UserID_1" }] }));
    assert_eq!(r["ResultItem"][0]["AccountStatus"], "NotImported");
    // Its UserSig no longer logs in: the account is gone.
    let e = s.client_json(r#"{"action":"login","account":"UserID_1","platform":"Web"}"#).unwrap_err();
    assert!(e.contains("70107"), "{e}");
    let r = ok(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "administrator" }] }));
    assert_ne!(r["ResultItem"][0]["ResultCode"], 0, "the app admin cannot be deleted");
    err(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [] }), 70402);
}

#[test]
fn online_status_follows_logins_and_kick_logs_out() {
    let mut s = sim();
    import(&mut s, &["id1", "id2", "id3"]);
    s.client_json(r#"{"action":"login","account":"id2","platform":"Web"}"#).unwrap();
    s.client_json(r#"{"action":"login","account":"id3","platform":"iPhone"}"#).unwrap();
    s.client_json(r#"{"action":"background","account":"id3","platform":"iPhone"}"#).unwrap();
    let r = ok(&mut s, "openim/query_online_status", json!({ "To_Account": ["id1", "id2", "id3", "id4"] }));
    answers_as_documented(&r, r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"QueryResult":[{"To_Account":"id1","Status":"Offline"},{"To_Account":"id2","Status":"Online"},{"To_Account":"id3","Status":"PushOnline"}],"ErrorList":[{"To_Account":"id4","ErrorCode":70107}]}"#);
    s.client_json(r#"{"action":"login","account":"id3","platform":"Web"}"#).unwrap();
    let r = ok(&mut s, "openim/query_online_status", json!({ "To_Account": ["id3", "id1"], "IsNeedDetail": 1 }));
    assert_eq!(r["QueryResult"], json!([{"To_Account":"id3","Status":"Online","Detail":[{"Platform":"Web","Status":"Online"},{"Platform":"iPhone","Status":"PushOnline"}]},{"To_Account":"id1","Status":"Offline","Detail":[]}]));
    assert!(r.get("ErrorList").is_none(), "no ErrorList when every account exists");
    let r = ok(&mut s, "openim/querystate", json!({ "To_Account": ["id1", "id2", "id3"], "IsNeedDetail": 1 }));
    assert_eq!(r["QueryResult"][1], json!({"To_Account":"id2","State":"Online","Detail":[{"Platform":"Web","Status":"Online"}]}));
    assert_eq!(r["QueryResult"][2]["Detail"][1]["Platform"], "IPhone", "the legacy answer spells it IPhone");
    // kick: everything logged out; the legacy Identifier key works too (timsdk).
    ok(&mut s, "im_open_login_svc/kick", json!({ "Identifier": "id3" }));
    let r = ok(&mut s, "openim/querystate", json!({ "To_Account": ["id3"] }));
    assert_eq!(r["QueryResult"][0]["State"], "Offline");
    err(&mut s, "im_open_login_svc/kick", json!({ "UserID": "ghost" }), 70107);
    s.client_json(r#"{"action":"logout","account":"id2"}"#).unwrap();
    let r = ok(&mut s, "openim/query_online_status", json!({ "To_Account": ["id2"] }));
    assert_eq!(r["QueryResult"][0]["Status"], "Offline");
    assert!(s.client_json(r#"{"action":"login","account":"id2","platform":"Phone"}"#).is_err(), "an unknown platform is refused");
    err(&mut s, "openim/query_online_status", json!({ "To_Account": [] }), 90003);
}

#[test]
fn kick_invalidates_the_user_sigs_issued_before_it() {
    let key = "secret";
    let mut s = sim_with(Options { secret_key: Some(key.into()), ..Options::default() });
    import(&mut s, &["bob"]);
    let old = tcim::usersig::gen_user_sig(1_400_000_000, key, "bob", 86_400, T0 - 10, None);
    s.client_json(&json!({ "action": "login", "account": "bob", "platform": "Web", "userSig": old }).to_string()).unwrap();
    s.advance(5);
    ok(&mut s, "im_open_login_svc/kick", json!({ "UserID": "bob" }));
    let e = s.client_json(&json!({ "action": "login", "account": "bob", "platform": "Web", "userSig": old }).to_string()).unwrap_err();
    assert!(e.contains("70001") && e.contains("kicked"), "{e}");
    let fresh = tcim::usersig::gen_user_sig(1_400_000_000, key, "bob", 86_400, T0 + 5, None);
    s.client_json(&json!({ "action": "login", "account": "bob", "platform": "Web", "userSig": fresh }).to_string()).unwrap();
    let other = tcim::usersig::gen_user_sig(1_400_000_000, "wrong", "bob", 86_400, T0 + 5, None);
    let e = s.client_json(&json!({ "action": "login", "account": "bob", "platform": "Web", "userSig": other }).to_string()).unwrap_err();
    assert!(e.contains("70009"), "{e}");
}

// ------------------------------------------------------------------ profiles

#[test]
fn profiles_read_what_was_set_with_defaults_and_documented_codes() {
    let mut s = sim_with(Options { profile_custom_tags: vec!["Tag_Profile_Custom_Test".into()], ..Options::default() });
    ok(&mut s, "im_open_login_svc/account_import", json!({ "UserID": "id1", "Nick": "NickNameTest1" }));
    let r = ok(&mut s, "profile/portrait_get", json!({ "To_Account": ["id1"], "TagList": ["Tag_Profile_IM_Nick"] }));
    answers_as_documented(&r, r#"{"UserProfileItem":[{"To_Account":"id1","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"NickNameTest1"}],"ResultCode":0,"ResultInfo":""}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}"#);
    let r = ok(&mut s, "profile/portrait_set", json!({ "From_Account": "id1", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "MyNickName" }, { "Tag": "Tag_Profile_IM_BirthDay", "Value": 20190419 }, { "Tag": "Tag_Profile_Custom_Test", "Value": "x" }] }));
    assert_eq!(r, json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}));
    let tags = ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Gender", "Tag_Profile_IM_BirthDay", "Tag_Profile_IM_SelfSignature", "Tag_Profile_Custom_Test"];
    let r = ok(&mut s, "profile/portrait_get", json!({ "To_Account": ["id1", "ghost"], "TagList": tags }));
    assert_eq!(r["UserProfileItem"][0]["ProfileItem"], json!([{"Tag":"Tag_Profile_IM_Nick","Value":"MyNickName"},{"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Unknown"},{"Tag":"Tag_Profile_IM_BirthDay","Value":20190419},{"Tag":"Tag_Profile_Custom_Test","Value":"x"}]));
    assert_eq!(r["UserProfileItem"][1]["ResultCode"], 40003);
    assert_eq!(r["Fail_Account"], json!(["ghost"]));
    // The documented codes, each failing the whole request and changing nothing.
    let set = |tag: &str, value: Value| json!({ "From_Account": "id1", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "changed" }, { "Tag": tag, "Value": value }] });
    let e = err(&mut s, "profile/portrait_set", set("Tag_Profile_IM_SelfSignature", json!("x".repeat(501))), 40601);
    assert_eq!(e["ErrorDisplay"], "", "failures carry ErrorDisplay too");
    err(&mut s, "profile/portrait_set", set("Tag_Profile_IM_Gender", json!("Gender_Type_Robot")), 40605);
    err(&mut s, "profile/portrait_set", set("Tag_Profile_IM_BirthDay", json!("20190419")), 40610);
    err(&mut s, "profile/portrait_set", set("Tag_Profile_IM_Shoe", json!("x")), 40009);
    err(&mut s, "profile/portrait_set", set("Tag_Profile_Custom_Other", json!("x")), 40009);
    err(&mut s, "profile/portrait_set", json!({ "From_Account": "ghost", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "x" }] }), 40003);
    err(&mut s, "profile/portrait_get", json!({ "To_Account": ["id1"], "TagList": ["Tag_Profile_Custom_Other"] }), 40009);
    err(&mut s, "profile/portrait_get", json!({ "TagList": ["Tag_Profile_IM_Nick"] }), 40002);
    err(&mut s, "profile/portrait_get", json!({ "To_Account": ["id1"], "TagList": ["Nick"] }), 40009);
    let e = s.call("profile/portrait_set", "{");
    assert_eq!(e["ErrorCode"], 40001);
}

// ------------------------------------------------------------------ friends

#[test]
fn friend_add_follows_add_type_allow_type_and_blocklists() {
    let mut s = sim();
    import(&mut s, &["id", "id1", "id2", "id3", "deny", "open"]);
    // The documented sample: the default AllowType asks for confirmation.
    let sample = json!({ "From_Account": "id", "AddFriendItem": [{ "To_Account": "id1", "AddSource": "AddSource_Type_XXXXXXXX" }] });
    let r = ok(&mut s, "sns/friend_add", sample.clone());
    assert_eq!(r["ResultItem"][0]["ResultCode"], 30539, "{r}");
    assert_eq!(r["Fail_Account"], json!(["id1"]));
    assert_eq!(r["ErrorDisplay"], "");
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "id1", "ProfileItem": [{ "Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_AllowAny" }] }));
    let r = ok(&mut s, "sns/friend_add", sample.clone());
    answers_as_documented(&r, r#"{"ResultItem":[{"To_Account":"id1","ResultCode":0,"ResultInfo":""}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}"#);
    let check = |s: &mut Simulator, to: &[&str]| ok(s, "sns/friend_check", json!({ "From_Account": "id", "To_Account": to, "CheckType": "CheckResult_Type_Both" }))["InfoItem"].as_array().unwrap().iter().map(|i| i["Relation"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(check(&mut s, &["id1"]), ["CheckResult_Type_BothWay"], "Add_Type_Both is the default");
    let r = ok(&mut s, "sns/friend_add", sample);
    assert_eq!(r["ResultItem"][0], json!({"To_Account":"id1","ResultCode":30001,"ResultInfo":"Err_SNS_FriendAdd_Friend_Exist"}));
    single(&mut s, "id", "id2");
    single(&mut s, "id3", "id");
    assert_eq!(check(&mut s, &["id1", "id2", "id3", "open"]), ["CheckResult_Type_BothWay", "CheckResult_Type_AWithB", "CheckResult_Type_BWithA", "CheckResult_Type_NoRelation"]);
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id", "To_Account": ["id3", "ghost"], "CheckType": "CheckResult_Type_Single" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation");
    assert_eq!(r["InfoItem"][1]["ResultCode"], 30003);
    assert_eq!(r["Fail_Account"], json!(["ghost"]));
    // DenyAny, blocklists both ways, admin forbid, unknown and self.
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "deny", "ProfileItem": [{ "Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_DenyAny" }] }));
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "open", "ProfileItem": [{ "Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_AllowAny" }] }));
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "open", "To_Account": ["id2"] }));
    let items: Vec<Value> = ["deny", "open", "ghost", "id"].iter().map(|t| json!({ "To_Account": t, "AddSource": "AddSource_Type_Web" })).collect();
    let r = ok(&mut s, "sns/friend_add", json!({ "From_Account": "id2", "AddFriendItem": items }));
    let codes: Vec<u64> = r["ResultItem"].as_array().unwrap().iter().map(|i| i["ResultCode"].as_u64().unwrap()).collect();
    assert_eq!(codes, [30516, 30525, 30003, 30539], "{r}");
    let pending = s.inspect()["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "id").unwrap()["pending"].clone();
    assert_eq!(pending, json!(["id2"]), "the request waits for id's confirmation");
    let r = ok(&mut s, "sns/friend_add", json!({ "From_Account": "open", "AddFriendItem": [{ "To_Account": "id2", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    assert_eq!(r["ResultItem"][0]["ResultCode"], 30515, "force does not pass a blocklist");
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "id3", "ProfileItem": [{ "Tag": "Tag_Profile_IM_AdminForbidType", "Value": "AdminForbid_Type_SendOut" }] }));
    let r = ok(&mut s, "sns/friend_add", json!({ "From_Account": "id3", "AddFriendItem": [{ "To_Account": "open", "AddSource": "AddSource_Type_Web" }] }));
    assert_eq!(r["ResultItem"][0]["ResultCode"], 30009);
    let r = ok(&mut s, "sns/friend_add", json!({ "From_Account": "id3", "AddFriendItem": [{ "To_Account": "id3", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    assert_eq!(r["ResultItem"][0]["ResultCode"], 30001);
    err(&mut s, "sns/friend_add", json!({ "From_Account": "ghost", "AddFriendItem": [{ "To_Account": "id", "AddSource": "AddSource_Type_Web" }] }), 30003);
    err(&mut s, "sns/friend_add", json!({ "From_Account": "id", "AddFriendItem": [{ "To_Account": "id1", "AddSource": "Web" }] }), 30001);
    err(&mut s, "sns/friend_add", json!({ "From_Account": "id", "AddFriendItem": [{ "To_Account": "id1", "AddSource": "AddSource_Type_Web" }], "AddType": "Both" }), 30001);
}

#[test]
fn friend_import_update_get_list_and_delete() {
    let mut s = sim_with(Options { friend_custom_tags: vec!["Tag_SNS_Custom_XXXX".into(), "Tag_SNS_Custom_YYYY".into(), "Tag_SNS_Custom_Test".into()], profile_custom_tags: vec!["Tag_Profile_Custom_Test".into()], ..Options::default() });
    import(&mut s, &["id", "id1", "id2", "UserID_1", "UserID_2", "UserID_4"]);
    let sample: Value = serde_json::from_str(tcim::api::sns::friend_import::ENDPOINT.sample).unwrap();
    let r = ok(&mut s, "sns/friend_import", sample.clone());
    answers_as_documented(&r, r#"{"ResultItem":[{"To_Account":"id1","ResultCode":0,"ResultInfo":""}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}"#);
    assert_eq!(ok(&mut s, "sns/friend_import", sample)["ResultItem"][0]["ResultCode"], 30001, "already a friend");
    let r = ok(&mut s, "sns/friend_get", json!({ "From_Account": "id", "StartIndex": 0 }));
    assert_eq!(r["UserDataItem"], json!([{"To_Account":"id1","ValueItem":[{"Tag":"Tag_SNS_IM_AddSource","Value":"AddSource_Type_XXXXXXXX"},{"Tag":"Tag_SNS_IM_Remark","Value":"remark1"},{"Tag":"Tag_SNS_IM_Group","Value":["Friends"]},{"Tag":"Tag_SNS_IM_AddTime","Value":1420000001},{"Tag":"Tag_SNS_Custom_XXXX","Value":"Test"},{"Tag":"Tag_SNS_Custom_YYYY","Value":0}]}]));
    assert_eq!((r["FriendNum"].as_u64(), r["CompleteFlag"].as_u64(), r["NextStartIndex"].as_u64()), (Some(1), Some(1), Some(0)));
    // Unchanged sequences leave their data out.
    let again = ok(&mut s, "sns/friend_get", json!({ "From_Account": "id", "StartIndex": 0, "StandardSequence": r["StandardSequence"], "CustomSequence": r["CustomSequence"] }));
    assert_eq!(again["UserDataItem"][0]["ValueItem"], json!([]));
    // friend_update: the documented sample, then a friend that is not one.
    ok(&mut s, "sns/friend_add", json!({ "From_Account": "id", "AddFriendItem": [{ "To_Account": "id2", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    let mut update: Value = serde_json::from_str(tcim::api::sns::friend_update::ENDPOINT.sample).unwrap();
    update["UpdateItem"].as_array_mut().unwrap().push(json!({ "To_Account": "UserID_4", "SnsItem": [{ "Tag": "Tag_SNS_IM_Remark", "Value": "r" }] }));
    let r = ok(&mut s, "sns/friend_update", update);
    assert_eq!(r["ResultItem"][0]["ResultCode"], 0);
    assert_eq!(r["ResultItem"][1]["ResultCode"], 30001);
    assert_eq!(r["Fail_Account"], json!(["UserID_4"]));
    let r = ok(&mut s, "sns/group_get", json!({ "From_Account": "id", "NeedFriend": "Need_Friend_Type_Yes" }));
    assert_eq!(r["ResultItem"], json!([{"GroupName":"Friends","FriendNumber":0,"To_Account":[]},{"GroupName":"group1","FriendNumber":1,"To_Account":["id1"]},{"GroupName":"group2","FriendNumber":1,"To_Account":["id1"]}]), "Tag_SNS_IM_Group replaces the lists and creates new ones");
    err(&mut s, "sns/friend_update", json!({ "From_Account": "id", "UpdateItem": [{ "To_Account": "id1", "SnsItem": [{ "Tag": "Tag_SNS_Custom_Nope", "Value": "x" }] }] }), 30001);
    err(&mut s, "sns/friend_update", json!({ "From_Account": "id", "UpdateItem": [{ "To_Account": "id1", "SnsItem": [{ "Tag": "Tag_SNS_IM_AddTime", "Value": 1 }] }] }), 30001);
    // friend_get_list: the documented sample's tag order.
    force_friends(&mut s, "UserID_1", &["UserID_2"]);
    ok(&mut s, "sns/friend_update", json!({ "From_Account": "UserID_1", "UpdateItem": [{ "To_Account": "UserID_2", "SnsItem": [{ "Tag": "Tag_SNS_IM_Remark", "Value": "remark_2" }, { "Tag": "Tag_SNS_IM_Group", "Value": ["group1", "group2"] }, { "Tag": "Tag_SNS_Custom_Test", "Value": "custom_sns_2" }] }] }));
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "UserID_2", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Nick", "Value": "nick_2" }, { "Tag": "Tag_Profile_Custom_Test", "Value": "custom_profile_2" }] }));
    let mut get_list: Value = serde_json::from_str(tcim::api::sns::friend_get_list::ENDPOINT.sample).unwrap();
    let r = ok(&mut s, "sns/friend_get_list", get_list.clone());
    answers_as_documented(&r, r#"{"InfoItem":[{"To_Account":"UserID_2","SnsProfileItem":[{"Tag":"Tag_SNS_IM_Remark","Value":"remark_2"},{"Tag":"Tag_SNS_IM_Group","Value":["group1","group2"]},{"Tag":"Tag_Profile_IM_Nick","Value":"nick_2"},{"Tag":"Tag_SNS_Custom_Test","Value":"custom_sns_2"},{"Tag":"Tag_Profile_Custom_Test","Value":"custom_profile_2"}],"ResultCode":0,"ResultInfo":""}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}"#);
    get_list["To_Account"] = json!(["UserID_2", "UserID_4"]);
    let r = ok(&mut s, "sns/friend_get_list", get_list);
    assert_eq!(r["InfoItem"][1], json!({"To_Account":"UserID_4","ResultCode":30001,"ResultInfo":"Err_SNS_FriendGetList_Friend_Not_Exist"}));
    assert_eq!(r["Fail_Account"], json!(["UserID_4"]));
    // friend_delete: the default deletes both ways; a non-friend is 31704.
    let r = ok(&mut s, "sns/friend_delete", json!({ "From_Account": "id", "To_Account": ["id2", "UserID_4"] }));
    assert_eq!(r["ResultItem"][0]["ResultCode"], 0);
    assert_eq!(r["ResultItem"][1], json!({"To_Account":"UserID_4","ResultCode":31704,"ResultInfo":"Err_SNS_FriendDelete_Not_Friend"}));
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id2", "To_Account": ["id"], "CheckType": "CheckResult_Type_Both" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation");
    // friend_delete_all: Single by default (the friend keeps its edge), Both on request.
    force_friends(&mut s, "id", &["id2", "UserID_1"]);
    ok(&mut s, "sns/friend_delete_all", json!({ "From_Account": "id" }));
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id", "To_Account": ["id2", "id1"], "CheckType": "CheckResult_Type_Both" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_BWithA");
    assert_eq!(r["InfoItem"][1]["Relation"], "CheckResult_Type_NoRelation");
    force_friends(&mut s, "id", &["id2"]);
    ok(&mut s, "sns/friend_delete_all", json!({ "From_Account": "id", "DeleteType": "Delete_Type_Both" }));
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id", "To_Account": ["id2"], "CheckType": "CheckResult_Type_Both" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation");
}

#[test]
fn friend_get_pages_through_many_friends() {
    let mut s = sim();
    let ids: Vec<String> = (0..250).map(|i| format!("f{i:03}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    import(&mut s, &["me"]);
    for chunk in refs.chunks(100) {
        import(&mut s, chunk);
        let items: Vec<Value> = chunk.iter().map(|t| json!({ "To_Account": t, "AddSource": "AddSource_Type_Test" })).collect();
        ok(&mut s, "sns/friend_import", json!({ "From_Account": "me", "AddFriendItem": items }));
    }
    let mut seen = Vec::new();
    let mut start = 0;
    let mut pages = 0;
    loop {
        let r = ok(&mut s, "sns/friend_get", json!({ "From_Account": "me", "StartIndex": start }));
        assert_eq!(r["FriendNum"], 250);
        seen.extend(r["UserDataItem"].as_array().unwrap().iter().map(|i| i["To_Account"].as_str().unwrap().to_owned()));
        pages += 1;
        if r["CompleteFlag"] == 1 {
            assert_eq!(r["NextStartIndex"], 0);
            break;
        }
        start = r["NextStartIndex"].as_u64().unwrap();
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, ids, "every friend once, in the order added");
}

// ------------------------------------------------------------------ blocklists and friend lists

#[test]
fn blocklists_end_friendships_stop_requests_and_messages_and_page() {
    let mut s = sim();
    import(&mut s, &["id", "id1", "id2", "id3", "id4", "id5"]);
    force_friends(&mut s, "id", &["id1"]);
    let r = ok(&mut s, "sns/black_list_add", json!({ "From_Account": "id", "To_Account": ["id1", "id2"] }));
    assert!(r.get("Fail_Account").is_none());
    let r = ok(&mut s, "sns/black_list_add", json!({ "From_Account": "id", "To_Account": ["id1", "id3", "ghost"] }));
    assert_eq!(r["ResultItem"][0], json!({"To_Account":"id1","ResultCode":30001,"ResultInfo":"Err_SNS_BlackListAdd_Already_Exist"}));
    assert_eq!(r["ResultItem"][2]["ResultCode"], 30003);
    assert_eq!(r["Fail_Account"], json!(["id1", "ghost"]));
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id1", "To_Account": ["id"], "CheckType": "CheckResult_Type_Both" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation", "a block ends the friendship both ways");
    // Messages: the blocked account cannot message the blocker; the blocker still can.
    let msg = |from: &str, to: &str, random: u32| json!({ "From_Account": from, "To_Account": to, "MsgRandom": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] });
    err(&mut s, "openim/sendmsg", msg("id1", "id", 1), 20007);
    ok(&mut s, "openim/sendmsg", msg("id", "id1", 2));
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "id4", "To_Account": ["id"] }));
    let r = ok(&mut s, "sns/black_list_check", json!({ "From_Account": "id", "To_Account": ["id1", "id2", "id4", "id5", "ghost"], "CheckType": "BlackCheckResult_Type_Both" }));
    let rel: Vec<&str> = r["BlackListCheckItem"].as_array().unwrap().iter().map(|i| i["Relation"].as_str().unwrap()).collect();
    assert_eq!(rel, ["BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_BWithA", "BlackCheckResult_Type_NO", "BlackCheckResult_Type_NO"]);
    assert_eq!(r["Fail_Account"], json!(["ghost"]));
    // Paging: 3 entries, 2 per page; StartIndex 0 means done.
    let r = ok(&mut s, "sns/black_list_get", json!({ "From_Account": "id", "StartIndex": 0, "MaxLimited": 2, "LastSequence": 0 }));
    assert_eq!(r["BlackListItem"], json!([{"To_Account":"id1","AddBlackTimeStamp":T0},{"To_Account":"id2","AddBlackTimeStamp":T0}]));
    assert_eq!(r["StartIndex"], 2);
    assert_eq!(r["CurruentSequence"], r["CurrentSequence"]);
    let r2 = ok(&mut s, "sns/black_list_get", json!({ "From_Account": "id", "StartIndex": 2, "MaxLimited": 2, "LastSequence": 0 }));
    assert_eq!(r2["BlackListItem"], json!([{"To_Account":"id3","AddBlackTimeStamp":T0}]));
    assert_eq!(r2["StartIndex"], 0);
    let r = ok(&mut s, "sns/black_list_delete", json!({ "From_Account": "id", "To_Account": ["id1", "id5"] }));
    assert_eq!(r["ResultItem"][1]["ResultCode"], 30001);
    assert_eq!(r["Fail_Account"], json!(["id5"]));
    ok(&mut s, "openim/sendmsg", msg("id1", "id", 3));
    let r = ok(&mut s, "sns/friend_check", json!({ "From_Account": "id", "To_Account": ["id1"], "CheckType": "CheckResult_Type_Both" }));
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation", "unblocking does not restore the friendship");
    err(&mut s, "sns/black_list_get", json!({ "From_Account": "id", "StartIndex": 0, "MaxLimited": 0, "LastSequence": 0 }), 30001);
}

#[test]
fn friend_lists_are_created_filled_and_deleted() {
    let mut s = sim();
    import(&mut s, &["id", "id1", "id2", "id3"]);
    force_friends(&mut s, "id", &["id1"]);
    let r = ok(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": ["group1"] }));
    assert_eq!(r, json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"","CurrentSequence":1}));
    let r = ok(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": ["group1", "group2", "group3"], "To_Account": ["id1", "id2"] }));
    assert_eq!(r["ResultItem"], json!([{"To_Account":"id1","ResultCode":0,"ResultInfo":""},{"To_Account":"id2","ResultCode":32216,"ResultInfo":"Err_SNS_GroupAdd_ToTinyId_Not_Friend"}]));
    assert_eq!(r["Fail_Account"], json!(["id2"]));
    assert_eq!(r["CurrentSequence"], 2);
    let r = ok(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": ["group0"] }));
    assert_eq!(r["CurrentSequence"], 3);
    let r = ok(&mut s, "sns/group_get", json!({ "From_Account": "id", "NeedFriend": "Need_Friend_Type_Yes", "GroupName": ["group1"] }));
    answers_as_documented(&r, r#"{"ResultItem":[{"GroupName":"group1","FriendNumber":1,"To_Account":["id1"]}],"CurrentSequence":3,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}"#);
    let r = ok(&mut s, "sns/group_delete", json!({ "From_Account": "id", "GroupName": ["group0", "group1", "group2", "group3"] }));
    assert_eq!(r["CurrentSequence"], 4);
    let r = ok(&mut s, "sns/friend_get_list", json!({ "From_Account": "id", "To_Account": ["id1"], "TagList": ["Tag_SNS_IM_Group"] }));
    assert_eq!(r["InfoItem"][0]["SnsProfileItem"], json!([]), "deleting a list takes it off its friends");
    let names: Vec<String> = (0..32).map(|i| format!("l{i}")).collect();
    err(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": names.iter().chain(["one-more".to_owned()].iter()).collect::<Vec<_>>() }), 30001);
    ok(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": names }));
    err(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": ["one-more"] }), 30011);
    err(&mut s, "sns/group_add", json!({ "From_Account": "id", "GroupName": [""] }), 30001);
}

// ------------------------------------------------------------------ global mute and operations

#[test]
fn global_mute_counts_down_and_stops_sending() {
    let mut s = sim();
    import(&mut s, &["lumotuwe", "bob"]);
    let r = ok(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "lumotuwe", "C2CmsgNospeakingTime": 4294967295u64, "GroupmsgNospeakingTime": 7200 }));
    assert_eq!(r["ErrorInfo"], "");
    s.advance(4);
    let r = ok(&mut s, "openconfigsvr/getnospeaking", json!({ "Get_Account": "lumotuwe" }));
    answers_as_documented(&r, r#"{"ErrorCode":0,"ErrorInfo":"","C2CmsgNospeakingTime":4294967295,"GroupmsgNospeakingTime":7196}"#);
    let msg = json!({ "From_Account": "lumotuwe", "To_Account": "bob", "MsgRandom": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] });
    err(&mut s, "openim/sendmsg", msg.clone(), 20012);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "GroupId": "g", "Name": "g", "MemberList": [{ "Member_Account": "lumotuwe" }] }));
    let gmsg = json!({ "GroupId": "g", "From_Account": "lumotuwe", "Random": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] });
    err(&mut s, "group_open_http_svc/send_group_msg", gmsg.clone(), 10017);
    s.advance(7200);
    ok(&mut s, "group_open_http_svc/send_group_msg", gmsg);
    let r = ok(&mut s, "openconfigsvr/getnospeaking", json!({ "Get_Account": "lumotuwe" }));
    assert_eq!(r["GroupmsgNospeakingTime"], 0, "the group mute expired");
    ok(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "lumotuwe", "C2CmsgNospeakingTime": 0 }));
    ok(&mut s, "openim/sendmsg", msg);
    err(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "lumotuwe" }), 130008);
    err(&mut s, "openconfigsvr/setnospeaking", json!({ "C2CmsgNospeakingTime": 1 }), 130004);
    err(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "ghost", "C2CmsgNospeakingTime": 1 }), 130005);
    err(&mut s, "openconfigsvr/getnospeaking", json!({ "Get_Account": 7 }), 130005);
    assert_eq!(s.call("openconfigsvr/getnospeaking", "{")["ErrorCode"], 130001);
}

#[test]
fn app_info_and_history_answer_their_documented_shapes() {
    let mut s = sim();
    import(&mut s, &["a", "b"]);
    let r = ok(&mut s, "openconfigsvr/getappinfo", json!({ "RequestField": ["ChainIncrease", "ChainDecrease", "RegistUserNumTotal"] }));
    assert_eq!(r["Result"], json!([{"ChainDecrease":"0","ChainIncrease":"0","RegistUserNumTotal":"2"}]));
    let r = ok(&mut s, "openconfigsvr/getappinfo", json!({}));
    let day = r["Result"][0].as_object().unwrap();
    assert_eq!(day.len(), tcim::api::openconfigsvr::getappinfo::FIGURES.len());
    assert!(day.values().all(Value::is_string), "every figure is a string");
    assert_eq!(day["Date"], "20231115", "Beijing day of T0");
    err(&mut s, "openconfigsvr/getappinfo", json!({ "RequestField": ["Nope"] }), 130001);
    let r = ok(&mut s, "open_msg_svc/get_history", json!({ "ChatType": "C2C", "MsgTime": "2015120121" }));
    assert_eq!(r["File"], json!([]), "tcim keeps no chat-log archives");
    err(&mut s, "open_msg_svc/get_history", json!({ "ChatType": "C2C", "MsgTime": "2015123125" }), 90001);
    err(&mut s, "open_msg_svc/get_history", json!({ "ChatType": "Both", "MsgTime": "2015120121" }), 90001);
}

#[test]
fn the_people_state_survives_snapshot_and_restore() {
    let mut s = sim_with(Options { friend_custom_tags: vec!["Tag_SNS_Custom_Test".into()], ..Options::default() });
    import(&mut s, &["a", "b", "c"]);
    force_friends(&mut s, "a", &["b"]);
    ok(&mut s, "sns/group_add", json!({ "From_Account": "a", "GroupName": ["best"], "To_Account": ["b"] }));
    ok(&mut s, "sns/black_list_add", json!({ "From_Account": "c", "To_Account": ["a"] }));
    ok(&mut s, "profile/portrait_set", json!({ "From_Account": "a", "ProfileItem": [{ "Tag": "Tag_Profile_IM_Level", "Value": 3 }] }));
    ok(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "b", "C2CmsgNospeakingTime": 4294967295u64 }));
    s.client_json(r#"{"action":"login","account":"a","platform":"Android"}"#).unwrap();
    let snap = s.snapshot();
    let mut back = Simulator::restore(&snap, tcim::sim::system_now, None).unwrap();
    assert_eq!(back.snapshot(), snap);
    assert_eq!(back.inspect(), s.inspect());
    let a = &back.inspect()["accounts"][0];
    assert_eq!(a["friends"][0]["groups"], json!(["best"]));
    assert_eq!(a["online"], json!({"Android": "Online"}));
    assert_eq!(back.inspect()["accounts"][1]["c2cMutedUntil"], Value::Null, "muted for good");
    let v1 = snap.replace("\"version\":2", "\"version\":1");
    assert!(Simulator::restore(&v1, tcim::sim::system_now, None).err().unwrap().contains("version 1"));
    let r = back.call("sns/friend_check", &json!({ "From_Account": "c", "To_Account": ["a"], "CheckType": "CheckResult_Type_Both" }).to_string());
    assert_eq!(r["InfoItem"][0]["Relation"], "CheckResult_Type_NoRelation");
}

#[test]
fn custom_tag_options_are_checked() {
    for bad in ["Tag_Profile_IM_Nick", "Tag_Profile_Custom_", "Tag_Profile_Custom_has space"] {
        let e = Simulator::from_options_json(&json!({ "profileCustomTags": [bad] }).to_string(), tcim::sim::system_now).err().unwrap();
        assert!(e.contains("profileCustomTags"), "{e}");
    }
    assert!(Simulator::from_options_json(r#"{"friendCustomTags":["Tag_SNS_Custom_Level_2"]}"#, tcim::sim::system_now).is_ok());
}

/// Every people endpoint's documented sample answers OK in a world that has the accounts and
/// custom fields it names (the per-item results are the tests above; the group and message
/// samples are walked in sim_scenarios.rs).
#[test]
fn every_documented_sample_answers_ok() {
    let mut s = sim_with(Options {
        profile_custom_tags: vec!["Tag_Profile_Custom_Test".into()],
        friend_custom_tags: vec!["Tag_SNS_Custom_Test".into(), "Tag_SNS_Custom_XXXX".into(), "Tag_SNS_Custom_YYYY".into()],
        ..Options::default()
    });
    let ids = ["id", "id1", "id2", "id3", "id4", "id5", "test", "lumotuwe", "UserID_1", "UserID_2", "leckie", "bob", "peter", "alice", "dramon1", "dramon2"];
    use tcim::vocab::Service::*;
    let people = tcim::ENDPOINTS.iter().filter(|e| matches!(e.service, Account | Profile | Sns | OpenConfig | OpenMsg) || ["query_online_status", "querystate"].contains(&e.command));
    for e in people {
        // (account_delete's sample deletes two of them: every sample starts with all there.)
        import(&mut s, &ids);
        let r = s.call(&e.api(), e.sample);
        assert_eq!(r["ErrorCode"], 0, "{} sample: {r}", e.api());
    }
}
