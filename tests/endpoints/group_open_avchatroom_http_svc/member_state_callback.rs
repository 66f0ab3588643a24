//! `Group.CallbackOnMemberStateChange`: a live-group member entering (Online, Join) and
//! quitting (Offline, Quit) through the client; nothing for other group types or plans
//! without the online member list.

use crate::common::*;
use crate::support::client;
use serde_json::json;
use tcim::sim::callbacks::Fired;
use tcim::sim::{Options, Simulator};

const COMMAND: &str = "Group.CallbackOnMemberStateChange";

fn sim(edition: Option<&str>) -> Simulator {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb" })).unwrap();
    let mut s = sim_with(Options { rate_limit: false, edition: edition.map(str::to_owned), callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["owner", "jared"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    s.take_callbacks();
    s
}

fn state_changes(s: &mut Simulator) -> Vec<Fired> {
    let (list, _) = s.take_callbacks();
    for f in &list {
        let findings = tcim::sim::callbacks::check_body(f.command, &f.body);
        assert!(findings.is_empty(), "{} does not match its statement: {findings:?}\n{}", f.command, f.body);
    }
    list.into_iter().filter(|f| f.command == COMMAND).collect()
}

#[test]
fn entering_and_quitting_a_live_group_fire_it() {
    let mut s = sim(None);
    client(&mut s, json!({ "action": "joinGroup", "groupId": "live", "account": "jared" })).unwrap();
    let f = state_changes(&mut s);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].body, json!({ "CallbackCommand": COMMAND, "GroupId": "live", "EventType": "Online", "EventCause": "Join", "MemberList": [{ "Member_Account": "jared" }] }));
    client(&mut s, json!({ "action": "quitGroup", "groupId": "live", "account": "jared" })).unwrap();
    let f = state_changes(&mut s);
    assert_eq!(f[0].body["EventType"], "Offline");
    assert_eq!(f[0].body["EventCause"], "Quit");
    // Other group types have no live presence.
    client(&mut s, json!({ "action": "joinGroup", "groupId": "pub", "account": "jared" })).unwrap();
    assert!(state_changes(&mut s).is_empty());
}

#[test]
fn plans_without_the_online_member_list_fire_none() {
    let mut s = sim(Some("pro"));
    client(&mut s, json!({ "action": "joinGroup", "groupId": "live", "account": "jared" })).unwrap();
    assert!(state_changes(&mut s).is_empty());
}
