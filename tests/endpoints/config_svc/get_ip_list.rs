//! `ConfigSvc/GetIPList`.

use tcim::sim::{Options, Simulator};

/// The documented sample runs on a new simulator and answers the fixed list: the double's
/// loopback address first, then the RFC 5737 documentation ranges; the call changes nothing.
#[test]
fn the_sample_answers_the_fixed_list() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("ConfigSvc/GetIPList").unwrap();
    let before = sim.snapshot();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["IPList"], serde_json::json!(["127.0.0.1", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"]));
    assert!(endpoint.read_only);
    assert_eq!(sim.snapshot().replace(r#""rate":{"second":1700000000,"calls":{"GetIPList":1}}"#, r#""rate":{"second":0,"calls":{}}"#), before);
}

/// A body that is not an object is refused with the public parse code, as other services do.
#[test]
fn a_body_that_is_not_json_is_refused() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let answer = sim.call("ConfigSvc/GetIPList", "[");
    assert_eq!(answer["ErrorCode"], 60003, "{answer}");
    assert_eq!(answer["ActionStatus"], "FAIL");
}
