//! Any method, URL and body through `handle`: always HTTP 200 with an envelope.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tcim::sim::{Options, Simulator};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut parts = text.splitn(3, '\n');
    let (method, url, body) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let key = if method.len() % 2 == 0 { Some("k".to_owned()) } else { None };
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), secret_key: key, ..Options::default() });
    let a = sim.handle(method, url, body);
    assert_eq!(a.status, 200);
    assert!(a.json()["ErrorCode"].is_u64());
});
