//! `v4/im_msg_audit/batch_content_moderation`: moderate up to 10 texts and images at once
//! (269/100243); audio and video go through `content_moderation`.

use super::content_moderation::{AUDIT_NAME, CONTENT, RESULTS};
use crate::api::prelude::*;
use crate::vocab::Diagnostic;

wire! {
    #[derive(Eq)]
    pub struct AuditContent as CONTENT_ITEM "BatchContentModerationItem" {
        content_id: u64 = req "ContentId", U32, "the content's ID, unique in the request" / "内容 ID，数组里各个成员，不能重复的 ContentId";
        content_type: String = req "ContentType", Ty::Enum(&["Text", "Image"]), "Text or Image" / "送审类型，批量审核接口里，限制取值：Text/Image";
        content: String = req "Content", CONTENT, "the text, or the image's URL; at most 8 KB" / "送审内容，最大限制8KB，当审核文件时，填对应 URL";
    }
}

wire! {
    #[derive(Eq)]
    pub struct BatchContentModeration as REQUEST "BatchContentModerationRequest" {
        audit_name: String = req "AuditName", AUDIT_NAME, "the moderation configuration: C2C, Group, UserInfo, GroupInfo, GroupMemberInfo, RelationChain, or a custom configuration's ID" / "表明审核配置。通用审核配置取值：C2C / Group / UserInfo / GroupInfo / GroupMemberInfo / RelationChain；自定义审核配置取值：自定义审核配置 ID";
        contents: Vec<AuditContent> = req "Contents", Ty::Array(&Arr { item: Ty::Object(&CONTENT_ITEM), min_items: 1, max_items: Some(10) }), "the contents, at most 10" / "批量送审数组，最多支持10个内容批量送审";
        ext_sender: Option<String> = opt "ExtSender", string(), "the sender, for the console's details" / "发送方标识";
        ext_receiver: Option<String> = opt "ExtReceiver", string(), "the receiver, for the console's details" / "接收方标识";
    }
}

wire! {
    pub struct AuditResult as AUDIT_RESULT "BatchContentModerationResult" {
        content_id: u64 = req "ContentId", COUNT, "the content's ID" / "内容的 ID";
        result: String = req "Result", RESULTS, "Pass, Review or Block" / "Pass、Review 或 Block";
        score: u64 = req "Score", int(0, 100), "confidence in the label, 0-100" / "该标签的置信度，0-100";
        label: String = req "Label", string(), "Normal, or what the content violates" / "Normal，或内容违规的类别";
        sub_label: String = req "SubLabel", string(), "a finer label; empty here" / "更细的标签；这里为空";
        keywords: Vec<String> = req "Keywords", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the words hit" / "命中的关键词";
        request_id: String = req "RequestId", string(), "this content's moderation ID" / "该内容的审核 ID";
        error_code: u64 = req "ErrorCode", COUNT, "0: moderated" / "0：已审核";
        error_info: String = req "ErrorInfo", string(), "why not, else empty" / "失败原因，否则为空";
    }
}

wire! {
    pub response BatchContentModerationResponse as RESPONSE "BatchContentModerationResponse" {
        audit_results: Vec<AuditResult> = out "AuditResults", Ty::Array(&Arr { item: Ty::Object(&AUDIT_RESULT), min_items: 0, max_items: None }), "one verdict per content, in the request's order" / "每条内容一个审核结果，顺序同请求";
    }
}

impl ApiRequest for BatchContentModeration {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = BatchContentModerationResponse;
}

/// "不能重复的 ContentId".
fn unique_ids(body: &Node, c: &mut Checker) {
    let Some(Node::Array(items)) = body.member("Contents") else { return };
    let mut seen = std::collections::BTreeSet::new();
    for id in items.iter().filter_map(|i| i.member("ContentId").and_then(Node::as_i64)) {
        if !seen.insert(id) {
            c.push(Diagnostic::error(c.path_of("Contents"), "duplicate_item", crate::vocab::messages::DUPLICATE_CONTENT_ID.render(&[&id])));
        }
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAudit, "batch_content_moderation", "Moderate contents in batch", "主动批量审核接口")
    .docs(100243, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .check(unique_ids, &["/Contents"], "each item of Contents has its own ContentId")
    .sample(r#"{"AuditName":"Group","Contents":[{"ContentId":0,"ContentType":"Text","Content":"abc123"},{"ContentId":1,"ContentType":"Text","Content":"abc1234"},{"ContentId":2,"ContentType":"Image","Content":"https://www.simple.com/1.jpg"},{"ContentId":3,"ContentType":"Text","Content":"tttcccc"}],"ExtSender":"sender_xx","ExtReceiver":"receiver_yy"}"#);
