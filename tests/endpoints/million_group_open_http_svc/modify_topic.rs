//! `million_group_open_http_svc/modify_topic`: the fields given change, the rest stay.

use super::create_topic::{community, GID, TOPIC};
use crate::common::*;
use serde_json::json;

const API: &str = "million_group_open_http_svc/modify_topic";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T", "Introduction": "intro" }));
    ok(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap());
    ok(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "MuteAllMember": "On" }));
    let info = &ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID }))["TopicAndSelfInfo"][0]["TopicInfo"];
    assert_eq!(info["TopicName"], "NewName");
    assert_eq!(info["Notification"], "This is notification");
    assert_eq!(info["Introduction"], "intro", "not given: unchanged");
    assert_eq!(info["ShutUpAllFlag"], 1);
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "x" }), 10010);
    err(&mut s, API, json!({ "GroupId": "@TGS#_nope", "TopicId": TOPIC }), 10010);
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "MuteAllMember": "Maybe" }), 10004);
}
