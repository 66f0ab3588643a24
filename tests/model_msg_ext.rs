//! Random set / delete / clear / snapshot sequences on a group message's key–value extensions
//! against a naive model (a map of key → (value, Seq), the latest Seq and ClearSeq): every
//! write's answer, and group_get_key_values from random StartSeqs walked page by page, must
//! agree with it; a refused write (over 300 keys) changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tcim::sim::{Options, Simulator};

const SET: &str = "openim_msg_ext_http_svc/group_set_key_values";
const GET: &str = "openim_msg_ext_http_svc/group_get_key_values";

#[derive(Debug, Clone)]
enum Op {
    /// Keys by index (few distinct names, so rewrites happen), values by index.
    Set(Vec<(u16, u8)>),
    Delete(Vec<u16>),
    Clear,
    Get(u64),
    Roundtrip,
}

fn op() -> impl Strategy<Value = Op> {
    let pairs = prop::collection::vec((0u16..400, 0u8..4), 1..=20);
    prop_oneof![
        8 => pairs.prop_map(Op::Set),
        3 => prop::collection::vec(0u16..400, 1..=20).prop_map(Op::Delete),
        1 => Just(Op::Clear),
        3 => (0u64..40).prop_map(Op::Get),
        1 => Just(Op::Roundtrip),
    ]
}

#[derive(Default)]
struct Model {
    kvs: BTreeMap<String, (String, u64)>,
    latest: u64,
    clear: u64,
}

fn call(s: &mut Simulator, api: &str, body: Value) -> Value {
    s.call(api, &body.to_string())
}

/// Pulls every key from `start` on, page by page as the page says (StartSeq = last Seq seen).
fn pull_all(s: &mut Simulator, start: u64) -> Vec<(String, String, u64)> {
    let mut seen: BTreeMap<String, (String, u64)> = BTreeMap::new();
    let mut from = start;
    loop {
        let r = call(s, GET, json!({ "GroupId": "g", "MsgSeq": 1, "StartSeq": from }));
        assert_eq!(r["ErrorCode"], 0, "{r}");
        let list = r["ExtensionList"].as_array().unwrap();
        assert!(list.len() <= 200);
        let seqs: Vec<u64> = list.iter().map(|kv| kv["Seq"].as_u64().unwrap()).collect();
        assert!(seqs.windows(2).all(|w| w[0] <= w[1]), "by Seq: {seqs:?}");
        for kv in list {
            seen.insert(kv["Key"].as_str().unwrap().to_owned(), (kv["Value"].as_str().unwrap().to_owned(), kv["Seq"].as_u64().unwrap()));
        }
        if r["CompleteFlag"] == 1 {
            return seen.into_iter().map(|(k, (v, q))| (k, v, q)).collect();
        }
        from = *seqs.last().unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn extensions_agree_with_the_model(ops in prop::collection::vec(op(), 1..40)) {
        let mut s = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
        call(&mut s, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["a"] }));
        call(&mut s, "group_open_http_svc/create_group", json!({ "Owner_Account": "a", "Type": "Public", "GroupId": "g", "Name": "G" }));
        let sent = call(&mut s, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "a", "Random": 1, "SupportMessageExtension": 1, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }] }));
        prop_assert_eq!(&sent["MsgSeq"], 1);
        let mut m = Model::default();
        for op in ops {
            match op {
                Op::Set(pairs) => {
                    let list: Vec<Value> = pairs.iter().map(|(k, v)| json!({ "Key": format!("k{k}"), "Value": format!("v{v}") })).collect();
                    let mut keys: Vec<String> = m.kvs.keys().cloned().collect();
                    keys.extend(pairs.iter().map(|(k, _)| format!("k{k}")));
                    keys.sort();
                    keys.dedup();
                    let before = s.snapshot();
                    let r = call(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 1, "ExtensionList": list }));
                    if keys.len() > 300 {
                        prop_assert_eq!(&r["ErrorCode"], 10004);
                        prop_assert_eq!(s.snapshot(), before);
                        continue;
                    }
                    m.latest += 1;
                    for (k, v) in &pairs {
                        m.kvs.insert(format!("k{k}"), (format!("v{v}"), m.latest));
                    }
                    let results = r["ExtensionList"].as_array().unwrap();
                    prop_assert_eq!(results.len(), pairs.len());
                    prop_assert!(results.iter().all(|x| x["ErrorCode"] == 0 && x["Extension"]["Seq"] == m.latest));
                }
                Op::Delete(keys) => {
                    let list: Vec<Value> = keys.iter().map(|k| json!({ "Key": format!("k{k}"), "Value": "" })).collect();
                    let r = call(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 2, "ExtensionList": list }));
                    prop_assert_eq!(&r["ErrorCode"], 0);
                    m.latest += 1;
                    for k in keys {
                        m.kvs.remove(&format!("k{k}"));
                    }
                }
                Op::Clear => {
                    let r = call(&mut s, SET, json!({ "GroupId": "g", "MsgSeq": 1, "OperateType": 3 }));
                    prop_assert_eq!(&r["ExtensionList"], &json!([]));
                    m.latest += 1;
                    m.clear = m.latest;
                    m.kvs.clear();
                }
                Op::Get(start) => {
                    let r = call(&mut s, GET, json!({ "GroupId": "g", "MsgSeq": 1 }));
                    prop_assert_eq!(&r["LatestSeq"], m.latest);
                    prop_assert_eq!(&r["ClearSeq"], m.clear);
                    let want: Vec<(String, String, u64)> = m.kvs.iter().filter(|(_, (_, q))| *q >= start).map(|(k, (v, q))| (k.clone(), v.clone(), *q)).collect();
                    prop_assert_eq!(pull_all(&mut s, start), want);
                }
                Op::Roundtrip => {
                    let copy = Simulator::restore(&s.snapshot(), tcim::sim::system_now, None).unwrap();
                    prop_assert_eq!(copy.snapshot(), s.snapshot());
                    s = copy;
                }
            }
        }
    }
}
