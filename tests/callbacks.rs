//! Third-party callbacks: which actions fire which, with what body; Before-callbacks'
//! verdicts (allow, rewrite, refuse, drop, custom codes, failures) and that a refusal or a
//! pending question changes nothing.
mod common;
use common::{import, ok, state, T0};
use serde_json::{json, Value};
use tcim::sim::callbacks::{Fired, Verdict};
use tcim::sim::{Options, Simulator, Step};

fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}

/// A simulator with the callbacks `commands` switched on (absent: all).
fn sim(commands: Option<Value>) -> Simulator {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb", "commands": commands })).unwrap();
    let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["alice", "bob", "carol"]);
    s.take_callbacks();
    s
}

fn fired(s: &mut Simulator) -> Vec<Fired> {
    let (list, dropped) = s.take_callbacks();
    assert_eq!(dropped, 0);
    for f in &list {
        conforms(f);
    }
    list
}

/// A fired body is the body its callback's statement declares: every field declared, of its
/// declared type, and no other.
fn conforms(f: &Fired) {
    let findings = tcim::sim::callbacks::check_body(f.command, &f.body);
    assert!(findings.is_empty(), "{} does not match its statement: {findings:?}\n{}", f.command, f.body);
}

fn commands(s: &mut Simulator) -> Vec<&'static str> {
    fired(s).into_iter().map(|f| f.command).collect()
}

fn step(s: &mut Simulator, api: &str, body: &Value, verdict: Option<Value>) -> Step {
    let step = s.call_step(api, &body.to_string(), verdict.map(|v| Verdict::from_json(&v.to_string()).unwrap()));
    if let Step::Before(b) = &step {
        conforms(b);
    }
    step
}

fn answer(step: Step) -> Value {
    match step {
        Step::Answer(text) => serde_json::from_str(&text).unwrap(),
        Step::Before(b) => panic!("asked {}", b.command),
    }
}

#[test]
fn a_new_app_fires_nothing() {
    let mut s = Simulator::new(Options { now: Some(T0), ..Options::default() });
    import(&mut s, &["alice", "bob"]);
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("hi") }));
    assert!(s.take_callbacks().0.is_empty());
}

#[test]
fn one_to_one_before_callbacks_decide_and_rewrite() {
    let mut s = sim(None);
    let send = json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 7, "MsgBody": text("hi"), "CloudCustomData": "x" });
    // First step: the Before-callback, with nothing changed.
    let before = state(&s);
    let Step::Before(b) = step(&mut s, "openim/sendmsg", &send, None) else { panic!("no Before-callback") };
    assert_eq!((b.command, b.platform.as_str()), ("C2C.CallbackBeforeSendMsg", "RESTAPI"));
    assert_eq!(b.body, json!({ "CallbackCommand": "C2C.CallbackBeforeSendMsg", "From_Account": "alice", "To_Account": "bob", "MsgSeq": 1, "MsgRandom": 7, "MsgTime": T0, "MsgKey": format!("1_7_{T0}"), "OnlineOnlyFlag": 0, "MsgBody": text("hi"), "CloudCustomData": "x" }));
    assert_eq!(state(&s), before);
    assert!(fired(&mut s).is_empty());
    // Refusals change nothing: 1 → 20006; a custom code passes through with its text;
    // a failed callback with the refuse policy → 80003 (default: delivered).
    let r = answer(step(&mut s, "openim/sendmsg", &send, Some(json!({ "reply": { "ErrorCode": 1, "ErrorInfo": "" } }))));
    assert_eq!(r["ErrorCode"], 20006);
    let r = answer(step(&mut s, "openim/sendmsg", &send, Some(json!({ "reply": { "ErrorCode": 120002, "ErrorInfo": "too fast" } }))));
    assert_eq!((r["ErrorCode"].as_u64(), r["ErrorInfo"].as_str()), (Some(120002), Some("too fast")));
    assert_eq!(state(&s), before);
    assert!(fired(&mut s).is_empty(), "a refused message fires no After-callback");
    // Drop: the sender sees success; nothing is stored, nothing fires.
    let r = answer(step(&mut s, "openim/sendmsg", &send, Some(json!({ "reply": { "ErrorCode": 2 } }))));
    assert_eq!((r["ErrorCode"].as_u64(), r["MsgKey"].as_str()), (Some(0), Some(format!("1_7_{T0}").as_str())));
    assert_eq!(state(&s), before);
    assert!(fired(&mut s).is_empty());
    // Allow with a rewrite: the stored message and the After-callback carry it.
    let r = answer(step(&mut s, "openim/sendmsg", &send, Some(json!({ "reply": { "ErrorCode": 0, "MsgBody": text("hello!"), "CloudCustomData": "y" } }))));
    assert_eq!(r["ErrorCode"], 0);
    let after = fired(&mut s);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].body, json!({ "CallbackCommand": "C2C.CallbackAfterSendMsg", "From_Account": "alice", "To_Account": "bob", "MsgSeq": 1, "MsgRandom": 7, "MsgTime": T0, "MsgKey": format!("1_7_{T0}"), "OnlineOnlyFlag": 0, "MsgBody": text("hello!"), "CloudCustomData": "y", "SendMsgResult": 0, "ErrorInfo": "send msg succeed", "UnreadMsgNum": 1 }));
    let roam = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "bob", "Peer_Account": "alice", "MaxCnt": 10, "MinTime": 0, "MaxTime": T0 }));
    assert_eq!((&roam["MsgList"][0]["MsgBody"], roam["MsgList"][0]["CloudCustomData"].as_str()), (&text("hello!"), Some("y")));
    // A reply that is no verdict, or a failure, follows the policy: deliver (default)...
    let r = answer(step(&mut s, "openim/sendmsg", &json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 8, "MsgBody": text("2") }), Some(json!({ "failed": "timeout after 2000 ms" }))));
    assert_eq!(r["ErrorCode"], 0);
    let r = answer(step(&mut s, "openim/sendmsg", &json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 9, "MsgBody": text("3") }), Some(json!({ "reply": { "ErrorCode": 7 } }))));
    assert_eq!(r["ErrorCode"], 0);
    assert_eq!(commands(&mut s), ["C2C.CallbackAfterSendMsg", "C2C.CallbackAfterSendMsg"]);
}

#[test]
fn a_failed_before_callback_is_refused_with_80003_when_the_app_says_so() {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb", "onFailure": "refuse" })).unwrap();
    let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["alice", "bob"]);
    let before = state(&s);
    let send = json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("hi") });
    let r = answer(step(&mut s, "openim/sendmsg", &send, Some(json!({ "failed": "connection refused" }))));
    assert_eq!(r["ErrorCode"], 80003);
    assert_eq!(state(&s), before);
    // Through call(), nobody answers: the Before-callback is fired and fails.
    let r = s.call("openim/sendmsg", &send.to_string());
    assert_eq!(r["ErrorCode"], 80003);
    assert_eq!(commands(&mut s), ["C2C.CallbackBeforeSendMsg"]);
}

#[test]
fn group_before_callbacks_and_forbid_callback_control() {
    let mut s = sim(None);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G", "MemberList": [{ "Member_Account": "bob" }] }));
    // call() has nobody to ask: the Before-callback is fired and fails, and creating goes on.
    assert_eq!(commands(&mut s), ["Group.CallbackBeforeCreateGroup", "Group.CallbackAfterCreateGroup"]);
    let send = json!({ "GroupId": "g", "From_Account": "bob", "Random": 5, "MsgBody": text("hi") });
    let Step::Before(b) = step(&mut s, "group_open_http_svc/send_group_msg", &send, None) else { panic!() };
    assert_eq!(b.body, json!({ "CallbackCommand": "Group.CallbackBeforeSendMsg", "GroupId": "g", "Type": "Public", "From_Account": "bob", "Operator_Account": "administrator", "Random": 5, "OnlineOnlyFlag": 0, "MsgBody": text("hi"), "CloudCustomData": "", "EventTime": T0 * 1000 }));
    let r = answer(step(&mut s, "group_open_http_svc/send_group_msg", &send, Some(json!({ "reply": { "ErrorCode": 1 } }))));
    assert_eq!(r["ErrorCode"], 10016);
    let r = answer(step(&mut s, "group_open_http_svc/send_group_msg", &send, Some(json!({ "reply": { "ErrorCode": 0, "MsgBody": text("edited") } }))));
    assert_eq!(r["MsgSeq"], 1);
    let after = fired(&mut s);
    assert_eq!((after[0].command, &after[0].body["MsgBody"], &after[0].body["MsgSeq"]), ("Group.CallbackAfterSendMsg", &text("edited"), &json!(1)));
    // ForbidCallbackControl: no Before question, no After-callback.
    let quiet = json!({ "GroupId": "g", "From_Account": "bob", "Random": 6, "MsgBody": text("x"), "ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"] });
    assert_eq!(answer(step(&mut s, "group_open_http_svc/send_group_msg", &quiet, None))["MsgSeq"], 2);
    assert!(fired(&mut s).is_empty());
}

#[test]
fn a_group_message_that_is_not_delivered_fires_the_exception_callback() {
    let mut s = sim(Some(json!(["Group.CallbackSendMsgException", "Group.CallbackBeforeSendMsg"])));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G", "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "openconfigsvr/setnospeaking", json!({ "Set_Account": "bob", "GroupmsgNospeakingTime": 60 }));
    let outsider = json!({ "GroupId": "g", "From_Account": "carol", "Random": 1, "MsgBody": text("hi"), "CloudCustomData": "d" });
    let r = answer(step(&mut s, "group_open_http_svc/send_group_msg", &outsider, None));
    assert_eq!(r["ErrorCode"], 10007);
    let first = fired(&mut s);
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].body, json!({ "CallbackCommand": "Group.CallbackSendMsgException", "GroupId": "g", "Type": "Public", "From_Account": "carol", "Operator_Account": "administrator", "Random": 1, "OnlineOnlyFlag": 0, "MsgBody": text("hi"), "CloudCustomData": "d", "ErrorCode": 10007, "ErrorInfo": r["ErrorInfo"], "EventTime": T0 * 1000 }));
    // A muted sender (refused before the Before-callback, as documented), a missing group.
    let r = answer(step(&mut s, "group_open_http_svc/send_group_msg", &json!({ "GroupId": "g", "From_Account": "bob", "Random": 2, "MsgBody": text("x") }), None));
    assert_eq!(r["ErrorCode"], 10017);
    let r = answer(step(&mut s, "group_open_http_svc/send_group_msg", &json!({ "GroupId": "nope", "Random": 3, "MsgBody": text("x") }), None));
    assert_eq!(r["ErrorCode"], 10010);
    let list = fired(&mut s);
    assert_eq!(list.iter().map(|f| (f.body["ErrorCode"].as_u64(), f.body["Type"].as_str())).collect::<Vec<_>>(), [(Some(10017), Some("Public")), (Some(10010), Some(""))]);
    // The app's own refusal is its answer, not an exception.
    let send = json!({ "GroupId": "g", "From_Account": "alice", "Random": 4, "MsgBody": text("x") });
    assert!(matches!(step(&mut s, "group_open_http_svc/send_group_msg", &send, None), Step::Before(_)));
    assert_eq!(answer(step(&mut s, "group_open_http_svc/send_group_msg", &send, Some(json!({ "reply": { "ErrorCode": 1 } }))))["ErrorCode"], 10016);
    assert_eq!(answer(step(&mut s, "group_open_http_svc/send_group_msg", &send, Some(json!({ "reply": { "ErrorCode": 120001 } }))))["ErrorCode"], 120001);
    assert!(fired(&mut s).is_empty());
}

fn client_step(s: &mut Simulator, action: &Value, verdict: Option<Value>) -> Step {
    s.client_step(&action.to_string(), verdict.map(|v| Verdict::from_json(&v.to_string()).unwrap()))
}

#[test]
fn creating_a_group_asks_the_app_first() {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb", "onFailure": "refuse" })).unwrap();
    let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["alice", "bob", "carol"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "Name": "Old" }));
    s.take_callbacks();
    // No GroupId: the ID is drawn after the question, so asking leaves even the random stream alone.
    let create = json!({ "Owner_Account": "alice", "Type": "Public", "Name": "G", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }] });
    let before = state(&s);
    let Step::Before(b) = step(&mut s, "group_open_http_svc/create_group", &create, None) else { panic!("no Before-callback") };
    assert_eq!((b.command, b.platform.as_str()), ("Group.CallbackBeforeCreateGroup", "RESTAPI"));
    assert_eq!(b.body, json!({ "CallbackCommand": "Group.CallbackBeforeCreateGroup", "Operator_Account": "administrator", "Owner_Account": "alice", "Type": "Public", "Name": "G", "CreateGroupNum": 1, "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }], "EventTime": T0 * 1000 }));
    assert_eq!(state(&s), before);
    // 1 → 10016; the page's own range 10100–10200 passes through with its text; nothing changes.
    let r = answer(step(&mut s, "group_open_http_svc/create_group", &create, Some(json!({ "reply": { "ErrorCode": 1 } }))));
    assert_eq!(r["ErrorCode"], 10016);
    let r = answer(step(&mut s, "group_open_http_svc/create_group", &create, Some(json!({ "reply": { "ErrorCode": 10150, "ErrorInfo": "no more groups" } }))));
    assert_eq!((r["ErrorCode"].as_u64(), r["ErrorInfo"].as_str()), (Some(10150), Some("no more groups")));
    assert_eq!(state(&s), before);
    assert!(fired(&mut s).is_empty());
    // The message range, 2 (no drop here) and failures are no verdict: the group is created
    // even though this app refuses messages when their callback fails (that policy is the
    // console's for messages).
    for (i, verdict) in [json!({ "reply": { "ErrorCode": 120002 } }), json!({ "reply": { "ErrorCode": 2 } }), json!({ "failed": "timeout" })].into_iter().enumerate() {
        let mut c = create.clone();
        c["GroupId"] = json!(format!("g{i}"));
        let r = answer(step(&mut s, "group_open_http_svc/create_group", &c, Some(verdict)));
        assert_eq!(r["GroupId"], format!("g{i}"));
    }
    // Allowed: created, and the After-callback fires.
    let r = answer(step(&mut s, "group_open_http_svc/create_group", &create, Some(json!({ "reply": { "ErrorCode": 0 } }))));
    assert_eq!(r["ErrorCode"], 0);
    assert_eq!(commands(&mut s), ["Group.CallbackAfterCreateGroup"; 4]);
}

#[test]
fn an_invitation_asks_the_app_which_members_may_join() {
    let mut s = sim(Some(json!(["Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin"])));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G" }));
    let add = json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }, { "Member_Account": "alice" }] });
    let before = state(&s);
    let Step::Before(b) = step(&mut s, "group_open_http_svc/add_group_member", &add, None) else { panic!("no Before-callback") };
    assert_eq!(b.body, json!({ "CallbackCommand": "Group.CallbackBeforeInviteJoinGroup", "GroupId": "g", "Type": "Public", "Operator_Account": "administrator", "DestinationMembers": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }, { "Member_Account": "alice" }], "EventTime": T0 * 1000 }));
    assert_eq!(state(&s), before);
    let r = answer(step(&mut s, "group_open_http_svc/add_group_member", &add, Some(json!({ "reply": { "ErrorCode": 1 } }))));
    assert_eq!(r["ErrorCode"], 10016);
    assert_eq!(state(&s), before);
    // RefusedMembers_Account: those stay out (Result 0), the others join.
    let r = answer(step(&mut s, "group_open_http_svc/add_group_member", &add, Some(json!({ "reply": { "ErrorCode": 0, "RefusedMembers_Account": ["carol"] } }))));
    assert_eq!(r["MemberList"], json!([{ "Member_Account": "bob", "Result": 1 }, { "Member_Account": "carol", "Result": 0 }, { "Member_Account": "alice", "Result": 2 }]));
    let after = fired(&mut s);
    assert_eq!((after.len(), &after[0].body["NewMemberList"]), (1, &json!([{ "Member_Account": "bob" }])));
    let members = ok(&mut s, "group_open_http_svc/get_group_member_info", json!({ "GroupId": "g" }));
    assert_eq!(members["MemberNum"], 2);
}

#[test]
fn a_before_reply_is_read_member_by_member() {
    let mut s = sim(Some(json!(["Group.CallbackBeforeInviteJoinGroup"])));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G" }));
    let add = json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }] });
    // A wrong ErrorInfo decides nothing; a list keeps the items it can read.
    let reply = json!({ "reply": { "ErrorCode": 0, "ErrorInfo": 5, "RefusedMembers_Account": ["carol", 7] } });
    let r = answer(step(&mut s, "group_open_http_svc/add_group_member", &add, Some(reply)));
    assert_eq!(r["MemberList"], json!([{ "Member_Account": "bob", "Result": 1 }, { "Member_Account": "carol", "Result": 0 }]));
    // An ErrorCode that is not a 32-bit count is no code at all: the callback failed, the
    // invitation goes on.
    let add = json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "carol" }] });
    let r = answer(step(&mut s, "group_open_http_svc/add_group_member", &add, Some(json!({ "reply": { "ErrorCode": "1" } }))));
    assert_eq!(r["MemberList"], json!([{ "Member_Account": "carol", "Result": 1 }]));
}

#[test]
fn a_client_applying_to_join_asks_the_app() {
    let mut s = sim(Some(json!(["Group.CallbackBeforeApplyJoinGroup", "Group.CallbackAfterNewMemberJoin"])));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G" }));
    let join = json!({ "action": "joinGroup", "groupId": "g", "account": "bob" });
    let before = state(&s);
    let Step::Before(b) = client_step(&mut s, &join, None) else { panic!("no Before-callback") };
    assert_eq!((b.command, b.platform.as_str()), ("Group.CallbackBeforeApplyJoinGroup", "Unknown"));
    assert_eq!(b.body, json!({ "CallbackCommand": "Group.CallbackBeforeApplyJoinGroup", "GroupId": "g", "Type": "Public", "Requestor_Account": "bob", "EventTime": T0 * 1000 }));
    assert_eq!(state(&s), before);
    let Step::Answer(why) = client_step(&mut s, &join, Some(json!({ "reply": { "ErrorCode": 10101, "ErrorInfo": "invite only" } }))) else { panic!() };
    assert!(why.contains("10101") && why.contains("invite only"), "{why}");
    assert_eq!(state(&s), before);
    assert!(fired(&mut s).is_empty());
    let Step::Answer(done) = client_step(&mut s, &join, Some(json!({ "reply": { "ErrorCode": 0 } }))) else { panic!() };
    assert_eq!(done, "null");
    assert_eq!(commands(&mut s), ["Group.CallbackAfterNewMemberJoin"]);
    // client() has nobody to ask: fired, failed, and the join goes on.
    s.client_json(r#"{"action":"joinGroup","groupId":"g","account":"carol"}"#).unwrap();
    assert_eq!(commands(&mut s), ["Group.CallbackBeforeApplyJoinGroup", "Group.CallbackAfterNewMemberJoin"]);
}

#[test]
fn only_the_switched_on_commands_fire() {
    let mut s = sim(Some(json!(["C2C.CallbackAfterSendMsg"])));
    // No Before question: that callback is off.
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("hi") }));
    ok(&mut s, "openim/admin_set_msg_read", json!({ "Report_Account": "bob", "Peer_Account": "alice" }));
    assert_eq!(commands(&mut s), ["C2C.CallbackAfterSendMsg"]);
}

/// Every After-callback, fired by the REST calls and client actions the docs name, and none
/// by those the docs say fire none.
#[test]
fn after_callbacks_follow_their_actions() {
    let all = json!(["C2C.CallbackAfterSendMsg", "C2C.CallbackAfterMsgReport", "C2C.CallbackAfterMsgReadReceipt", "C2C.CallbackAfterMsgWithDraw", "Group.CallbackAfterSendMsg", "Group.CallbackAfterReadReceipt", "Group.CallbackAfterRecallMsg", "Group.CallbackAfterCreateGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackAfterMemberExit", "Group.CallbackAfterGroupDestroyed", "Sns.CallbackFriendAdd", "Sns.CallbackFriendDelete", "State.StateChange"]);
    let mut s = sim(Some(all));
    let one = |s: &mut Simulator, api: &str, body: Value| -> Vec<Fired> {
        ok(s, api, body);
        fired(s)
    };
    let key = ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("hi"), "IsNeedReadReceipt": 1 }))["MsgKey"].as_str().unwrap().to_owned();
    fired(&mut s);
    let f = one(&mut s, "openim/admin_set_msg_read", json!({ "Report_Account": "bob", "Peer_Account": "alice" }));
    assert_eq!(f[0].body, json!({ "CallbackCommand": "C2C.CallbackAfterMsgReport", "Report_Account": "bob", "Peer_Account": "alice", "LastReadTime": T0, "UnreadMsgNum": 0 }));
    let f = one(&mut s, "openim/c2c_msg_read_receipt", json!({ "Operator_Account": "bob", "Peer_Account": "alice", "C2CMsgInfo": [{ "From_Account": "alice", "To_Account": "bob", "MsgKey": key }] }));
    assert_eq!(f[0].body["C2CMsgInfo"], json!([{ "From_Account": "alice", "To_Account": "bob", "MsgKey": key }]));
    let f = one(&mut s, "openim/admin_msgwithdraw", json!({ "From_Account": "alice", "To_Account": "bob", "MsgKey": key }));
    assert_eq!(f[0].body, json!({ "CallbackCommand": "C2C.CallbackAfterMsgWithDraw", "From_Account": "alice", "To_Account": "bob", "MsgKey": key, "UnreadMsgNum": 0, "EventTime": T0 * 1000 }));
    // None from batchsendmsg, importmsg, import_group, import_group_member, import_group_msg, friend_import.
    ok(&mut s, "openim/batchsendmsg", json!({ "From_Account": "alice", "To_Account": ["bob", "carol"], "MsgRandom": 2, "MsgBody": text("all") }));
    ok(&mut s, "openim/importmsg", json!({ "SyncFromOldSystem": 2, "From_Account": "alice", "To_Account": "bob", "MsgRandom": 3, "MsgTimeStamp": T0 - 10, "MsgBody": text("old") }));
    ok(&mut s, "group_open_http_svc/import_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "old", "Name": "Old", "CreateTime": T0 - 100 }));
    ok(&mut s, "group_open_http_svc/import_group_member", json!({ "GroupId": "old", "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "group_open_http_svc/import_group_msg", json!({ "GroupId": "old", "MsgList": [{ "From_Account": "alice", "SendTime": T0 - 50, "Random": 1, "MsgBody": text("old") }] }));
    ok(&mut s, "sns/friend_import", json!({ "From_Account": "alice", "AddFriendItem": [{ "To_Account": "carol", "AddSource": "AddSource_Type_Import" }] }));
    assert!(fired(&mut s).is_empty());
    // Groups.
    let f = one(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G", "MemberList": [{ "Member_Account": "bob" }], "AppDefinedData": [] }));
    assert_eq!(f[0].body, json!({ "CallbackCommand": "Group.CallbackAfterCreateGroup", "GroupId": "g", "Operator_Account": "administrator", "Owner_Account": "alice", "Type": "Public", "Name": "G", "MemberList": [{ "Member_Account": "alice" }, { "Member_Account": "bob" }], "UserDefinedDataList": [], "EventTime": T0 * 1000 }));
    let f = one(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "carol" }, { "Member_Account": "bob" }] }));
    assert_eq!(f[0].body, json!({ "CallbackCommand": "Group.CallbackAfterNewMemberJoin", "GroupId": "g", "Type": "Public", "JoinType": "Invited", "Operator_Account": "administrator", "NewMemberList": [{ "Member_Account": "carol" }], "EventTime": T0 * 1000 }));
    let seq = ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": 1, "MsgBody": text("r"), "NeedReadReceipt": 1 }))["MsgSeq"].as_u64().unwrap();
    assert_eq!(commands(&mut s), ["Group.CallbackAfterSendMsg"]);
    let f = one(&mut s, "group_open_http_svc/group_msg_receipt", json!({ "GroupId": "g", "From_Account": "bob", "MsgSeqList": [{ "MsgSeq": seq }] }));
    assert_eq!(f[0].body["GroupMsgReceiptList"], json!([{ "MsgSeq": seq, "ReadNum": 1, "UnreadNum": 1, "ReadReceiptMembers": [{ "Member_Account": "bob" }] }]));
    let f = one(&mut s, "group_open_http_svc/group_msg_recall", json!({ "GroupId": "g", "MsgSeqList": [{ "MsgSeq": seq }, { "MsgSeq": 99 }] }));
    assert_eq!(f[0].body["MsgSeqList"], json!([{ "MsgSeq": seq }]));
    let f = one(&mut s, "group_open_http_svc/delete_group_member", json!({ "GroupId": "g", "MemberToDel_Account": ["carol"] }));
    assert_eq!((f[0].body["ExitType"].as_str(), &f[0].body["ExitMemberList"]), (Some("Kicked"), &json!([{ "Member_Account": "carol" }])));
    s.client_json(r#"{"action":"joinGroup","groupId":"g","account":"carol"}"#).unwrap();
    s.client_json(r#"{"action":"quitGroup","groupId":"g","account":"carol"}"#).unwrap();
    let f = fired(&mut s);
    assert_eq!((f[0].body["JoinType"].as_str(), f[0].body["Operator_Account"].as_str(), f[0].platform.as_str()), (Some("Apply"), Some("carol"), "Unknown"));
    assert_eq!(f[1].body["ExitType"], "Quit");
    let f = one(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "g" }));
    assert_eq!(f[0].body["MemberList"], json!([{ "Member_Account": "alice" }, { "Member_Account": "bob" }]));
    // Friends: an add each way; a delete; a block that ends a friendship.
    let f = one(&mut s, "sns/friend_add", json!({ "From_Account": "alice", "AddFriendItem": [{ "To_Account": "bob", "AddSource": "AddSource_Type_Web" }], "ForceAddFlags": 1 }));
    assert_eq!(f[0].body, json!({ "CallbackCommand": "Sns.CallbackFriendAdd", "PairList": [{ "From_Account": "alice", "To_Account": "bob", "Initiator_Account": "alice" }, { "From_Account": "bob", "To_Account": "alice", "Initiator_Account": "alice" }], "ClientCmd": "friend_add", "Admin_Account": "administrator", "ForceFlag": 1, "EventTime": T0 * 1000 }));
    let f = one(&mut s, "sns/friend_delete", json!({ "From_Account": "alice", "To_Account": ["bob"], "DeleteType": "Delete_Type_Single" }));
    assert_eq!(f[0].body["PairList"], json!([{ "From_Account": "alice", "To_Account": "bob" }]));
    let f = one(&mut s, "sns/black_list_add", json!({ "From_Account": "bob", "To_Account": ["alice"] }));
    assert_eq!(f[0].body["PairList"], json!([{ "From_Account": "bob", "To_Account": "alice" }]));
    assert!(one(&mut s, "sns/black_list_add", json!({ "From_Account": "carol", "To_Account": ["bob"] })).is_empty(), "no friendship ended");
    // Logins, logouts, kicks.
    s.client_json(r#"{"action":"login","account":"bob","platform":"iPhone"}"#).unwrap();
    let f = one(&mut s, "im_open_login_svc/kick", json!({ "UserID": "bob" }));
    assert_eq!(f[0].body["Info"], json!({ "Action": "Login", "To_Account": "bob", "Reason": "Register" }));
    assert_eq!(f[0].platform, "IOS");
    assert_eq!(f[1].body["Info"], json!({ "Action": "Logout", "To_Account": "bob", "Reason": "Kicked" }));
    s.client_json(r#"{"action":"readC2c","reader":"alice","peer":"bob"}"#).unwrap();
    assert_eq!(commands(&mut s), ["C2C.CallbackAfterMsgReport"]);
}

#[test]
fn the_outbox_is_bounded_and_counts_what_it_drops() {
    let mut s = sim(Some(json!(["C2C.CallbackAfterSendMsg"])));
    for i in 0..10_005u32 {
        ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": i, "MsgBody": text("x") }));
    }
    let (list, dropped) = s.take_callbacks();
    assert_eq!((list.len(), dropped), (10_000, 5));
    assert_eq!(list[0].body["MsgRandom"], 5, "the oldest are dropped");
}

/// The samples stay out of the wasm (the JS gets them generated).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_documented_sample_names_its_command() {
    use tcim::sim::callbacks::{COMMANDS, SAMPLES};
    assert_eq!(SAMPLES.len(), COMMANDS.len());
    for (command, sample) in SAMPLES {
        let v: Value = serde_json::from_str(sample).unwrap();
        assert_eq!(v["CallbackCommand"], *command);
    }
}

/// Each callback is one statement: its sample is a body of its own table, every field of
/// every table it reaches has its meaning in both languages, and the Before-callbacks (and
/// only they) state how the service reads the app's reply.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_statement_is_whole_and_its_sample_is_a_body_it_declares() {
    use tcim::sim::callbacks::{check_body, CALLBACKS, COMMANDS};
    assert_eq!(CALLBACKS.iter().map(|c| c.command).collect::<Vec<_>>(), COMMANDS);
    for c in CALLBACKS {
        let sample: Value = serde_json::from_str(c.sample).unwrap();
        assert_eq!(check_body(c.command, &sample), vec![], "{}'s sample", c.command);
        assert!(!c.title.is_empty() && !c.title_zh.is_empty(), "{}", c.command);
        assert_eq!(c.before.is_some(), c.command.contains("Before"), "{}", c.command);
        let mut tables = vec![c.body];
        while let Some(t) = tables.pop() {
            for f in t.fields {
                assert!(!f.doc.is_empty(), "{}: {}.{} has no meaning", c.command, t.name, f.name);
                assert!(!f.doc_zh.is_empty(), "{}: {}.{} has no Chinese meaning", c.command, t.name, f.name);
                let mut ty = &f.ty;
                while let tcim::vocab::rules::Ty::Array(a) = ty {
                    ty = &a.item;
                }
                if let tcim::vocab::rules::Ty::Object(o) = ty {
                    tables.push(o);
                }
            }
        }
    }
}

#[test]
fn unknown_commands_and_policies_are_refused() {
    let e = Simulator::from_options_json(r#"{"callbacks":{"url":"http://x","commands":["C2C.CallbackAfterSendMsg","Group.Nope"]}}"#, tcim::sim::system_now).err().unwrap();
    assert!(e.contains("\"Group.Nope\" is not a callback tcim fires"), "{e}");
    let e = Simulator::from_options_json(r#"{"callbacks":{"onFailure":"maybe"}}"#, tcim::sim::system_now).err().unwrap();
    assert!(e.contains("deliver"), "{e}");
}

#[cfg(not(target_arch = "wasm32"))]
mod property {
    use super::*;
    use proptest::prelude::*;

    /// A call and, when it asks a Before-callback, the verdict: 0 allow, 1 refuse, 2 drop,
    /// 3 a message's custom code, 4 a failure, 5 a rewrite, 6 a group custom code.
    fn calls() -> impl Strategy<Value = Vec<(u8, u8, u8)>> {
        proptest::collection::vec((0u8..7, 0u8..4, 0u8..7), 1..40)
    }

    /// Whether verdict `v` refuses (or drops) call `kind`: 2 and 120001–130000 are the
    /// messages' own, 10100–10200 the group Before-callbacks'; elsewhere they are no verdict,
    /// a failure, and the call goes on.
    fn refuses(kind: u8, v: u8) -> bool {
        let message = matches!(kind, 0 | 1);
        v == 1 || (message && (v == 2 || v == 3)) || (!message && v == 6)
    }

    fn request(kind: u8, who: u8) -> (&'static str, Value) {
        let users = ["alice", "bob", "carol", "dave"];
        let (a, b) = (users[who as usize % 4], users[(who as usize + 1) % 4]);
        match kind {
            0 => ("openim/sendmsg", json!({ "From_Account": a, "To_Account": b, "MsgRandom": who, "MsgBody": text("x") })),
            1 => ("group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": a, "Random": who, "MsgBody": text("x") })),
            2 => ("openim/admin_set_msg_read", json!({ "Report_Account": a, "Peer_Account": b })),
            3 => ("sns/friend_add", json!({ "From_Account": a, "AddFriendItem": [{ "To_Account": b, "AddSource": "AddSource_Type_P" }], "ForceAddFlags": 1 })),
            4 => ("group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": b }] })),
            5 => ("group_open_http_svc/create_group", json!({ "Owner_Account": a, "Type": "Public", "Name": "N", "MemberList": [{ "Member_Account": b }] })),
            _ => ("im_open_login_svc/kick", json!({ "UserID": a })),
        }
    }

    fn verdict(v: u8) -> Value {
        match v {
            0 => json!({ "reply": { "ErrorCode": 0 } }),
            1 => json!({ "reply": { "ErrorCode": 1 } }),
            2 => json!({ "reply": { "ErrorCode": 2 } }),
            3 => json!({ "reply": { "ErrorCode": 125000, "ErrorInfo": "no" } }),
            4 => json!({ "failed": "timeout" }),
            5 => json!({ "reply": { "ErrorCode": 0, "MsgBody": text("rewritten") } }),
            _ => json!({ "reply": { "ErrorCode": 10150, "ErrorInfo": "no" } }),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Asking changes nothing; a refusal or a drop changes nothing; an allowed call leaves
        /// the state a simulator without callbacks reaches (sent the rewritten body, for a
        /// rewrite); every fired body names its command.
        #[test]
        fn verdicts_never_half_apply(calls in calls()) {
            let mut with = sim(None);
            let mut without = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
            import(&mut without, &["alice", "bob", "carol", "dave"]);
            import(&mut with, &["dave"]);
            for s in [&mut with, &mut without] {
                s.call("group_open_http_svc/create_group", &json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "G", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "carol" }] }).to_string());
            }
            with.take_callbacks();
            for (kind, who, v) in calls {
                let (api, body) = request(kind, who);
                let before = state(&with);
                let answer = match with.call_step(api, &body.to_string(), None) {
                    Step::Answer(text) => serde_json::from_str::<Value>(&text).unwrap(),
                    Step::Before(asked) => {
                        prop_assert_eq!(state(&with), before.clone(), "asking changed the state");
                        prop_assert_eq!(&asked.body["CallbackCommand"], &json!(asked.command));
                        conforms(&asked);
                        let r = answer(with.call_step(api, &body.to_string(), Some(Verdict::from_json(&verdict(v).to_string()).unwrap())));
                        if refuses(kind, v) {
                            prop_assert_eq!(state(&with), before.clone(), "a refusal or a drop changed the state");
                            // Keep the twin in step: it never saw this call.
                            for f in with.take_callbacks().0 {
                                prop_assert_eq!(&f.body["CallbackCommand"], &json!(f.command));
                conforms(&f);
                            }
                            continue;
                        }
                        r
                    }
                };
                // A rewrite is what the twin sends.
                let mut twin_body = body.clone();
                if v == 5 && matches!(kind, 0 | 1) {
                    twin_body["MsgBody"] = text("rewritten");
                }
                let twin = without.call(api, &twin_body.to_string());
                prop_assert_eq!(&answer["ErrorCode"], &twin["ErrorCode"], "{} {}", api, body);
                for f in with.take_callbacks().0 {
                    prop_assert_eq!(&f.body["CallbackCommand"], &json!(f.command));
                conforms(&f);
                }
                let strip = |mut s: Value| { s.as_object_mut().unwrap().remove("options"); s };
                prop_assert_eq!(strip(state(&with)), strip(state(&without)), "callbacks changed the state ({} {})", api, body);
            }
        }
    }
}
