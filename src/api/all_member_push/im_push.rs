//! `v4/all_member_push/im_push`: push one one-to-one message to every account, or to those
//! with given tags or attributes (269/45934; 1047/37166). Ultimate/Pro plans only; 100 a day,
//! more than a second apart.

use super::TAG;
use crate::api::prelude::*;
use std::collections::BTreeMap;

/// The tags of one condition list: at most 10 (90032).
pub const CONDITION_TAGS: Ty = Ty::Array(&Arr { item: TAG, min_items: 1, max_items: Some(MAX_CONDITION_TAGS) });
pub const MAX_CONDITION_TAGS: usize = 10;
/// Pushes a day (90047) and the seconds a MsgRandom stays the same task.
pub const DAILY_PUSHES: usize = 100;
pub const SAME_TASK_SECONDS: u64 = 7 * 86_400;

wire! {
    /// `Condition`: tags or attributes (not both, 90039); without it every account.
    #[derive(Default)]
    pub struct PushCondition as CONDITION "PushCondition" {
        tags_and: Option<Vec<String>> = opt "TagsAnd", CONDITION_TAGS, "accounts with every one of these tags" / "标签的与条件";
        tags_or: Option<Vec<String>> = opt "TagsOr", CONDITION_TAGS, "accounts with any of these tags (a tag in both lists: 90022)" / "标签的或条件";
        attrs_and: Option<BTreeMap<String, serde_json::Value>> = opt "AttrsAnd", ANY, "attribute name → value: accounts matching every one" / "属性的与条件";
        attrs_or: Option<BTreeMap<String, serde_json::Value>> = opt "AttrsOr", ANY, "attribute name → value: accounts matching any" / "属性的或条件";
    }
}

wire! {
    #[derive(Default)]
    pub struct ImPush as REQUEST "ImPushRequest" {
        condition: Option<PushCondition> = opt "Condition", Ty::Object(&CONDITION), "who the push reaches: tags or attributes; absent: every account" / "推送条件；没有 Condition 则推送给全部用户。属性和标签条件不能并存";
        msg_random: u32 = req "MsgRandom", U32, "random number; the same one within 7 days is the same push task" / "消息随机数，用于推送任务去重；7 天之内相同的 MsgRandom 视为相同的推送任务";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息内容";
        msg_life_time: Option<u32> = opt "MsgLifeTime", int(0, 604_800), "offline storage in seconds, at most 7 days; 0: online users only (not stored)" / "消息离线存储时间，单位秒，最多保存7天（604800秒）；0 表示只推在线用户";
        from_account: Option<String> = opt "From_Account", USER_ID, "sender the receivers see; absent: the app admin" / "消息推送方账号；不填时为 App 管理员";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImPushResponse as RESPONSE "ImPushResponse" {
        task_id: String = out "TaskId", string(), "ID of the push task (the same for a repeated MsgRandom)" / "推送任务的 ID（重复的 MsgRandom 得到同一个）";
    }
}

impl ImPush {
    /// A text push to the accounts `condition` selects.
    pub fn text(random: u32, text: &str, condition: Option<PushCondition>) -> Self {
        ImPush { msg_random: random, msg_body: vec![MsgElement::text(text)], condition, ..Default::default() }
    }
}

impl ApiRequest for ImPush {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImPushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::AllMemberPush, "im_push", "Push to all users", "全员推送")
    .docs(45934, 37166)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90002, 90005, 90008, 90009, 90020, 90022, 90024, 90026, 90032, 90033, 90039, 90040, 90045, 90047, 91000])
    .sample(r#"{
  "From_Account": "admin",
  "MsgRandom": 56512,
  "MsgLifeTime": 120,
  "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }]
}"#);
