//! The cloud moderation callback (trtc.io/zh/document/78240; CN 269 "云端审核结果回调"): a
//! verdict the App backend hears about. "默认仅回调违规审核结果": tcim fires it for verdicts
//! that are not Pass — a message blocked by cloud moderation, and the asynchronous verdict of
//! audio or video sent to `content_moderation`.

use super::statement::statements;
use crate::vocab::rules::*;

statements! {
    item
    /// Whom a moderated message was for.
    ModeratedContact as MODERATED_CONTACT "CallbackModeratedContact" {
        contact_type: u8 = req "ContactType", Ty::IntEnum(&[1, 2]), "1: one-to-one; 2: group" / "ContactType = 1 表示单聊，ContactType = 2 表示群聊";
        to_account: Option<String> = opt "To_Account", USER_ID, "the receiver (ContactType 1)" / "ContactType = 1 时，表示消息接收方";
        group_id: Option<String> = opt "GroupId", GROUP_ID, "the group (ContactType 2)" / "ContactType = 2 时，表示群 ID";
    }

    callback
    /// A cloud moderation verdict.
    ContentResultNotify as CONTENT_RESULT_NOTIFY "ContentCallback.ResultNotify" / "ContentCallbackResultNotify" {
        title: "Cloud moderation result" / "云端审核结果回调";
        sample: r#"{"CallbackCommand":"ContentCallback.ResultNotify","Scene":"C2C","SdkAppId":1400187352,"From_Account":"jared","ContactItem":{"ContactType":1,"To_Account":"Jonh"},"ContentType":"Text","TextContent":["aaabbbccc","1234567"],"MsgID":"1434460578_4137340972_1661154487","CtxcbResult":1,"CtxcbRequestId":"241ed925-4c56-4357-95dd-1e6e7798f214","CtxcbKeywords":["aaabbbccc","1234567"],"CtxcbSuggestion":"Review","CtxcbLabel":"Sexy","CtxcbSubLabel":"InsinuationPorn","CtxcbSubLabelDesc":"影射XX","CtxcbLibName":"test","CloudCustomData":"aaabbbccc"}"#;
        scene: String = req "Scene", string(), "what was moderated: C2C, C2CCustom, Group, GroupCustom, GroupInfo, GroupMemberInfo, RelationChain, UserInfo (or the AuditName of content_moderation)" / "送审场景";
        sdk_app_id: u64 = req "SdkAppId", U32, "the app" / "应用 ID";
        from_account: String = req "From_Account", string(), "who sent the content (content_moderation: its ExtSender)" / "送审内容的发起者的 UserID";
        contact_item: Option<ModeratedContact> = opt "ContactItem", Ty::Object(&MODERATED_CONTACT), "whom a message was for" / "消息送审时，表示消息接收对象";
        content_type: String = req "ContentType", string(), "Text, Image, Audio or Video" / "送审内容类型";
        text_content: Option<Vec<String>> = opt "TextContent", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the texts moderated" / "送审的文本内容";
        media_content: Option<String> = opt "MediaContent", string(), "the file's URL (audio, video, image)" / "送审的媒体文件 URL";
        msg_id: Option<String> = opt "MsgID", string(), "the message's key (messages)" / "消息 ID";
        ctxcb_result: u8 = req "CtxcbResult", Ty::IntEnum(&[0, 1]), "1: the content violates (Review or Block); 0: it passed" / "审核结果：1 表示违规";
        ctxcb_request_id: String = req "CtxcbRequestId", string(), "the moderation's RequestId" / "审核请求 ID";
        ctxcb_keywords: Vec<String> = req "CtxcbKeywords", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the words hit" / "命中的关键词";
        ctxcb_suggestion: String = req "CtxcbSuggestion", string(), "Pass, Review or Block" / "建议：Pass/Review/Block";
        ctxcb_label: String = req "CtxcbLabel", string(), "what the content violates" / "违规标签";
        ctxcb_sub_label: String = req "CtxcbSubLabel", string(), "a finer label; empty here" / "细分标签";
        ctxcb_sub_label_desc: String = req "CtxcbSubLabelDesc", string(), "the finer label's description" / "细分标签描述";
        ctxcb_lib_name: String = req "CtxcbLibName", string(), "the keyword library hit; empty when none" / "命中的词库名称";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "the message's CloudCustomData" / "消息自定义数据";
    }
}
