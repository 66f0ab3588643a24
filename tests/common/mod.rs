//! What the simulator's scenario tests share: a simulator on a manual clock and calls that
//! assert the service's envelope.
#![allow(dead_code)]

use serde_json::Value;
use tcim::sim::{Options, Simulator};

pub const T0: u64 = 1_700_000_000;

pub fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(api, &body.to_string())
}

/// A call that succeeds.
pub fn ok(s: &mut Simulator, api: &str, body: Value) -> Value {
    let r = call(s, api, body.clone());
    assert_eq!(r["ErrorCode"], 0, "{api} {body}: {r}");
    assert_eq!(r["ActionStatus"], "OK", "{api}: {r}");
    assert_eq!(r["ErrorInfo"], "", "{api}: {r}");
    r
}

/// The snapshot without the per-second call counters (every call counts toward the rate
/// limit, failed ones too; nothing else may change).
pub fn state(s: &Simulator) -> Value {
    let mut v: Value = serde_json::from_str(&s.snapshot()).unwrap();
    v.as_object_mut().unwrap().remove("rate");
    v
}

/// A whole-request failure: its code, a helpful ErrorInfo, and no change.
pub fn err(s: &mut Simulator, api: &str, body: Value, code: u32) -> Value {
    let before = state(s);
    let r = call(s, api, body.clone());
    assert_eq!(r["ErrorCode"], code, "{api} {body}: {r}");
    assert_eq!(r["ActionStatus"], "FAIL");
    assert!(!r["ErrorInfo"].as_str().unwrap().is_empty());
    assert_eq!(state(s), before, "a failed request changes nothing ({api})");
    r
}

pub fn import(s: &mut Simulator, ids: &[&str]) {
    ok(s, "im_open_login_svc/multiaccount_import", serde_json::json!({ "Accounts": ids }));
}

/// A simulator on a manual clock at `T0` with these options.
pub fn sim_with(options: Options) -> Simulator {
    Simulator::new(Options { now: Some(T0), ..options })
}
