//! Quick fixes (vocab/fix.rs): each fixable finding carries a JSON Patch, and applying it
//! mends that finding: checked on the issue's examples and, for every endpoint, on its sample
//! with each top-level member misspelled, dropped or written as the wrong type.

use serde_json::Value;
use tcim::validate::{Fix, Json, PatchOp};
use tcim::{validate_text, validate_text_with_fixes, Diagnostic, ENDPOINTS};

fn diags(api: &str, body: &str) -> Vec<Diagnostic> {
    validate_text_with_fixes(api, body, true).diagnostics
}

/// The fix of the diagnostic with this path and code.
fn fix_of(api: &str, body: &str, path: &str, code: &str) -> Fix {
    let all = diags(api, body);
    all.iter().find(|d| d.path == path && d.code == code).and_then(|d| d.fix.clone()).unwrap_or_else(|| panic!("{api} {body}: no fix for {path} {code} in {all:#?}"))
}

fn unescape(s: &str) -> String {
    s.replace("~1", "/").replace("~0", "~")
}

/// The parent of `pointer` and its last segment.
fn split(pointer: &str) -> (&str, String) {
    let cut = pointer.rfind('/').expect("a member's pointer");
    (&pointer[..cut], unescape(&pointer[cut + 1..]))
}

fn remove(doc: &mut Value, pointer: &str) -> Value {
    let (parent, key) = split(pointer);
    match doc.pointer_mut(parent).expect("the parent exists") {
        Value::Object(map) => map.remove(&key).expect("the member exists"),
        Value::Array(items) => items.remove(key.parse().expect("an index")),
        other => panic!("cannot remove from {other}"),
    }
}

fn add(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = split(pointer);
    match doc.pointer_mut(parent).expect("the parent exists") {
        Value::Object(map) => {
            map.insert(key, value);
        }
        Value::Array(items) => items.insert(key.parse().expect("an index"), value),
        other => panic!("cannot add to {other}"),
    }
}

/// RFC 6902, the four operations fixes use.
fn apply(body: &str, fix: &Fix) -> String {
    let mut doc: Value = serde_json::from_str(body).expect("JSON");
    for op in &fix.patch {
        match op {
            PatchOp::Move { from, path } => {
                let v = remove(&mut doc, from);
                add(&mut doc, path, v);
            }
            PatchOp::Remove { path } => {
                remove(&mut doc, path);
            }
            PatchOp::Add { path, value } => add(&mut doc, path, serde_json::to_value(value).expect("JSON value")),
            PatchOp::Replace { path, value } => *doc.pointer_mut(path).expect("the value exists") = serde_json::to_value(value).expect("JSON value"),
        }
    }
    doc.to_string()
}

/// Applies the fix of (path, code) and checks that the finding is gone.
fn mends(api: &str, body: &str, path: &str, code: &str) -> String {
    let fix = fix_of(api, body, path, code);
    let fixed = apply(body, &fix);
    let after = diags(api, &fixed);
    assert!(!after.iter().any(|d| d.path == path && d.code == code), "{api}: {} did not mend {path} {code}: {fixed} gives {after:#?}", fix.title);
    fixed
}

#[test]
fn the_issue_examples() {
    let read = "openim/admin_set_msg_read";
    let fix = fix_of(read, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1700000000"}"#, "/MsgReadedTime", "unknown_field");
    assert_eq!(fix.title, r#"Rename "MsgReadedTime" to "MsgReadTime""#);
    assert_eq!(fix.patch, [PatchOp::Move { from: "/MsgReadedTime".into(), path: "/MsgReadTime".into() }]);
    let fixed = mends(read, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1700000000"}"#, "/MsgReadedTime", "unknown_field");
    assert!(validate_text(read, &fixed, false).diagnostics.is_empty());
    // Without asking, no fixes (and otherwise the same findings).
    let body = r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1700000000"}"#;
    let plain = validate_text(read, body, true).diagnostics;
    assert!(plain.iter().all(|d| d.fix.is_none()));
    assert_eq!(plain, diags(read, body).into_iter().map(|d| Diagnostic { fix: None, ..d }).collect::<Vec<_>>());

    // The legacy name some clients send (a warning; the service reads it).
    let import = "im_open_login_svc/account_import";
    assert_eq!(fix_of(import, r#"{"Identifier":"a"}"#, "/Identifier", "legacy_field").title, r#"Rename "Identifier" to "UserID""#);
    assert!(diags(import, &mends(import, r#"{"Identifier":"a"}"#, "/Identifier", "legacy_field")).is_empty());

    // "2" where an integer is expected.
    let unread = "group_open_http_svc/set_unread_msg_num";
    let body = r#"{"GroupId":"@TGS#1","Member_Account":"bob","UnreadMsgNum":"2"}"#;
    assert_eq!(fix_of(unread, body, "/UnreadMsgNum", "wrong_type").title, r#"Write "2" as the number 2"#);
    assert!(diags(unread, &mends(unread, body, "/UnreadMsgNum", "wrong_type")).is_empty());
    // Not a number written the way JSON writes one: no fix.
    for v in ["\"02\"", "\"2.0\"", "\"-0\"", "\"x\"", "\"9007199254740992\"", "true"] {
        let body = format!(r#"{{"GroupId":"@TGS#1","Member_Account":"bob","UnreadMsgNum":{v}}}"#);
        assert!(diags(unread, &body).iter().all(|d| d.fix.is_none()), "{body}");
    }
    // An integer where a string is (in an array, through a legacy alias of admin_getroammsg).
    let roam = "openim/admin_getroammsg";
    let body = r#"{"From_Account":7,"To_Account":"b","MaxCnt":10,"MinTime":1,"MaxTime":2}"#;
    assert_eq!(fix_of(roam, body, "/From_Account", "wrong_type").title, r#"Write 7 as the string "7""#);
    mends(roam, body, "/From_Account", "wrong_type");
    // Unix seconds documented as a string, sent as an integer (a warning).
    mends(read, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":1700000000}"#, "/MsgReadTime", "type_drift");

    // An unknown field nothing like a documented one is removed; one that nearly spells one is renamed.
    let fix = fix_of(read, r#"{"Report_Account":"a","Peer_Account":"b","Colour":1}"#, "/Colour", "unknown_field");
    assert_eq!((fix.title.as_str(), fix.patch), (r#"Remove "Colour""#, vec![PatchOp::Remove { path: "/Colour".into() }]));
    assert_eq!(fix_of(read, r#"{"Report_Account":"a","Peer_Account":"b","peer_account":"c"}"#, "/peer_account", "unknown_field").title, r#"Rename "peer_account" to "Peer_Account""#);

    // One fix per mistake: a misspelt required member is renamed; the missing member it is
    // reported as too gets no "add" (applying it would leave the misspelling beside it).
    let body = r#"{"report_account":"a","Peer_Account":"b"}"#;
    let all = diags(read, body);
    let missing = all.iter().find(|d| d.path == "/Report_Account" && d.code == "missing_field").expect("the missing member is still reported");
    assert!(missing.fix.is_none(), "{missing:?}");
    assert_eq!(fix_of(read, body, "/report_account", "unknown_field").title, r#"Rename "report_account" to "Report_Account""#);
    assert!(diags(read, &mends(read, body, "/report_account", "unknown_field")).is_empty());

    // The only unknown member of an object, beside its only missing one and nearly spelling
    // it (one edit; two past 6 letters), is renamed onto it: one fix, not "remove" and "add".
    let send = "openim/sendmsg";
    let body = r#"{"From_Account":"a","To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Txt":"hi"}}]}"#;
    let fix = fix_of(send, body, "/MsgBody/0/MsgContent/Txt", "unknown_field");
    assert_eq!((fix.title.as_str(), fix.patch), (r#"Rename "Txt" to "Text""#, vec![PatchOp::Move { from: "/MsgBody/0/MsgContent/Txt".into(), path: "/MsgBody/0/MsgContent/Text".into() }]));
    assert!(diags(send, body).iter().any(|d| d.path == "/MsgBody/0/MsgContent/Text" && d.code == "missing_field" && d.fix.is_none()));
    assert!(diags(send, &mends(send, body, "/MsgBody/0/MsgContent/Txt", "unknown_field")).iter().all(|d| !d.is_error()));
    let body = r#"{"Peer_Acount":"b","Report_Account":"a"}"#;
    assert_eq!(fix_of(read, body, "/Peer_Acount", "unknown_field").title, r#"Rename "Peer_Acount" to "Peer_Account""#);
    // Not near, or not the only ones: each keeps its own fix.
    for body in [r#"{"Report_Account":"a","Colour":1}"#, r#"{"Report_Account":"a","Peer":1,"Pear_Accnt":2}"#] {
        let all = diags(read, body);
        assert!(all.iter().filter(|d| d.code == "unknown_field").all(|d| d.fix.as_ref().is_some_and(|f| f.title.starts_with("Remove"))), "{body}: {all:?}");
        assert!(all.iter().any(|d| d.code == "missing_field" && d.fix.is_some()), "{body}");
    }

    // A missing required field is added with a placeholder of its shape, nested ones too.
    let fix = fix_of(read, r#"{"Report_Account":"a"}"#, "/Peer_Account", "missing_field");
    assert_eq!(fix.patch, [PatchOp::Add { path: "/Peer_Account".into(), value: Json::Str(String::new()) }]);
    let receipt = "group_open_http_svc/get_group_msg_receipt";
    let fix = fix_of(receipt, r#"{"GroupId":"@TGS#1"}"#, "/MsgSeqList", "missing_field");
    assert_eq!(fix.patch, [PatchOp::Add { path: "/MsgSeqList".into(), value: Json::Array(vec![Json::Object(vec![("MsgSeq", Json::Int(0))])]) }]);
    mends(receipt, r#"{"GroupId":"@TGS#1","MsgSeqList":[{"MsgSeq":1},{}]}"#, "/MsgSeqList/1/MsgSeq", "missing_field");
    mends(receipt, r#"{"GroupId":"@TGS#1","MsgSeqList":[{"MsgSeq":"3","Seq":1}]}"#, "/MsgSeqList/0/MsgSeq", "wrong_type");
    mends(receipt, r#"{"GroupId":"@TGS#1","MsgSeqList":[{"MsgSeq":3,"Seq":1}]}"#, "/MsgSeqList/0/Seq", "unknown_field");
}

/// Every endpoint's sample, each top-level member misspelled (lower case), dropped when
/// required, and written as a string when an integer: each fix mends its finding, and a
/// misspelling's fix gives back a body as valid as the sample.
#[test]
fn every_sample_member_mends() {
    let mut mended = 0;
    for e in ENDPOINTS.iter() {
        let api = e.api();
        let Ok(Value::Object(sample)) = serde_json::from_str::<Value>(e.sample) else { panic!("{api}: sample") };
        let errors_of = |body: &str| diags(&api, body).into_iter().filter(Diagnostic::is_error).count();
        let baseline = errors_of(e.sample);
        for (key, value) in &sample {
            let pointer = format!("/{}", key.replace('~', "~0").replace('/', "~1"));
            let lower = key.to_lowercase();
            if lower != *key && !sample.contains_key(&lower) {
                let mut body = sample.clone();
                let v = body.remove(key).unwrap_or(Value::Null);
                body.insert(lower.clone(), v);
                let text = Value::Object(body).to_string();
                // (Some lower-case spellings are legacy names the service reads.)
                let at = format!("/{lower}");
                let code = diags(&api, &text).into_iter().find(|d| d.path == at).map_or("unknown_field", |d| d.code);
                let fixed = mends(&api, &text, &at, code);
                assert_eq!(errors_of(&fixed), baseline, "{api}: renaming {lower} back");
                mended += 1;
            }
            if e.request.field(key).is_some_and(|f| f.required) {
                let mut body = sample.clone();
                body.remove(key);
                mends(&api, &Value::Object(body).to_string(), &pointer, "missing_field");
                mended += 1;
            }
            if let Some(n) = value.as_i64() {
                let mut body = sample.clone();
                body.insert(key.clone(), Value::String(n.to_string()));
                let text = Value::Object(body).to_string();
                if diags(&api, &text).iter().any(|d| d.path == pointer && d.code == "wrong_type") {
                    let fixed = mends(&api, &text, &pointer, "wrong_type");
                    assert_eq!(errors_of(&fixed), baseline, "{api}: {key} back to a number");
                    mended += 1;
                }
            }
        }
    }
    assert!(mended > 200, "only {mended} fixes checked");
}
