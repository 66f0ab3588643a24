//! `v4/timpush/push`: push to every account, or to those with given tags or attributes
//! (1047/60561; 269/45933, 269/100634). The Push plugin's form of `all_member_push/im_push`:
//! the same condition, attributes, tags, task store and daily count (decisions.md, "Push
//! plugin").

use crate::api::all_member_push::im_push::{PushCondition, CONDITION};
use crate::api::prelude::*;

/// `DataId`: at most 64 bytes ("该字段限制不超过64字节").
pub const DATA_ID: Ty = string_max(64);

wire! {
    #[derive(Default)]
    pub struct Push as REQUEST "TimPushRequest" {
        from_account: Option<String> = opt "From_Account", USER_ID, "sender the receivers see; absent: the app admin" / "消息推送方账号；不填时为 App 管理员";
        msg_random: u32 = req "MsgRandom", U32, "random number; the same one within 7 days is the same push task" / "消息随机数，用于推送任务去重";
        condition: Option<PushCondition> = opt "Condition", Ty::Object(&CONDITION), "who the push reaches: tags or attributes; absent: every account" / "推送条件；没有 Condition 则推送给全部用户。属性和标签条件不能并存";
        msg_body: Option<Vec<MsgElement>> = opt "MsgBody", MSG_BODY, "message elements; absent: a notification only (nothing stored)" / "消息内容";
        online_only_flag: Option<u8> = opt "OnlineOnlyFlag", int(0, 1), "1: push only, no conversation, roaming or unread count; 0 (default): stored and counted unread" / "1 表示只发送推送，不保存会话和漫游以及未读消息；0 表示存漫游和未读";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        data_id: Option<String> = opt "DataId", DATA_ID, "the app's own tag for the push, passed to callbacks; at most 64 bytes" / "客户业务自定义标识，回调会透传该字段给 App 后台。该字段限制不超过64字节";
    }
}

wire! {
    #[derive(Eq)]
    pub response PushResponse as RESPONSE "TimPushResponse" {
        task_id: String = out "TaskId", string(), "ID of the push task (the same for a repeated MsgRandom); revoke and all_member_push_trace take it" / "推送任务的 ID（重复的 MsgRandom 得到同一个）；撤回和 all_member_push_trace 使用它";
    }
}

impl ApiRequest for Push {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = PushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "push", "Push to all or tagged users", "发起全员/标签推送")
    .docs(0, 60561)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90005, 90008, 90009, 90020, 90022, 90024, 90026, 90032, 90033, 90039, 90040, 90045, 90047, 91000])
    .sample(r#"{
  "From_Account": "administrator",
  "MsgRandom": 124032,
  "Condition": { "TagsAnd": ["股票A", "股票B"] },
  "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }],
  "OfflinePushInfo": { "PushFlag": 0, "Title": "离线推送标题", "Desc": "离线推送内容" }
}"#);
