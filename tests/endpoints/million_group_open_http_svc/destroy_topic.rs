//! `million_group_open_http_svc/destroy_topic`: each topic answers on its own.

use super::create_topic::{community, GID, TOPIC};
use crate::common::*;
use serde_json::json;

const API: &str = "million_group_open_http_svc/destroy_topic";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "million_group_open_http_svc/create_topic", json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }));
    let r = ok(&mut s, API, serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap());
    assert_eq!(r["DestroyResultItem"], json!([{ "TopicId": TOPIC, "ErrorCode": 0, "ErrorInfo": "" }]));
    let again = ok(&mut s, API, json!({ "GroupId": GID, "TopicIdList": [TOPIC] }));
    assert_eq!(again["DestroyResultItem"][0]["ErrorCode"], 10010);
    assert_eq!(ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID }))["TopicAndSelfInfo"], json!([]));
    err(&mut s, API, json!({ "GroupId": "@TGS#_nope", "TopicIdList": [TOPIC] }), 10010);
    err(&mut s, API, json!({ "GroupId": GID, "TopicIdList": [] }), 10004);
}
