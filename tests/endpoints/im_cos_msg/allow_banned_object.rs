//! `im_cos_msg/allow_banned_object`.

use super::{ok, status, world, IMAGE};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator (a file not banned is no error).
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("im_cos_msg/allow_banned_object").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
}

/// Unbanning makes the file normal again and leaves the other bans.
#[test]
fn unban_lifts_one_ban() {
    let mut sim = world();
    let other = "https://cos.example/other.png";
    ok(&mut sim, "im_cos_msg/forbid_illegal_object", json!({ "RawURL": IMAGE }));
    ok(&mut sim, "im_cos_msg/forbid_illegal_object", json!({ "RawURL": other }));
    ok(&mut sim, "im_cos_msg/allow_banned_object", json!({ "RawURL": IMAGE }));
    assert_eq!(status(&mut sim, IMAGE), 0);
    assert_eq!(status(&mut sim, other), 1);
    assert_eq!(sim.inspect()["bannedObjects"], json!([other]));
    let answer = sim.call("im_cos_msg/allow_banned_object", r#"{"RawURL":""}"#);
    assert_eq!(answer["ErrorCode"], 90001, "{answer}");
}
