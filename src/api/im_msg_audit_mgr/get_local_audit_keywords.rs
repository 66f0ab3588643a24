//! `v4/im_msg_audit_mgr/get_local_audit_keywords`: one page of the app's local moderation
//! words (doocs docs/guide/audit.md; the Java SDK's model names the fields).

use crate::api::prelude::*;

/// `SdkAppId`: the app's own (another app's answers 70402).
pub const SDK_APP_ID: Ty = U32;
/// `WordType`: 1 a word, 2 a regular expression.
pub const WORD_TYPES: Ty = Ty::IntEnum(&[1, 2]);
/// `FilterType`: 1 replace the word, 2 refuse the message.
pub const FILTER_TYPES: Ty = Ty::IntEnum(&[1, 2]);
pub const REPLACE: u8 = 1;
pub const INTERCEPT: u8 = 2;
pub const WORD: u8 = 1;
pub const REGEX: u8 = 2;
/// A page's most entries.
pub const MAX_LIMIT: i64 = 100;

wire! {
    /// One local word as the service lists it.
    pub struct LocalAuditWord as LOCAL_WORD "LocalAuditWord" {
        id: u64 = req "Id", COUNT, "the word's ID" / "词的 ID";
        keyword: String = req "Keyword", string(), "the word, or the regular expression" / "词或正则表达式";
        word_type: u8 = req "WordType", WORD_TYPES, "1: a word; 2: a regular expression" / "1：词；2：正则表达式";
        filter_type: u8 = req "FilterType", FILTER_TYPES, "1: replaced by ReplacedContent; 2: the message is refused" / "1：替换为 ReplacedContent；2：拒绝该消息";
        replaced_content: String = req "ReplacedContent", string(), "what replaces the word (FilterType 1)" / "替换该词的内容（FilterType 为 1 时）";
        update_time: String = req "UpdateTime", string(), "when it was added, YYYY-MM-DD hh:mm:ss (Beijing time)" / "添加时间，YYYY-MM-DD hh:mm:ss（北京时间）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GetLocalAuditKeywords as REQUEST "GetLocalAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        filter_type: Option<u8> = opt "FilterType", FILTER_TYPES, "only words handled this way (1 replace, 2 intercept); absent: both" / "过滤类型：1 替换，2 拦截";
        offset: u64 = req "Offset", COUNT, "entries to skip" / "偏移";
        limit: u64 = req "Limit", int(1, MAX_LIMIT), "entries in this page, at most 100" / "本次最大请求数量，最多不超过100个";
        keyword: Option<String> = opt "Keyword", string(), "only words containing this; empty: all" / "敏感词，不为空时返回模糊匹配的敏感词";
    }
}

wire! {
    pub response GetLocalAuditKeywordsResponse as RESPONSE "GetLocalAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
        local_audit_words: Vec<LocalAuditWord> = out "LocalAuditWords", Ty::Array(&Arr { item: Ty::Object(&LOCAL_WORD), min_items: 0, max_items: None }), "this page, by Id" / "本页，按 Id 排列";
        total_count: u64 = out "TotalCount", COUNT, "the app's words (WordType 1)" / "应用的词数（WordType 为 1）";
        total_reg_count: u64 = out "TotalRegCount", COUNT, "the app's regular expressions (WordType 2)" / "应用的正则表达式数（WordType 为 2）";
        cur_count: u64 = out "CurCount", COUNT, "words (WordType 1) in this page" / "本页的词数（WordType 为 1）";
        cur_reg_count: u64 = out "CurRegCount", COUNT, "regular expressions (WordType 2) in this page" / "本页的正则表达式数（WordType 为 2）";
    }
}

impl ApiRequest for GetLocalAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetLocalAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "get_local_audit_keywords", "List local moderation words", "获取敏感词（本地审核）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"FilterType":1,"Offset":0,"Limit":10,"Keyword":"caonima"}"#);
