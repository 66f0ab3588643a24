//! Native validation throughput (prints, asserts nothing): `cargo bench --bench validate`.

use std::hint::black_box;
use std::time::Instant;
use tcim::validate_text;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let iters = if full { 200_000 } else { 1_000 };
    let seqs: Vec<String> = (1..=100).map(|i| format!(r#"{{"MsgSeq":{i}}}"#)).collect();
    let receipt100 = format!(r#"{{"GroupId":"@TGS#2TTV7VSII","MsgSeqList":[{}]}}"#, seqs.join(","));
    let cases = [
        ("set_unread_msg_num, valid", "group_open_http_svc/set_unread_msg_num", r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}"#.to_owned()),
        ("set_unread_msg_num, invalid", "group_open_http_svc/set_unread_msg_num", r#"{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":7,"UnreadMsgNum":-5}"#.to_owned()),
        ("get_group_msg_receipt, 100 seqs", "group_open_http_svc/get_group_msg_receipt", receipt100),
    ];
    println!("## validate_text, native{}", if full { "" } else { " (smoke run)" });
    for (name, api, body) in &cases {
        let start = Instant::now();
        for _ in 0..iters {
            black_box(validate_text(black_box(api), black_box(body), true));
        }
        let per = start.elapsed().as_secs_f64() / f64::from(iters);
        println!("{name}: {:.0} ns/call, {:.0} calls/s", per * 1e9, 1.0 / per);
    }
}
