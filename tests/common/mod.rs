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

/// A simulator at `T0` with every callback on (to a URL nothing listens at: the tests read what
/// fired with `fired`), no rate limit, and these accounts imported (their imports' callbacks
/// taken).
pub fn sim_with_callbacks(accounts: &[&str]) -> Simulator {
    let callbacks = serde_json::from_value(serde_json::json!({ "url": "http://127.0.0.1:9/cb" })).unwrap();
    let mut s = sim_with(Options { rate_limit: false, callbacks: Some(callbacks), ..Options::default() });
    import(&mut s, accounts);
    s.take_callbacks();
    s
}

/// The callbacks fired since the last look, each body held to its statement (every field
/// declared, of its declared type, and no other).
pub fn fired(s: &mut Simulator) -> Vec<tcim::sim::callbacks::Fired> {
    let (list, dropped) = s.take_callbacks();
    assert_eq!(dropped, 0);
    for f in &list {
        let findings = tcim::sim::callbacks::check_body(f.command, &f.body);
        assert!(findings.is_empty(), "{} does not match its statement: {findings:?}\n{}", f.command, f.body);
    }
    list
}
