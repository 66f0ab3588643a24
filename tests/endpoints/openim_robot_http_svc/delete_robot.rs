//! `openim_robot_http_svc/delete_robot`.

use super::{robots, sim};
use crate::common::{err, ok};
use serde_json::json;

/// The sample makes the robot invalid: no longer listed, its account and UserID stay.
#[test]
fn the_sample_invalidates_the_robot() {
    let mut s = sim();
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#001" }));
    let endpoint = tcim::find_endpoint("openim_robot_http_svc/delete_robot").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(robots(&mut s), json!([]));
    let check = ok(&mut s, "im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "@RBT#001" }] }));
    assert_eq!(check["ResultItem"][0]["AccountStatus"], "Imported");
    let inspected = s.inspect();
    let robot = inspected["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "@RBT#001").unwrap();
    assert_eq!(robot["robot"], "deleted");
    // A deleted robot cannot stream.
    err(&mut s, "openim_robot_http_svc/send_stream_msg", json!({ "From_Account": "@RBT#001", "To_Account": "alice", "Chunk": "x" }), 10004);
    // Created again, it is valid again.
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#001" }));
    assert_eq!(robots(&mut s), json!(["@RBT#001"]));
}

/// An account that is not a robot, or a robot already deleted: 10004, nothing changes.
#[test]
fn refusals() {
    let mut s = sim();
    err(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "alice" }), 10004);
    err(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#none" }), 10004);
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#a" }));
    ok(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#a" }));
    err(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#a" }), 10004);
    err(&mut s, "openim_robot_http_svc/delete_robot", json!({}), 10004);
}
