//! Robots: accounts with a robot flag, their streaming messages and the Bot callbacks.

mod create_robot;
mod delete_robot;
mod get_all_robots;
mod send_stream_msg;
mod bot_callbacks;

use crate::common::{import, sim_with};
use serde_json::{json, Value};
use tcim::sim::callbacks::Fired;
use tcim::sim::{Options, Simulator};

/// A simulator with alice and bob, and every callback on.
pub fn sim() -> Simulator {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb" })).unwrap();
    let mut s = sim_with(Options { rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["alice", "bob"]);
    s.take_callbacks();
    s
}

/// The callbacks fired since the last look, each checked against its statement.
pub fn fired(s: &mut Simulator) -> Vec<Fired> {
    let (list, dropped) = s.take_callbacks();
    assert_eq!(dropped, 0);
    for f in &list {
        let findings = tcim::sim::callbacks::check_body(f.command, &f.body);
        assert!(findings.is_empty(), "{} does not match its statement: {findings:?}\n{}", f.command, f.body);
    }
    list
}

pub fn robots(s: &mut Simulator) -> Value {
    crate::common::ok(s, "openim_robot_http_svc/get_all_robots", json!({}))["Robot_Account"].clone()
}

pub fn text(t: &str) -> Value {
    json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }])
}
