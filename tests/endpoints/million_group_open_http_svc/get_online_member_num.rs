//! `million_group_open_http_svc/get_online_member_num`: a Community's members logged in now;
//! other group types are refused with 10007.

use super::create_topic::{community, GID};
use crate::common::*;
use serde_json::json;

const API: &str = "million_group_open_http_svc/get_online_member_num";

#[test]
fn the_sample_runs() {
    let mut s = community();
    ok(&mut s, "group_open_http_svc/add_group_member", json!({ "GroupId": GID, "MemberList": [{ "Member_Account": "1400187352" }] }));
    let sample: serde_json::Value = serde_json::from_str(tcim::find_endpoint(API).unwrap().sample).unwrap();
    assert_eq!(ok(&mut s, API, sample.clone())["OnlineMemberNum"], 0);
    s.client_json(r#"{"action":"login","account":"alice","platform":"Web"}"#).unwrap();
    s.client_json(r#"{"action":"login","account":"1400187352","platform":"iPhone"}"#).unwrap();
    assert_eq!(ok(&mut s, API, sample.clone())["OnlineMemberNum"], 2);
    s.client_json(r#"{"action":"logout","account":"alice","platform":"Web"}"#).unwrap();
    assert_eq!(ok(&mut s, API, sample)["OnlineMemberNum"], 1);
}

#[test]
fn refusals() {
    let mut s = community();
    err(&mut s, API, json!({ "GroupId": "@TGS#_nope" }), 10010);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": "live", "Name": "L" }));
    err(&mut s, API, json!({ "GroupId": "live" }), 10007);
}
