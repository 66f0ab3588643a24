//! `v4/im_msg_audit_mgr/delete_local_audit_keywords`: delete local moderation words by Id.

use super::get_local_audit_keywords::{FILTER_TYPES, SDK_APP_ID, WORD_TYPES};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct DeletedLocalWord as DELETED_WORD "DeleteLocalAuditWord" {
        id: u64 = req "Id", COUNT, "the word's Id, as get_local_audit_keywords lists it" / "敏感词 ID";
        keyword: Option<String> = opt "Keyword", string(), "the word (informative)" / "敏感词";
        word_type: Option<u8> = opt "WordType", WORD_TYPES, "its type (informative)" / "词类型";
        filter_type: Option<u8> = opt "FilterType", FILTER_TYPES, "its filter (informative)" / "过滤类型";
        replaced_content: Option<String> = opt "ReplacedContent", string(), "its replacement (informative)" / "替换内容";
    }
}

wire! {
    #[derive(Eq)]
    pub struct DeleteLocalAuditKeywords as REQUEST "DeleteLocalAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        local_audit_words: Vec<DeletedLocalWord> = req "LocalAuditWords", Ty::Array(&Arr { item: Ty::Object(&DELETED_WORD), min_items: 1, max_items: Some(100) }), "the words to delete, at most 100" / "待删除的敏感词数组";
    }
}

wire! {
    pub response DeleteLocalAuditKeywordsResponse as RESPONSE "DeleteLocalAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
    }
}

impl ApiRequest for DeleteLocalAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DeleteLocalAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "delete_local_audit_keywords", "Delete local moderation words", "删除敏感词（本地审核）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"LocalAuditWords":[{"Id":1,"Keyword":"caonima","WordType":1,"FilterType":1,"ReplacedContent":"****"}]}"#);
