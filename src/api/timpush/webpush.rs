//! `v4/timpush/webpush`: a browser notification to every account, or to those with given tags
//! (trtc.io/document/80440; trtc.io/zh/document/80440). Tags only: web push has no attribute
//! condition.

use super::push::DATA_ID;
use crate::api::all_member_push::im_push::{PushCondition, CONDITION};
use crate::api::prelude::*;

wire! {
    /// `WebInfo`: what the browser's notification shows.
    #[derive(Eq, Default)]
    pub struct WebInfo as WEB_INFO "WebInfo" {
        title: Option<String> = opt "Title", string(), "notification title" / "离线推送标题";
        desc: Option<String> = opt "Desc", string(), "notification text" / "离线推送内容";
        ext: Option<String> = opt "Ext", string(), "pass-through data (a JSON string)" / "透传字段，推送使用json格式字符串";
        url: Option<String> = opt "URL", string(), "where a click on the notification leads" / "推送点击跳转URL";
    }
}

wire! {
    #[derive(Default)]
    pub struct Webpush as REQUEST "TimWebpushRequest" {
        from_account: Option<String> = opt "From_Account", USER_ID, "sender; absent: the app admin" / "消息推送方账号";
        msg_random: u32 = req "MsgRandom", U32, "random number; the same one within 7 days is the same push task" / "消息随机数，用于推送任务去重";
        condition: Option<PushCondition> = opt "Condition", Ty::Object(&CONDITION), "tags the receivers have (TagsAnd / TagsOr); absent: every account" / "推送条件（标签）；没有 Condition 则推送给全部用户";
        web_info: WebInfo = req "WebInfo", Ty::Object(&WEB_INFO), "the browser notification" / "Web 推送信息";
        data_id: Option<String> = opt "DataId", DATA_ID, "the app's own tag for the push, passed to callbacks; at most 64 bytes" / "客户业务自定义标识，回调会透传该字段给 App 后台。该字段限制不超过64字节";
    }
}

impl ApiRequest for Webpush {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = super::push::PushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "webpush", "Web push to all or tagged users", "全员/标签 Web 推送")
    .docs(0, 80440)
    .tables(&REQUEST, &super::push::RESPONSE)
    .errors(&[90001, 90005, 90008, 90009, 90020, 90022, 90024, 90032, 90033, 90039, 90040, 90045, 90047, 91000])
    .sample(r#"{
  "From_Account": "administrator",
  "MsgRandom": 124032,
  "Condition": { "TagsOr": ["股票A", "股票B"] },
  "WebInfo": { "Title": "离线推送标题", "Desc": "离线推送内容", "URL": "https://example.com" }
}"#);
