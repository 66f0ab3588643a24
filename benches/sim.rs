//! Simulator figures (prints, asserts nothing): native calls/s on a mixed workload, and the
//! cost of one receipts query for 20 vs 6,000 members and 100 vs 100,000 messages.
//! Run: `cargo bench --bench sim`.

use serde_json::json;
use std::hint::black_box;
use std::time::Instant;
use tcim::sim::{Options, Simulator};

fn world(members: usize, messages: usize) -> Simulator {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), rate_limit: false, ..Options::default() });
    let ids: Vec<String> = (0..members).map(|i| format!("user{i}")).collect();
    for chunk in ids.chunks(100) {
        sim.call("im_open_login_svc/multiaccount_import", &json!({ "Accounts": chunk }).to_string());
    }
    sim.call("group_open_http_svc/create_group", &json!({ "Owner_Account": "user0", "Type": "Public", "GroupId": "big", "Name": "big" }).to_string());
    for chunk in ids[1..].chunks(300) {
        let list: Vec<_> = chunk.iter().map(|m| json!({ "Member_Account": m })).collect();
        sim.call("group_open_http_svc/add_group_member", &json!({ "GroupId": "big", "MemberList": list }).to_string());
    }
    for i in 0..messages {
        let from = &ids[i % members];
        sim.call("group_open_http_svc/send_group_msg", &json!({ "GroupId": "big", "From_Account": from, "Random": i, "NeedReadReceipt": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hello" } }] }).to_string());
        if i % 300 == 299 {
            sim.advance(301);
        }
    }
    // spread read positions
    for (k, id) in ids.iter().enumerate() {
        let seq = (k * messages / members.max(1)) as u64;
        let _ = sim.client_json(&json!({ "action": "readGroup", "groupId": "big", "account": id, "seq": seq }).to_string());
    }
    sim
}

fn time_per_call(iters: u32, mut f: impl FnMut(u32)) -> f64 {
    // Warm caches and the allocator first, so the first row is not penalized.
    for i in 0..iters / 10 {
        f(i);
    }
    let start = Instant::now();
    for i in 0..iters {
        f(i);
    }
    start.elapsed().as_secs_f64() / f64::from(iters)
}

fn main() {
    // `cargo bench` passes --bench; under `cargo test --all-targets` this is a quick smoke run.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[(usize, usize)] = if full { &[(20, 100), (20, 100_000), (6000, 100), (6000, 100_000)] } else { &[(20, 100), (60, 300)] };
    let iters = if full { 20_000 } else { 200 };
    println!("## simulator (native{})", if full { ", release" } else { ", smoke run" });
    println!("| receipts query (1 seq) | members | messages | µs/query |");
    println!("| --- | --- | --- | --- |");
    let mut costs = vec![];
    for &(members, messages) in sizes {
        let t0 = Instant::now();
        let mut sim = world(members, messages);
        let setup = t0.elapsed().as_secs_f64();
        let body = json!({ "GroupId": "big", "MsgSeqList": [{ "MsgSeq": messages / 2 }] }).to_string();
        let per = time_per_call(iters, |_| {
            black_box(sim.call("group_open_http_svc/get_group_msg_receipt", black_box(&body)));
        });
        costs.push(per);
        println!("| get_group_msg_receipt | {members} | {messages} | {:.2} | (world built in {setup:.1} s)", per * 1e6);
    }
    let (lo, hi) = costs.iter().fold((f64::MAX, 0f64), |(lo, hi), &c| (lo.min(c), hi.max(c)));
    println!("\nlargest / smallest receipts-query cost: {:.2}x", hi / lo);

    let mut sim = world(200, 1000);
    let bodies = [
        ("group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": "big", "MsgSeqList": [{ "MsgSeq": 10 }, { "MsgSeq": 500 }] }).to_string()),
        ("group_open_http_svc/set_unread_msg_num", json!({ "GroupId": "big", "Member_Account": "user7", "UnreadMsgNum": 3 }).to_string()),
        ("openim/admin_set_msg_read", json!({ "Report_Account": "user1", "Peer_Account": "user2" }).to_string()),
        ("openim/sendmsg", json!({ "From_Account": "user2", "To_Account": "user1", "MsgRandom": 5, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] }).to_string()),
        ("im_open_login_svc/account_check", json!({ "CheckItem": [{ "UserID": "user3" }] }).to_string()),
    ];
    // call_text is what the JS `sim.call` runs (the answer as JSON text); call builds a Value.
    let per_text = time_per_call(iters * 10, |i| {
        let (api, body) = &bodies[i as usize % bodies.len()];
        black_box(sim.call_text(api, body));
    });
    let per_value = time_per_call(iters * 10, |i| {
        let (api, body) = &bodies[i as usize % bodies.len()];
        black_box(sim.call(api, body));
    });
    for (api, body) in &bodies {
        let per = time_per_call(iters * 2, |_| {
            black_box(sim.call_text(api, body));
        });
        println!("{api}: {:.2} µs per call_text", per * 1e6);
    }
    println!("\nmixed workload (receipts, set_unread, admin_set_msg_read, sendmsg, account_check), native: {:.0} calls/s answering text (call_text, as from JS), {:.0} calls/s answering a Value (call)", 1.0 / per_text, 1.0 / per_value);
}
