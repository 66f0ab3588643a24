//! The streaming text validator against the tree validator (the reference): on random
//! payloads for every endpoint — samples mutated field by field, with wrong types, odd
//! numbers, unknown and misspelled keys, repeated keys, random whitespace — whenever the
//! streaming validator answers, it answers exactly what the tree validator does.

use tcim::validate::schema::{Obj, Ty};
use tcim::validate::{stream, validate_with_tree, Diagnostic};
use tcim::ENDPOINTS;

/// A JSON value with members in a chosen order (repeats allowed), rendered by hand.
enum J {
    Raw(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn from_value(v: &serde_json::Value) -> J {
    match v {
        serde_json::Value::Array(items) => J::Arr(items.iter().map(from_value).collect()),
        serde_json::Value::Object(m) => J::Obj(m.iter().map(|(k, v)| (k.clone(), from_value(v))).collect()),
        other => J::Raw(other.to_string()),
    }
}

/// xorshift64*: deterministic, so a failure names its case number.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SCALARS: &[&str] = &[
    "null", "true", "false", "0", "1", "5", "-1", "3000", "100000000", "4294967295", "4294967296", "9223372036854775807",
    "9223372036854775808", "18446744073709551615", "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
    "-0", "5.0", "1.5", "1e3", "1E400", "\"\"", "\"bob\"", "\"dramon1\"", "\"@TGS#2CLUZEAEJ\"", "\"@TGS#_com\"", "\"my group\"",
    "\"12345\"", "\"1700000000\"", "\"17000000000\"", "\"soon\"", "\"Public\"", "\"Private\"", "\"Work\"", "\"Meeting\"",
    "\"ChatRoom\"", "\"Community\"", "\"TIMTextElem\"", "\"中文群\"", "\"é😀\"", "\"a\\nb\"", "\"\\u00e9\"", "\"\\ud800\"",
    "\"0123456789012345678901234567890123456789012345678\"", "\"012345678901234567890123456789012\"",
];

fn table_keys(obj: &Obj, out: &mut Vec<String>) {
    for f in obj.all_fields() {
        out.push(f.name.to_owned());
        match f.ty {
            Ty::Object(o) => table_keys(o, out),
            Ty::Array(a) => {
                if let Ty::Object(o) = a.item {
                    table_keys(o, out);
                }
            }
            _ => {}
        }
    }
    for m in obj.all_mistakes() {
        out.push(m.key.to_owned());
    }
}

fn random_value(rng: &mut Rng, keys: &[String], depth: usize) -> J {
    match rng.below(if depth > 2 { 1 } else { 8 }) {
        0..=4 => J::Raw(rng.pick(SCALARS).to_string()),
        5 => J::Arr((0..rng.below(4)).map(|_| random_value(rng, keys, depth + 1)).collect()),
        6 => J::Arr((0..rng.below(3)).map(|_| J::Obj(vec![("MsgSeq".into(), random_value(rng, keys, depth + 2))])).collect()),
        _ => J::Obj((0..rng.below(4)).map(|_| (rng.pick(keys).clone(), random_value(rng, keys, depth + 1))).collect()),
    }
}

fn mutate(j: &mut J, rng: &mut Rng, keys: &[String], depth: usize) {
    match j {
        J::Obj(members) => {
            for (_, v) in members.iter_mut() {
                if rng.below(4) == 0 {
                    *v = random_value(rng, keys, depth + 1);
                } else {
                    mutate(v, rng, keys, depth + 1);
                }
            }
            match rng.below(6) {
                0 if !members.is_empty() => {
                    let i = rng.below(members.len());
                    members.remove(i);
                }
                1 => {
                    let at = rng.below(members.len() + 1);
                    members.insert(at, (rng.pick(keys).clone(), random_value(rng, keys, depth + 1)));
                }
                2 if !members.is_empty() => {
                    // a repeated key
                    let k = members[rng.below(members.len())].0.clone();
                    members.push((k, random_value(rng, keys, depth + 1)));
                }
                3 if !members.is_empty() => {
                    let (a, b) = (rng.below(members.len()), rng.below(members.len()));
                    members.swap(a, b);
                }
                _ => {}
            }
        }
        J::Arr(items) => {
            for v in items.iter_mut() {
                if rng.below(5) == 0 {
                    *v = random_value(rng, keys, depth + 1);
                } else {
                    mutate(v, rng, keys, depth + 1);
                }
            }
            if rng.below(4) == 0 {
                let extra = items.first().map(|_| random_value(rng, keys, depth + 1));
                items.extend(extra);
            }
        }
        J::Raw(_) => {}
    }
}

fn render(j: &J, rng: &mut Rng, style: usize, out: &mut String) {
    let ws = |rng: &mut Rng, out: &mut String| match style {
        0 => {}
        1 => out.push(' '),
        _ => out.push_str(["", "\n  ", " ", "\r\n\t"][rng.below(4)]),
    };
    match j {
        J::Raw(s) => out.push_str(s),
        J::Arr(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ws(rng, out);
                render(v, rng, style, out);
            }
            ws(rng, out);
            out.push(']');
        }
        J::Obj(members) => {
            out.push('{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                ws(rng, out);
                out.push_str(&serde_json::to_string(k).unwrap());
                out.push(':');
                ws(rng, out);
                render(v, rng, style, out);
            }
            ws(rng, out);
            out.push('}');
        }
    }
}

fn has_repeated_key(j: &J) -> bool {
    match j {
        J::Raw(_) => false,
        J::Arr(items) => items.iter().any(has_repeated_key),
        J::Obj(m) => m.iter().enumerate().any(|(i, (k, _))| m[..i].iter().any(|(k2, _)| k2 == k)) || m.iter().any(|(_, v)| has_repeated_key(v)),
    }
}

fn without_positions(d: &[Diagnostic]) -> Vec<Diagnostic> {
    d.iter().cloned().map(|d| Diagnostic { line: None, column: None, ..d }).collect()
}

#[test]
fn streaming_answers_like_the_tree_validator() {
    let mut rng = Rng(0x7c1d_5eed);
    let (mut answered, mut total, mut with_findings) = (0, 0, 0);
    for endpoint in ENDPOINTS.iter().filter(|e| !e.between_fields()) {
        let mut keys = vec!["x".to_owned(), "groupid".to_owned(), "Group_Id".to_owned(), "a/b~c".to_owned(), "é".to_owned()];
        table_keys(endpoint.request, &mut keys);
        let sample: serde_json::Value = serde_json::from_str(endpoint.sample).unwrap();
        for case in 0..3000 {
            let mut j = from_value(&sample);
            if case > 0 {
                mutate(&mut j, &mut rng, &keys, 0);
            }
            let mut text = String::new();
            render(&j, &mut rng, case % 3, &mut text);
            if case % 50 == 7 {
                text = format!("\n \n{text}\n");
            }
            total += 1;
            let tree = validate_with_tree(endpoint, &text, true);
            let Ok(streamed) = stream::validate(endpoint.request, &text, true) else {
                continue;
            };
            answered += 1;
            with_findings += usize::from(!tree.is_empty());
            if has_repeated_key(&j) {
                // Positions differ on purpose: each repeat is reported where it is.
                assert_eq!(without_positions(&streamed), without_positions(&tree), "{} case {case}: {text}", endpoint.api());
            } else {
                assert_eq!(streamed, tree, "{} case {case}: {text}", endpoint.api());
            }
            let unpositioned = stream::validate(endpoint.request, &text, false).unwrap();
            assert_eq!(unpositioned, without_positions(&tree), "{} case {case} without positions", endpoint.api());
        }
    }
    eprintln!("streaming answered {answered} of {total}; {with_findings} of them with findings");
    assert!(with_findings * 2 > answered, "the mutations should mostly produce findings");
    // The fast path must cover most payloads, or it is not a fast path.
    assert!(answered * 10 > total * 6, "streaming answered only {answered} of {total}");
}

#[test]
fn samples_take_the_streaming_path() {
    for endpoint in ENDPOINTS.iter().filter(|e| !e.between_fields()) {
        assert_eq!(stream::validate(endpoint.request, endpoint.sample, true), Ok(vec![]), "{}", endpoint.api());
    }
}

#[test]
fn steps_aside_for_what_it_does_not_read() {
    let obj = ENDPOINTS.iter().find(|e| e.command == "set_unread_msg_num").unwrap().request;
    for text in [
        r#"{"GroupId":"g\u0041","Member_Account":"bob","UnreadMsgNum":5}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":5.0}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":-0}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":1e400}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":18446744073709551616}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":05}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":5,}"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":5} x"#,
        r#"{"GroupId":"g","Member_Account":"bob","UnreadMsgNum":5"#,
        r#"{"x":"\ud800"}"#,
        "[1]",
        "",
    ] {
        assert_eq!(stream::validate(obj, text, true), Err(stream::Bail), "{text}");
    }
    let deep = format!("{{\"x\":{}{}}}", "[".repeat(200), "]".repeat(200));
    assert_eq!(stream::validate(obj, &deep, true), Err(stream::Bail));
}

#[test]
fn each_repeat_of_a_key_is_reported_where_it_is() {
    let endpoint = ENDPOINTS.iter().find(|e| e.command == "set_unread_msg_num").unwrap();
    let text = "{\"GroupId\":\"g\",\n\"Member_Account\":\"bob\",\n\"UnreadMsgNum\":5,\n\"UnreadMsgNum\":-1,\n\"UnreadMsgNum\":6}";
    let d = stream::validate(endpoint.request, text, true).unwrap();
    let found: Vec<_> = d.iter().map(|d| (d.code, d.line, d.column)).collect();
    assert_eq!(found, [("duplicate_key", Some(4), Some(1)), ("out_of_range", Some(4), Some(16)), ("duplicate_key", Some(5), Some(1))]);
}
