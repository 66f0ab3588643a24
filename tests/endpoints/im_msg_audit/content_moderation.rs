//! `im_msg_audit/content_moderation`.

use super::{sim, APP, LIB};
use crate::common::{err, fired, ok};
use serde_json::json;

/// The documented sample: with 违规词汇 among the moderation words it is blocked; without, it
/// passes. The same content gets the same verdict.
#[test]
fn the_sample_is_blocked_or_passes_as_configured() {
    let endpoint = tcim::find_endpoint("im_msg_audit/content_moderation").unwrap();
    let mut strict = sim(&["违规词汇"]);
    let r = strict.call(&endpoint.api(), endpoint.sample);
    assert_eq!((r["ErrorCode"].clone(), r["Result"].clone(), r["Label"].clone(), r["Score"].clone(), r["Keywords"].clone()), (json!(0), json!("Block"), json!("Composite"), json!(100), json!(["违规词汇"])), "{r}");
    assert_eq!(r["RequestId"].as_str().unwrap().len(), 36);
    let again = strict.call(&endpoint.api(), endpoint.sample);
    assert_eq!(again["Result"], "Block");
    assert_ne!(again["RequestId"], r["RequestId"]);
    let mut lenient = sim(&[]);
    let r = lenient.call(&endpoint.api(), endpoint.sample);
    assert_eq!((r["Result"].clone(), r["Label"].clone(), r["Score"].clone(), r["Keywords"].clone()), (json!("Pass"), json!("Normal"), json!(0), json!([])), "{r}");
}

/// A keyword of the app's library blocks with its label; one labelled Normal is allowed.
#[test]
fn library_keywords_decide_with_their_label() {
    let mut s = sim(&[]);
    ok(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": LIB, "UserKeywords": [{ "Content": "buy now", "Label": "Ad" }, { "Content": "hello", "Label": "Normal" }] }));
    let ad = ok(&mut s, "im_msg_audit/content_moderation", json!({ "AuditName": "Group", "ContentType": "Text", "Content": "please buy now!" }));
    assert_eq!((ad["Result"].clone(), ad["Label"].clone(), ad["Keywords"].clone()), (json!("Block"), json!("Ad"), json!(["buy now"])));
    let normal = ok(&mut s, "im_msg_audit/content_moderation", json!({ "AuditName": "Group", "ContentType": "Text", "Content": "hello there" }));
    assert_eq!(normal["Result"], "Pass");
}

/// Audio and video answer only the RequestId; a violating verdict comes as
/// ContentCallback.ResultNotify with that RequestId; a passing one sends nothing.
#[test]
fn audio_and_video_are_judged_by_callback() {
    let mut s = sim(&["bad"]);
    let r = ok(&mut s, "im_msg_audit/content_moderation", json!({ "AuditName": "C2C", "ContentType": "Video", "Content": "https://x.test/bad.mp4", "ExtSender": "alice" }));
    assert_eq!((r["Result"].clone(), r["Label"].clone()), (json!(""), json!("")));
    let got = fired(&mut s);
    assert_eq!(got.len(), 1);
    let body = &got[0].body;
    assert_eq!(got[0].command, "ContentCallback.ResultNotify");
    assert_eq!((body["Scene"].clone(), body["From_Account"].clone(), body["ContentType"].clone(), body["MediaContent"].clone()), (json!("C2C"), json!("alice"), json!("Video"), json!("https://x.test/bad.mp4")));
    assert_eq!((body["CtxcbResult"].clone(), body["CtxcbSuggestion"].clone(), body["CtxcbRequestId"].clone()), (json!(1), json!("Block"), r["RequestId"].clone()));
    ok(&mut s, "im_msg_audit/content_moderation", json!({ "AuditName": "C2C", "ContentType": "Audio", "Content": "https://x.test/fine.mp3" }));
    assert!(fired(&mut s).is_empty());
}

/// Bad input: an unknown ContentType, empty or oversized Content: 70402.
#[test]
fn bad_input_is_refused() {
    let mut s = sim(&[]);
    for body in [
        json!({ "AuditName": "C2C", "ContentType": "Document", "Content": "x" }),
        json!({ "AuditName": "C2C", "ContentType": "Text", "Content": "" }),
        json!({ "AuditName": "C2C", "ContentType": "Text", "Content": "x".repeat(8 * 1024 + 1) }),
        json!({ "AuditName": "", "ContentType": "Text", "Content": "x" }),
    ] {
        err(&mut s, "im_msg_audit/content_moderation", body, 70402);
    }
}

/// Messages: a blocked text is refused with 80001 and the backend hears of it; other texts
/// are delivered as they are.
#[test]
fn cloud_moderation_blocks_messages() {
    let mut s = sim(&["forbidden"]);
    err(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "a forbidden thing" } }], "CloudCustomData": "cc" }), 80001);
    let got = fired(&mut s);
    let notify: Vec<_> = got.iter().filter(|f| f.command == "ContentCallback.ResultNotify").collect();
    assert_eq!(notify.len(), 1, "{got:?}");
    assert_eq!(notify[0].body["ContactItem"], json!({ "ContactType": 1, "To_Account": "bob" }));
    assert_eq!(notify[0].body["TextContent"], json!(["a forbidden thing"]));
    assert_eq!(notify[0].body["CloudCustomData"], "cc");
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 2, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "a fine thing" } }] }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "GroupId": "g1", "Name": "g", "Owner_Account": "alice" }));
    err(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g1", "From_Account": "alice", "Random": 3, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "forbidden" } }] }), 80001);
    let notify: Vec<_> = fired(&mut s).into_iter().filter(|f| f.command == "ContentCallback.ResultNotify").collect();
    assert_eq!(notify[0].body["Scene"], "Group");
    assert_eq!(notify[0].body["ContactItem"], json!({ "ContactType": 2, "GroupId": "g1" }));
}
