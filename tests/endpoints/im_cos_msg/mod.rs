//! `im_cos_msg/*`: the ban list of chat files and their signed URLs.

use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

mod forbid_illegal_object;
mod allow_banned_object;
mod get_cos_sig;

/// An image URL as the pages show one.
pub const IMAGE: &str = "https://cos.ap-shanghai.myqcloud.com/98ec-shanghai-007-privatev2-01-1256635546/0345-1400187352/0612-yyy/9a0f4c42d208ccfb5aa47c29284aefc6.png";

/// A simulator where a sent an image (IMAGE) to b.
pub fn world() -> Simulator {
    let mut sim = Simulator::new(Options { now: Some(1_700_000_000), ..Options::default() });
    ok(&mut sim, "im_open_login_svc/multiaccount_import", json!({ "Accounts": ["a", "b"] }));
    let image = json!([{ "MsgType": "TIMImageElem", "MsgContent": { "UUID": "1", "ImageFormat": 1, "ImageInfoArray": [{ "Type": 1, "Size": 1, "Width": 1, "Height": 1, "URL": IMAGE }] } }]);
    ok(&mut sim, "openim/sendmsg", json!({ "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": image }));
    sim
}

pub fn ok(sim: &mut Simulator, api: &str, body: Value) -> Value {
    let answer = sim.call(api, &body.to_string());
    assert_eq!(answer["ErrorCode"], 0, "{api}: {answer}");
    answer
}

/// Each file's status, as get_cos_sig answers it.
pub fn status(sim: &mut Simulator, url: &str) -> Value {
    ok(sim, "im_cos_msg/get_cos_sig", json!({ "RawURLs": [{ "ResourceID": 1, "RawURL": url }] }))["PreSigURLs"][0]["Status"].clone()
}
