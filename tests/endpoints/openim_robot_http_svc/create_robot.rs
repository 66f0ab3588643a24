//! `openim_robot_http_svc/create_robot`.

use super::{robots, sim};
use crate::common::{err, ok};
use serde_json::json;

/// The documented sample makes a robot account with the profile given.
#[test]
fn the_sample_makes_a_robot_account() {
    let mut s = sim();
    let endpoint = tcim::find_endpoint("openim_robot_http_svc/create_robot").unwrap();
    let answer = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(robots(&mut s), json!(["@RBT#001"]));
    let p = ok(&mut s, "profile/portrait_get", json!({ "To_Account": ["@RBT#001"], "TagList": ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Image", "Tag_Profile_IM_SelfSignature"] }));
    let items = &p["UserProfileItem"][0]["ProfileItem"];
    assert_eq!(items[0], json!({ "Tag": "Tag_Profile_IM_Nick", "Value": "Jarvis" }), "{p}");
    assert_eq!(items[1], json!({ "Tag": "Tag_Profile_IM_Image", "Value": "www.example.com/head.jpg" }));
    assert_eq!(items[2], json!({ "Tag": "Tag_Profile_IM_SelfSignature", "Value": "hello, world" }));
    let inspected = s.inspect();
    let robot = inspected["accounts"].as_array().unwrap().iter().find(|a| a["userId"] == "@RBT#001").unwrap();
    assert_eq!(robot["robot"], "valid");
    assert!(inspected["accounts"].as_array().unwrap().iter().filter(|a| a["userId"] != "@RBT#001").all(|a| a.get("robot").is_none()));
}

/// Creating the same robot again is one robot, with its profile updated.
#[test]
fn creating_again_is_one_robot() {
    let mut s = sim();
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#a", "Nick": "A" }));
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#a", "Nick": "A2" }));
    assert_eq!(robots(&mut s), json!(["@RBT#a"]));
    let p = ok(&mut s, "profile/portrait_get", json!({ "To_Account": ["@RBT#a"], "TagList": ["Tag_Profile_IM_Nick"] }));
    assert_eq!(p["UserProfileItem"][0]["ProfileItem"][0]["Value"], "A2");
}

/// A UserID not starting with @RBT#, and a 21st robot, are refused with 10004; a UserID over
/// 32 bytes breaks the rule (10004).
#[test]
fn refusals() {
    let mut s = sim();
    let r = err(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "robot1" }), 10004);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("@RBT#"), "{r}");
    err(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": format!("@RBT#{}", "x".repeat(40)) }), 10004);
    err(&mut s, "openim_robot_http_svc/create_robot", json!({ "Nick": "no id" }), 10004);
    for i in 0..20 {
        ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": format!("@RBT#{i:02}") }));
    }
    let r = err(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#20" }), 10004);
    assert!(r["ErrorInfo"].as_str().unwrap().contains("20 robots"), "{r}");
    // One of the 20 again is no new robot; deleting one makes room.
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#07" }));
    ok(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#07" }));
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#20" }));
    assert_eq!(robots(&mut s).as_array().unwrap().len(), 20);
}

/// Robots survive a snapshot, and deleting the account takes the robot flag with it.
#[test]
fn robots_snapshot_and_go_with_their_account() {
    let mut s = sim();
    let empty = s.snapshot();
    assert!(!empty.contains("robots"), "an app without robots snapshots as before: {empty}");
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#a" }));
    let mut restored = tcim::sim::Simulator::restore(&s.snapshot(), || 0, None).unwrap();
    assert_eq!(robots(&mut restored), json!(["@RBT#a"]));
    ok(&mut s, "im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": "@RBT#a" }] }));
    assert_eq!(robots(&mut s), json!([]));
    assert!(!s.snapshot().contains("robots"));
}
