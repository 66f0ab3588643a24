//! `im_msg_audit/batch_content_moderation`.

use super::sim;
use crate::common::err;
use serde_json::json;

/// The documented sample: one verdict per content in order; "abc123" among the moderation
/// words blocks both texts containing it, the others pass.
#[test]
fn the_sample_answers_each_content() {
    let mut s = sim(&["abc123"]);
    let endpoint = tcim::find_endpoint("im_msg_audit/batch_content_moderation").unwrap();
    let r = s.call(&endpoint.api(), endpoint.sample);
    assert_eq!(r["ErrorCode"], 0, "{r}");
    let results = r["AuditResults"].as_array().unwrap();
    let verdicts: Vec<(u64, &str)> = results.iter().map(|i| (i["ContentId"].as_u64().unwrap(), i["Result"].as_str().unwrap())).collect();
    assert_eq!(verdicts, [(0, "Block"), (1, "Block"), (2, "Pass"), (3, "Pass")]);
    assert!(results.iter().all(|i| i["ErrorCode"] == 0 && i["RequestId"].as_str().unwrap().len() == 36));
}

/// More than 10 contents, a repeated ContentId, or Audio in a batch: 70402.
#[test]
fn bad_batches_are_refused() {
    let mut s = sim(&[]);
    let item = |id: u64, ty: &str| json!({ "ContentId": id, "ContentType": ty, "Content": "x" });
    let eleven: Vec<_> = (0..11).map(|i| item(i, "Text")).collect();
    err(&mut s, "im_msg_audit/batch_content_moderation", json!({ "AuditName": "C2C", "Contents": eleven }), 70402);
    err(&mut s, "im_msg_audit/batch_content_moderation", json!({ "AuditName": "C2C", "Contents": [item(1, "Text"), item(1, "Text")] }), 70402);
    err(&mut s, "im_msg_audit/batch_content_moderation", json!({ "AuditName": "C2C", "Contents": [item(1, "Audio")] }), 70402);
}
