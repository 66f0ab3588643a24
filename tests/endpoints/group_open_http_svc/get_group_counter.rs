//! `group_open_http_svc/get_group_counter`: all the counters, or those of the keys asked.

use crate::common::*;
use crate::support::sample;
use crate::support::restored;
use serde_json::json;
use tcim::sim::{Options, Simulator};

const GID: &str = "sample-aC5SZEAEF";
const API: &str = "group_open_http_svc/get_group_counter";

pub fn group(id: &str, ty: &str, edition: Option<&str>) -> Simulator {
    let mut s = sim_with(Options { edition: edition.map(str::to_owned), rate_limit: false, ..Options::default() });
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": ty, "GroupId": id, "Name": "G" }));
    s
}

/// The documented sample after like = 5, unlike = 1, gift = 2.
#[test]
fn the_sample_runs() {
    let mut s = group(GID, "AVChatRoom", None);
    ok(&mut s, "group_open_http_svc/update_group_counter", json!({ "GroupId": GID, "GroupCounter": [{ "Key": "like", "Value": 5 }, { "Key": "unlike", "Value": 1 }, { "Key": "gift", "Value": 2 }] }));
    let r = ok(&mut s, API, sample(API, GID));
    assert_eq!(r["GroupCounter"], json!([{ "Key": "like", "Value": 5 }, { "Key": "unlike", "Value": 1 }]));
    let r = ok(&mut s, API, json!({ "GroupId": GID }));
    assert_eq!(r["GroupCounter"].as_array().unwrap().len(), 3, "no keys: every counter");
    let mut copy = restored(&s);
    assert_eq!(ok(&mut copy, API, json!({ "GroupId": GID }))["GroupCounter"], r["GroupCounter"]);
    assert_eq!(s.inspect()["groups"][0]["counters"], json!({ "gift": 2, "like": 5, "unlike": 1 }));
}

#[test]
fn refusals() {
    let mut s = group("g", "Public", None);
    err(&mut s, API, json!({ "GroupId": "nope" }), 10010);
    let mut c = group("@TGS#_@TGS#cCOMMUNITY1", "Community", None);
    err(&mut c, API, json!({ "GroupId": "@TGS#_@TGS#cCOMMUNITY1" }), 10007);
    let mut pro = group("g", "Public", Some("pro"));
    err(&mut pro, API, json!({ "GroupId": "g" }), 10059);
    let mut enterprise = group("g", "Public", Some("enterprise"));
    ok(&mut enterprise, API, json!({ "GroupId": "g" }));
}
