//! The simulator walked through the seed documents and every endpoint's success shape and
//! error codes.

use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

mod common;
use common::{call, err, import, ok, state, T0};

fn sim() -> Simulator {
    common::sim_with(Options::default())
}

fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}

/// Accounts, a Work group of 8 with the given id, `n` messages with receipts from alice.
fn seed_world(s: &mut Simulator, ty: &str, id: &str, n: u32) {
    import(s, &["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]);
    let members: Vec<Value> = ["bob", "carol", "dave", "erin", "frank", "grace", "heidi"].iter().map(|m| json!({ "Member_Account": m })).collect();
    ok(s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": id, "Name": "team", "MemberList": members }));
    for i in 0..n {
        ok(s, "group_open_http_svc/send_group_msg", json!({ "GroupId": id, "From_Account": "alice", "Random": 1000 + i, "NeedReadReceipt": 1, "MsgBody": text("hello") }));
    }
}

fn read_seq(s: &mut Simulator, group: &str, member: &str) -> u64 {
    let r = ok(s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": group }));
    r["MemberList"].as_array().unwrap().iter().find(|m| m["Member_Account"] == member).unwrap()["MsgSeq"].as_u64().unwrap()
}

#[test]
fn seed_004_receipts_of_an_8_member_group() {
    let mut s = sim();
    seed_world(&mut s, "Private", "team1", 2);
    // one member reads messages 1 and 2
    ok(&mut s, "group_open_http_svc/group_msg_receipt", json!({ "GroupId": "team1", "From_Account": "bob", "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 2 }] }));
    let r = ok(&mut s, "v4/group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": "team1", "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 2 }] }));
    assert_eq!(
        r["GroupMsgReceiptList"],
        json!([{ "Code": 0, "MsgSeq": 1, "ReadNum": 1, "UnreadNum": 6 }, { "Code": 0, "MsgSeq": 2, "ReadNum": 1, "UnreadNum": 6 }])
    );
    // reading is cumulative: reading 2 reads 1
    s.client_json(r#"{"action":"readGroup","groupId":"team1","account":"carol","seq":2}"#).unwrap();
    let r = ok(&mut s, "group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": "team1", "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 3 }] }));
    assert_eq!(r["GroupMsgReceiptList"], json!([{ "Code": 0, "MsgSeq": 1, "ReadNum": 2, "UnreadNum": 5 }, { "Code": 10062, "MsgSeq": 3, "ReadNum": 0, "UnreadNum": 0 }]));
    // a member who leaves no longer counts; a member who joins later is not in the audience
    ok(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": "team1", "MemberToDel_Account": ["dave"] }));
    import(&mut s, &["ivan"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "team1", "MemberList": [{ "Member_Account": "ivan" }] }));
    let r = ok(&mut s, "group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": "team1", "MsgSeqList": [{ "MsgSeq": 1 }] }));
    assert_eq!(r["GroupMsgReceiptList"][0], json!({ "Code": 0, "MsgSeq": 1, "ReadNum": 2, "UnreadNum": 4 }));
}

#[test]
fn seed_000_set_unread_moves_the_read_position_with_clamp() {
    let mut s = sim();
    seed_world(&mut s, "Private", "team1", 10);
    assert_eq!(read_seq(&mut s, "team1", "bob"), 0);
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "team1", "Member_Account": "bob", "UnreadMsgNum": 3 }));
    assert_eq!(read_seq(&mut s, "team1", "bob"), 7);
    let list = ok(&mut s, "group_open_http_svc/get_joined_group_list", json!({ "Member_Account": "bob", "ResponseFilter": { "GroupBaseInfoFilter": ["NextMsgSeq"], "SelfInfoFilter": ["MsgSeq"] } }));
    assert_eq!(list["GroupIdList"][0]["NextMsgSeq"], 11);
    assert_eq!(list["GroupIdList"][0]["SelfInfo"]["MsgSeq"], 7);
    // clamp: more than the group has → the group's message count
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "team1", "Member_Account": "bob", "UnreadMsgNum": 500 }));
    assert_eq!(read_seq(&mut s, "team1", "bob"), 0);
    assert_eq!(s.inspect()["groups"][0]["members"][1]["unread"], 10);
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "team1", "Member_Account": "bob", "UnreadMsgNum": 0 }));
    assert_eq!(read_seq(&mut s, "team1", "bob"), 10);
    // and receipts follow the read position
    let r = ok(&mut s, "group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": "team1", "MsgSeqList": [{ "MsgSeq": 10 }] }));
    assert_eq!(r["GroupMsgReceiptList"][0]["ReadNum"], 1);
}

#[test]
fn set_unread_on_chatroom_and_avchatroom_accepts_and_changes_nothing() {
    for ty in ["ChatRoom", "Meeting"] {
        let mut s = sim();
        seed_world(&mut s, ty, "room1", 4);
        let before = state(&s);
        ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "room1", "Member_Account": "bob", "UnreadMsgNum": 2 }));
        assert_eq!(state(&s), before, "{ty}");
        assert_eq!(read_seq(&mut s, "room1", "bob"), 0);
    }
    let mut s = sim();
    import(&mut s, &["alice", "bob"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live1", "Name": "live" }));
    s.client_json(r#"{"action":"joinGroup","groupId":"live1","account":"bob"}"#).unwrap();
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "live1", "From_Account": "alice", "Random": 1, "MsgBody": text("x") }));
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "live1", "Member_Account": "bob", "UnreadMsgNum": 0 }));
    assert_eq!(read_seq(&mut s, "live1", "bob"), 0);
    // Community supports it
    let mut s = sim();
    seed_world(&mut s, "Community", "@TGS#_club", 3);
    ok(&mut s, "group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "@TGS#_club", "Member_Account": "bob", "UnreadMsgNum": 0 }));
    assert_eq!(read_seq(&mut s, "@TGS#_club", "bob"), 3);
}

#[test]
fn set_unread_errors() {
    let mut s = sim();
    seed_world(&mut s, "Public", "pub1", 2);
    let api = "group_open_http_svc/set_unread_msg_num";
    err(&mut s, api, json!({ "GroupId": "pub1", "Member_Account": "bob", "UnreadMsgNum": -1 }), 10004);
    err(&mut s, api, json!({ "GroupId": "pub1", "Member_Account": "bob" }), 10004);
    err(&mut s, api, json!({ "GroupId": "pub1", "Member_Account": "nobody", "UnreadMsgNum": 1 }), 10019);
    import(&mut s, &["outsider"]);
    let r = err(&mut s, api, json!({ "GroupId": "pub1", "Member_Account": "outsider", "UnreadMsgNum": 1 }), 10004);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("not a member"));
    err(&mut s, api, json!({ "GroupId": "nogroup", "Member_Account": "bob", "UnreadMsgNum": 1 }), 10010);
    err(&mut s, api, json!({ "GroupId": "bad\u{7f}id", "Member_Account": "bob", "UnreadMsgNum": 1 }), 10015);
    err(&mut s, api, json!({ "GroupId": "x".repeat(49), "Member_Account": "bob", "UnreadMsgNum": 1 }), 10015);
    let r = s.call(api, "{not json");
    assert_eq!(r["ErrorCode"], 60003);
    let r = s.call("group_open_http_svc/set_unread_msg_numx", "{}");
    assert_eq!(r["ErrorCode"], 10003);
    let r = s.call("nosuch_svc/set_unread_msg_num", "{}");
    assert_eq!(r["ErrorCode"], 60009);
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "pub1" }));
    err(&mut s, api, json!({ "GroupId": "pub1", "Member_Account": "bob", "UnreadMsgNum": 1 }), 10010);
}

#[test]
fn receipts_errors_and_group_types() {
    let mut s = sim();
    import(&mut s, &["alice", "bob"]);
    let api = "group_open_http_svc/get_group_msg_receipt";
    for (ty, id) in [("AVChatRoom", "live"), ("Community", "@TGS#_c1")] {
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": id, "Name": "n" }));
        let r = err(&mut s, api, json!({ "GroupId": id, "MsgSeqList": [{ "MsgSeq": 1 }] }), 10004);
        assert!(r["ErrorInfo"].as_str().unwrap().contains(ty), "{r}");
        err(&mut s, "group_open_http_svc/get_group_msg_receipt_detail", json!({ "GroupId": id, "MsgSeq": 1, "Filter": 0, "Cursor": "", "Count": 10 }), 10004);
    }
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "ChatRoom", "GroupId": "room", "Name": "n", "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "room", "From_Account": "alice", "Random": 5, "MsgBody": text("no receipt") }));
    let r = ok(&mut s, api, json!({ "GroupId": "room", "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 99 }] }));
    assert_eq!(r["GroupMsgReceiptList"][0]["Code"], 10062);
    assert_eq!(r["GroupMsgReceiptList"][1]["Code"], 10062);
    err(&mut s, api, json!({ "GroupId": "gone", "MsgSeqList": [{ "MsgSeq": 1 }] }), 10010);
    err(&mut s, api, json!({ "GroupId": "room", "MsgSeqList": [] }), 10004);
    let mut off = Simulator::new(Options { now: Some(T0), group_read_receipts: false, ..Options::default() });
    err(&mut off, api, json!({ "GroupId": "room", "MsgSeqList": [{ "MsgSeq": 1 }] }), 10059);
}

#[test]
fn receipt_detail_pages_with_cursor() {
    let mut s = sim();
    seed_world(&mut s, "Public", "pub1", 1);
    for m in ["bob", "carol", "dave"] {
        s.client_json(&format!(r#"{{"action":"readGroup","groupId":"pub1","account":"{m}","seq":1}}"#)).unwrap();
    }
    let api = "group_open_http_svc/get_group_msg_receipt_detail";
    let r = ok(&mut s, api, json!({ "GroupId": "pub1", "MsgSeq": 1, "Filter": 0, "Cursor": "", "Count": 2 }));
    assert_eq!(r["ReadList"], json!([{ "Read_Account": "bob" }, { "Read_Account": "carol" }]));
    assert_eq!(r["IsFinished"], 0);
    let cursor = r["Cursor"].as_str().unwrap().to_owned();
    let r = ok(&mut s, api, json!({ "GroupId": "pub1", "MsgSeq": 1, "Filter": 0, "Cursor": cursor, "Count": 2 }));
    assert_eq!(r["ReadList"], json!([{ "Read_Account": "dave" }]));
    assert_eq!((r["IsFinished"].clone(), r["Cursor"].clone()), (json!(1), json!("")));
    let r = ok(&mut s, api, json!({ "GroupId": "pub1", "MsgSeq": 1, "Filter": 1, "Cursor": "", "Count": 500 }));
    let unread: Vec<&str> = r["UnreadList"].as_array().unwrap().iter().map(|x| x["Unread_Account"].as_str().unwrap()).collect();
    assert_eq!(unread, ["erin", "frank", "grace", "heidi"]);
    assert!(r.get("ReadList").is_none());
    err(&mut s, api, json!({ "GroupId": "pub1", "MsgSeq": 9, "Filter": 0, "Cursor": "", "Count": 2 }), 10062);
    err(&mut s, api, json!({ "GroupId": "pub1", "MsgSeq": 1, "Filter": 0, "Cursor": "zz", "Count": 2 }), 10004);
}

#[test]
fn admin_set_msg_read_drives_c2c_unread_and_is_peer_read() {
    let mut s = sim();
    import(&mut s, &["dramon1", "dramon2", "teacher"]);
    for i in 0..3u32 {
        ok(&mut s, "openim/sendmsg", json!({ "From_Account": "dramon2", "To_Account": "dramon1", "MsgRandom": i, "MsgBody": text("hi") }));
        s.advance(10);
    }
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "teacher", "To_Account": "dramon1", "MsgRandom": 9, "MsgBody": text("hw") }));
    let r = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "dramon1" }));
    assert_eq!(r["AllC2CUnreadMsgNum"], 4);
    // inclusive MsgReadTime: the message at T0+10 is read, the one at T0+20 not
    ok(&mut s, "openim/admin_set_msg_read", json!({ "Report_Account": "dramon1", "Peer_Account": "dramon2", "MsgReadTime": (T0 + 10).to_string() }));
    let r = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "dramon1", "Peer_Account": ["dramon2", "teacher", "ghost"] }));
    assert_eq!(r["C2CUnreadMsgNumList"], json!([{ "Peer_Account": "dramon2", "C2CUnreadMsgNum": 1 }, { "Peer_Account": "teacher", "C2CUnreadMsgNum": 1 }]));
    assert_eq!(r["ErrorList"], json!([{ "Peer_Account": "ghost", "ErrorCode": 70107 }]));
    let roam = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "dramon1", "Peer_Account": "dramon2", "MaxCnt": 10, "MinTime": T0, "MaxTime": T0 + 100 }));
    let flags: Vec<u64> = roam["MsgList"].as_array().unwrap().iter().map(|m| m["IsPeerRead"].as_u64().unwrap()).collect();
    assert_eq!(flags, [0, 1, 1], "newest first");
    // integer MsgReadTime is tolerated; default is now (seed 003 sample)
    ok(&mut s, "openim/admin_set_msg_read", json!({ "Report_Account": "dramon1", "Peer_Account": "dramon2" }));
    let r = ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "dramon1", "Peer_Account": ["dramon2"] }));
    assert_eq!(r["C2CUnreadMsgNumList"][0]["C2CUnreadMsgNum"], 0);
    ok(&mut s, "openim/admin_set_msg_read", json!({ "Report_Account": "dramon1", "Peer_Account": "teacher", "MsgReadTime": T0 + 1000 }));
    // errors
    let api = "openim/admin_set_msg_read";
    err(&mut s, api, json!({ "Report_Account": "ghost", "Peer_Account": "dramon2" }), 90008);
    err(&mut s, api, json!({ "Report_Account": "dramon1", "Peer_Account": "ghost" }), 90003);
    err(&mut s, api, json!({ "Peer_Account": "dramon2" }), 90008);
    err(&mut s, api, json!({ "Report_Account": "dramon1" }), 90003);
    assert_eq!(s.call(api, "not json")["ErrorCode"], 90001);
}

#[test]
fn c2c_send_and_withdraw() {
    let mut s = sim();
    import(&mut s, &["a", "b"]);
    let r = ok(&mut s, "openim/sendmsg", json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 77, "MsgBody": text("x") }));
    assert_eq!(r["MsgTime"], T0);
    let key = r["MsgKey"].as_str().unwrap().to_owned();
    assert_eq!(key, format!("1_77_{T0}"));
    err(&mut s, "openim/sendmsg", json!({ "From_Account": "a", "To_Account": "ghost", "MsgRandom": 1, "MsgBody": text("x") }), 90012);
    err(&mut s, "openim/sendmsg", json!({ "From_Account": "ghost", "To_Account": "b", "MsgRandom": 1, "MsgBody": text("x") }), 90008);
    err(&mut s, "openim/sendmsg", json!({ "To_Account": "b", "MsgRandom": -1, "MsgBody": text("x") }), 90005);
    err(&mut s, "openim/sendmsg", json!({ "To_Account": "b", "MsgRandom": 1, "MsgBody": [] }), 90002);
    // admin sends without From_Account
    ok(&mut s, "openim/sendmsg", json!({ "To_Account": "b", "MsgRandom": 2, "MsgBody": text("from admin") }));
    assert_eq!(ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "b" }))["AllC2CUnreadMsgNum"], 2);
    ok(&mut s, "openim/admin_msgwithdraw", json!({ "From_Account": "a", "To_Account": "b", "MsgKey": key }));
    assert_eq!(ok(&mut s, "openim/get_c2c_unread_msg_num", json!({ "To_Account": "b" }))["AllC2CUnreadMsgNum"], 1);
    err(&mut s, "openim/admin_msgwithdraw", json!({ "From_Account": "a", "To_Account": "b", "MsgKey": "1_2_3" }), 90054);
    let roam = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "a", "Peer_Account": "b", "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 }));
    assert_eq!(roam["MsgList"][0]["MsgFlagBits"], 8);
}

#[test]
fn group_lifecycle_and_errors() {
    let mut s = sim();
    import(&mut s, &["alice", "bob", "carol"]);
    let create = "group_open_http_svc/create_group";
    let r = ok(&mut s, create, json!({ "Owner_Account": "alice", "Type": "Public", "Name": "auto" }));
    let id = r["GroupId"].as_str().unwrap().to_owned();
    assert!(id.starts_with("@TGS#") && id.len() == 14 && id[5..].bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()), "{id}");
    let r = ok(&mut s, create, json!({ "Owner_Account": "alice", "Type": "Community", "Name": "club" }));
    assert!(r["GroupId"].as_str().unwrap().starts_with("@TGS#_@TGS#"), "{r}");
    ok(&mut s, create, json!({ "Owner_Account": "alice", "Type": "Work", "GroupId": "w1", "Name": "work" }));
    err(&mut s, create, json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "w1", "Name": "again" }), 10025);
    err(&mut s, create, json!({ "Owner_Account": "bob", "Type": "Public", "GroupId": "w1", "Name": "again" }), 10021);
    err(&mut s, create, json!({ "Owner_Account": "ghost", "Type": "Public", "Name": "n" }), 10019);
    err(&mut s, create, json!({ "Type": "Public", "Name": "n", "MemberList": [{ "Member_Account": "ghost" }] }), 10019);
    err(&mut s, create, json!({ "Type": "Public", "GroupId": "@TGS#mine", "Name": "n" }), 10015);
    err(&mut s, create, json!({ "Type": "Public", "Name": "n", "MaxMemberCount": 1, "Owner_Account": "alice", "MemberList": [{ "Member_Account": "bob" }] }), 10038);
    err(&mut s, create, json!({ "Type": "Nope", "Name": "n" }), 10004);
    // members
    let add = "group_open_http_svc/add_group_member";
    let r = ok(&mut s, add, json!({ "GroupId": "w1", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "alice" }, { "Member_Account": "bob" }] }));
    assert_eq!(r["MemberList"], json!([{ "Member_Account": "bob", "Result": 1 }, { "Member_Account": "alice", "Result": 2 }, { "Member_Account": "bob", "Result": 2 }]));
    err(&mut s, add, json!({ "GroupId": "w1", "MemberList": [{ "Member_Account": "ghost" }] }), 10019);
    ok(&mut s, create, json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "small", "Name": "s", "MaxMemberCount": 2 }));
    ok(&mut s, add, json!({ "GroupId": "small", "MemberList": [{ "Member_Account": "bob" }] }));
    err(&mut s, add, json!({ "GroupId": "small", "MemberList": [{ "Member_Account": "carol" }] }), 10014);
    err(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": "w1", "MemberToDel_Account": ["alice"] }), 10004);
    // Work groups stay hidden from the joined list until they have a message
    let joined = |s: &mut Simulator| ok(s, "group_open_http_svc/get_joined_group_list", json!({ "Member_Account": "bob" }))["TotalCount"].as_u64().unwrap();
    assert_eq!(joined(&mut s), 1);
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "w1", "Random": 1, "MsgBody": text("x") }));
    assert_eq!(joined(&mut s), 2);
    // sending: non-member → 10007, duplicate Random within 300 s → the first message
    err(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "w1", "From_Account": "carol", "Random": 2, "MsgBody": text("x") }), 10007);
    let first = ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "w1", "From_Account": "bob", "Random": 42, "MsgBody": text("x") }));
    s.advance(299);
    let dup = ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "w1", "From_Account": "bob", "Random": 42, "MsgBody": text("again") }));
    assert_eq!((dup["MsgSeq"].clone(), dup["MsgTime"].clone()), (first["MsgSeq"].clone(), first["MsgTime"].clone()));
    s.advance(2);
    let later = ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "w1", "From_Account": "bob", "Random": 42, "MsgBody": text("again") }));
    assert_eq!(later["MsgSeq"], 3);
    // history
    let h = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "w1", "ReqMsgNumber": 2 }));
    let seqs: Vec<u64> = h["RspMsgList"].as_array().unwrap().iter().map(|m| m["MsgSeq"].as_u64().unwrap()).collect();
    assert_eq!((seqs, h["IsFinished"].clone()), (vec![3, 2], json!(0)));
    ok(&mut s, "group_open_http_svc/send_group_system_notification", json!({ "GroupId": "w1", "Content": "maintenance" }));
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "w1" }));
    err(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "w1" }), 10010);
    err(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "w1" }), 10010);
}

#[test]
fn accounts() {
    let mut s = sim();
    ok(&mut s, "im_open_login_svc/account_import", json!({ "UserID": "bob", "Nick": "Bob" }));
    ok(&mut s, "im_open_login_svc/account_import", json!({ "Identifier": "legacy" }));
    let r = ok(&mut s, "im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "bob" }, { "UserID": "legacy" }, { "UserID": "nobody" }, { "UserID": "administrator" }] }));
    let status: Vec<&str> = r["ResultItem"].as_array().unwrap().iter().map(|x| x["AccountStatus"].as_str().unwrap()).collect();
    assert_eq!(status, ["Imported", "Imported", "NotImported", "Imported"]);
    err(&mut s, "im_open_login_svc/account_import", json!({ "UserID": "x".repeat(33) }), 70402);
    assert_eq!(s.call("im_open_login_svc/account_import", "[")["ErrorCode"], 60003);
}

#[test]
fn rate_limit_and_clock() {
    let mut s = sim();
    import(&mut s, &["a"]);
    let api = "im_open_login_svc/account_check";
    for _ in 0..200 {
        ok(&mut s, api, json!({ "CheckItem": [{ "UserID": "a" }] }));
    }
    let r = call(&mut s, api, json!({ "CheckItem": [{ "UserID": "a" }] }));
    assert_eq!(r["ErrorCode"], 60007);
    // other endpoints have their own budget
    ok(&mut s, "im_open_login_svc/account_import", json!({ "UserID": "b" }));
    s.advance(1);
    assert_eq!(s.now(), T0 + 1);
    ok(&mut s, api, json!({ "CheckItem": [{ "UserID": "a" }] }));
    let mut free = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
    for _ in 0..300 {
        assert_eq!(call(&mut free, api, json!({ "CheckItem": [{ "UserID": "a" }] }))["ErrorCode"], 0);
    }
    let real = Simulator::new(Options::default());
    let sys = tcim::sim::system_now();
    assert!(real.now().abs_diff(sys) <= 1);
}

#[test]
fn snapshot_restore_gives_the_same_answers() {
    let mut a = sim();
    seed_world(&mut a, "Public", "pub1", 5);
    a.client_json(r#"{"action":"readGroup","groupId":"pub1","account":"bob","seq":3}"#).unwrap();
    let snap = a.snapshot();
    let mut b = Simulator::restore(&snap, tcim::sim::system_now, None).unwrap();
    assert_eq!(b.snapshot(), snap);
    let body = json!({ "GroupId": "pub1", "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": 4 }] });
    assert_eq!(call(&mut a, "group_open_http_svc/get_group_msg_receipt", body.clone()), call(&mut b, "group_open_http_svc/get_group_msg_receipt", body));
    let c1 = call(&mut a, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "n" }));
    let c2 = call(&mut b, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "n" }));
    assert_eq!(c1, c2, "auto IDs continue identically");
    assert!(Simulator::restore("{}", tcim::sim::system_now, None).is_err());
    assert!(Simulator::restore(&snap.replace("\"version\":2", "\"version\":99"), tcim::sim::system_now, None).is_err());
    assert!(!snap.contains("secret"), "the secret key is never in a snapshot");
}

#[test]
fn deterministic_for_the_same_options_and_calls() {
    let run = || {
        let mut s = sim();
        seed_world(&mut s, "Public", "pub1", 3);
        let ids: Vec<Value> = (0..5).map(|_| call(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Private", "Name": "n" }))["GroupId"].clone()).collect();
        (ids, s.snapshot())
    };
    assert_eq!(run(), run());
}

/// `call_text` (what wasm and JS get) answers the same JSON as `call`, envelope first, for
/// every endpoint: twin simulators take the same calls, one through each.
#[test]
fn text_answers_equal_value_answers() {
    let (mut a, mut b, mut c) = (sim(), sim(), sim());
    let mut calls: Vec<(String, String)> = vec![
        ("im_open_login_svc/multiaccount_import".into(), json!({ "Accounts": ["bob", "dramon1", "dramon2", "peter"] }).to_string()),
        ("group_open_http_svc/create_group".into(), json!({ "Owner_Account": "bob", "Type": "Public", "GroupId": "@TGS#2CLUZEAEJ", "Name": "g", "MemberList": [{ "Member_Account": "peter" }] }).to_string()),
        ("group_open_http_svc/create_group".into(), json!({ "Owner_Account": "bob", "Type": "Public", "GroupId": "@TGS#2TTV7VSII", "Name": "g2" }).to_string()),
        ("group_open_http_svc/send_group_msg".into(), json!({ "GroupId": "@TGS#2TTV7VSII", "From_Account": "bob", "Random": 1, "NeedReadReceipt": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] }).to_string()),
        ("openim/sendmsg".into(), json!({ "From_Account": "dramon2", "To_Account": "dramon1", "MsgRandom": 5, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] }).to_string()),
        ("nope/nope".into(), "{}".into()),
        ("openim/admin_set_msg_read".into(), "not json".into()),
        ("group_open_http_svc/set_unread_msg_num".into(), r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"peter","UnreadMsgNum":1,"UnreadMsgNum":2}"#.into()),
    ];
    for e in tcim::ENDPOINTS {
        calls.push((e.api(), e.sample.to_owned()));
    }
    let mut kinds = std::collections::BTreeSet::new();
    for (api, body) in &calls {
        let expected = a.call(api, body);
        let text = b.call_text(api, body);
        match tcim::catalog::find_index(api) {
            Some(i) => assert_eq!(c.call_text_at(i, body), text, "by index: {api}"),
            None => assert_eq!(c.call_text(api, body), text),
        }
        let got: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(got, expected, "{api} {body}");
        let envelope = if expected["ErrorCode"] == 0 { r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0"# } else { r#"{"ActionStatus":"FAIL","ErrorInfo":""# };
        assert!(text.starts_with(envelope), "envelope first: {text}");
        kinds.insert(expected["ErrorCode"].as_u64().unwrap() == 0);
    }
    assert_eq!(kinds.len(), 2, "both successes and failures compared");
}

/// The envelope-only success answer is written from a constant: it must be what serde writes.
#[test]
fn ok_text_is_the_serialized_ok_envelope() {
    let serialized = serde_json::to_string(&tcim::api::EnvelopeOnly { envelope: tcim::api::Envelope::ok() }).unwrap();
    assert_eq!(tcim::sim::OK_TEXT, serialized);
}

/// `inspect_json` (what the playground receives) is written field by field; it must be the
/// same text `serde_json` writes for the `Value` it parses to (keys sorted, compact), over a
/// state with every kind of entry: accounts, groups of two types, members with roles, read
/// positions, receipts, notifications, a destroyed group, conversations, escapes.
#[test]
fn inspect_text_is_what_serde_json_writes() {
    let mut s = Simulator::new(Options { now: Some(1_700_000_000), rate_limit: false, ..Options::default() });
    let c = |s: &mut Simulator, api: &str, b: &str| { let r = s.call(api, b); assert_eq!(r["ErrorCode"], 0, "{api} {b} {r}"); };
    c(&mut s, "im_open_login_svc/multiaccount_import", r#"{"Accounts":["a","b","c","d\"q","é"]}"#);
    c(&mut s, "im_open_login_svc/account_import", r#"{"UserID":"n","Nick":"Nn"}"#);
    c(&mut s, "group_open_http_svc/create_group", r#"{"Owner_Account":"a","Type":"Public","GroupId":"g1","Name":"n","MemberList":[{"Member_Account":"b"},{"Member_Account":"c","Role":"Admin"}]}"#);
    c(&mut s, "group_open_http_svc/create_group", r#"{"Type":"AVChatRoom","GroupId":"live","Name":"L"}"#);
    c(&mut s, "group_open_http_svc/create_group", r#"{"Type":"Private","GroupId":"gone","Name":"x","Owner_Account":"a"}"#);
    c(&mut s, "group_open_http_svc/destroy_group", r#"{"GroupId":"gone"}"#);
    for i in 0..5 { c(&mut s, "group_open_http_svc/send_group_msg", &format!(r#"{{"GroupId":"g1","From_Account":"a","Random":{i},"NeedReadReceipt":{},"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"x{i}\n\"é"}}}}]}}"#, i % 2)); }
    c(&mut s, "group_open_http_svc/send_group_system_notification", r#"{"GroupId":"g1","Content":"hi","ToMembers_Account":["b"]}"#);
    c(&mut s, "group_open_http_svc/send_group_system_notification", r#"{"GroupId":"g1","Content":"all"}"#);
    s.client_json(r#"{"action":"readGroup","groupId":"g1","account":"b","seq":3}"#).unwrap();
    s.client_json(r#"{"action":"joinGroup","groupId":"live","account":"d\"q"}"#).unwrap();
    c(&mut s, "openim/sendmsg", r#"{"From_Account":"a","To_Account":"b","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"x"}}]}"#);
    c(&mut s, "openim/sendmsg", r#"{"From_Account":"b","To_Account":"a","MsgRandom":2,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"y"}}]}"#);
    s.client_json(r#"{"action":"readC2c","reader":"b","peer":"a"}"#).unwrap();
    let text = s.inspect_json();
    assert_eq!(text, serde_json::to_string(&s.inspect()).unwrap());
    assert_eq!(s.inspect()["groups"][0]["notifications"][0]["to"][0], "b");
    assert_eq!(s.inspect()["c2c"][1]["unread"], 1);
}
