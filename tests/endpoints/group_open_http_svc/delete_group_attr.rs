//! `group_open_http_svc/delete_group_attr`: the listed attributes go, the others stay; a
//! key the group lacks is 10050 and nothing goes.

use crate::common::*;
use crate::support::sample;
use crate::support::restored;
use serde_json::json;
use tcim::sim::{Options, Simulator};

const GID: &str = "sample-aC5SZEAEF";
const API: &str = "group_open_http_svc/delete_group_attr";

fn live(id: &str) -> Simulator {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "AVChatRoom", "GroupId": id, "Name": "L" }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": id, "GroupAttr": [{ "key": "attr_key", "value": "1" }, { "key": "attr_key1", "value": "2" }, { "key": "keep", "value": "3" }] }));
    s
}

fn attrs(s: &mut Simulator, id: &str) -> serde_json::Value {
    ok(s, "group_open_attr_http_svc/get_group_attr", json!({ "GroupId": id }))["GroupAttrAry"].clone()
}

/// The documented sample deletes two of three attributes.
#[test]
fn the_sample_runs() {
    let mut s = live(GID);
    ok(&mut s, API, sample(API, GID));
    assert_eq!(attrs(&mut s, GID), json!([{ "key": "keep", "value": "3" }]));
    let mut copy = restored(&s);
    assert_eq!(attrs(&mut copy, GID), json!([{ "key": "keep", "value": "3" }]));
}

#[test]
fn refusals_change_nothing() {
    let mut s = live("g");
    err(&mut s, API, json!({ "GroupId": "g", "GroupAttr": [{ "key": "attr_key" }, { "key": "missing" }] }), 10050);
    assert_eq!(attrs(&mut s, "g").as_array().unwrap().len(), 3);
    err(&mut s, API, json!({ "GroupId": "nope", "GroupAttr": [{ "key": "attr_key" }] }), 10010);
    err(&mut s, API, json!({ "GroupId": "g", "GroupAttr": [{ "key": "k".repeat(33) }] }), 10045);
    // A delete is an attribute write: five a second per group (10049).
    s.advance(1);
    for k in ["attr_key", "attr_key1", "keep"] {
        ok(&mut s, API, json!({ "GroupId": "g", "GroupAttr": [{ "key": k }] }));
    }
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "g", "GroupAttr": [{ "key": "a", "value": "1" }] }));
    ok(&mut s, "group_open_http_svc/modify_group_attr", json!({ "GroupId": "g", "GroupAttr": [{ "key": "b", "value": "1" }] }));
    err(&mut s, API, json!({ "GroupId": "g", "GroupAttr": [{ "key": "a" }] }), 10049);
}

/// Every group type may call it (the page's table); other types hold no attributes here, so
/// any key is one the group lacks.
#[test]
fn other_group_types_have_no_attributes_to_delete() {
    let mut s = sim_with(Options::default());
    import(&mut s, &["alice"]);
    ok(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "alice", "Type": "Public", "GroupId": "p", "Name": "P" }));
    err(&mut s, API, json!({ "GroupId": "p", "GroupAttr": [{ "key": "a" }] }), 10050);
}
