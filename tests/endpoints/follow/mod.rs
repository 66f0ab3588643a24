//! Follows: the one follow graph, its pages, relations, counts and callbacks.

mod follow_add;
mod follow_check;
mod follow_delete;
mod follow_get;
mod follow_get_info;

use crate::common::ok;
use serde_json::{json, Value};

use tcim::sim::Simulator;

/// The sample accounts (UserID_001 … UserID_003), alice and bob, and every callback on.
pub fn sim() -> Simulator {
    crate::common::sim_with_callbacks(&["UserID_001", "UserID_002", "UserID_003", "alice", "bob"])
}

pub use crate::common::fired;

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
