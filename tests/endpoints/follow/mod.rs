//! Follows: the one follow graph, its pages, relations, counts and callbacks.

mod follow_add;
mod follow_check;
mod follow_delete;
mod follow_get;
mod follow_get_info;

use crate::common::{import, ok, sim_with};
use serde_json::{json, Value};
use tcim::sim::callbacks::Fired;
use tcim::sim::{Options, Simulator};

/// The sample accounts (UserID_001 … UserID_003), alice and bob, and every callback on.
pub fn sim() -> Simulator {
    let callbacks = serde_json::from_value(json!({ "url": "http://127.0.0.1:9/cb" })).unwrap();
    let mut s = sim_with(Options { rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, &["UserID_001", "UserID_002", "UserID_003", "alice", "bob"]);
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

pub fn follow(s: &mut Simulator, from: &str, to: &[&str]) -> Value {
    let items: Vec<Value> = to.iter().map(|t| json!({ "To_Account": t })).collect();
    ok(s, "follow/follow_add", json!({ "From_Account": from, "FollowItem": items }))
}

/// One page: (accounts, NextCursor).
pub fn page(s: &mut Simulator, from: &str, ty: u8, cursor: &str, want: u32) -> (Vec<String>, String) {
    let r = ok(s, "follow/follow_get", json!({ "From_Account": from, "FollowType": ty, "StartCursor": cursor, "WantNum": want }));
    let ids = r["FollowItem"].as_array().unwrap().iter().map(|i| i["To_Account"].as_str().unwrap().to_owned()).collect();
    (ids, r["NextCursor"].as_str().unwrap().to_owned())
}
