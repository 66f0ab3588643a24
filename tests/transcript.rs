//! The regression net of answers: thousands of requests (every sample, each sample broken
//! field by field, random operation sequences as the property test makes them, `handle()`
//! URLs, built requests) with their exact answer text, the snapshot and state after each
//! sequence, and the diagnostics of each body. Recorded once in tests/data/transcript.jsonl;
//! every run must reproduce it byte for byte. `TCIM_BLESS=1 cargo test --test transcript`
//! records it again (only on purpose: say why in the commit).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tcim::protocol::request::{build_request, Target};
use tcim::sim::{Options, Simulator};
use tcim::validate::schema::{Obj, Ty};
use tcim::{validate_text, ENDPOINTS};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/transcript.jsonl");
const T0: u64 = 1_700_000_000;

/// splitmix64: the transcript must not depend on any crate's random stream.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Transcript {
    lines: Vec<String>,
}
impl Transcript {
    fn push(&mut self, record: Value) {
        self.lines.push(record.to_string());
    }
}

fn sim(secret: Option<&str>) -> Simulator {
    Simulator::new(Options { now: Some(T0), rate_limit: false, secret_key: secret.map(str::to_owned), ..Options::default() })
}

/// A world where the samples' accounts exist, with groups of every type, messages with and
/// without receipts, reads and one-to-one messages.
fn world() -> Simulator {
    let mut s = sim(None);
    let accounts = ["leckie", "bob", "peter", "jared", "tommy", "lily", "vinson", "dramon1", "dramon2", "test1", "test2", "user1", "user2", "brennanli", "admin", "xiaohong", "xiaoming"];
    s.call("im_open_login_svc/multiaccount_import", &json!({ "Accounts": accounts }).to_string());
    let groups = [("Private", "gp"), ("Public", "gu"), ("ChatRoom", "gc"), ("AVChatRoom", "ga"), ("Community", "@TGS#_gm")];
    for (ty, id) in groups {
        let mut body = json!({ "Owner_Account": "leckie", "Type": ty, "GroupId": id, "Name": ty });
        if ty != "AVChatRoom" {
            body["MemberList"] = json!([{ "Member_Account": "bob" }, { "Member_Account": "peter" }]);
        }
        s.call("group_open_http_svc/create_group", &body.to_string());
        for (i, from) in ["leckie", "bob", "peter", "leckie"].iter().enumerate() {
            s.call("group_open_http_svc/send_group_msg", &json!({ "GroupId": id, "From_Account": from, "Random": i, "NeedReadReceipt": i % 2, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": format!("m{i}") } }] }).to_string());
        }
    }
    for (from, to) in [("bob", "peter"), ("peter", "bob"), ("leckie", "bob")] {
        s.call("openim/sendmsg", &json!({ "From_Account": from, "To_Account": to, "MsgRandom": 7, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] }).to_string());
        s.advance(5);
    }
    s
}

/// Values put in place of a field (wrong types, bounds, encodings, aliases of nothing).
fn replacements() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(-1),
        json!(0),
        json!(1),
        json!(7.5),
        json!(5.0),
        json!(4_294_967_296u64),
        json!(9_007_199_254_740_993u64),
        json!(""),
        json!("x"),
        json!("123"),
        json!("a".repeat(60)),
        json!("中文".repeat(20)),
        json!("@TGS#abc"),
        json!([]),
        json!([{}]),
        json!(["bob"]),
        json!([{ "MsgSeq": 1 }]),
        json!({}),
    ]
}

/// The body variants of one sample: the sample, each field removed, each field replaced, an
/// unknown and each known-mistake key added, the same one level down in arrays of objects.
fn variants(sample: &Value, obj: &Obj) -> Vec<Value> {
    let mut out = vec![sample.clone(), json!({}), json!([]), json!("text")];
    let Some(map) = sample.as_object() else { return out };
    let names: Vec<&str> = obj.all_fields().map(|f| f.name).chain(obj.all_mistakes().map(|m| m.key)).chain(["Unknown_Field", "groupid"]).collect();
    for name in names {
        let mut removed = map.clone();
        if removed.remove(name).is_some() {
            out.push(Value::Object(removed));
        }
        for r in replacements() {
            let mut m = map.clone();
            m.insert(name.to_owned(), r);
            out.push(Value::Object(m));
        }
    }
    for f in obj.all_fields() {
        if let (Ty::Array(arr), Some(Value::Array(items))) = (f.ty, map.get(f.name)) {
            if let (Ty::Object(item_obj), Some(Value::Object(first))) = (arr.item, items.first()) {
                for inner in item_obj.all_fields().map(|f| f.name) {
                    for r in [json!(null), json!(-1), json!("x"), json!(""), json!("a".repeat(40)), json!([])] {
                        let mut item = first.clone();
                        item.insert(inner.to_owned(), r);
                        let mut m = map.clone();
                        let mut list = items.clone();
                        list[0] = Value::Object(item);
                        m.insert(f.name.to_owned(), Value::Array(list));
                        out.push(Value::Object(m));
                    }
                }
                let many: Vec<Value> = (0..120).map(|_| Value::Object(first.clone())).collect();
                let mut m = map.clone();
                m.insert(f.name.to_owned(), Value::Array(many));
                out.push(Value::Object(m));
            }
        }
    }
    out
}

fn record_endpoints(t: &mut Transcript) {
    let base = world().snapshot();
    let target = Target::from_options(r#"{"sdkAppId":1400000000,"identifier":"administrator","userSig":"sig+/=","random":42}"#, 1).unwrap();
    for e in ENDPOINTS {
        let api = e.api();
        // The variants name a group of the world ("gp", Private) where the sample names one.
        let mut sample: Value = serde_json::from_str(e.sample).unwrap();
        if sample.get("GroupId").is_some() {
            sample["GroupId"] = json!("gp");
        }
        t.push(json!({ "t": "endpoint", "api": api, "info": serde_json::to_value(e.info()).unwrap() }));
        // The sample as written (pretty, with positions), then every variant compactly.
        let mut bodies = vec![e.sample.to_owned()];
        bodies.extend(variants(&sample, e.request).iter().map(Value::to_string));
        bodies.push("{\"GroupId\": ".to_owned());
        bodies.push("{\"a\":1,\"a\":2}".to_owned());
        bodies.push(format!("{} ", e.sample.replace(": ", ":\n\t ")));
        for body in bodies {
            let validation = serde_json::to_value(validate_text(&api, &body, true)).unwrap();
            let mut s = Simulator::restore(&base, tcim::sim::system_now, None).unwrap();
            let answer = s.call_text(&api, &body);
            let built = match build_request(&api, &body, true, &target) {
                Ok(r) => json!({ "url": r.url, "body": r.body, "diagnostics": serde_json::to_value(&r.diagnostics).unwrap() }),
                Err(err) => json!({ "code": err.code, "message": err.message, "diagnostics": serde_json::to_value(&err.diagnostics).unwrap() }),
            };
            t.push(json!({ "t": "body", "api": api, "body": body, "validate": validation, "answer": answer, "build": built }));
        }
    }
    for api in ["", "nope", "v4/openim/nope", "group_open_http_svc/nope", "v4/group_open_http_svc", "a/b/c", "/v4/openim/sendmsg"] {
        let mut s = sim(None);
        t.push(json!({ "t": "unknown_api", "api": api, "validate": serde_json::to_value(validate_text(api, "{}", true)).unwrap(), "answer": s.call_text(api, "{}") }));
    }
}

/// One random operation as the property test makes them: a REST call or a client action.
fn op(rng: &mut Rng, now: u64) -> (String, Value) {
    const USERS: [&str; 6] = ["u0", "u1", "u2", "u3", "u4", "u5"];
    const TYPES: [&str; 5] = ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"];
    const GROUPS: [&str; 3] = ["g0", "g1", "@TGS#_g2"];
    let u = |rng: &mut Rng| *rng.pick(&USERS);
    let g = |rng: &mut Rng| *rng.pick(&GROUPS);
    let text = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    let (api, body) = match rng.below(20) {
        0 | 1 => ("im_open_login_svc/account_import", json!({ "UserID": u(rng) })),
        2 | 3 => {
            let mut b = json!({ "Type": rng.pick(&TYPES), "Name": "n", "GroupId": g(rng) });
            if rng.below(2) == 0 {
                b["Owner_Account"] = json!(u(rng));
            }
            let n = rng.below(5);
            if n > 0 {
                b["MemberList"] = (0..n).map(|_| json!({ "Member_Account": u(rng) })).collect();
            }
            if rng.below(3) == 0 {
                b["MaxMemberCount"] = json!(1 + rng.below(5));
            }
            ("group_open_http_svc/create_group", b)
        }
        4 => ("group_open_http_svc/destroy_group", json!({ "GroupId": g(rng) })),
        5 => ("group_open_http_svc/add_group_member", json!({ "GroupId": g(rng), "MemberList": (0..1 + rng.below(3)).map(|_| json!({ "Member_Account": u(rng) })).collect::<Vec<_>>() })),
        6 => ("group_open_http_svc/delete_group_member", json!({ "GroupId": g(rng), "MemberToDel_Account": (0..1 + rng.below(2)).map(|_| u(rng)).collect::<Vec<_>>() })),
        7..=9 => {
            let mut b = json!({ "GroupId": g(rng), "Random": rng.below(6), "MsgBody": text });
            if rng.below(4) > 0 {
                b["From_Account"] = json!(u(rng));
            }
            if rng.below(2) == 0 {
                b["NeedReadReceipt"] = json!(1);
            }
            ("group_open_http_svc/send_group_msg", b)
        }
        10 => ("group_open_http_svc/group_msg_receipt", json!({ "GroupId": g(rng), "From_Account": u(rng), "MsgSeqList": [{ "MsgSeq": rng.below(8) }] })),
        11 => ("group_open_http_svc/set_unread_msg_num", json!({ "GroupId": g(rng), "Member_Account": u(rng), "UnreadMsgNum": rng.below(10) })),
        12 => ("client", json!({ "action": "readGroup", "groupId": g(rng), "account": u(rng), "seq": rng.below(8) })),
        13 => ("client", json!({ "action": *rng.pick(&["joinGroup", "quitGroup"]), "groupId": g(rng), "account": u(rng) })),
        14 | 15 => ("openim/sendmsg", json!({ "From_Account": u(rng), "To_Account": u(rng), "MsgRandom": 1, "MsgBody": text })),
        16 => ("openim/admin_msgwithdraw", json!({ "From_Account": u(rng), "To_Account": u(rng), "MsgKey": format!("{}_1_{}", 1 + rng.below(4), now) })),
        17 => {
            let mut b = json!({ "Report_Account": u(rng), "Peer_Account": u(rng) });
            if rng.below(2) == 0 {
                b["MsgReadTime"] = json!(now.saturating_sub(rng.below(200) as u64).to_string());
            }
            ("openim/admin_set_msg_read", b)
        }
        18 => ("advance", json!(rng.below(400))),
        _ => match rng.below(4) {
            0 => ("roundtrip", Value::Null),
            1 => ("im_open_login_svc/multiaccount_import", json!({ "Accounts": (0..1 + rng.below(3)).map(|_| u(rng)).collect::<Vec<_>>() })),
            2 => ("group_open_http_svc/send_group_system_notification", json!({ "GroupId": g(rng), "Content": "notice" })),
            _ => ("client", json!({ "action": "readC2c", "reader": u(rng), "peer": u(rng) })),
        },
    };
    (api.to_owned(), body)
}

/// The queries that observe read state, run after every sequence.
fn observe(s: &mut Simulator, t: &mut Transcript, seq: usize) {
    for id in ["g0", "g1", "@TGS#_g2"] {
        for (api, body) in [
            ("group_open_http_svc/get_group_member_info", json!({ "GroupId": id })),
            ("group_open_http_svc/get_group_msg_receipt", json!({ "GroupId": id, "MsgSeqList": (1..=8).map(|s| json!({ "MsgSeq": s })).collect::<Vec<_>>() })),
            ("group_open_http_svc/get_group_msg_receipt_detail", json!({ "GroupId": id, "MsgSeq": 1 })),
            ("group_open_http_svc/group_msg_get_simple", json!({ "GroupId": id, "ReqMsgNumber": 20 })),
        ] {
            t.push(json!({ "t": "observe", "seq": seq, "api": api, "body": body, "answer": s.call_text(api, &body.to_string()) }));
        }
    }
    for reader in ["u0", "u1", "u2"] {
        let body = json!({ "To_Account": reader, "Peer_Account": ["u0", "u1", "u2", "u3", "u4", "u5"] });
        t.push(json!({ "t": "observe", "seq": seq, "api": "openim/get_c2c_unread_msg_num", "body": body, "answer": s.call_text("openim/get_c2c_unread_msg_num", &body.to_string()) }));
        let roam = json!({ "Operator_Account": reader, "Peer_Account": "u1", "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 });
        t.push(json!({ "t": "observe", "seq": seq, "api": "openim/admin_getroammsg", "body": roam, "answer": s.call_text("openim/admin_getroammsg", &roam.to_string()) }));
        let joined = json!({ "Member_Account": reader });
        t.push(json!({ "t": "observe", "seq": seq, "api": "group_open_http_svc/get_joined_group_list", "body": joined, "answer": s.call_text("group_open_http_svc/get_joined_group_list", &joined.to_string()) }));
    }
    t.push(json!({ "t": "snapshot", "seq": seq, "snapshot": s.snapshot(), "inspect": s.inspect_json() }));
}

fn record_sequences(t: &mut Transcript) {
    let mut rng = Rng(15);
    for seq in 0..60 {
        let mut s = sim(None);
        for _ in 0..(10 + rng.below(50)) {
            let (api, body) = op(&mut rng, s.now());
            let answer = match api.as_str() {
                "client" => json!(s.client_json(&body.to_string()).err()),
                "advance" => {
                    s.advance(body.as_u64().unwrap());
                    Value::Null
                }
                "roundtrip" => {
                    let snap = s.snapshot();
                    s = Simulator::restore(&snap, tcim::sim::system_now, None).unwrap();
                    json!(s.snapshot() == snap)
                }
                _ => json!(s.call_text(&api, &body.to_string())),
            };
            t.push(json!({ "t": "op", "seq": seq, "api": api, "body": body, "answer": answer }));
        }
        observe(&mut s, t, seq);
    }
}

fn record_http(t: &mut Transcript) {
    let key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    let sig = tcim::usersig::gen_user_sig(1_400_000_000, key, "administrator", 86_400, T0, None);
    let bob_sig = tcim::usersig::gen_user_sig(1_400_000_000, key, "bob", 86_400, T0, None);
    let old_sig = tcim::usersig::gen_user_sig(1_400_000_000, key, "administrator", 10, T0 - 100, None);
    let enc = tcim::protocol::request::encode_component;
    let ok_query = |sig: &str| format!("sdkappid=1400000000&identifier=administrator&usersig={}&random=99&contenttype=json", enc(sig));
    let paths = ["/v4/im_open_login_svc/account_import", "v4/im_open_login_svc/account_import", "/v4/group_open_http_svc/get_group_msg_receipt", "/v4/openim/nope", "/v4/group_open_http_svc/nope", "/v3/openim/sendmsg", "/", "/v4/"];
    let queries = vec![
        ok_query(&sig),
        ok_query(&bob_sig),
        ok_query(&old_sig),
        format!("sdkappid=1400000000&identifier=administrator&usersig={sig}&random=99"),
        "identifier=administrator&usersig=x&random=1".to_owned(),
        "sdkappid=&identifier=administrator&usersig=x&random=1".to_owned(),
        "sdkappid=abc&identifier=administrator&usersig=x&random=1".to_owned(),
        "sdkappid=1400000001&identifier=administrator&usersig=x&random=1".to_owned(),
        "sdkappid=1400000000&usersig=x&random=1".to_owned(),
        "sdkappid=1400000000&identifier=bob&usersig=x&random=1".to_owned(),
        "sdkappid=1400000000&identifier=administrator&usersig=x".to_owned(),
        "sdkappid=1400000000&identifier=administrator&usersig=x&random=4294967296".to_owned(),
        "sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=xml".to_owned(),
        "sdkappid=1400000000&identifier=admin%69strator&usersig=x+y&random=1".to_owned(),
        "sdkappid=1400000000&identifier=administrator&usersig=not-a-sig&random=1&contenttype=json".to_owned(),
    ];
    let bodies = [r#"{"UserID":"bob"}"#, r#"{"GroupId":"gp","MsgSeqList":[{"MsgSeq":1}]}"#, "not json", ""];
    for secret in [None, Some(key)] {
        for method in ["POST", "GET", "PUT"] {
            for path in paths {
                for query in &queries {
                    for host in ["https://console.tim.qq.com"] {
                        let url = format!("{host}{path}?{query}");
                        for body in bodies {
                            let mut s = sim(secret);
                            let a = s.handle(method, &url, body);
                            t.push(json!({ "t": "http", "secret": secret.is_some(), "method": method, "url": url, "body": body, "status": a.status, "answer": a.body }));
                        }
                    }
                }
            }
        }
    }
}

fn record_misc(t: &mut Transcript) {
    // The rate limit: 205 calls within one second.
    let mut s = Simulator::new(Options { now: Some(T0), ..Options::default() });
    let answers: Vec<String> = (0..205).map(|i| s.call_text("im_open_login_svc/account_check", &json!({ "CheckItem": [{ "UserID": format!("u{i}") }] }).to_string())).collect();
    t.push(json!({ "t": "rate", "answers": answers[195..] }));
    // Options and client actions people get wrong.
    for options in ["", "{}", r#"{"sdkAppId":1}"#, r#"{"nope":1}"#, r#"{"admin":""}"#, r#"{"now":-1}"#, r#"{"groupReadReceipts":false,"now":5}"#, "[", r#"{"admin":"a"}"#] {
        let r = Simulator::from_options_json(options, || T0).map(|s| s.snapshot());
        t.push(json!({ "t": "options", "options": options, "result": format!("{r:?}") }));
    }
    let mut s = world();
    for action in [r#"{}"#, r#"{"action":"fly"}"#, r#"{"action":"readGroup"}"#, r#"{"action":"readGroup","groupId":"gp","account":"bob","seq":2,"peer":"x"}"#, r#"{"action":"readGroup","groupId":"gp","account":"bob","seq":3}"#, r#"{"action":"readC2c","reader":"bob","peer":"peter"}"#, r#"{"action":"joinGroup","groupId":"ga","account":"bob"}"#, r#"{"action":"quitGroup","groupId":"gp","account":"nobody"}"#, "nope"] {
        t.push(json!({ "t": "client", "action": action, "result": format!("{:?}", s.client_json(action)) }));
    }
    t.push(json!({ "t": "snapshot", "snapshot": s.snapshot(), "inspect": s.inspect_json() }));
    for snap in ["", "{}", r#"{"format":"x","version":1}"#, r#"{"format":"tcim-simulator","version":9}"#] {
        t.push(json!({ "t": "restore", "snapshot": snap, "result": format!("{:?}", Simulator::restore(snap, || T0, None).map(|s| s.snapshot())) }));
    }
    let sig = tcim::usersig::gen_user_sig(1_400_000_000, "k", "bob", 86_400, T0, Some(b"buf"));
    t.push(json!({ "t": "usersig", "sig": sig, "verify": format!("{:?}", tcim::usersig::verify_user_sig(1_400_000_000, "k", "bob", &sig, T0 + 1)) }));
    for code in [0, 10004, 10010, 10059, 70001, 90001, 93000, 1, 99999] {
        t.push(json!({ "t": "error_info", "code": code, "info": format!("{:?}", tcim::error_info(code)) }));
    }
    t.push(json!({ "t": "endpoints_json", "json": tcim::codegen::endpoints_json() }));
}

#[test]
fn answers_are_byte_for_byte_the_recorded_ones() {
    let mut t = Transcript { lines: Vec::new() };
    record_endpoints(&mut t);
    record_sequences(&mut t);
    record_http(&mut t);
    record_misc(&mut t);
    let now = t.lines.join("\n") + "\n";
    if std::env::var_os("TCIM_BLESS").is_some() || !std::path::Path::new(PATH).exists() {
        std::fs::write(PATH, &now).unwrap();
        eprintln!("transcript recorded: {} records, {} bytes", t.lines.len(), now.len());
        return;
    }
    let recorded = std::fs::read_to_string(PATH).unwrap();
    if recorded != now {
        let (i, (want, got)) = recorded.lines().zip(now.lines()).enumerate().find(|(_, (a, b))| a != b).unwrap_or((recorded.lines().count().min(now.lines().count()), ("<end>", "<end>")));
        panic!("the transcript differs at record {} (of {} recorded, {} now):\nrecorded: {want}\nnow:      {got}", i + 1, recorded.lines().count(), t.lines.len());
    }
}
