//! `im_msg_audit_mgr/get_cloud_audit_keywords_ids`, `get_cloud_audit_keywords`,
//! `add_cloud_audit_keywords`, `delete_cloud_audit_keywords`.

use crate::common::{err, ok};
use crate::im_msg_audit::{sim, APP, LIB};
use serde_json::json;

/// The documented samples run: the app's library is listed, a keyword added, found by
/// content, deleted.
#[test]
fn the_samples_run() {
    let mut s = sim(&[]);
    for api in ["get_cloud_audit_keywords_ids", "add_cloud_audit_keywords", "get_cloud_audit_keywords", "delete_cloud_audit_keywords"] {
        let endpoint = tcim::find_endpoint(&format!("im_msg_audit_mgr/{api}")).unwrap();
        let r = s.call(&endpoint.api(), endpoint.sample);
        assert_eq!(r["ErrorCode"], 0, "{api}: {r}");
        match api {
            "get_cloud_audit_keywords_ids" => assert_eq!((r["TotalCount"].clone(), r["Infos"][0]["ID"].clone()), (json!(1), json!(LIB))),
            // (The page's sample asks for a keyword the add sample does not add.)
            "get_cloud_audit_keywords" => {
                assert_eq!(r["TotalCount"], 0);
                let found = ok(&mut s, "im_msg_audit_mgr/get_cloud_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10, "LibID": LIB, "Content": "456test" }));
                assert_eq!(found["Infos"], json!([{ "ID": "1", "Content": "xyz123456test1", "Label": "Ad", "CreateTime": "2023-11-15 06:13:20" }]));
            }
            "delete_cloud_audit_keywords" => assert_eq!((r["Count"].clone(), r["Details"].clone()), (json!(1), json!([{ "KeywordID": "1", "Keyword": "xyz123456test1", "Deleted": true, "ErrorInfo": "" }]))),
            _ => {}
        }
    }
    let left = ok(&mut s, "im_msg_audit_mgr/get_cloud_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10, "LibID": LIB }));
    assert_eq!(left["TotalCount"], 0);
}

/// A keyword not in the library is reported, not refused; adding one again relabels it.
#[test]
fn delete_reports_each_keyword() {
    let mut s = sim(&[]);
    ok(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": LIB, "UserKeywords": [{ "Content": "a" }, { "Content": "b", "Label": "Porn" }] }));
    ok(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": LIB, "UserKeywords": [{ "Content": "a", "Label": "Abuse" }] }));
    let all = ok(&mut s, "im_msg_audit_mgr/get_cloud_audit_keywords", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 10, "LibID": LIB }));
    assert_eq!(all["Infos"][0], json!({ "ID": "1", "Content": "a", "Label": "Abuse", "CreateTime": "2023-11-15 06:13:20" }));
    let r = ok(&mut s, "im_msg_audit_mgr/delete_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": LIB, "Keywords": ["a", "zzz"] }));
    assert_eq!(r["Count"], 1);
    assert_eq!(r["Details"][1]["Deleted"], false);
    assert_eq!(r["Details"][1]["KeywordID"], "");
}

/// A library the app does not have, another app's SdkAppId, a label not in the list: 70402.
#[test]
fn bad_input_is_refused() {
    let mut s = sim(&[]);
    err(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": "nope", "UserKeywords": [{ "Content": "a" }] }), 70402);
    err(&mut s, "im_msg_audit_mgr/add_cloud_audit_keywords", json!({ "SdkAppId": APP, "LibID": LIB, "UserKeywords": [{ "Content": "a", "Label": "Rude" }] }), 70402);
    err(&mut s, "im_msg_audit_mgr/get_cloud_audit_keywords", json!({ "SdkAppId": 1, "Offset": 0, "Limit": 10, "LibID": LIB }), 70402);
    err(&mut s, "im_msg_audit_mgr/get_cloud_audit_keywords_ids", json!({ "SdkAppId": APP, "Offset": 0, "Limit": 0 }), 70402);
}
