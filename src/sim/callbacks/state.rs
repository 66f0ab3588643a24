//! The online-state callback (CN 2570, part B4 of the reference): logins, logouts, kicks.

use super::statement::statements;
use crate::vocab::rules::*;

statements! {
    item
    /// What happened to whom.
    StateInfo as STATE_INFO "CallbackStateInfo" {
        action: &'static str = req "Action", Ty::Enum(&["Login", "Logout", "Disconnect"]), "Login, Logout or Disconnect" / "用户上线或者下线的动作，Login 表示上线（TCP 建立），Logout 表示下线（TCP 断开），Disconnect 表示网络断开（TCP 断开）";
        to_account: String = req "To_Account", USER_ID, "UserID whose state changed" / "用户 UserID";
        reason: &'static str = req "Reason", string(), "why: Register, Unregister, Kicked, ... (decisions.md)" / "用户上下线触发的原因";
    }

    item
    /// A device kicked offline by this login.
    KickedDevice as KICKED_DEVICE "CallbackKickedDevice" {
        platform: String = req "Platform", string(), "the kicked device's platform" / "被踢下线的设备的平台类型";
    }

    callback
    /// After a user's online state changed.
    StateChange as STATE_CHANGE "State.StateChange" / "StateStateChange" {
        title: "When a user goes online or offline" / "状态变更回调";
        sample: r#"{"CallbackCommand":"State.StateChange","EventTime":1629883332497,"Info":{"Action":"Login","To_Account":"testuser316","Reason":"Register"},"KickedDevice":[{"Platform":"Windows"},{"Platform":"Android"}]}"#;
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "触发本次回调的时间戳，单位为毫秒";
        info: StateInfo = req "Info", Ty::Object(&STATE_INFO), "the state change" / "用户上下线的信息";
        kicked_device: Option<Vec<KickedDevice>> = opt "KickedDevice", Ty::Array(&Arr { item: Ty::Object(&KICKED_DEVICE), min_items: 0, max_items: None }), "devices this login kicked offline (tcim kicks none, so leaves it out)" / "此字段表示其他被踢下线的设备的信息";
    }
}
