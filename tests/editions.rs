//! Editions (`edition.rs`): what each plan gates — members per group, groups per app, live
//! groups, Community, read receipts, how long history and conversations are kept — and that
//! without an edition nothing of it applies.
mod common;
use common::{err, import, ok, T0};
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

fn sim(edition: Option<&str>) -> Simulator {
    let mut s = Simulator::new(Options { now: Some(T0), rate_limit: false, edition: edition.map(str::to_owned), ..Options::default() });
    import(&mut s, &["alice", "bob", "carol"]);
    s
}

fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}

fn accounts(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("u{i}")).collect()
}

#[test]
fn an_unknown_edition_is_refused() {
    let e = Simulator::from_options_json(r#"{"edition":"platinum"}"#, tcim::sim::system_now).err().unwrap();
    assert!(e.contains("edition must be one of trial, pro, ultimate, enterprise"), "{e}");
}

#[test]
fn members_per_group_follow_the_plan() {
    for (edition, cap) in [(Some("trial"), 20), (Some("pro"), 200), (Some("ultimate"), 2000), (Some("enterprise"), 6000), (None, 6000)] {
        let mut s = sim(edition);
        let ids = accounts(cap as usize + 1);
        for chunk in ids.chunks(100) {
            ok(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": chunk }));
        }
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "g" }));
        let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["g"] }));
        assert_eq!(info["GroupInfo"][0]["MaxMemberNum"], cap, "{edition:?}");
        // MaxMemberCount above the plan is lowered to it.
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Private", "GroupId": "h", "Name": "h", "MaxMemberCount": 100_000 }));
        let info = ok(&mut s, "group_open_http_svc/get_group_info", json!({ "GroupIdList": ["h"] }));
        assert_eq!(info["GroupInfo"][0]["MaxMemberNum"], cap);
        // Filling the group: the owner and cap - 1 more fit, then it is full.
        let members: Vec<Value> = ids.iter().take(cap as usize - 1).map(|m| json!({ "Member_Account": m })).collect();
        for chunk in members.chunks(300) {
            ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": chunk }));
        }
        err(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": ids.last().unwrap() }] }), 10014);
    }
    // At creation: more initial members than the plan allows → 10038.
    let mut s = sim(Some("trial"));
    let ids = accounts(21);
    ok(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ids }));
    let list: Vec<Value> = ids.iter().map(|m| json!({ "Member_Account": m })).collect();
    err(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "big", "MemberList": list }), 10038);
}

#[test]
fn groups_per_app_live_groups_and_community_follow_the_plan() {
    let mut s = sim(Some("trial"));
    for i in 0..10 {
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "AVChatRoom", "GroupId": format!("live{i}"), "Name": "live" }));
    }
    err(&mut s, "group_open_http_svc/create_group", json!({ "Type": "AVChatRoom", "Name": "live" }), 10036);
    for i in 10..100 {
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "GroupId": format!("g{i}"), "Name": "g" }));
    }
    err(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "one too many" }), 10058);
    err(&mut s, "group_open_http_svc/import_group", json!({ "Type": "Public", "Name": "imported" }), 10058);
    // Dissolved groups do not count.
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "g10" }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "again" }));
    err(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Community", "Name": "c" }), 10059);

    let mut pro = sim(Some("pro"));
    for i in 0..50 {
        ok(&mut pro, "group_open_http_svc/create_group", json!({ "Type": "AVChatRoom", "GroupId": format!("live{i}"), "Name": "live" }));
    }
    err(&mut pro, "group_open_http_svc/create_group", json!({ "Type": "AVChatRoom", "Name": "live" }), 10036);
    err(&mut pro, "group_open_http_svc/create_group", json!({ "Type": "Community", "Name": "c" }), 10059);
    for i in 0..101 {
        ok(&mut pro, "group_open_http_svc/create_group", json!({ "Type": "Public", "GroupId": format!("g{i}"), "Name": "g" }));
    }

    let mut ultimate = sim(Some("ultimate"));
    for i in 0..51 {
        ok(&mut ultimate, "group_open_http_svc/create_group", json!({ "Type": "AVChatRoom", "GroupId": format!("live{i}"), "Name": "live" }));
    }
    ok(&mut ultimate, "group_open_http_svc/create_group", json!({ "Type": "Community", "Name": "c" }));
}

#[test]
fn read_receipts_need_ultimate_or_enterprise() {
    for (edition, allowed) in [(Some("trial"), false), (Some("pro"), false), (Some("ultimate"), true), (Some("enterprise"), true), (None, true)] {
        let mut s = sim(edition);
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "g", "MemberList": [{ "Member_Account": "bob" }] }));
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": 1, "NeedReadReceipt": 1, "MsgBody": text("hi") }));
        let query = json!({ "GroupId": "g", "MsgSeqList": [{ "MsgSeq": 1 }] });
        if allowed {
            ok(&mut s, "group_open_http_svc/get_group_msg_receipt", query);
        } else {
            let r = err(&mut s, "group_open_http_svc/get_group_msg_receipt", query, 10059);
            assert!(r["ErrorInfo"].as_str().unwrap().contains("ultimate or enterprise"), "{r}");
        }
    }
}

#[test]
fn history_is_kept_as_long_as_the_plan_keeps_it() {
    for (edition, days) in [(Some("trial"), 7u64), (Some("pro"), 7), (Some("ultimate"), 30), (Some("enterprise"), 90)] {
        let mut s = sim(edition);
        ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "g", "Name": "g", "MemberList": [{ "Member_Account": "bob" }] }));
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": 1, "MsgBody": text("old") }));
        ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("old") }));
        let roam = |s: &mut Simulator| ok(s, "openim/admin_getroammsg", json!({ "Operator_Account": "alice", "Peer_Account": "bob", "MaxCnt": 10, "MinTime": 0, "MaxTime": 4_000_000_000u64 }))["MsgCnt"].as_u64();
        let history = |s: &mut Simulator| ok(s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g", "ReqMsgNumber": 10 }))["RspMsgList"].as_array().map(Vec::len);
        let contacts = |s: &mut Simulator| ok(s, "recentcontact/get_list", json!({ "From_Account": "alice", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 1 }))["SessionItem"].as_array().map(Vec::len);
        s.advance(days * 86_400);
        assert_eq!((roam(&mut s), history(&mut s), contacts(&mut s)), (Some(1), Some(1), Some(2)), "{edition:?}: kept for {days} days");
        s.advance(1);
        assert_eq!((roam(&mut s), history(&mut s), contacts(&mut s)), (Some(0), Some(0), Some(0)), "{edition:?}: gone after {days} days");
    }
    // Without an edition nothing expires.
    let mut s = sim(None);
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 1, "MsgBody": text("old") }));
    s.advance(365 * 86_400);
    let r = ok(&mut s, "openim/admin_getroammsg", json!({ "Operator_Account": "alice", "Peer_Account": "bob", "MaxCnt": 10, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
    assert_eq!(r["MsgCnt"], 1);
}

#[test]
fn conversations_kept_follow_the_plan() {
    for (edition, kept) in [(Some("trial"), 100usize), (Some("ultimate"), 105), (None, 105)] {
        let mut s = sim(edition);
        let peers = accounts(105);
        ok(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": peers[..100] }));
        ok(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": peers[100..] }));
        for (i, p) in peers.iter().enumerate() {
            ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": p, "MsgRandom": i, "MsgBody": text("hi") }));
            s.advance(1);
        }
        let mut seen = Vec::new();
        let (mut ts, mut start) = (0u64, 0u64);
        loop {
            let r = ok(&mut s, "recentcontact/get_list", json!({ "From_Account": "alice", "TimeStamp": ts, "StartIndex": start, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 0 }));
            seen.extend(r["SessionItem"].as_array().unwrap().iter().map(|i| i["To_Account"].as_str().unwrap().to_owned()));
            if r["CompleteFlag"] == 1 {
                break;
            }
            (ts, start) = (r["TimeStamp"].as_u64().unwrap(), r["StartIndex"].as_u64().unwrap());
        }
        assert_eq!(seen.len(), kept, "{edition:?}");
        // The newest are the ones kept.
        assert_eq!(seen.first().map(String::as_str), Some("u104"));
    }
}
