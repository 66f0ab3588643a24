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
    list
}

fn commands(s: &mut Simulator) -> Vec<&'static str> {
    fired(s).into_iter().map(|f| f.command).collect()
}

fn step(s: &mut Simulator, api: &str, body: &Value, verdict: Option<Value>) -> Step {
    s.call_step(api, &body.to_string(), verdict.map(|v| Verdict::from_json(&v.to_string()).unwrap()))
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
    assert_eq!(commands(&mut s), ["Group.CallbackAfterCreateGroup"]);
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

#[test]
fn every_documented_sample_names_its_command_and_unknown_commands_are_refused() {
    for (command, sample) in tcim::sim::callbacks::COMMANDS {
        let v: Value = serde_json::from_str(sample).unwrap();
        assert_eq!(v["CallbackCommand"], *command);
    }
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
    /// 3 a custom code, 4 a failure, 5 a rewrite.
    fn calls() -> impl Strategy<Value = Vec<(u8, u8, u8)>> {
        proptest::collection::vec((0u8..6, 0u8..3, 0u8..6), 1..40)
    }

    fn request(kind: u8, who: u8) -> (&'static str, Value) {
        let users = ["alice", "bob", "carol"];
        let (a, b) = (users[who as usize % 3], users[(who as usize + 1) % 3]);
        match kind {
            0 => ("openim/sendmsg", json!({ "From_Account": a, "To_Account": b, "MsgRandom": who, "MsgBody": text("x") })),
            1 => ("group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": a, "Random": who, "MsgBody": text("x") })),
            2 => ("openim/admin_set_msg_read", json!({ "Report_Account": a, "Peer_Account": b })),
            3 => ("sns/friend_add", json!({ "From_Account": a, "AddFriendItem": [{ "To_Account": b, "AddSource": "AddSource_Type_P" }], "ForceAddFlags": 1 })),
            4 => ("group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": b }] })),
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
            _ => json!({ "reply": { "ErrorCode": 0, "MsgBody": text("rewritten") } }),
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
            import(&mut without, &["alice", "bob", "carol"]);
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
                        let r = answer(with.call_step(api, &body.to_string(), Some(Verdict::from_json(&verdict(v).to_string()).unwrap())));
                        if (1..=3).contains(&v) {
                            prop_assert_eq!(state(&with), before.clone(), "a refusal or a drop changed the state");
                            // Keep the twin in step: it never saw this call.
                            for f in with.take_callbacks().0 {
                                prop_assert_eq!(&f.body["CallbackCommand"], &json!(f.command));
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
                }
                let strip = |mut s: Value| { s.as_object_mut().unwrap().remove("options"); s };
                prop_assert_eq!(strip(state(&with)), strip(state(&without)), "callbacks changed the state ({} {})", api, body);
            }
        }
    }
}
