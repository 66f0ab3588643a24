//! `im_cos_msg/forbid_illegal_object`.

use super::{ok, status, world, IMAGE};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator and bans its URL.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("im_cos_msg/forbid_illegal_object").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    let url = "https://cos.ap-shanghai.myqcloud.com/005f-shanghai-360-shared-01-1256635546/76aa-1400152839/2f3b-2273451635034382/699eb4ee5ffa9aeb70627958766f2927-142072.jpg";
    assert_eq!(sim.inspect()["bannedObjects"], json!([url]));
    assert_eq!(status(&mut sim, url), 1);
}

/// A banned file reads as banned (Status 1) until unbanned; banning twice is one ban; the
/// ban survives snapshot → restore.
#[test]
fn a_ban_marks_the_file() {
    let mut sim = world();
    assert_eq!(status(&mut sim, IMAGE), 0);
    ok(&mut sim, "im_cos_msg/forbid_illegal_object", json!({ "RawURL": IMAGE }));
    ok(&mut sim, "im_cos_msg/forbid_illegal_object", json!({ "RawURL": IMAGE }));
    assert_eq!(status(&mut sim, IMAGE), 1);
    assert_eq!(sim.inspect()["bannedObjects"], json!([IMAGE]));
    let mut back = Simulator::restore(&sim.snapshot(), tcim::sim::system_now, None).unwrap();
    assert_eq!(status(&mut back, IMAGE), 1);
}

/// An empty or missing RawURL is refused with 90001 and bans nothing.
#[test]
fn an_empty_url_is_refused() {
    let mut sim = world();
    for body in [json!({ "RawURL": "" }), json!({})] {
        let answer = sim.call("im_cos_msg/forbid_illegal_object", &body.to_string());
        assert_eq!(answer["ErrorCode"], 90001, "{answer}");
    }
    assert!(sim.inspect().get("bannedObjects").is_none());
}
