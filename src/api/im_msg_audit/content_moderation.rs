//! `v4/im_msg_audit/content_moderation`: moderate one piece of content (269/94300,
//! trtc.io/document/77827). Text and images answer their verdict at once; audio and video
//! answer only the RequestId, and the verdict comes as `ContentCallback.ResultNotify`.
//! Verdicts are the simulator's word lists (decisions.md "Moderation").

use crate::api::prelude::*;

/// `AuditName`: the general configurations, or the ID of a custom one made in the console.
pub const AUDIT_NAME: Ty = non_empty();
/// `ContentType` of one content.
pub const CONTENT_TYPES: Ty = Ty::Enum(&["Text", "Image", "Audio", "Video"]);
/// `Content`: "最大限制8KB".
pub const CONTENT: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(8 * 1024), kind: StrKind::Plain });
/// A verdict's `Result`.
pub const RESULTS: Ty = Ty::Enum(&["Pass", "Review", "Block", ""]);

wire! {
    #[derive(Eq)]
    pub struct ContentModeration as REQUEST "ContentModerationRequest" {
        audit_name: String = req "AuditName", AUDIT_NAME, "the moderation configuration: C2C, Group, UserInfo, GroupInfo, GroupMemberInfo, RelationChain, or a custom configuration's ID" / "表明审核配置。通用审核配置取值：C2C / Group / UserInfo / GroupInfo / GroupMemberInfo / RelationChain；自定义审核配置取值：自定义审核配置 ID";
        content_type: String = req "ContentType", CONTENT_TYPES, "what is moderated: Text, Image, Audio or Video" / "送审类型，取值：Text/Image/Audio/Video";
        content: String = req "Content", CONTENT, "the text, or the file's URL; at most 8 KB" / "送审内容，最大限制8KB，当审核文件时，填对应 URL";
        ext_sender: Option<String> = opt "ExtSender", string(), "the sender, for the console's details" / "发送方标识";
        ext_receiver: Option<String> = opt "ExtReceiver", string(), "the receiver, for the console's details" / "接收方标识";
    }
}

wire! {
    pub response ContentModerationResponse as RESPONSE "ContentModerationResponse" {
        request_id: String = out "RequestId", string(), "this request's ID (audio and video: the ID their callback carries)" / "本次请求的 ID（音视频：其回调携带的 ID）";
        result: String = out "Result", RESULTS, "Pass, Review or Block; empty for audio and video (their callback carries it)" / "Pass、Review 或 Block；音视频为空（结果由其回调携带）";
        score: u64 = out "Score", int(0, 100), "confidence in the label, 0-100" / "该标签的置信度，0-100";
        label: String = out "Label", string(), "the label: Normal, or what the content violates (Polity, Porn, Illegal, Abuse, Terror, Ad, Sexy, Composite)" / "标签：Normal，或内容违规的类别（Polity、Porn、Illegal、Abuse、Terror、Ad、Sexy、Composite）";
        keywords: Vec<String> = out "Keywords", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the words hit" / "命中的关键词";
    }
}

impl ContentModeration {
    pub fn text(audit_name: &str, content: &str) -> Self {
        ContentModeration { audit_name: audit_name.into(), content_type: "Text".into(), content: content.into(), ext_sender: None, ext_receiver: None }
    }
}

impl ApiRequest for ContentModeration {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ContentModerationResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::ImMsgAudit, "content_moderation", "Moderate one piece of content", "主动审核接口")
    .docs(94300, 0)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402])
    .rate_limit(200)
    .sample(r#"{"AuditName":"C2C","ContentType":"Text","Content":"违规词汇","ExtSender":"sender_xx","ExtReceiver":"receiver_yy"}"#);
