//! `im_cos_msg/get_cos_sig`.

use super::{ok, world, IMAGE};
use serde_json::json;
use tcim::sim::{Options, Simulator};

/// The URL with the double's signature: FNV-1a 64 of "SDKAppID\nRawURL\nstart;end", valid
/// from now for 900 seconds (decisions.md).
fn expected(url: &str, now: u64) -> String {
    let times = format!("{now};{}", now + 900);
    let text = format!("1400000000\n{url}\n{times}");
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{url}?q-sign-algorithm=fnv1a64&q-ak=1400000000&q-sign-time={times}&q-key-time={times}&q-signature={h:016x}")
}

/// The documented sample runs on a new simulator: no message carries its files, so both are
/// Status 2 (not found), each with its signed URL, in request order.
#[test]
fn the_sample_runs() {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    let endpoint = tcim::find_endpoint("im_cos_msg/get_cos_sig").unwrap();
    let answer = sim.call(&endpoint.api(), endpoint.sample);
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    let list = answer["PreSigURLs"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["ResourceID"], 1);
    assert_eq!(list[1]["ResourceID"], 2);
    assert_eq!(list[0]["Status"], 2);
    assert_eq!(list[0]["Code"], 0);
    assert_eq!(list[0]["Desc"], "");
    assert!(endpoint.read_only);
}

/// A file a message carries is Status 0, banned 1, unknown 2; the signature is deterministic
/// from the SDKAppID, the URL and the clock, and moves with the clock.
#[test]
fn status_and_signature() {
    let mut sim = world();
    let unknown = "https://cos.example/none.png";
    let answer = ok(&mut sim, "im_cos_msg/get_cos_sig", json!({ "RawURLs": [{ "ResourceID": 7, "RawURL": IMAGE }, { "ResourceID": 8, "RawURL": unknown }] }));
    assert_eq!(answer["PreSigURLs"], json!([
        { "Code": 0, "Desc": "", "ResourceID": 7, "PreSigURL": expected(IMAGE, 1_700_000_000), "Status": 0 },
        { "Code": 0, "Desc": "", "ResourceID": 8, "PreSigURL": expected(unknown, 1_700_000_000), "Status": 2 },
    ]));
    ok(&mut sim, "im_cos_msg/forbid_illegal_object", json!({ "RawURL": IMAGE }));
    sim.advance(60);
    let answer = ok(&mut sim, "im_cos_msg/get_cos_sig", json!({ "RawURLs": [{ "ResourceID": 7, "RawURL": IMAGE }] }));
    assert_eq!(answer["PreSigURLs"][0]["Status"], 1);
    assert_eq!(answer["PreSigURLs"][0]["PreSigURL"], expected(IMAGE, 1_700_000_060));
}

/// A file in a group message is found too.
#[test]
fn group_files_are_found() {
    let mut sim = world();
    ok(&mut sim, "group_open_http_svc/create_group", json!({ "Owner_Account": "a", "Type": "Public", "GroupId": "g", "Name": "g" }));
    let url = "https://cos.example/group-file.zip";
    ok(&mut sim, "group_open_http_svc/send_group_msg", json!({ "GroupId": "g", "From_Account": "a", "Random": 1, "MsgBody": [{ "MsgType": "TIMFileElem", "MsgContent": { "Url": url, "FileSize": 1, "FileName": "f.zip" } }] }));
    assert_eq!(super::status(&mut sim, url), 0);
}

/// An empty list or an item without its RawURL is refused with 90001.
#[test]
fn bad_requests_are_refused() {
    let mut sim = world();
    for body in [json!({ "RawURLs": [] }), json!({ "RawURLs": [{ "ResourceID": 1 }] }), json!({})] {
        let answer = sim.call("im_cos_msg/get_cos_sig", &body.to_string());
        assert_eq!(answer["ErrorCode"], 90001, "{answer}");
    }
}
