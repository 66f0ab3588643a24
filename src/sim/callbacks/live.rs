//! The live-group callback (CN 269/76156, trtc.io/document/48734): members of an AVChatRoom
//! coming online in it and going offline — in the simulator, entering it (client
//! `joinGroup`: `Join`) and quitting it (client `quitGroup`: `Quit`), the two causes a client
//! action makes; heartbeats are not simulated.

use super::statement::statements;
use crate::api::{MemberAccountItem, MEMBER_ACCOUNT_ITEM};
use crate::vocab::rules::*;

statements! {
    callback
    /// A live group's members came online in it or went offline.
    GroupOnMemberStateChange as GROUP_ON_MEMBER_STATE_CHANGE "Group.CallbackOnMemberStateChange" / "GroupCallbackOnMemberStateChange" {
        title: "Live-group members' online state changes" / "直播群成员在线状态回调";
        sample: r#"{"CallbackCommand":"Group.CallbackOnMemberStateChange","GroupId":"@TGS#2J4SZEAEL","EventType":"Offline","EventCause":"HeartbeatInterrupt","MemberList":[{"Member_Account":"jared"},{"Member_Account":"tommy"}]}"#;
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "群组 ID";
        event_type: &'static str = req "EventType", Ty::Enum(&["Online", "Offline"]), "Online: came online in the group; Offline: went offline" / "事件类型：Offline - 掉线、Online - 重新上线";
        event_cause: &'static str = req "EventCause", Ty::Enum(&["HeartbeatInterrupt", "HeartbeatRecover", "Join", "Quit"]), "why: heartbeat lost or back, first entering, last quitting" / "事件原因：HeartbeatInterrupt 心跳中断、HeartbeatRecover 心跳恢复、Join 首次进群、Quit 最后一次退群";
        member_list: Vec<MemberAccountItem> = req "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_ACCOUNT_ITEM), min_items: 1, max_items: None }), "the members whose state changed" / "产生事件的成员列表";
    }
}
