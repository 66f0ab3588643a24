//! `v4/timpush/batch`: push to listed accounts, 1 to 500 of them (1047/67553; 269/108906).

use super::push::DATA_ID;
use crate::api::prelude::*;

/// Receivers of one batch push: 1 to 500 (90018).
pub const RECEIVERS: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) });

wire! {
    #[derive(Default)]
    pub struct Batch as REQUEST "TimPushBatchRequest" {
        from_account: String = req "From_Account", USER_ID, "sender" / "发送方账号，支持 UserID 或 RegistrationID";
        to_account: Vec<String> = req "To_Account", RECEIVERS, "receivers, 1 to 500" / "接收方账号列表，支持 UserID 或 RegistrationID，数组大小范围在[1,500]之间";
        msg_random: u32 = req "MsgRandom", U32, "random number: the same one in the same second is the same push" / "32位无符号整数随机数，后台用于同一秒内的消息去重";
        msg_body: Option<Vec<MsgElement>> = opt "MsgBody", MSG_BODY, "message elements, stored in each receiver's one-to-one history; absent: a notification only" / "消息内容";
        offline_push_info: serde_json::Value = req "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        data_id: Option<String> = opt "DataId", DATA_ID, "the app's own tag for the push, passed to callbacks; at most 64 bytes" / "客户业务自定义标识，回调会透传该字段给 App 后台。该字段限制不超过64字节";
    }
}

impl ApiRequest for Batch {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = super::push::PushResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "batch", "Push to listed users", "单发推送")
    .docs(0, 67553)
    .tables(&REQUEST, &super::push::RESPONSE)
    .errors(&[90001, 90005, 90008, 90009, 90018, 90045, 91000])
    .rate_limit(30)
    .sample(r#"{
  "From_Account": "administrator",
  "To_Account": ["user1", "user2"],
  "MsgRandom": 3674128,
  "OfflinePushInfo": { "PushFlag": 0, "Title": "离线推送标题", "Desc": "离线推送内容" }
}"#);
