//! `v4/timpush/revoke`: recall a push task within 24 hours of it (1047/60571, 1047/67824;
//! 269/105123): accounts not yet reached are not reached, and the message stored for those
//! reached is recalled. Its frequency limit (1 a second) is the page's own code, 90051, not
//! the REST frequency answer.

use crate::api::prelude::*;

/// Seconds a task can be revoked (90052 after).
pub const REVOKE_SECONDS: u64 = 86_400;

wire! {
    #[derive(Default)]
    pub struct Revoke as REQUEST "TimPushRevokeRequest" {
        task_id: String = req "TaskId", string(), "ID of a push task of the last 24 hours" / "全员/标签推送任务 ID，24小时内发送的推送";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "the offline push that replaces the pushed one" / "离线推送信息配置";
    }
}

impl ApiRequest for Revoke {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "revoke", "Recall a push", "推送撤回")
    .docs(0, 60571)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90009, 90045, 90049, 90050, 90051, 90052, 91000])
    .sample(r#"{
  "TaskId": "660cc447-537e-d82a-2000-00cd7ee17f58",
  "OfflinePushInfo": { "Title": "撤回标题", "Desc": "对方撤回了一条消息" }
}"#);
