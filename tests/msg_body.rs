//! Message bodies are checked as the service checks them (issue 33, point 5): each element's
//! `MsgContent` by its `MsgType`, the 12 KB a message may be, `OfflinePushInfo`; in the
//! validator (tree and streaming alike), its fixes, and the simulator's answers.

mod common;

use common::{err, import, ok, sim_with, state};
use serde_json::{json, Value};
use tcim::sim::Options;
use tcim::validate::{validate_with_tree, PatchOp, Severity};
use tcim::{validate_text, validate_text_with_fixes, Diagnostic};

const SEND: &str = "openim/sendmsg";
const GROUP_SEND: &str = "group_open_http_svc/send_group_msg";

/// A sendmsg body with these elements.
fn send(body: Value) -> String {
    json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": body }).to_string()
}

fn element(msg_type: &str, content: Value) -> String {
    send(json!([{ "MsgType": msg_type, "MsgContent": content }]))
}

/// The findings of `text`, the same from the streaming validator and the tree validator.
fn diags(api: &str, text: &str) -> Vec<Diagnostic> {
    let stream = validate_text(api, text, true).diagnostics;
    let endpoint = tcim::find_endpoint(api).unwrap();
    let tree = validate_with_tree(endpoint, text, true);
    assert_eq!(format!("{stream:?}"), format!("{tree:?}"), "stream and tree differ on {text}");
    stream
}

fn has(d: &[Diagnostic], path: &str, code: &str, severity: Severity) -> bool {
    d.iter().any(|x| x.path == path && x.code == code && x.severity == severity)
}

#[test]
fn every_element_type_has_its_content_checked() {
    // The issue's three: a misspelt member, an empty content, a number for the text.
    let d = diags(SEND, &element("TIMTextElem", json!({ "Txt": "hi" })));
    assert!(has(&d, "/MsgBody/0/MsgContent/Text", "missing_field", Severity::Error), "{d:#?}");
    assert!(has(&d, "/MsgBody/0/MsgContent/Txt", "unknown_field", Severity::Warning), "{d:#?}");
    let d = diags(SEND, &element("TIMTextElem", json!({})));
    assert!(has(&d, "/MsgBody/0/MsgContent/Text", "missing_field", Severity::Error), "{d:#?}");
    let d = diags(SEND, &element("TIMTextElem", json!({ "Text": 5 })));
    assert!(has(&d, "/MsgBody/0/MsgContent/Text", "wrong_type", Severity::Error), "{d:#?}");
    assert!(d[0].message.contains("\"Text\" must be a string"), "{d:#?}");

    // One valid body per type, and one broken member each.
    let valid = [
        ("TIMTextElem", json!({ "Text": "hello world" })),
        ("TIMLocationElem", json!({ "Desc": "someinfo", "Latitude": 29.340656774469956, "Longitude": 116.77497920478824 })),
        ("TIMFaceElem", json!({ "Index": 1, "Data": "content" })),
        ("TIMCustomElem", json!({ "Data": "message", "Desc": "notification", "Ext": "url", "Sound": "dingdong.aiff" })),
        ("TIMSoundElem", json!({ "Url": "https://x/a.mp3", "UUID": "5", "Size": 62351, "Second": 1, "Download_Flag": 2 })),
        ("TIMImageElem", json!({ "UUID": "1", "ImageFormat": 1, "ImageInfoArray": [{ "Type": 1, "Size": 18, "Width": 1, "Height": 1, "URL": "https://x/a.jpg" }] })),
        ("TIMFileElem", json!({ "Url": "https://x/f.zip", "UUID": "2", "FileSize": 1773552, "FileName": "file:///private/f.zip", "Download_Flag": 2 })),
        ("TIMVideoFileElem", json!({ "VideoUrl": "https://x/v.mp4", "VideoUUID": "3", "VideoSize": 1, "VideoSecond": 5, "VideoFormat": "mp4", "VideoDownloadFlag": 2, "ThumbUrl": "https://x/t.jpg", "ThumbUUID": "4", "ThumbSize": 13907, "ThumbWidth": 720, "ThumbHeight": 1280, "ThumbFormat": "JPG", "ThumbDownloadFlag": 2 })),
        ("TIMRelayElem", json!({ "Title": "a and b", "MsgNum": 2, "CompatibleText": "upgrade", "AbstractList": ["a: hi", "b: hello"], "MsgList": [] })),
    ];
    for (t, content) in &valid {
        let d = diags(SEND, &element(t, content.clone()));
        assert!(d.is_empty(), "{t}: {d:#?}");
    }
    let broken = [
        ("TIMLocationElem", json!({ "Latitude": "29.3", "Longitude": 116 }), "/MsgBody/0/MsgContent/Latitude", "wrong_type"),
        ("TIMFaceElem", json!({ "Data": "x" }), "/MsgBody/0/MsgContent/Index", "missing_field"),
        ("TIMCustomElem", json!({ "Data": 1 }), "/MsgBody/0/MsgContent/Data", "wrong_type"),
        ("TIMSoundElem", json!({ "Url": "u", "Download_Flag": 1 }), "/MsgBody/0/MsgContent/Download_Flag", "invalid_enum"),
        ("TIMImageElem", json!({ "UUID": "1", "ImageFormat": 9, "ImageInfoArray": [] }), "/MsgBody/0/MsgContent/ImageFormat", "invalid_enum"),
        ("TIMImageElem", json!({ "UUID": "1", "ImageFormat": 1, "ImageInfoArray": [{ "Type": 1 }] }), "/MsgBody/0/MsgContent/ImageInfoArray/0/URL", "missing_field"),
        ("TIMFileElem", json!({ "FileName": "f" }), "/MsgBody/0/MsgContent/Url", "missing_field"),
        ("TIMVideoFileElem", json!({ "VideoUrl": "v" }), "/MsgBody/0/MsgContent/ThumbUrl", "missing_field"),
        ("TIMRelayElem", json!({ "AbstractList": [1] }), "/MsgBody/0/MsgContent/AbstractList/0", "wrong_type"),
    ];
    for (t, content, path, code) in &broken {
        let d = diags(SEND, &element(t, content.clone()));
        assert!(has(&d, path, code, Severity::Error), "{t}: expected {path} {code}, got {d:#?}");
    }
}

#[test]
fn an_unknown_type_or_a_content_that_is_not_an_object() {
    let d = diags(SEND, &element("TIMBogusElem", json!({ "Text": "x" })));
    assert!(has(&d, "/MsgBody/0/MsgType", "invalid_enum", Severity::Error), "{d:#?}");
    assert_eq!(d.len(), 1, "an unknown type's content is not judged: {d:#?}");
    let d = diags(SEND, &element("TIMTextElem", json!("hi")));
    assert!(has(&d, "/MsgBody/0/MsgContent", "wrong_type", Severity::Error), "{d:#?}");
    let d = diags(SEND, &send(json!([{ "MsgContent": { "Text": "x" } }])));
    assert!(has(&d, "/MsgBody/0/MsgType", "missing_field", Severity::Error), "{d:#?}");
    // The type may come after the content (the streaming readers read it ahead).
    let d = diags(SEND, r#"{"From_Account":"a","To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgContent":{"Text":7},"MsgType":"TIMTextElem"}]}"#);
    assert!(has(&d, "/MsgBody/0/MsgContent/Text", "wrong_type", Severity::Error), "{d:#?}");
    // A repeated type is read as its last value (the first then breaks the case's rule).
    let d = diags(SEND, r#"{"From_Account":"a","To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMFaceElem","MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    assert!(has(&d, "/MsgBody/0/MsgType", "duplicate_key", Severity::Warning), "{d:#?}");
    assert!(d.iter().all(|x| x.path.ends_with("/MsgType")), "the content is the text element's: {d:#?}");
}

#[test]
fn a_body_over_12_kb_is_refused() {
    let limit = tcim::api::msg_content::MSG_BODY_MAX_BYTES;
    // The elements' JSON around the text: exactly at the limit, then one byte over.
    let frame = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "" } }]).to_string().len();
    let at_limit = send(json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x".repeat(limit - frame) } }]));
    assert!(diags(SEND, &at_limit).is_empty());
    let over = send(json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x".repeat(limit - frame + 1) } }]));
    let d = diags(SEND, &over);
    assert!(has(&d, "/MsgBody", "too_large", Severity::Error), "{d:#?}");
    assert!(d[0].message.contains(&format!("{} bytes written as JSON", limit + 1)), "{d:#?}");
    // Whitespace does not count; a CJK character is 3 bytes; escapes count as written.
    let spaced = at_limit.replace("\"MsgType\":", "\"MsgType\" :   ");
    assert!(diags(SEND, &spaced).is_empty());
    let cjk = send(json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "中".repeat((limit - frame) / 3 + 1) } }]));
    assert!(has(&diags(SEND, &cjk), "/MsgBody", "too_large", Severity::Error));
    let megabyte = send(json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x".repeat(1 << 20) } }]));
    assert!(has(&diags(SEND, &megabyte), "/MsgBody", "too_large", Severity::Error));
}

#[test]
fn offline_push_info_is_checked() {
    let body = |push: Value| json!({ "To_Account": "b", "MsgRandom": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }], "OfflinePushInfo": push }).to_string();
    let full = json!({
        "PushFlag": 0, "Title": "t", "Desc": "d", "Ext": "{}",
        "AndroidInfo": { "Sound": "a.mp3", "PushStyle": 1, "HuaWeiChannelID": "c", "XiaoMiChannelID": "c", "OPPOChannelID": "c", "GoogleChannelID": "c", "VIVOClassification": 1, "VIVOCategory": "IM", "HuaWeiImportance": "NORMAL", "ExtAsHuaweiIntentParam": 1, "HuaWeiCategory": "IM", "HuaWeiImage": "https://x/i.png", "HonorImage": "https://x/i.png", "HonorImportance": "LOW", "GoogleImage": "https://x/i.png" },
        "ApnsInfo": { "Sound": "a.aiff", "BadgeMode": 1, "Title": "t", "SubTitle": "s", "Image": "https://x/i.png", "MutableContent": 1, "InterruptionLevel": "time-sensitive", "ContentAvailable": 0 }
    });
    assert!(diags(SEND, &body(full)).is_empty());
    let d = diags(SEND, &body(json!({ "PushFlag": 2 })));
    assert!(has(&d, "/OfflinePushInfo/PushFlag", "invalid_enum", Severity::Error), "{d:#?}");
    let d = diags(SEND, &body(json!({ "ApnsInfo": { "badgemode": 1 } })));
    assert!(has(&d, "/OfflinePushInfo/ApnsInfo/badgemode", "unknown_field", Severity::Warning), "{d:#?}");
    let d = diags(SEND, &body(json!({ "AndroidInfo": { "HuaWeiImportance": "HIGH" } })));
    assert!(has(&d, "/OfflinePushInfo/AndroidInfo/HuaWeiImportance", "invalid_enum", Severity::Error), "{d:#?}");
}

#[test]
fn every_command_with_a_body_shares_the_rules() {
    let bad = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": 5 } }]);
    let bodies = [
        ("openim/sendmsg", json!({ "To_Account": "b", "MsgRandom": 1, "MsgBody": bad })),
        ("openim/batchsendmsg", json!({ "To_Account": ["b"], "MsgRandom": 1, "MsgBody": bad })),
        ("openim/importmsg", json!({ "SyncFromOldSystem": 1, "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgTimeStamp": 1, "MsgBody": bad })),
        ("group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "Random": 1, "MsgBody": bad })),
        ("group_open_http_svc/import_group_msg", json!({ "GroupId": "g", "MsgList": [{ "From_Account": "a", "SendTime": 1, "MsgBody": bad }] })),
        ("group_open_http_svc/send_broadcast_msg", json!({ "Random": 1, "MsgBody": bad })),
        ("openim/modify_c2c_msg", json!({ "From_Account": "a", "To_Account": "b", "MsgKey": "1_2_3", "MsgBody": bad })),
        ("openim/modify_group_msg", json!({ "GroupId": "g", "MsgSeq": 1, "MsgBody": bad })),
        ("all_member_push/im_push", json!({ "MsgRandom": 1, "MsgBody": bad })),
    ];
    for (api, body) in bodies {
        let v = validate_text(api, &body.to_string(), false);
        assert!(v.diagnostics.iter().any(|d| d.path.ends_with("/MsgContent/Text") && d.code == "wrong_type"), "{api}: {:#?}", v.diagnostics);
    }
}

#[test]
fn fixes_mend_the_content() {
    let apply = |api: &str, text: &str, path: &str, code: &str| -> Vec<PatchOp> {
        let v = validate_text_with_fixes(api, text, true);
        let d = v.diagnostics.iter().find(|d| d.path == path && d.code == code).unwrap_or_else(|| panic!("{:#?}", v.diagnostics));
        d.fix.clone().unwrap_or_else(|| panic!("no fix: {d:#?}")).patch
    };
    // A missing member gets the placeholder of the case's table.
    let patch = apply(SEND, &element("TIMTextElem", json!({})), "/MsgBody/0/MsgContent/Text", "missing_field");
    assert_eq!(format!("{patch:?}"), format!("{:?}", [PatchOp::Add { path: "/MsgBody/0/MsgContent/Text".into(), value: tcim::validate::Json::Str(String::new()) }]));
    // A number where the case's table wants a string becomes the string.
    let patch = apply(SEND, &element("TIMTextElem", json!({ "Text": 5 })), "/MsgBody/0/MsgContent/Text", "wrong_type");
    assert!(format!("{patch:?}").contains("Replace"), "{patch:?}");
    // A member misspelt by case is renamed to the case's field.
    let patch = apply(SEND, &element("TIMLocationElem", json!({ "latitude": 1, "Longitude": 2 })), "/MsgBody/0/MsgContent/latitude", "unknown_field");
    assert_eq!(format!("{patch:?}"), format!("{:?}", [PatchOp::Move { from: "/MsgBody/0/MsgContent/latitude".into(), path: "/MsgBody/0/MsgContent/Latitude".into() }]));
    // A missing element is a text element.
    let patch = apply(GROUP_SEND, r#"{"GroupId":"g","Random":1}"#, "/MsgBody", "missing_field");
    assert!(format!("{patch:?}").contains("TIMTextElem") && format!("{patch:?}").contains("Text"), "{patch:?}");
}

#[test]
fn chinese_messages() {
    let v = tcim::vocab::messages::in_lang(tcim::vocab::messages::Lang::Zh, || validate_text(SEND, &element("TIMTextElem", json!({ "Text": 5 })), false));
    assert!(v.diagnostics[0].message.contains("必须是字符串"), "{:#?}", v.diagnostics);
    let limit = tcim::api::msg_content::MSG_BODY_MAX_BYTES;
    let over = send(json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x".repeat(limit) } }]));
    let v = tcim::vocab::messages::in_lang(tcim::vocab::messages::Lang::Zh, || validate_text(SEND, &over, false));
    assert!(v.diagnostics[0].message.contains("超过了单条消息 12288 字节的上限"), "{:#?}", v.diagnostics);
}

#[test]
fn the_simulator_refuses_bad_bodies_and_changes_nothing() {
    let mut s = sim_with(Options { rate_limit: false, ..Options::default() });
    import(&mut s, &["a", "b"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "a", "Type": "Public", "GroupId": "g", "Name": "g", "MemberList": [{ "Member_Account": "b" }] }));
    let bad = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Txt": "hi" } }]);
    let huge = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x".repeat(1 << 20) } }]);
    let r = err(&mut s, SEND, json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": bad }), 90002);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("/MsgBody/0/MsgContent/Text"), "{r}");
    err(&mut s, SEND, json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": huge }), 93000);
    err(&mut s, "openim/batchsendmsg", json!({ "From_Account": "a", "To_Account": ["b"], "MsgRandom": 1, "MsgBody": huge }), 93000);
    err(&mut s, GROUP_SEND, json!({ "GroupId": "g", "From_Account": "a", "Random": 1, "MsgBody": bad }), 10004);
    err(&mut s, GROUP_SEND, json!({ "GroupId": "g", "From_Account": "a", "Random": 1, "MsgBody": huge }), 10020);
    err(&mut s, SEND, json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }], "OfflinePushInfo": { "PushFlag": "0" } }), 70402);
    // A good body still goes through, and reads back as sent.
    let before = state(&s);
    let location = json!([{ "MsgType": "TIMLocationElem", "MsgContent": { "Desc": "here", "Latitude": 29.34, "Longitude": 116.77 } }]);
    ok(&mut s, SEND, json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 2, "MsgBody": location }));
    assert_ne!(state(&s), before);
    let r = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "a", "Peer_Account": "b", "MaxCnt": 10, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
    assert_eq!(r["MsgList"][0]["MsgBody"], location);
}

#[test]
fn get_history_says_what_is_wrong_with_the_hour() {
    let d = diags("open_msg_svc/get_history", r#"{"ChatType":"C2C","MsgTime":"20220101"}"#);
    assert!(has(&d, "/MsgTime", "invalid_hour", Severity::Error), "{d:#?}");
    assert!(d[0].message.contains("YYYYMMDDHH") && d[0].message.contains("20220101"), "{d:#?}");
    let d = diags("open_msg_svc/get_history", r#"{"ChatType":"C2C","MsgTime":""}"#);
    assert!(has(&d, "/MsgTime", "empty_string", Severity::Error), "{d:#?}");
    assert!(diags("open_msg_svc/get_history", r#"{"ChatType":"C2C","MsgTime":"2022010112"}"#).is_empty());
}
