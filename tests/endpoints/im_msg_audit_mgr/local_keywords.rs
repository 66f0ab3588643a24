//! `im_msg_audit_mgr/get_local_audit_keywords`, `add_local_audit_keywords`,
//! `delete_local_audit_keywords`, and what local words do to messages.

use crate::common::{call, err, ok, state};
use crate::im_msg_audit::{sim, APP};
use serde_json::{json, Value};

fn text_msg(from: &str, to: &str, random: u32, text: &str) -> Value {
    json!({ "From_Account": from, "To_Account": to, "MsgRandom": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": text } }] })
}

fn add(s: &mut tcim::sim::Simulator, words: Value) {
    ok(s, "im_msg_audit_mgr/add_local_audit_keywords", json!({ "SdkAppId": APP, "LocalAuditWords": words }));
}

/// The documented samples run: add, list (by filter and keyword), delete by Id.
#[test]
fn the_samples_add_list_and_delete() {
    let mut s = sim(&[]);
    for api in ["im_msg_audit_mgr/add_local_audit_keywords", "im_msg_audit_mgr/get_local_audit_keywords"] {
        let endpoint = tcim::find_endpoint(api).unwrap();
        let r = s.call(&endpoint.api(), endpoint.sample);
        assert_eq!(r["ErrorCode"], 0, "{api}: {r}");
    }
    let listed = ok(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10 }));
    assert_eq!(listed["LocalAuditWords"], json!([{ "Id": 1, "Keyword": "caonima", "WordType": 1, "FilterType": 1, "ReplacedContent": "****", "UpdateTime": "2023-11-15 06:13:20" }]));
    assert_eq!((listed["TotalCount"].clone(), listed["CurCount"].clone(), listed["TotalRegCount"].clone()), (json!(1), json!(1), json!(0)));
    let endpoint = tcim::find_endpoint("im_msg_audit_mgr/delete_local_audit_keywords").unwrap();
    let r = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(r["ErrorCode"], 0, "{r}");
    let listed = ok(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10 }));
    assert_eq!(listed["TotalCount"], 0);
}

/// A replacing word is replaced in what is stored and delivered; an intercepting word
/// refuses the message with 80001 (even where a replacing word would have hidden it); regular
/// expressions are listed apart.
#[test]
fn words_replace_or_intercept_messages() {
    let mut s = sim(&[]);
    add(&mut s, json!([
        { "Keyword": "darn", "WordType": 1, "FilterType": 1, "ReplacedContent": "**" },
        { "Keyword": "spam", "WordType": 1, "FilterType": 2 },
        { "Keyword": "[0-9]{11}", "WordType": 2, "FilterType": 2 }
    ]));
    ok(&mut s, "openim/sendmsg", text_msg("alice", "bob", 1, "darn it, darn"));
    let history = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "alice", "Peer_Account": "bob", "MaxCnt": 10, "MinTime": 0, "MaxTime": 2_000_000_000u64 }));
    assert_eq!(history["MsgList"][0]["MsgBody"][0]["MsgContent"]["Text"], "** it, **");
    err(&mut s, "openim/sendmsg", text_msg("alice", "bob", 2, "buy spam"), 80001);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "GroupId": "g1", "Name": "g", "Owner_Account": "alice" }));
    err(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g1", "From_Account": "alice", "Random": 3, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "spam" } }] }), 80001);
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g1", "From_Account": "alice", "Random": 4, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "darn" } }] }));
    let group_history = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g1", "ReqMsgNumber": 1 }));
    assert_eq!(group_history["RspMsgList"][0]["MsgBody"][0]["MsgContent"]["Text"], "**");
    let counts = ok(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 100, "FilterType": 2 }));
    assert_eq!((counts["TotalCount"].clone(), counts["TotalRegCount"].clone(), counts["CurCount"].clone(), counts["CurRegCount"].clone()), (json!(2), json!(1), json!(1), json!(1)));
}

/// Paging by Offset and Limit; Keyword narrows to words containing it.
#[test]
fn pages_and_keyword() {
    let mut s = sim(&[]);
    let words: Vec<Value> = (0..5).map(|i| json!({ "Keyword": format!("word{i}"), "WordType": 1, "FilterType": 1 })).collect();
    add(&mut s, Value::Array(words));
    let page = ok(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 2, "Limit": 2 }));
    let ids: Vec<u64> = page["LocalAuditWords"].as_array().unwrap().iter().map(|w| w["Id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [3, 4]);
    assert_eq!(page["LocalAuditWords"][0]["ReplacedContent"], "***");
    let one = ok(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10, "Keyword": "word3" }));
    assert_eq!(one["LocalAuditWords"].as_array().unwrap().len(), 1);
}

/// Another app's SdkAppId, a word listed twice, an Id the app does not have: 70402 and
/// nothing changes.
#[test]
fn bad_input_is_refused() {
    let mut s = sim(&[]);
    add(&mut s, json!([{ "Keyword": "x", "WordType": 1, "FilterType": 1 }]));
    err(&mut s, "im_msg_audit_mgr/add_local_audit_keywords", json!({ "SdkAppId": 1400187352, "LocalAuditWords": [{ "Keyword": "y", "WordType": 1, "FilterType": 1 }] }), 70402);
    err(&mut s, "im_msg_audit_mgr/add_local_audit_keywords", json!({ "SdkAppId": APP, "LocalAuditWords": [{ "Keyword": "y", "WordType": 1, "FilterType": 1 }, { "Keyword": "x", "WordType": 1, "FilterType": 2 }] }), 70402);
    err(&mut s, "im_msg_audit_mgr/add_local_audit_keywords", json!({ "SdkAppId": APP, "LocalAuditWords": [{ "Keyword": "z", "WordType": 3, "FilterType": 1 }] }), 70402);
    err(&mut s, "im_msg_audit_mgr/delete_local_audit_keywords", json!({ "SdkAppId": APP, "LocalAuditWords": [{ "Id": 1 }, { "Id": 9 }] }), 70402);
    let before = state(&s);
    let r = call(&mut s, "im_msg_audit_mgr/get_local_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 101 }));
    assert_eq!(r["ErrorCode"], 70402);
    assert_eq!(state(&s), before);
}

/// `inspect()` shows the word lists (and leaves them out while both are empty).
#[test]
fn inspect_shows_the_word_lists() {
    let mut s = sim(&[]);
    assert!(s.inspect().get("moderation").is_none());
    add(&mut s, json!([{ "Keyword": "darn", "WordType": 1, "FilterType": 1, "ReplacedContent": "**" }]));
    ok(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": crate::im_msg_audit::LIB, "UserKeywords": [{ "Content": "spam", "Label": "Ad" }] }));
    assert_eq!(s.inspect()["moderation"], json!({ "cloudKeywords": { "spam": "Ad" }, "localWords": [{ "filterType": 1, "id": 1, "keyword": "darn", "replacedContent": "**", "wordType": 1 }] }));
}
