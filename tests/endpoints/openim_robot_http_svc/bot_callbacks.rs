//! Bot.OnC2CMessage and Bot.OnGroupMessage: a one-to-one message to a robot, and a group
//! message that @-mentions robots that are members.

use super::{fired, sim, text};
use crate::common::{ok, T0};
use serde_json::json;

#[test]
fn a_message_to_a_robot_fires_bot_on_c2c_message() {
    let mut s = sim();
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#001" }));
    fired(&mut s);
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "@RBT#001", "MsgRandom": 9, "MsgBody": text("hi bot"), "CloudCustomData": "cc" }));
    let list = fired(&mut s);
    let commands: Vec<&str> = list.iter().map(|f| f.command).collect();
    assert_eq!(commands, ["C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg", "Bot.OnC2CMessage"]);
    let bot = list.iter().find(|f| f.command == "Bot.OnC2CMessage").unwrap();
    assert_eq!(bot.platform, "RESTAPI");
    assert_eq!(
        bot.body,
        json!({ "CallbackCommand": "Bot.OnC2CMessage", "From_Account": "alice", "To_Account": "@RBT#001", "MsgSeq": 1, "MsgRandom": 9, "MsgTime": T0, "MsgKey": format!("1_9_{T0}"), "OnlineOnlyFlag": 0, "SendMsgResult": 0, "ErrorInfo": "send msg succeed", "MsgBody": text("hi bot"), "CloudCustomData": "cc", "EventTime": T0 * 1000 })
    );
    // To an ordinary account, or to a deleted robot: no Bot callback.
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "bob", "MsgRandom": 10, "MsgBody": text("hi") }));
    ok(&mut s, "openim_robot_http_svc/delete_robot", json!({ "Robot_Account": "@RBT#001" }));
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "@RBT#001", "MsgRandom": 11, "MsgBody": text("hi") }));
    assert!(fired(&mut s).iter().all(|f| f.command != "Bot.OnC2CMessage"));
}

#[test]
fn mentioning_member_robots_fires_bot_on_group_message() {
    let mut s = sim();
    for id in ["@RBT#1", "@RBT#2", "@RBT#out"] {
        ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": id }));
    }
    let g = ok(&mut s, "group_open_http_svc/create_group", json!({ "Type": "Public", "Name": "g", "Owner_Account": "alice", "MemberList": [{ "Member_Account": "bob" }, { "Member_Account": "@RBT#1" }, { "Member_Account": "@RBT#2" }] }))["GroupId"].as_str().unwrap().to_owned();
    fired(&mut s);
    let at = json!([{ "GroupAt_Account": "@RBT#2" }, { "GroupAt_Account": "bob" }, { "GroupAt_Account": "@RBT#out" }, { "GroupAt_Account": "@RBT#1" }, { "GroupAt_Account": "@RBT#2" }]);
    let seq = ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": g, "From_Account": "bob", "Random": 5, "MsgBody": text("@@RBT#2 hello"), "GroupAtInfo": at }))["MsgSeq"].clone();
    let list = fired(&mut s);
    let bot = list.iter().find(|f| f.command == "Bot.OnGroupMessage").expect("Bot.OnGroupMessage fired");
    assert_eq!(
        bot.body,
        json!({ "CallbackCommand": "Bot.OnGroupMessage", "GroupId": g, "Type": "Public", "From_Account": "bob", "Operator_Account": "administrator", "Random": 5, "MsgSeq": seq, "MsgTime": T0, "OnlineOnlyFlag": 0, "MsgBody": text("@@RBT#2 hello"), "AtRobots_Account": ["@RBT#2", "@RBT#1"], "CloudCustomData": "", "EventTime": T0 * 1000 })
    );
    // @all, a member that is no robot, or no mention: no Bot callback.
    for at in [json!([{ "GroupAtAllFlag": 1 }]), json!([{ "GroupAt_Account": "bob" }]), json!([])] {
        ok(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": g, "From_Account": "alice", "Random": 6 + at.to_string().len(), "MsgBody": text("hi"), "GroupAtInfo": at }));
        assert!(fired(&mut s).iter().all(|f| f.command != "Bot.OnGroupMessage"));
    }
}

/// With the Bot callbacks off, nothing of them fires.
#[test]
fn off_unless_switched_on() {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb", "commands": ["C2C.CallbackAfterSendMsg"] })).unwrap();
    let mut s = crate::common::sim_with(tcim::sim::Options { rate_limit: false, callbacks: Some(callbacks), ..Default::default() });
    crate::common::import(&mut s, &["alice"]);
    ok(&mut s, "openim_robot_http_svc/create_robot", json!({ "UserID": "@RBT#001" }));
    ok(&mut s, "openim/sendmsg", json!({ "From_Account": "alice", "To_Account": "@RBT#001", "MsgRandom": 9, "MsgBody": text("hi") }));
    let commands: Vec<&str> = fired(&mut s).iter().map(|f| f.command).collect();
    assert_eq!(commands, ["C2C.CallbackAfterSendMsg"]);
}
