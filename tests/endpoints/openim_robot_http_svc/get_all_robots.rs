//! `openim_robot_http_svc/get_all_robots`.

use super::{robots, sim};
use crate::common::ok;
use serde_json::json;

/// The sample on a new app lists none.
#[test]
fn the_sample_lists_none_on_a_new_app() {
    let mut s = sim();
    let endpoint = tcim::find_endpoint("openim_robot_http_svc/get_all_robots").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer, json!({ "ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0, "Robot_Account": [] }));
}

/// Valid robots in the order created (not by name); ordinary accounts are never listed.
#[test]
fn lists_valid_robots_in_the_order_created() {
    let mut s = sim();
    for id in ["@RBT#z", "@RBT#a", "@RBT#m"] {
        ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": id }));
    }
    assert_eq!(robots(&mut s), json!(["@RBT#z", "@RBT#a", "@RBT#m"]));
    ok(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#a" }));
    assert_eq!(robots(&mut s), json!(["@RBT#z", "@RBT#m"]));
}
