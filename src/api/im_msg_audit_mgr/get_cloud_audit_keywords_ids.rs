//! `v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids`: the app's cloud moderation keyword
//! libraries (the 269/943xx series; the Java SDK's model names the fields).

use super::get_local_audit_keywords::{MAX_LIMIT, SDK_APP_ID};
use crate::api::prelude::*;

wire! {
    /// One keyword library.
    pub struct KeywordLibrary as LIBRARY "CloudAuditKeywordLibrary" {
        id: String = req "ID", string(), "the library's ID (LibID)" / "词库的 ID（LibID）";
        lib_name: String = req "LibName", string(), "its name" / "名称";
        describe: String = req "Describe", string(), "its description" / "词库的描述";
        create_time: String = req "CreateTime", string(), "when it was made, YYYY-MM-DD hh:mm:ss" / "创建时间，YYYY-MM-DD hh:mm:ss";
        suggestion: String = req "Suggestion", string(), "what a hit suggests: Block or Review" / "命中时的建议：Block 或 Review";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GetCloudAuditKeywordsIds as REQUEST "GetCloudAuditKeywordsIdsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        offset: u64 = req "Offset", COUNT, "entries to skip" / "偏移";
        limit: u64 = req "Limit", int(1, MAX_LIMIT), "entries in this page, at most 100" / "本次最大请求数量，最多不超过100个";
    }
}

wire! {
    pub response GetCloudAuditKeywordsIdsResponse as RESPONSE "GetCloudAuditKeywordsIdsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
        total_count: u64 = out "TotalCount", COUNT, "the app's libraries" / "应用的词库数";
        infos: Vec<KeywordLibrary> = out "Infos", Ty::Array(&Arr { item: Ty::Object(&LIBRARY), min_items: 0, max_items: None }), "this page" / "本页";
    }
}

impl ApiRequest for GetCloudAuditKeywordsIds {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetCloudAuditKeywordsIdsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "get_cloud_audit_keywords_ids", "List cloud keyword libraries", "获取词库列表（云端审核）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"Offset":0,"Limit":10}"#);
