//! Hostile and broken input: each gets its documented code, the state is byte-identical
//! afterwards, and the simulator keeps working.

use serde_json::json;
use tcim::sim::{Options, Simulator};
use tcim::validate_text;

const UNREAD: &str = "group_open_http_svc/set_unread_msg_num";
const READ: &str = "openim/admin_set_msg_read";

fn sim() -> Simulator {
    // No rate limit, so the snapshot is exactly the world.
    let mut s = Simulator::new(Options { now: Some(1_700_000_000), rate_limit: false, ..Options::default() });
    s.call("im_open_login_svc/multiaccount_import", r#"{"Accounts":["a","b"]}"#);
    s.call("group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Public","GroupId":"g1","Name":"n","MemberList":[{"Member_Account":"b"}]}"#);
    s.call("group_open_http_svc/send_group_msg", r#"{"GroupId":"g1","From_Account":"a","Random":1,"NeedReadReceipt":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    s
}

fn deep(levels: usize) -> String {
    format!(r#"{{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"X":{}{}}}"#, "[".repeat(levels), "]".repeat(levels))
}

#[test]
fn every_bad_body_gets_its_code_and_changes_nothing() {
    let big_string = "x".repeat(10 * 1024 * 1024);
    let cases: Vec<(&str, String, u64, &str)> = vec![
        (UNREAD, "not json".into(), 60003, "invalid_json"),
        (UNREAD, "".into(), 60003, "invalid_json"),
        (UNREAD, "   ".into(), 60003, "invalid_json"),
        (UNREAD, "null".into(), 10004, "not_an_object"),
        (UNREAD, "[]".into(), 10004, "not_an_object"),
        (UNREAD, "[1,2]".into(), 10004, "not_an_object"),
        (UNREAD, "\"text\"".into(), 10004, "not_an_object"),
        (UNREAD, r#"{"GroupId":true,"Member_Account":[],"UnreadMsgNum":{}}"#.into(), 10004, "wrong_type"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":18446744073709551616}"#.into(), 10004, "out_of_range"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":18446744073709551615}"#.into(), 10004, "out_of_range"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1e400}"#.into(), 10004, "out_of_range"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":-1}"#.into(), 10004, "out_of_range"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":5.5}"#.into(), 10004, "wrong_type"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":"5"}"#.into(), 10004, "wrong_type"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"UnreadMsgNum":-1}"#.into(), 10004, "out_of_range"),
        (UNREAD, deep(100_000), 60003, "invalid_json"),
        (UNREAD, deep(200), 60003, "invalid_json"),
        (UNREAD, format!(r#"{{"GroupId":"{big_string}","Member_Account":"b","UnreadMsgNum":1}}"#), 10015, "too_long"),
        (UNREAD, format!(r#"{{"GroupId":"g1","Member_Account":"{}","UnreadMsgNum":1}}"#, "m".repeat(1 << 20)), 10004, "too_long"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"\ud800","UnreadMsgNum":1}"#.into(), 60003, "invalid_json"),
        (UNREAD, "{\"GroupId\":\"g1\",\"Member_Account\":\"a\u{0}b\",\"UnreadMsgNum\":1}".into(), 60003, "invalid_json"),
        (UNREAD, r#"{"GroupId":"g1","Member_Account":"a\u0000b","UnreadMsgNum":1}"#.into(), 10019, ""),
        (UNREAD, r#"{"GroupId":"g\u0000","Member_Account":"b","UnreadMsgNum":1}"#.into(), 10015, "invalid_group_id"),
        (READ, "{".into(), 90001, "invalid_json"),
        (READ, "null".into(), 70402, "not_an_object"),
        (READ, r#"{"Report_Account":5,"Peer_Account":"b"}"#.into(), 90008, "wrong_type"),
        (READ, r#"{"Report_Account":"a","Peer_Account":"b","MsgReadTime":"12a"}"#.into(), 70402, "not_digits"),
        ("group_open_http_svc/no_such", "{}".into(), 10003, "unknown_api"),
        ("no_such_svc/cmd", "{}".into(), 60009, "unknown_api"),
        ("", "{}".into(), 60009, "unknown_api"),
        ("v4", "{}".into(), 60009, "unknown_api"),
        ("/v4/openim/sendmsg/extra", "{}".into(), 60009, "unknown_api"),
        ("../../etc/passwd", "{}".into(), 60009, "unknown_api"),
    ];
    let mut s = sim();
    for (api, body, code, diag) in cases {
        let before = s.snapshot();
        let answer = s.call(api, &body);
        let shown = body.chars().take(80).collect::<String>();
        assert_eq!(answer["ErrorCode"], code, "{api} {shown}: {answer}");
        assert_eq!(answer["ActionStatus"], "FAIL");
        assert!(answer["ErrorInfo"].as_str().is_some_and(|i| !i.is_empty() && i.len() < 2000), "a short, helpful ErrorInfo");
        assert_eq!(s.snapshot(), before, "{api} {shown} changed the state");
        if !diag.is_empty() {
            let v = validate_text(api, &body, true);
            assert!(v.diagnostics.iter().any(|d| d.code == diag), "{api} {shown}: {:?}", v.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>());
        }
        // and it keeps working
        let ok = s.call("group_open_http_svc/get_group_msg_receipt", r#"{"GroupId":"g1","MsgSeqList":[{"MsgSeq":1}]}"#);
        assert_eq!(ok["GroupMsgReceiptList"][0]["UnreadNum"], 1);
    }
}

#[test]
fn proto_and_constructor_keys_are_just_unknown_fields() {
    let body = r#"{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":0,"__proto__":{"polluted":1},"constructor":{"prototype":{}}}"#;
    let v = validate_text(UNREAD, body, true);
    assert!(v.ok);
    assert_eq!(v.diagnostics.iter().filter(|d| d.code == "unknown_field").count(), 2);
    let mut s = sim();
    assert_eq!(s.call(UNREAD, body)["ErrorCode"], 0);
}

#[test]
fn odd_urls_through_handle() {
    let mut s = sim();
    let before = s.snapshot();
    for (url, code) in [
        ("", 60012),
        ("http://", 60012),
        ("/v4", 60012),
        ("?", 60012),
        ("http://x/v4/a/b?sdkappid=%zz", 60006),
        ("http://x/v4/a/b?sdkappid=1400000000&&&&", 60004),
        ("http://x/v4/a/b?sdkappid=1400000000&identifier=administrator&usersig=x&random=1", 60009),
        ("http://x/v4/openim/sendmsg?sdkappid=99999999999999999999999", 60006),
        ("http://x:99999/v4/openim/sendmsg?sdkappid=1400000000&identifier=%FF%FE&usersig=x&random=1", 60010),
        ("http://x/v4/openim/sendmsg?sdkappid=1400000000&identifier=administrator&usersig=x&random=1#?sdkappid=2", 90001),
        ("\u{0}\n\r", 60012),
    ] {
        let a = s.handle("POST", url, "");
        assert_eq!((a.status, a.json()["ErrorCode"].as_u64()), (200, Some(code)), "{url:?}: {}", a.body);
    }
    assert_eq!(s.snapshot(), before);
    let a = s.handle("POST", "/v4/group_open_http_svc/get_group_msg_receipt?sdkappid=1400000000&identifier=administrator&usersig=x&random=1", &json!({ "GroupId": "g1", "MsgSeqList": [{ "MsgSeq": 1 }] }).to_string());
    assert_eq!(a.json()["ErrorCode"], 0);
}

/// Options and client actions are read by serde (snapshots by `read`): each refusal says
/// what is wrong, and nothing changes.
#[test]
fn options_actions_and_snapshots_say_what_is_wrong() {
    let opts = |text: &str| Simulator::from_options_json(text, tcim::sim::system_now).map(|s| s.options.clone());
    let e = opts(r#"{"sdkAppid":1}"#).unwrap_err();
    assert!(e.contains("unknown field `sdkAppid`") && e.contains("`sdkAppId`, `admin`"), "{e}");
    let e = opts(r#"{"now":"soon"}"#).unwrap_err();
    assert!(e.contains("invalid type: string \"soon\""), "{e}");
    assert!(opts(r#"{"sdkAppId":-1}"#).is_err());
    assert!(opts(r#"{"sdkAppId":1} {}"#).unwrap_err().contains("trailing characters"));
    let o = opts(r#"{ "sdkAppId": 5, "now": null, "rateLimit": false }"#).unwrap();
    assert_eq!((o.sdk_app_id, o.now, o.rate_limit, o.admin.as_str(), o.group_read_receipts), (5, None, false, "administrator", true));

    let mut s = sim();
    let before = s.snapshot();
    for (action, says) in [
        (r#"{"groupId":"g"}"#, "missing \"action\""),
        (r#"{"action":"fly"}"#, "unknown action \"fly\": expected one of readGroup, readC2c"),
        (r#"{"action":"readGroup","groupId":"g","account":"a","seq":1,"peer":"b"}"#, "readGroup takes no \"peer\" (it takes groupId, account, seq, topicId)"),
        (r#"{"action":"readGroup","groupId":"g","account":"a"}"#, "readGroup needs \"seq\""),
        (r#"{"action":"joinGroup","account":"a"}"#, "joinGroup needs \"groupId\""),
        (r#"{"action":"readGroup","groupId":"g","account":"a","seq":-1}"#, "\"seq\" does not have the expected type"),
        (r#"{"action":"readGroup","group":"g"}"#, "unknown field \"group\""),
        (r#"{"action":"pinConversation","account":"a","conversationId":"c2c_b","pinned":"yes"}"#, "\"pinned\" does not have the expected type"),
        ("[]", "it is a JSON object like"),
    ] {
        let e = s.client_json(action).unwrap_err();
        assert!(e.starts_with("invalid client action: ") && e.contains(says), "{action}: {e}");
    }
    let e = s.client_json(r#"{"action":"pinConversation","account":"a","conversationId":"b"}"#).unwrap_err();
    assert!(e.contains("neither c2c_<UserID> nor group_<GroupID>"), "{e}");
    assert_eq!(s.snapshot(), before);

    let restore = |text: &str| Simulator::restore(text, tcim::sim::system_now, None).map(|_| ()).unwrap_err();
    assert!(restore("{}").contains("missing \"format\""));
    let e = restore(&before.replacen("\"ty\":\"", "\"ty\":\"X", 1));
    assert!(e.contains("\"ty\" does not have the expected type"), "{e}");
    assert!(restore(&before[..before.len() - 1]).starts_with("not a tcim simulator snapshot"));
}
