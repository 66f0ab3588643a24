//! What real clients send, read as the service reads it (issue 29, point 3): `null` for an
//! optional member (Go's encoding/json), `ReqMsgSeq: 0`, both request forms of
//! multiaccount_import, the `MsgReadedTime` lint, a query without `random`, and paths tcim
//! does not simulate or that a client mistyped.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tcim::catalog::not_simulated::{explain, Unknown, NOT_SIMULATED};
use tcim::catalog::{find, validate_text};
use tcim::sim::{Options, Simulator};

mod common;
use common::{call, err, import, ok, T0};

fn sim() -> Simulator {
    common::sim_with(Options { rate_limit: false, ..Options::default() })
}

fn codes(v: &tcim::validate::Validation) -> Vec<(&'static str, bool)> {
    v.diagnostics.iter().map(|d| (d.code, d.is_error())).collect()
}

#[test]
fn null_for_an_optional_member_is_that_member_absent() {
    // The two bodies a Go client sent to the live service (which accepted them).
    let v = validate_text("group_open_http_svc/get_group_member_info", r#"{"GroupId":"g1","MemberInfoFilter":null}"#, true);
    assert!(v.ok, "{v:?}");
    assert_eq!(codes(&v), [("null_member", false)]);
    let d = &v.diagnostics[0];
    assert_eq!(d.path, "/MemberInfoFilter");
    assert!(d.message.contains("absent"), "{}", d.message);
    assert_eq!((d.line, d.column), (Some(1), Some(36)), "placed at the value");
    let v = validate_text("sns/group_add", r#"{"From_Account":"a","GroupName":["x"],"To_Account":null}"#, false);
    assert!(v.ok, "{v:?}");
    // With fixes: remove it.
    let v = tcim::catalog::validate_text_with_fixes("sns/group_add", r#"{"From_Account":"a","GroupName":["x"],"To_Account":null}"#, false);
    let fix = v.diagnostics[0].fix.as_ref().expect("a fix");
    assert_eq!(serde_json::to_value(&fix.patch).unwrap(), json!([{ "op": "remove", "path": "/To_Account" }]));
    // A required field's null is still wrong, and so is a null item in a list.
    let v = validate_text("sns/group_add", r#"{"From_Account":null,"GroupName":["x"]}"#, false);
    assert_eq!(codes(&v), [("wrong_type", true)]);
    let v = validate_text("sns/group_add", r#"{"From_Account":"a","GroupName":[null]}"#, false);
    assert!(!v.ok);
    // Inside an opaque payload null is a value, nothing to say (a merged message's list).
    let v = validate_text("openim/sendmsg", r#"{"To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMRelayElem","MsgContent":{"MsgList":[null,{"a":null}]}}],"CloudCustomData":"x"}"#, false);
    assert!(v.diagnostics.is_empty(), "{v:?}");
    // An element's content is a table (its type's): null there is a member absent.
    let v = validate_text("openim/sendmsg", r#"{"To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMCustomElem","MsgContent":{"Data":null}}],"CloudCustomData":"x"}"#, false);
    assert_eq!(codes(&v), [("null_member", false)]);

    // The simulator answers them as the service does.
    let mut s = sim();
    import(&mut s, &["owner", "a"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "Name": "g", "GroupId": "g1", "MemberList": [{ "Member_Account": "a" }] }));
    let r = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "g1", "MemberInfoFilter": null }));
    assert_eq!(r["MemberNum"], 2, "{r}");
    assert!(r["MemberList"][0].get("Role").is_some(), "no filter: every field ({r})");
    ok(&mut s, "sns/group_add", json!({ "From_Account": "owner", "GroupName": ["team"], "To_Account": null }));
    let r = ok(&mut s, "sns/group_get", json!({ "From_Account": "owner" }));
    assert_eq!(r["ResultItem"][0]["GroupName"], "team", "{r}");
    // A check between fields reads null as absent too: setnospeaking needs one time.
    err(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "a", "C2CmsgNospeakingTime": null }), 130008);
}

#[test]
fn req_msg_seq_zero_means_the_latest() {
    let mut s = sim();
    import(&mut s, &["owner"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "Name": "g", "GroupId": "g1" }));
    for n in 0..3 {
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g1", "From_Account": "owner", "Random": n, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("m{n}") } }] }));
    }
    let seqs = |r: &Value| r["RspMsgList"].as_array().unwrap().iter().map(|m| m["MsgSeq"].as_u64().unwrap()).collect::<Vec<_>>();
    let latest = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g1", "ReqMsgNumber": 2 }));
    let zero = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g1", "ReqMsgNumber": 2, "ReqMsgSeq": 0 }));
    assert_eq!(seqs(&zero), seqs(&latest));
    assert_eq!(seqs(&zero).len(), 2);
    let one = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g1", "ReqMsgNumber": 2, "ReqMsgSeq": 1 }));
    assert_eq!(seqs(&one), [1]);
}

#[test]
fn multiaccount_import_reads_both_request_forms() {
    let mut s = sim();
    ok(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["old1", "old2"] }));
    // The newer form, as on the page (UserID_002 twice: its last item counts).
    ok(
        &mut s,
        "im_open_login_svc/multiaccount_import",
        json!({ "AccountList": [
            { "UserID": "UserID_001", "Nick": "Nick_001", "FaceUrl": "http://www.qq.com" },
            { "UserID": "UserID_002", "Nick": "Nick_002", "FaceUrl": "http://www.qq.com" },
            { "UserID": "UserID_002", "Nick": "Nick_001", "FaceUrl": "http://www.qq.com" },
            { "UserID": "old1", "Nick": "Old One" }
        ] }),
    );
    let r = ok(&mut s, "profile/portrait_get", json!({ "To_Account": ["UserID_001", "UserID_002", "old1", "old2"], "TagList": ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Image"] }));
    let nick = |i: usize| r["UserProfileItem"][i]["ProfileItem"].as_array().unwrap().iter().find(|t| t["Tag"] == "Tag_Profile_IM_Nick").map(|t| t["Value"].clone());
    assert_eq!(nick(0), Some(json!("Nick_001")), "{r}");
    assert_eq!(nick(1), Some(json!("Nick_001")), "the last item of a UserID counts: {r}");
    assert_eq!(nick(2), Some(json!("Old One")), "an account already there takes the new nick: {r}");
    let r = ok(&mut s, "im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "old2" }, { "UserID": "UserID_001" }] }));
    assert_eq!(r["ResultItem"][0]["AccountStatus"], "Imported");
    assert_eq!(r["ResultItem"][1]["AccountStatus"], "Imported");
    // Neither form, or both: refused, nothing imported.
    let r = err(&mut s, "im_open_login_svc/multiaccount_import", json!({}), 70402);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("AccountList"), "{r}");
    let r = err(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["x"], "AccountList": [{ "UserID": "y" }] }), 70402);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("only one"), "{r}");
    err(&mut s, "im_open_login_svc/multiaccount_import", json!({ "AccountList": [{ "Nick": "no id" }] }), 70402);
    err(&mut s, "im_open_login_svc/multiaccount_import", json!({ "AccountList": [] }), 70402);
    let hundred_and_one: Vec<Value> = (0..101).map(|i| json!({ "UserID": format!("u{i}") })).collect();
    err(&mut s, "im_open_login_svc/multiaccount_import", json!({ "AccountList": hundred_and_one }), 70402);
}

#[test]
fn msg_readed_time_is_a_lint_the_simulator_answers_past() {
    // validate refuses it on purpose (it silently changes what the call does)…
    let body = r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1"}"#;
    let v = validate_text("openim/admin_set_msg_read", body, false);
    assert!(!v.ok);
    assert!(v.diagnostics[0].message.contains("ignores it and marks everything up to now as read"), "{v:?}");
    // …and the simulator, like the service, ignores the field: everything up to now is read.
    let mut s = sim();
    import(&mut s, &["a", "b"]);
    for n in 0..2 {
        ok(&mut s, "openim/sendmsg", json!({ "From_Account": "b", "To_Account": "a", "MsgRandom": n, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] }));
    }
    let unread = |s: &mut Simulator| ok(s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "a" }))["AllC2CUnreadMsgNum"].clone();
    assert_eq!(unread(&mut s), 2);
    let r = call(&mut s, "openim/admin_set_msg_read", serde_json::from_str(body).unwrap());
    assert_eq!(r["ErrorCode"], 0, "{r}");
    assert_eq!(unread(&mut s), 0, "read up to now, not up to second 1");
}

#[test]
fn a_query_without_random_says_what_to_add() {
    let mut s = Simulator::new(Options { now: Some(T0), ..Options::default() });
    let a = s.handle("POST", "/v4/im_open_login_svc/account_check?sdkappid=1400000000&identifier=administrator&usersig=x&contenttype=json", r#"{"CheckItem":[{"UserID":"x"}]}"#);
    let v = a.json();
    assert_eq!(v["ErrorCode"], 60002, "{v}");
    assert!(v["ErrorInfo"].as_str().unwrap().contains("random="), "{v}");
    let a = s.handle("POST", "/v4/im_open_login_svc/account_check?sdkappid=1400000000&identifier=administrator&usersig=x&random=-1&contenttype=json", "{}");
    assert!(a.json()["ErrorInfo"].as_str().unwrap().contains("got \"-1\""), "{}", a.json());
}

#[test]
fn unknown_paths_say_what_they_are() {
    let mut s = sim();
    // tencent_im_rs 1.0.3 calls these four wrong paths (coverage.md §3.4).
    for (path, code, meant) in [
        ("group_open_attr_http_svc/get_group_att", 60009, "v4/group_open_attr_http_svc/get_group_attr"),
        ("open_msg_svc/gethistory", 60009, "v4/open_msg_svc/get_history"),
        ("group_open_http_svc/get_group_member", 10003, "v4/group_open_http_svc/get_group_member_info"),
        ("im_open_login_svc/query_online_status", 60009, "v4/openim/query_online_status"),
    ] {
        let r = call(&mut s, path, json!({}));
        assert_eq!(r["ErrorCode"], code, "{path}: {r}");
        let info = r["ErrorInfo"].as_str().unwrap();
        assert!(info.contains(path) && info.contains(&format!("did you mean \"{meant}\"")), "{path}: {info}");
    }
    // A command of the service that tcim lacks says so (the list shrinks as tcim grows).
    if let Some((api, title)) = NOT_SIMULATED.first() {
        let r = call(&mut s, api, json!({}));
        let info = r["ErrorInfo"].as_str().unwrap();
        assert!(info.contains("does not simulate yet") && info.contains(title), "{info}");
    }
    // Nothing close: plainly unknown; not even a path: says the shape.
    let r = call(&mut s, "nowhere_svc/frobnicate", json!({}));
    assert_eq!(r["ErrorCode"], 60009);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("not a command of the service that tcim knows"), "{r}");
    let r = call(&mut s, "nonsense", json!({}));
    assert!(r["ErrorInfo"].as_str().unwrap().contains("expected v4/<service>/<command>"), "{r}");
}

#[test]
fn the_not_simulated_list_and_the_catalog_are_apart() {
    for (api, title) in NOT_SIMULATED {
        assert!(find(api).is_none(), "{api} is simulated now: take its row out of catalog/not_simulated.rs");
        assert!(!title.is_empty());
        assert_eq!(explain(api), Unknown::NotSimulated(title));
    }
    let mut seen = std::collections::BTreeSet::new();
    assert!(NOT_SIMULATED.iter().all(|(api, _)| seen.insert(api)), "a row twice");
}
