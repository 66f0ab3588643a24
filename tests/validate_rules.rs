//! Every validator rule: one passing and one failing case each, with stable codes, paths and
//! positions.

use tcim::validate::Severity;
use tcim::{validate_text, Diagnostic};

fn diags(api: &str, body: &str) -> Vec<Diagnostic> {
    validate_text(api, body, true).diagnostics
}

fn codes(api: &str, body: &str) -> Vec<(String, &'static str)> {
    diags(api, body).into_iter().map(|d| (d.path, d.code)).collect()
}

fn ok(api: &str, body: &str) {
    let v = validate_text(api, body, true);
    assert!(v.ok && v.diagnostics.is_empty(), "{api} {body}: {:#?}", v.diagnostics);
}

fn fails(api: &str, body: &str, path: &str, code: &str) {
    let v = validate_text(api, body, true);
    assert!(!v.ok, "{api} {body} should fail");
    assert!(v.diagnostics.iter().any(|d| d.path == path && d.code == code && d.is_error()), "{api} {body}: expected {path} {code}, got {:#?}", v.diagnostics);
}

fn warns(api: &str, body: &str, path: &str, code: &str) {
    let v = validate_text(api, body, true);
    assert!(v.ok, "{api} {body} should pass with a warning: {:#?}", v.diagnostics);
    assert!(v.diagnostics.iter().any(|d| d.path == path && d.code == code && d.severity == Severity::Warning), "{:#?}", v.diagnostics);
}

const UNREAD: &str = "group_open_http_svc/set_unread_msg_num";
const READ: &str = "openim/admin_set_msg_read";
const RECEIPT: &str = "group_open_http_svc/get_group_msg_receipt";

#[test]
fn seed_samples_are_valid() {
    ok(UNREAD, r#"{"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "UnreadMsgNum":5}"#);
    ok(READ, r#"{"Report_Account":"dramon1","Peer_Account":"dramon2"}"#);
    ok(RECEIPT, r#"{"GroupId":"@TGS#2TTV7VSII","MsgSeqList":[{"MsgSeq":1},{"MsgSeq":2}]}"#);
}

#[test]
fn required_fields_all_reported_at_once() {
    let c = codes(UNREAD, "{}");
    assert_eq!(c, vec![("/GroupId".into(), "missing_field"), ("/Member_Account".into(), "missing_field"), ("/UnreadMsgNum".into(), "missing_field")]);
}

#[test]
fn json_types() {
    fails(UNREAD, r#"{"GroupId": 5, "Member_Account": "bob", "UnreadMsgNum": 5}"#, "/GroupId", "wrong_type");
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": "5"}"#, "/UnreadMsgNum", "wrong_type");
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": 5.5}"#, "/UnreadMsgNum", "wrong_type");
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": 5.0}"#, "/UnreadMsgNum", "wrong_type");
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": null}"#, "/UnreadMsgNum", "wrong_type");
    fails(RECEIPT, r#"{"GroupId": "g1", "MsgSeqList": {"MsgSeq": 1}}"#, "/MsgSeqList", "wrong_type");
    fails(RECEIPT, r#"{"GroupId": "g1", "MsgSeqList": [1]}"#, "/MsgSeqList/0", "wrong_type");
}

#[test]
fn integer_ranges() {
    ok(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": 0}"#);
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": -1}"#, "/UnreadMsgNum", "out_of_range");
    fails(UNREAD, r#"{"GroupId": "g1", "Member_Account": "bob", "UnreadMsgNum": 18446744073709551616}"#, "/UnreadMsgNum", "out_of_range");
    let send = "group_open_http_svc/send_group_msg";
    let body = |r: &str| format!(r#"{{"GroupId":"g1","Random":{r},"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"hi"}}}}]}}"#);
    ok(send, &body("4294967295"));
    ok(send, &body("0"));
    fails(send, &body("4294967296"), "/Random", "out_of_range");
    fails(send, &body("-1"), "/Random", "out_of_range");
    let c2c = "openim/sendmsg";
    ok(c2c, r#"{"To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#);
    fails(c2c, r#"{"To_Account":"b","MsgRandom":99999999999,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#, "/MsgRandom", "out_of_range");
    fails(c2c, r#"{"To_Account":"b","MsgRandom":1,"MsgLifeTime":604801,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{}}]}"#, "/MsgLifeTime", "out_of_range");
    fails("group_open_http_svc/group_msg_get_simple", r#"{"GroupId":"g1","ReqMsgNumber":21}"#, "/ReqMsgNumber", "out_of_range");
    ok("group_open_http_svc/group_msg_get_simple", r#"{"GroupId":"g1","ReqMsgNumber":20}"#);
}

#[test]
fn byte_lengths_count_utf8() {
    let create = "group_open_http_svc/create_group";
    // 10 CJK characters = 30 bytes: at the limit; 11 = 33 bytes: over.
    ok(create, &format!(r#"{{"Type":"Public","Name":"{}"}}"#, "群".repeat(10)));
    fails(create, &format!(r#"{{"Type":"Public","Name":"{}"}}"#, "群".repeat(11)), "/Name", "too_long");
    fails(create, r#"{"Type":"Public","Name":""}"#, "/Name", "empty_string");
    fails(create, &format!(r#"{{"Type":"Public","Name":"n","Introduction":"{}"}}"#, "a".repeat(241)), "/Introduction", "too_long");
    fails(create, &format!(r#"{{"Type":"Public","Name":"n","Notification":"{}"}}"#, "a".repeat(301)), "/Notification", "too_long");
    fails(create, &format!(r#"{{"Type":"Public","Name":"n","FaceUrl":"{}"}}"#, "a".repeat(101)), "/FaceUrl", "too_long");
    // UserID: 1-32 bytes
    ok(UNREAD, &format!(r#"{{"GroupId":"g1","Member_Account":"{}","UnreadMsgNum":1}}"#, "u".repeat(32)));
    fails(UNREAD, &format!(r#"{{"GroupId":"g1","Member_Account":"{}","UnreadMsgNum":1}}"#, "u".repeat(33)), "/Member_Account", "too_long");
    fails(UNREAD, r#"{"GroupId":"g1","Member_Account":"","UnreadMsgNum":1}"#, "/Member_Account", "empty_string");
}

#[test]
fn list_limits() {
    let members = |n: usize| (0..n).map(|i| format!(r#"{{"Member_Account":"u{i}"}}"#)).collect::<Vec<_>>().join(",");
    let create = "group_open_http_svc/create_group";
    ok(create, &format!(r#"{{"Type":"Public","Name":"n","MemberList":[{}]}}"#, members(100)));
    fails(create, &format!(r#"{{"Type":"Public","Name":"n","MemberList":[{}]}}"#, members(101)), "/MemberList", "too_many_items");
    let add = "group_open_http_svc/add_group_member";
    ok(add, &format!(r#"{{"GroupId":"g1","MemberList":[{}]}}"#, members(300)));
    fails(add, &format!(r#"{{"GroupId":"g1","MemberList":[{}]}}"#, members(301)), "/MemberList", "too_many_items");
    fails(add, r#"{"GroupId":"g1","MemberList":[]}"#, "/MemberList", "too_few_items");
    let ids = |n: usize| (0..n).map(|i| format!(r#""u{i}""#)).collect::<Vec<_>>().join(",");
    let del = "group_open_http_svc/delete_group_member";
    ok(del, &format!(r#"{{"GroupId":"g1","MemberToDel_Account":[{}]}}"#, ids(100)));
    fails(del, &format!(r#"{{"GroupId":"g1","MemberToDel_Account":[{}]}}"#, ids(101)), "/MemberToDel_Account", "too_many_items");
    let unread = "openim/get_c2c_unread_msg_num";
    ok(unread, &format!(r#"{{"To_Account":"a","Peer_Account":[{}]}}"#, ids(10)));
    fails(unread, &format!(r#"{{"To_Account":"a","Peer_Account":[{}]}}"#, ids(11)), "/Peer_Account", "too_many_items");
    let multi = "im_open_login_svc/multiaccount_import";
    ok(multi, &format!(r#"{{"Accounts":[{}]}}"#, ids(100)));
    fails(multi, &format!(r#"{{"Accounts":[{}]}}"#, ids(101)), "/Accounts", "too_many_items");
    fails(RECEIPT, r#"{"GroupId":"g1","MsgSeqList":[]}"#, "/MsgSeqList", "too_few_items");
    let mark = "group_open_http_svc/group_msg_receipt";
    let seqs = |n: usize| (1..=n).map(|i| format!(r#"{{"MsgSeq":{i}}}"#)).collect::<Vec<_>>().join(",");
    ok(mark, &format!(r#"{{"GroupId":"g1","From_Account":"a","MsgSeqList":[{}]}}"#, seqs(50)));
    fails(mark, &format!(r#"{{"GroupId":"g1","From_Account":"a","MsgSeqList":[{}]}}"#, seqs(51)), "/MsgSeqList", "too_many_items");
}

#[test]
fn count_above_200_is_clamped_with_a_warning() {
    let detail = "group_open_http_svc/get_group_msg_receipt_detail";
    ok(detail, r#"{"GroupId":"g1","MsgSeq":1,"Filter":0,"Cursor":"","Count":200}"#);
    warns(detail, r#"{"GroupId":"g1","MsgSeq":1,"Filter":0,"Cursor":"","Count":500}"#, "/Count", "clamped");
}

#[test]
fn enums() {
    let detail = "group_open_http_svc/get_group_msg_receipt_detail";
    fails(detail, r#"{"GroupId":"g1","MsgSeq":1,"Filter":2,"Cursor":"","Count":10}"#, "/Filter", "invalid_enum");
    let create = "group_open_http_svc/create_group";
    for t in ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"] {
        ok(create, &format!(r#"{{"Type":"{t}","Name":"n"}}"#));
    }
    fails(create, r#"{"Type":"BChatRoom","Name":"n"}"#, "/Type", "invalid_enum");
    fails(create, r#"{"Type":"private","Name":"n"}"#, "/Type", "invalid_enum");
    warns(create, r#"{"Type":"Work","Name":"n"}"#, "/Type", "group_type_alias");
    warns(create, r#"{"Type":"Meeting","Name":"n"}"#, "/Type", "group_type_alias");
    ok(create, r#"{"Type":"Public","Name":"n","ApplyJoinOption":"FreeAccess"}"#);
    fails(create, r#"{"Type":"Public","Name":"n","ApplyJoinOption":"Anyone"}"#, "/ApplyJoinOption", "invalid_enum");
    let send = "group_open_http_svc/send_group_msg";
    fails(send, r#"{"GroupId":"g1","Random":1,"MsgBody":[{"MsgType":"TIMBogusElem","MsgContent":{}}]}"#, "/MsgBody/0/MsgType", "invalid_enum");
}

#[test]
fn group_id_rules() {
    fails(UNREAD, &format!(r#"{{"GroupId":"{}","Member_Account":"b","UnreadMsgNum":1}}"#, "g".repeat(49)), "/GroupId", "too_long");
    fails(UNREAD, r#"{"GroupId":"grp\u00e9","Member_Account":"b","UnreadMsgNum":1}"#, "/GroupId", "invalid_group_id");
    fails(UNREAD, r#"{"GroupId":"grp\n1","Member_Account":"b","UnreadMsgNum":1}"#, "/GroupId", "invalid_group_id");
    ok(UNREAD, r#"{"GroupId":"@TGS#_@TGS#cMOQ7HIM62CD","Member_Account":"b","UnreadMsgNum":1}"#);
    let create = "group_open_http_svc/create_group";
    ok(create, r#"{"Type":"Public","Name":"n","GroupId":"my-group_1"}"#);
    fails(create, r#"{"Type":"Public","Name":"n","GroupId":"@TGS#mine"}"#, "/GroupId", "invalid_group_id");
    ok(create, r#"{"Type":"Community","Name":"n","GroupId":"@TGS#_mine"}"#);
    fails(create, r#"{"Type":"Community","Name":"n","GroupId":"mine"}"#, "/GroupId", "invalid_group_id");
}

#[test]
fn cross_field_rules() {
    let create = "group_open_http_svc/create_group";
    fails(create, r#"{"Type":"AVChatRoom","Name":"n","MemberList":[{"Member_Account":"a"}]}"#, "/MemberList", "not_supported");
    ok(create, r#"{"Type":"Community","Name":"n","SupportTopic":1}"#);
    fails(create, r#"{"Type":"Public","Name":"n","SupportTopic":1}"#, "/SupportTopic", "not_supported");
    let send = "group_open_http_svc/send_group_msg";
    fails(send, r#"{"GroupId":"g1","Random":1,"OnlineOnlyFlag":1,"SendMsgControl":["NoUnread"],"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{}}]}"#, "/SendMsgControl", "conflicting_fields");
    // Issue 32: what the schemas let through before they stated these rules.
    let modify = "openim/modify_c2c_msg";
    fails(modify, r#"{"From_Account":"a","To_Account":"b","MsgKey":"1_2_3"}"#, "", "missing_field");
    fails(modify, r#"{"From_Account":"a","To_Account":"b","MsgKey":"1_2_3","MsgBody":null}"#, "", "missing_field");
    ok(modify, r#"{"From_Account":"a","To_Account":"b","MsgKey":"1_2_3","CloudCustomData":""}"#);
    let delete = "recentcontact/delete";
    fails(delete, r#"{"From_Account":"a","Type":2}"#, "/ToGroupid", "missing_field");
    fails(delete, r#"{"From_Account":"a","type":1,"ToGroupid":"g"}"#, "/To_Account", "missing_field");
    ok(delete, r#"{"From_Account":"a","Type":2,"ToGroupid":"g"}"#);
    let rename = "recentcontact/update_contact_group";
    fails(rename, r#"{"From_Account":"a","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"x","NewGroupName":null}}"#, "/UpdateGroup/NewGroupName", "missing_field");
    let mark = "recentcontact/mark_contact";
    fails(mark, r#"{"From_Account":"a","MarkItem":[{"OptType":1,"ContactItem":{"Type":1,"ToGroupId":"g"}}]}"#, "/MarkItem/0/ContactItem/To_Account", "missing_field");
    let multi = "im_open_login_svc/multiaccount_import";
    fails(multi, r#"{"Accounts":["a"],"AccountList":[{"UserID":"b"}]}"#, "/AccountList", "conflicting_fields");
    fails(multi, r#"{}"#, "", "missing_field");
    fails("group_open_http_svc/import_group", r#"{"Type":"Public","Name":"n","SupportTopic":1}"#, "/SupportTopic", "not_supported");
    fails(create, r#"{"Type":"Meeting","Name":"n","SupportTopic":1}"#, "/SupportTopic", "not_supported");
    let roam = "openim/admin_getroammsg";
    ok(roam, r#"{"Operator_Account":"a","Peer_Account":"b","MaxCnt":10,"MinTime":1,"MaxTime":2}"#);
    fails(roam, r#"{"Operator_Account":"a","Peer_Account":"b","MaxCnt":10,"MinTime":3,"MaxTime":2}"#, "/MinTime", "conflicting_fields");
}

#[test]
fn known_sdk_mistakes() {
    // decisions.md 6: MsgReadTime is a String; integers drift, MsgReadedTime is an error.
    ok(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":"1700000000"}"#);
    warns(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":1700000000}"#, "/MsgReadTime", "type_drift");
    fails(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":"soon"}"#, "/MsgReadTime", "not_digits");
    fails(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":-5}"#, "/MsgReadTime", "out_of_range");
    fails(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1700000000"}"#, "/MsgReadedTime", "unknown_field");
    let d = diags(READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadedTime":"1"}"#);
    assert!(d[0].message.contains("MsgReadTime"), "hint names the right field: {}", d[0].message);
    // decisions.md 16: legacy Identifier is accepted as UserID, with a warning.
    let import = "im_open_login_svc/account_import";
    ok(import, r#"{"UserID":"bob"}"#);
    warns(import, r#"{"Identifier":"bob"}"#, "/Identifier", "legacy_field");
    fails(import, &format!(r#"{{"Identifier":"{}"}}"#, "x".repeat(33)), "/Identifier", "too_long");
    fails(import, r#"{"Nick":"bob"}"#, "/UserID", "missing_field");
}

#[test]
fn unknown_fields_warn_with_a_hint() {
    warns(UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"Extra":true}"#, "/Extra", "unknown_field");
    let d = diags(UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"groupid":"x"}"#);
    assert!(d[0].message.contains("did you mean \"GroupId\""), "{}", d[0].message);
}

#[test]
fn duplicate_keys_warn() {
    let d = diags(UNREAD, "{\"GroupId\":\"g1\",\"Member_Account\":\"b\",\"UnreadMsgNum\":1,\n\"UnreadMsgNum\":2}");
    let dup = d.iter().find(|d| d.code == "duplicate_key").expect("duplicate_key");
    assert_eq!((dup.line, dup.column), (Some(2), Some(1)), "points at the second occurrence");
}

#[test]
fn body_shape_and_syntax() {
    for (body, code) in [("[]", "not_an_object"), ("null", "not_an_object"), ("5", "not_an_object"), ("\"x\"", "not_an_object"), ("", "invalid_json"), ("{", "invalid_json"), ("{\"a\":1,}", "invalid_json"), ("{} {}", "invalid_json")] {
        let v = validate_text(UNREAD, body, true);
        assert!(!v.ok);
        assert_eq!(v.diagnostics.len(), 1, "{body}");
        assert_eq!(v.diagnostics[0].code, code, "{body}");
    }
    let v = validate_text(UNREAD, "{\n  \"GroupId\": \"g1\",\n  \"x\": tru\n}", true);
    assert_eq!((v.diagnostics[0].line, v.diagnostics[0].code), (Some(3), "invalid_json"));
}

#[test]
fn unknown_api_is_one_diagnostic() {
    let v = validate_text("group_open_http_svc/nope", "{}", true);
    assert_eq!(v.diagnostics.len(), 1);
    assert_eq!(v.diagnostics[0].code, "unknown_api");
}

#[test]
fn positions_for_semantic_errors_in_utf16() {
    let text = "{\n  \"GroupId\": \"群组😀\",\n  \"Member_Account\": \"bob\",\n  \"UnreadMsgNum\": -3\n}";
    let d = diags(UNREAD, text);
    let e = d.iter().find(|d| d.code == "out_of_range").unwrap();
    assert_eq!((e.line, e.column), (Some(4), Some(19)));
    let text = "{\"GroupId\": \"g1\", \"Nick\": \"群组😀\", \"Member_Account\": 7, \"UnreadMsgNum\": 1}";
    let e = diags(UNREAD, text).into_iter().find(|d| d.code == "wrong_type").unwrap();
    // 群 and 组 are one UTF-16 unit each, 😀 is two
    let prefix = &text[..text.find('7').unwrap()];
    assert_eq!(e.column, Some(prefix.encode_utf16().count() as u32 + 1));
    // missing fields point at the object that lacks them
    let d = diags(UNREAD, "\n\n   {}");
    assert!(d.iter().all(|d| (d.line, d.column) == (Some(3), Some(4))));
    // no positions when asked not to
    assert!(validate_text(UNREAD, "{}", false).diagnostics.iter().all(|d| d.line.is_none()));
}

#[test]
fn many_problems_reported_together() {
    let body = r#"{"GroupId": 1, "MsgSeqList": [{"MsgSeq": -1}, {"MsgSeq": "2"}, {}, {"MsgSeq": 3, "Extra": 1}]}"#;
    let c = codes(RECEIPT, body);
    assert_eq!(
        c,
        vec![
            ("/GroupId".into(), "wrong_type"),
            ("/MsgSeqList/0/MsgSeq".into(), "out_of_range"),
            ("/MsgSeqList/1/MsgSeq".into(), "wrong_type"),
            ("/MsgSeqList/2/MsgSeq".into(), "missing_field"),
            ("/MsgSeqList/3/Extra".into(), "unknown_field"),
        ]
    );
}

#[test]
fn pointer_escaping() {
    let d = diags(UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"a/b~c":1}"#);
    assert_eq!(d[0].path, "/a~1b~0c");
    assert_eq!(d[0].column, Some(55));
}

#[test]
fn response_validator_flags_the_seed_typo() {
    let v = tcim::validate_response_text(UNREAD, r#"{"Action1Status": "OK", "ErrorInfo": "", "ErrorCode": 0}"#);
    assert!(!v.ok);
    assert!(v.diagnostics.iter().any(|d| d.path == "/Action1Status" && d.code == "unknown_field"));
    assert!(v.diagnostics.iter().any(|d| d.path == "/ActionStatus" && d.code == "missing_field"));
    let seed = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupMsgReceiptList":[{"Code":0,"MsgSeq":1,"ReadNum":1,"UnreadNum":6},{"Code":0,"MsgSeq":2,"ReadNum":1,"UnreadNum":6}]}"#;
    assert!(tcim::validate_response_text(RECEIPT, seed).diagnostics.is_empty());
}
