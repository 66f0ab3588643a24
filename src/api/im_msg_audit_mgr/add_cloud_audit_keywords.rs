//! `v4/im_msg_audit_mgr/add_cloud_audit_keywords`: add keywords to a cloud library (269/94303,
//! trtc.io/document/77831); cloud moderation then blocks content that contains one.

use super::get_cloud_audit_keywords::LIB_ID;
use super::get_local_audit_keywords::SDK_APP_ID;
use crate::api::prelude::*;

/// The labels a keyword may carry.
pub const LABELS: Ty = Ty::Enum(&["Normal", "Illegal", "Abuse", "Polity", "Ad", "Porn", "Sexy", "Terror", "Composite"]);

wire! {
    #[derive(Eq)]
    pub struct UserKeyword as USER_KEYWORD "CloudAuditUserKeyword" {
        content: String = req "Content", string_max(500), "the keyword" / "敏感词内容";
        label: Option<String> = opt "Label", LABELS, "its label; default Composite" / "敏感词分类：Normal/Illegal/Abuse/Polity/Ad/Porn/Sexy/Terror/Composite";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AddCloudAuditKeywords as REQUEST "AddCloudAuditKeywordsRequest" {
        sdk_app_id: u64 = req "SdkAppId", SDK_APP_ID, "the app's SDKAppID" / "应用 ID";
        lib_id: String = req "LibID", LIB_ID, "the library" / "词库 ID";
        user_keywords: Vec<UserKeyword> = req "UserKeywords", Ty::Array(&Arr { item: Ty::Object(&USER_KEYWORD), min_items: 1, max_items: Some(100) }), "the keywords to add, at most 100" / "待添加的敏感词数组";
    }
}

wire! {
    pub response AddCloudAuditKeywordsResponse as RESPONSE "AddCloudAuditKeywordsResponse" {
        request_id: String = out "RequestId", string(), "this request's ID" / "本次请求的 ID";
    }
}

impl ApiRequest for AddCloudAuditKeywords {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AddCloudAuditKeywordsResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAuditMgr, "add_cloud_audit_keywords", "Add keywords to a cloud library", "添加敏感词（云端审核）")
    .docs(94303, 77831)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"SdkAppId":1400000000,"LibID":"1cd0d0ed-0e2c-4d35-ae86-2a1a8697706d","UserKeywords":[{"Content":"xyz123456test1","Label":"Ad"}]}"#);
