//! `million_group_open_http_svc/get_topic`: named topics (each with its own code) or all,
//! with the response filter.

use super::create_topic::{community, GID, TOPIC};
use crate::common::*;
use serde_json::json;

const API: &str = "million_group_open_http_svc/get_topic";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    let r = ok(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap());
    assert_eq!(r["TopicAndSelfInfo"][0]["TopicInfo"]["TopicId"], TOPIC);
    assert_eq!(r["TopicAndSelfInfo"][0]["ErrorCode"], 0);
}

#[test]
fn missing_topics_filters_and_refusals() {
    let mut s = community();
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    let r = ok(&mut s, API, json!({ "GroupId": GID, "TopicIdList": [TOPIC, "nope"], "ResponseFilter": ["TopicName"] }));
    assert_eq!(r["TopicAndSelfInfo"][0]["TopicInfo"], json!({ "TopicName": "T" }));
    assert_eq!(r["TopicAndSelfInfo"][1]["ErrorCode"], 10010);
    assert!(r["TopicAndSelfInfo"][1].get("TopicInfo").is_none());
    err(&mut s, API, json!({ "GroupId": "@TGS#_nope" }), 10010);
    err(&mut s, API, json!({ "GroupId": GID, "ResponseFilter": ["Bogus"] }), 10004);
}

/// `From_Account`'s SelfInfo in each topic: its mute end, read position and message option
/// as a member of the Community (topic members are its members); none for a non-member.
#[test]
fn from_account_gets_its_self_info() {
    let mut s = community();
    import(&mut s, &["bob"]);
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "1400187352" }] }));
    ok(&mut s, "group_open_http_svc/forbid_send_msg", json!({ "GroupId": GID, "Members_Account": ["1400187352"], "MuteTime": 600 }));
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    let r = ok(&mut s, API, json!({ "GroupId": GID, "From_Account": "1400187352" }));
    assert_eq!(r["TopicAndSelfInfo"][0]["SelfInfo"], json!({ "ShutUpTime": T0 + 600, "MsgSeq": 0, "MsgFlag": "AcceptAndNotify" }));
    let r = ok(&mut s, API, json!({ "GroupId": GID, "From_Account": "bob" }));
    assert!(r["TopicAndSelfInfo"][0].get("SelfInfo").is_none(), "bob is not a member: {r}");
    let r = ok(&mut s, API, json!({ "GroupId": GID }));
    assert!(r["TopicAndSelfInfo"][0].get("SelfInfo").is_none(), "no From_Account, no SelfInfo");
    err(&mut s, API, json!({ "GroupId": GID, "From_Account": "nobody" }), 10019);
}
