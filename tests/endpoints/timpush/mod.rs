//! `timpush/*` (the Push plugin): its attributes and tags are all-member push's, its pushes
//! reach exactly what their condition or list selects, revocation and traces.

use crate::all_member_push::{ok, world};
use serde_json::{json, Value};
use tcim::sim::Simulator;

mod push;
mod batch;
mod webpush;
mod revoke;
mod all_member_push_trace;
mod set_attr_name;
mod get_attr_name;
mod set_attr;
mod get_attr;
mod remove_attr;
mod add_tag;
mod get_tag;
mod remove_tag;
mod clear_all_tags;

/// Runs the endpoint's documented sample and asserts success.
pub fn sample(sim: &mut Simulator, api: &str) -> Value {
    let endpoint = tcim::find_endpoint(api).unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{api}: {answer}");
    answer
}

/// The world of all_member_push's tests (accounts a–d, attribute names sex and city) with the
/// samples' accounts Mary, xiaoming, user1, user2, and tags: a x and y, b x, c y.
pub fn tagged() -> Simulator {
    let mut sim = world();
    ok(&mut sim, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["Mary", "xiaoming", "user1", "user2"] }));
    ok(&mut sim, "timpush/add_tag", json!({ "UserTags": [{ "To_Account": "a", "Tags": ["x", "y"] }, { "To_Account": "b", "Tags": ["x"] }, { "To_Account": "c", "Tags": ["y"] }] }));
    sim
}

/// The texts of the one-to-one messages `who` has from `from`, with whether each is recalled.
pub fn history(sim: &mut Simulator, who: &str, from: &str) -> Vec<(String, bool)> {
    let roam = ok(sim, "openim/admin_getroammsg", json!({ "Operator_Account": who, "Peer_Account": from, "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 }));
    roam["MsgList"].as_array().unwrap().iter().map(|m| (m["MsgBody"][0]["MsgContent"]["Text"].as_str().unwrap_or("").to_owned(), m["MsgFlagBits"].as_u64() == Some(8))).collect()
}

/// The receivers `inspect` lists for the newest task.
pub fn receivers(sim: &Simulator) -> Vec<String> {
    let tasks = sim.inspect()["push"]["tasks"].as_array().unwrap().clone();
    tasks.last().unwrap()["receivers"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}
