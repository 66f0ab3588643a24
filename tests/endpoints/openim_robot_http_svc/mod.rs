//! Robots: accounts with a robot flag, their streaming messages and the Bot callbacks.

mod create_robot;
mod delete_robot;
mod get_all_robots;
mod send_stream_msg;
mod bot_callbacks;

use serde_json::{json, Value};

use tcim::sim::Simulator;

/// A simulator with alice and bob, and every callback on.
pub fn sim() -> Simulator {
    crate::common::sim_with_callbacks(&["alice", "bob"])
}

pub use crate::common::fired;

pub fn robots(s: &mut Simulator) -> Value {
    crate::common::ok(s, "openim_robot_http_svc/get_all_robots", json!({}))["Robot_Account"].clone()
}

pub fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}
