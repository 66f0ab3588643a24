//! `v4/im_msg_audit_mgr/get_cloud_audit_keywords`: one page of a cloud keyword library's words
//! (269/94302).

use super::get_local_audit_keywords::{MAX_LIMIT, SDK_APP_ID};
use crate::api::prelude::*;

/// `LibID`: a library the app has.
pub const LIB_ID: Ty = non_empty();

wire! {
    /// One keyword of a library.
    pub struct CloudKeyword as KEYWORD "CloudAuditKeyword" {
        id: String = req "ID", string(), "the keyword's ID" / "关键词的 ID";
        content: String = req "Content", string(), "the keyword" / "关键词";
        label: String = req "Label", string(), "its label (Normal, Illegal, Abuse, Polity, Ad, Porn, Sexy, Terror, Composite)" / "关键词的标签（Normal、Illegal、Abuse、Polity、Ad、Porn、Sexy、Terror、Composite）";
        create_time: String = req "CreateTime", string(), "when it was added, YYYY-MM-DD hh:mm:ss (Beijing time)" / "添加时间，YYYY-MM-DD hh:mm:ss（北京时间）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GetCloudAuditKeywords as REQUEST "GetCloudAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        offset: u64 = req "Offset", COUNT, "entries to skip" / "偏移";
        limit: u64 = req "Limit", int(1, MAX_LIMIT), "entries in this page, at most 100" / "本次最大请求数量，最多不超过100个";
        lib_id: String = req "LibID", LIB_ID, "the library" / "当前操作的词库 ID";
        content: Option<String> = opt "Content", string(), "only keywords containing this; empty: all, page by page" / "如果不为空，则返回对应模糊匹配敏感词；如果为空，则分页拉取相应敏感词";
    }
}

wire! {
    pub response GetCloudAuditKeywordsResponse as RESPONSE "GetCloudAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
        total_count: u64 = out "TotalCount", COUNT, "the keywords that match in all" / "匹配的关键词总数";
        infos: Vec<CloudKeyword> = out "Infos", Ty::Array(&Arr { item: Ty::Object(&KEYWORD), min_items: 0, max_items: None }), "this page, by ID" / "本页，按 ID 排列";
    }
}

impl ApiRequest for GetCloudAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetCloudAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "get_cloud_audit_keywords", "List a cloud library's keywords", "获取敏感词（云端审核）")
    .docs(94302, 77830)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"Offset":0,"Limit":10,"LibID":"1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d","Content":"test123456xyz1"}"#);
