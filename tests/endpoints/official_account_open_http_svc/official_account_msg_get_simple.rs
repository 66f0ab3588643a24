//! `official_account_open_http_svc/official_account_msg_get_simple`.

use super::{send, OA};
use crate::common::{err, ok, T0};
use serde_json::json;

const API: &str = "official_account_open_http_svc/official_account_msg_get_simple";

/// The sample pulls the newest 2; LastMsgKey pages back until IsFinished.
#[test]
fn the_sample_pages_back_from_the_newest() {
    let mut s = super::sim();
    for (i, t) in ["a", "b", "c"].iter().enumerate() {
        s.advance(u64::from(i > 0));
        send(&mut s, t);
    }
    let answer = super::sample(&mut s, "official_account_msg_get_simple");
    assert_eq!(answer["IsFinished"], 0);
    assert_eq!(answer["Official_Account"], OA);
    assert_eq!(answer["LastMsgKey"], format!("2_1_{}", T0 + 1));
    assert_eq!(
        answer["RspMsgList"][0],
        json!({ "From_Account": OA, "IsPlaceMsg": 0, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "c" } }], "MsgKey": format!("3_1_{}", T0 + 2), "MsgRandom": 1, "MsgSeq": 3, "MsgTimeStamp": T0 + 2 })
    );
    let next = ok(&mut s, API, json!({ "Official_Account": OA, "LastMsgKey": answer["LastMsgKey"], "ReqMsgNumber": 2 }));
    assert_eq!(next["IsFinished"], 1);
    let seqs: Vec<u64> = next["RspMsgList"].as_array().unwrap().iter().map(|m| m["MsgSeq"].as_u64().unwrap()).collect();
    assert_eq!(seqs, [1]);
    err(&mut s, API, json!({ "Official_Account": OA, "LastMsgKey": "9_1_1" }), 10004);
    err(&mut s, API, json!({ "Official_Account": "@TOA#_nobody" }), 10010);
    let empty = ok(&mut s, "official_account_open_http_svc/create_official_account", json!({ "Owner_Account": "alice", "Name": "e" }))["OfficialAccountUserID"].clone();
    let r = ok(&mut s, API, json!({ "Official_Account": empty }));
    assert_eq!((r["IsFinished"].clone(), r["LastMsgKey"].clone(), r["RspMsgList"].clone()), (json!(1), json!(""), json!([])));
}
