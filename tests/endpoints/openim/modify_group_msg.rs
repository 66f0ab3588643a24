//! `openim/modify_group_msg`: the stored group message changes (body, custom data), nothing
//! else does; live groups and missing messages are refused.

use crate::common::*;
use crate::support::sample;
use crate::support::restored;
use serde_json::json;
use tcim::sim::Options;

const GID: &str = "sample-1HYEP2SHC";
const API: &str = "openim/modify_group_msg";

fn group_with_messages(ty: &str) -> tcim::sim::Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice", "bob"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": "g", "Name": "G" }));
    for (i, text) in ["one", "two"].iter().enumerate() {
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": i, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": text } }] }));
    }
    s
}

fn history(s: &mut tcim::sim::Simulator) -> serde_json::Value {
    ok(s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": "g", "ReqMsgNumber": 20 }))["RspMsgList"].clone()
}

/// The documented sample runs once the group and its message 23 exist.
#[test]
fn the_sample_runs() {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": GID, "Name": "G" }));
    for i in 0..23 {
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": GID, "Random": i, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }));
    }
    ok(&mut s, API, sample(API, GID));
    let list = ok(&mut s, "group_open_http_svc/group_msg_get_simple", json!({ "GroupId": GID, "ReqMsgNumber": 1 }))["RspMsgList"].clone();
    assert_eq!((list[0]["MsgSeq"].as_u64(), list[0]["MsgBody"][0]["MsgContent"]["Text"].as_str()), (Some(23), Some("hello")));
}

/// The body changes in place: same seq, time, sender; the other message and unread counts
/// stay; the change survives snapshot → restore.
#[test]
fn the_stored_message_changes() {
    let mut s = group_with_messages("Public");
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": "g", "MemberList": [{ "Member_Account": "bob" }] }));
    ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "alice", "Random": 9, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "three" } }] }));
    let before = history(&mut s);
    let unread_before = s.inspect()["groups"][0]["members"].clone();
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "edited" } }], "CloudCustomData": "note" }));
    let after = history(&mut s);
    assert_eq!(after[1]["MsgBody"][0]["MsgContent"]["Text"], "edited");
    for k in ["MsgSeq", "MsgTimeStamp", "From_Account", "MsgRandom"] {
        assert_eq!(after[1][k], before[1][k], "{k} stays");
    }
    assert_eq!((&after[0], &after[2]), (&before[0], &before[2]), "the other messages stay");
    assert_eq!(s.inspect()["groups"][0]["members"], unread_before, "read positions and unread counts stay");
    // CloudCustomData alone: the body stays, the data is stored.
    ok(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 2, "CloudCustomData": "again" }));
    assert_eq!(history(&mut s)[1]["MsgBody"][0]["MsgContent"]["Text"], "edited");
    let snap: serde_json::Value = serde_json::from_str(&s.snapshot()).unwrap();
    assert_eq!(snap["world"]["groups"]["g"]["messages"][1]["cloud_custom_data"], "again");
    let mut copy = restored(&s);
    assert_eq!(history(&mut copy)[1]["MsgBody"][0]["MsgContent"]["Text"], "edited");
}

#[test]
fn refusals_change_nothing() {
    let mut s = group_with_messages("Public");
    let body = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    err(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 3, "MsgBody": body }), 10004);
    err(&mut s, API, json!({ "GroupId": "nope", "MsgSeq": 1, "MsgBody": body }), 10010);
    // Neither MsgBody nor CloudCustomData: nothing to change.
    let r = call(&mut s, API, json!({ "GroupId": "g", "MsgSeq": 1 }));
    assert_ne!(r["ErrorCode"], 0, "{r}");
    // Live groups keep no history to change (the page).
    let mut live = sim_with(Options::default());
    import(&mut live, &["alice"]);
    ok(&mut live, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    ok(&mut live, "group_open_http_svc/send_group_msg", json!({ "GroupId": "live", "Random": 1, "MsgBody": body }));
    err(&mut live, API, json!({ "GroupId": "live", "MsgSeq": 1, "MsgBody": body }), 10007);
}
