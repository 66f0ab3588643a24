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
