//! `million_group_open_http_svc/import_topic`: a topic with its past creation time.

use super::create_topic::{community, GID, TOPIC};
use crate::common::*;
use serde_json::json;

const API: &str = "million_group_open_http_svc/import_topic";

#[test]
fn the_sample_runs() {
    let mut s = community();
    let r = ok(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap());
    assert_eq!(r["TopicId"], TOPIC);
    let info = &ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID }))["TopicAndSelfInfo"][0]["TopicInfo"];
    assert_eq!(info["CreateTime"], 1_650_000_000);
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }), 10021);
    err(&mut s, API, json!({ "GroupId": GID, "TopicName": "T", "CreateTime": 1_800_000_000u64 }), 10004);
}

/// The English page's path answers too, with the same handler.
#[test]
fn the_english_pages_path_answers() {
    let mut s = community();
    let r = ok(&mut s, "group_open_http_svc/import_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    assert_eq!(r["TopicId"], TOPIC);
    err(&mut s, "v4/million_group_open_http_svc/import_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }), 10021);
}
