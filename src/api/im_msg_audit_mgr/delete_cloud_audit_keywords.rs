//! `v4/im_msg_audit_mgr/delete_cloud_audit_keywords`: delete keywords from a cloud library;
//! each keyword's outcome is in `Details`.

use super::get_cloud_audit_keywords::LIB_ID;
use super::get_local_audit_keywords::SDK_APP_ID;
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct DeleteCloudAuditKeywords as REQUEST "DeleteCloudAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        lib_id: String = req "LibID", LIB_ID, "the library" / "词库 ID";
        keywords: Vec<String> = req "Keywords", Ty::Array(&Arr { item: non_empty(), min_items: 1, max_items: Some(100) }), "the keywords to delete, at most 100" / "待删除的敏感词数组";
    }
}

wire! {
    pub struct DeletedKeyword as DETAIL "CloudAuditKeywordDeleted" {
        keyword_id: String = req "KeywordID", string(), "the keyword's ID; empty when the library has no such keyword" / "关键词的 ID；词库中没有该关键词时为空";
        keyword: String = req "Keyword", string(), "the keyword" / "关键词";
        deleted: bool = req "Deleted", BOOL, "whether it was deleted (a boolean)" / "是否已删除（布尔值）";
        error_info: String = req "ErrorInfo", string(), "why not, else empty" / "失败原因，否则为空";
    }
}

wire! {
    pub response DeleteCloudAuditKeywordsResponse as RESPONSE "DeleteCloudAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
        count: u64 = out "Count", COUNT, "how many were deleted" / "删除的数量";
        details: Vec<DeletedKeyword> = out "Details", Ty::Array(&Arr { item: Ty::Object(&DETAIL), min_items: 0, max_items: None }), "each keyword's outcome, in the request's order" / "每个关键词的结果，顺序同请求";
    }
}

impl ApiRequest for DeleteCloudAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DeleteCloudAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "delete_cloud_audit_keywords", "Delete keywords from a cloud library", "删除敏感词（云端审核）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"LibID":"1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d","Keywords":["xyz123456test1"]}"#);
