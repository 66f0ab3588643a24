//! `million_group_open_http_svc/create_topic`: a topic in a Community group created with
//! `SupportTopic: 1`, custom IDs of the documented shape, assigned IDs otherwise.

use crate::common::*;
use crate::support::restored;
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The pages' Community group.
pub const GID: &str = "@TGS#_@TGS#cQVLVHIM62CJ";
pub const TOPIC: &str = "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic";
const API: &str = "million_group_open_http_svc/create_topic";

/// The pages' Community (topics on), its owner and the samples' From_Account.
pub fn community() -> Simulator {
    let mut s = sim_with(Options { now: Some(1_700_000_000), rate_limit: false, ..Options::default() });
    import(&mut s, &["alice", "1400187352"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": GID, "Name": "C", "SupportTopic": 1 }));
    s
}

#[test]
fn the_sample_runs() {
    let mut s = community();
    let endpoint = tcim::find_endpoint(API).unwrap();
    let r = ok(&mut s, API, serde_json::from_str(endpoint.sample).unwrap());
    let id = r["TopicId"].as_str().unwrap();
    assert!(id.starts_with("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#c") && id.len() == GID.len() + "@TOPIC#_@TOPIC#c".len() + 10, "{id}");
    let got = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID, "TopicIdList": [id] }));
    let info = &got["TopicAndSelfInfo"][0]["TopicInfo"];
    assert_eq!(info["TopicName"], "TestTopic");
    assert_eq!(info["Introduction"], "This is introduction");
    assert_eq!(info["CreateTime"], 1_700_000_000);
    assert_eq!(info["GroupID"], GID);
    let mut copy = restored(&s);
    assert_eq!(ok(&mut copy, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID }))["TopicAndSelfInfo"], got["TopicAndSelfInfo"]);
    assert_eq!(s.inspect()["groups"][0]["topics"][id]["name"], "TestTopic");
}

#[test]
fn custom_ids_and_refusals() {
    let mut s = community();
    assert_eq!(ok(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "T" }))["TopicId"], TOPIC);
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": TOPIC, "TopicName": "again" }), 10021);
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": "@TGS#_other@TOPIC#_x", "TopicName": "T" }), 10004);
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": format!("{GID}@TOPIC#_"), "TopicName": "T" }), 10004);
    // The whole custom ID: at most 96 bytes; its custom part printable ASCII without the
    // assigned IDs' marks (the group system page, "Custom Topic IDs").
    let longest = format!("{GID}@TOPIC#_{}", "x".repeat(96 - GID.len() - "@TOPIC#_".len()));
    assert_eq!(ok(&mut s, API, json!({ "GroupId": GID, "TopicId": longest, "TopicName": "T" }))["TopicId"], longest.as_str());
    err(&mut s, API, json!({ "GroupId": GID, "TopicId": format!("{longest}x"), "TopicName": "T" }), 10004);
    ok(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": GID, "TopicIdList": [longest] }));
    for custom in ["a@TGS#_b", "@TOPIC#_@TOPIC#c1", "caf\u{e9}", "tab\there"] {
        err(&mut s, API, json!({ "GroupId": GID, "TopicId": format!("{GID}@TOPIC#_{custom}"), "TopicName": "T" }), 10004);
    }
    // An assigned-looking part is a custom part like any other (the permission pages' IDs).
    let paged = format!("{GID}@TOPIC#_@TOPIC#cRTE3HIM62C5");
    assert_eq!(ok(&mut s, API, json!({ "GroupId": GID, "TopicId": paged, "TopicName": "T" }))["TopicId"], paged.as_str());
    ok(&mut s, "million_group_open_http_svc/destroy_topic", json!({ "GroupId": GID, "TopicIdList": [paged] }));
    err(&mut s, API, json!({ "GroupId": "@TGS#_nope", "TopicName": "T" }), 10010);
    err(&mut s, API, json!({ "GroupId": GID, "TopicName": "T", "From_Account": "ghost" }), 10019);
    // A Community without SupportTopic, and a Public group: no topics.
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Community", "GroupId": "@TGS#_plain", "Name": "P" }));
    err(&mut s, API, json!({ "GroupId": "@TGS#_plain", "TopicName": "T" }), 10007);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "pub", "Name": "P" }));
    err(&mut s, API, json!({ "GroupId": "pub", "TopicName": "T" }), 10007);
    let all = ok(&mut s, "million_group_open_http_svc/get_topic", json!({ "GroupId": GID }));
    assert_eq!(all["TopicAndSelfInfo"].as_array().unwrap().len(), 1, "failed calls changed nothing");
}
