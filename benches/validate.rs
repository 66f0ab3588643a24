//! Native validation throughput (prints, asserts nothing): `cargo bench --bench validate`.
//!
//! With `TCIM_BENCH_PAYLOADS` set to a JSON file of `[[label, api, text], ...]` it times those
//! payloads instead and prints `label<TAB>ns per call` lines: scripts/bench.mjs passes its own
//! payloads this way, so its table sets the native figure beside the JS one.

use std::hint::black_box;
use std::time::Instant;
use tcim::validate_text;

fn default_cases() -> Vec<(String, String, String)> {
    let seqs: Vec<String> = (1..=100).map(|i| format!(r#"{{"MsgSeq":{i}}}"#)).collect();
    let receipt100 = format!(r#"{{"GroupId":"@TGS#2TTV7VSII","MsgSeqList":[{}]}}"#, seqs.join(","));
    [
        ("set_unread_msg_num, valid", "group_open_http_svc/set_unread_msg_num", r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}"#.to_owned()),
        ("set_unread_msg_num, invalid", "group_open_http_svc/set_unread_msg_num", r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":7,"UnreadMsgNum":-5}"#.to_owned()),
        ("get_group_msg_receipt, 100 seqs", "group_open_http_svc/get_group_msg_receipt", receipt100),
    ]
    .into_iter()
    .map(|(label, api, text)| (label.to_owned(), api.to_owned(), text))
    .collect()
}

/// The payloads named by `TCIM_BENCH_PAYLOADS`, if it is set.
fn given_cases() -> Option<Vec<(String, String, String)>> {
    let path = std::env::var_os("TCIM_BENCH_PAYLOADS")?;
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("TCIM_BENCH_PAYLOADS: {e}"));
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("TCIM_BENCH_PAYLOADS must hold [[label, api, text], ...]: {e}")))
}

fn main() {
    // `cargo bench` passes --bench; under `cargo test --all-targets` this is a quick smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let given = given_cases();
    let machine = given.is_some();
    let cases = given.unwrap_or_else(default_cases);
    if !machine {
        println!("## validate_text, native{}", if full { "" } else { " (smoke run)" });
    }
    for (label, api, body) in &cases {
        // About 0.2 s per payload whatever its size (after a warm-up of a tenth of that).
        let probe = Instant::now();
        black_box(validate_text(black_box(api), black_box(body), true));
        let once = probe.elapsed().as_secs_f64().max(1e-8);
        let iters = if full { (0.2 / once).clamp(100.0, 2_000_000.0) as u32 } else { 100 };
        for _ in 0..iters / 10 {
            black_box(validate_text(black_box(api), black_box(body), true));
        }
        let start = Instant::now();
        for _ in 0..iters {
            black_box(validate_text(black_box(api), black_box(body), true));
        }
        let per = start.elapsed().as_secs_f64() / f64::from(iters);
        if machine {
            println!("{label}\t{:.1}", per * 1e9);
        } else {
            println!("{label}: {:.0} ns/call, {:.0} calls/s", per * 1e9, 1.0 / per);
        }
    }
}
