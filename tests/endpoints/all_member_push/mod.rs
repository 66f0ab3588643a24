//! `all_member_push/*`: attribute names, accounts' attributes and tags, and the push.

use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

mod im_push;
mod im_set_attr_name;
mod im_get_attr_name;
mod im_get_attr;
mod im_set_attr;
mod im_remove_attr;
mod im_get_tag;
mod im_add_tag;
mod im_remove_tag;
mod im_remove_all_tags;

/// A simulator at a fixed time with accounts a, b, c, d and the attribute names sex and city.
pub fn world() -> Simulator {
    world_with(Options::default())
}

pub fn world_with(options: Options) -> Simulator {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..options });
    ok(&mut sim, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["a", "b", "c", "d"] }));
    ok(&mut sim, "all_member_push/im_set_attr_name", json!({ "AttrNames": { "0": "sex", "1": "city" } }));
    sim
}

pub fn call(sim: &mut Simulator, api: &str, body: Value) -> Value {
    sim.call(api, &body.to_string())
}

/// Calls and asserts success.
pub fn ok(sim: &mut Simulator, api: &str, body: Value) -> Value {
    let answer = call(sim, api, body);
    assert_eq!(answer["ErrorCode"], 0, "{api}: {answer}");
    answer
}

/// Calls, asserts the refusal's code, and that nothing changed but the rate window.
pub fn refused(sim: &mut Simulator, api: &str, body: Value, code: u32) -> Value {
    let before = world_of(sim);
    let answer = call(sim, api, body);
    assert_eq!(answer["ErrorCode"], code, "{api}: {answer}");
    assert_eq!(answer["ActionStatus"], "FAIL");
    assert_eq!(world_of(sim), before, "{api}: a refused call changed the state");
    answer
}

/// The snapshot's world (what calls change; the rate window counts every call).
pub fn world_of(sim: &Simulator) -> Value {
    let snap: Value = serde_json::from_str(&sim.snapshot()).unwrap();
    json!([snap["world"], snap["rng"]])
}

/// Each account's tags, as im_get_tag answers them.
pub fn tags(sim: &mut Simulator, accounts: &[&str]) -> Value {
    ok(sim, "all_member_push/im_get_tag", json!({ "To_Account": accounts }))["UserTags"].clone()
}

/// Each account's attributes, as im_get_attr answers them.
pub fn attrs(sim: &mut Simulator, accounts: &[&str]) -> Value {
    ok(sim, "all_member_push/im_get_attr", json!({ "To_Account": accounts }))["UserAttrs"].clone()
}
