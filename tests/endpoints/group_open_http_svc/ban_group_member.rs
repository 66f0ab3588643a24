//! `group_open_http_svc/ban_group_member`: a banned account leaves the live group and can
//! neither speak in it nor join it again until its ban ends on the simulator's clock.

use crate::common::*;
use crate::support::sample;
use crate::support::{client, restored};
use serde_json::json;
use tcim::sim::{Options, Simulator};

const GID: &str = "sample-aJRGC4MH6";
const API: &str = "group_open_http_svc/ban_group_member";

pub fn live(id: &str, edition: Option<&str>) -> Simulator {
    let mut s = sim_with(Options { edition: edition.map(str::to_owned), rate_limit: false, ..Options::default() });
    import(&mut s, &["owner", "brennanli3", "brennanli12", "carol"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "AVChatRoom", "GroupId": id, "Name": "L" }));
    for a in ["brennanli3", "brennanli12", "carol"] {
        client(&mut s, json!({ "action": "joinGroup", "groupId": id, "account": a })).unwrap();
    }
    s
}

fn members(s: &Simulator) -> Vec<String> {
    let v = s.inspect();
    v["groups"][0]["members"].as_array().unwrap().iter().map(|m| m["account"].as_str().unwrap().to_owned()).collect()
}

fn send(s: &mut Simulator, id: &str, from: &str, random: u32) -> serde_json::Value {
    call(s, "group_open_http_svc/send_group_msg", json!({ "GroupId": id, "From_Account": from, "Random": random, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }))
}

/// The documented sample bans two members for an hour.
#[test]
fn the_sample_runs() {
    let mut s = live(GID, None);
    ok(&mut s, API, sample(API, GID));
    assert_eq!(members(&s), ["owner", "carol"]);
    let bans = s.inspect()["groups"][0]["bans"].clone();
    assert_eq!(bans[0]["until"], T0 + 3600);
    assert_eq!(bans[0]["description"], "you are banned because of irregularities");
}

#[test]
fn banned_accounts_cannot_speak_or_rejoin_until_the_ban_ends() {
    let mut s = live("g", None);
    ok(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 60 }));
    assert_eq!(members(&s), ["owner", "brennanli3", "brennanli12"]);
    let r = send(&mut s, "g", "carol", 1);
    assert_eq!(r["ErrorCode"], 10007, "{r}");
    assert!(r["ErrorInfo"].as_str().unwrap().contains("banned"), "{r}");
    let e = client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "carol" })).unwrap_err();
    assert!(e.contains("banned"), "{e}");
    // Banning someone not in the group keeps them out too.
    ok(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["brennanli3"], "Duration": 10 }));
    // The ban survives snapshot → restore.
    let mut copy = restored(&s);
    assert!(client(&mut copy, json!({ "action": "joinGroup", "groupId": "g", "account": "carol" })).is_err());
    // Time ends the ban.
    s.advance(60);
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "carol" })).unwrap();
    assert_eq!(send(&mut s, "g", "carol", 2)["ErrorCode"], 0);
}

#[test]
fn destroying_the_group_drops_its_bans() {
    let mut s = live("g", None);
    ok(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 600 }));
    ok(&mut s, "group_open_http_svc/destroy_group", json!({ "GroupId": "g" }));
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "AVChatRoom", "GroupId": "g", "Name": "again" }));
    client(&mut s, json!({ "action": "joinGroup", "groupId": "g", "account": "carol" })).unwrap();
}

#[test]
fn refusals_change_nothing() {
    let mut s = live("g", None);
    err(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["owner"], "Duration": 60 }), 10004);
    err(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["carol", "ghost"], "Duration": 60 }), 10019);
    err(&mut s, API, json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 0 }), 10004);
    err(&mut s, API, json!({ "GroupId": "nope", "Members_Account": ["carol"], "Duration": 60 }), 10010);
    let many: Vec<String> = (0..21).map(|i| format!("u{i}")).collect();
    err(&mut s, API, json!({ "GroupId": "g", "Members_Account": many, "Duration": 60 }), 10004);
    // Live groups only (1047/50296's table).
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "owner", "Type": "Public", "GroupId": "p", "Name": "P", "MemberList": [{ "Member_Account": "carol" }] }));
    err(&mut s, API, json!({ "GroupId": "p", "Members_Account": ["carol"], "Duration": 60 }), 10007);
    // The plan gate: bans come with the ultimate and enterprise editions.
    let mut pro = live("g", Some("pro"));
    err(&mut pro, API, json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 60 }), 10059);
    let mut ultimate = live("g", Some("ultimate"));
    ok(&mut ultimate, API, json!({ "GroupId": "g", "Members_Account": ["carol"], "Duration": 60 }));
}
