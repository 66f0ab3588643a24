//! `v4/im_msg_audit_mgr/add_local_audit_keywords`: add local moderation words, which then
//! act on the text of one-to-one and group messages (replaced, or the message refused).

use super::get_local_audit_keywords::{FILTER_TYPES, SDK_APP_ID, WORD_TYPES};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct NewLocalWord as NEW_WORD "AddLocalAuditWord" {
        keyword: String = req "Keyword", string_max(500), "the word, or the regular expression (WordType 2)" / "敏感词";
        word_type: u8 = req "WordType", WORD_TYPES, "1: a word; 2: a regular expression" / "词类型：1 敏感词，2 正则";
        filter_type: u8 = req "FilterType", FILTER_TYPES, "1: replace it by ReplacedContent; 2: refuse the message (80001)" / "过滤类型：1 替换，2 拦截";
        replaced_content: Option<String> = opt "ReplacedContent", string_max(500), "what replaces it (FilterType 1); default ***" / "替换内容";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AddLocalAuditKeywords as REQUEST "AddLocalAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        local_audit_words: Vec<NewLocalWord> = req "LocalAuditWords", Ty::Array(&Arr { item: Ty::Object(&NEW_WORD), min_items: 1, max_items: Some(100) }), "the words to add, at most 100" / "待添加的敏感词数组";
    }
}

wire! {
    pub response AddLocalAuditKeywordsResponse as RESPONSE "AddLocalAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
    }
}

impl ApiRequest for AddLocalAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddLocalAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "add_local_audit_keywords", "Add local moderation words", "添加敏感词（本地审核）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"LocalAuditWords":[{"Keyword":"caonima","WordType":1,"FilterType":1,"ReplacedContent":"****"}]}"#);
