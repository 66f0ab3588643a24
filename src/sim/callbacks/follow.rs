//! The follow callbacks (trtc.io/document/70355, 74357; CN 269/118915 ff.): after follows are
//! added and after they are removed. Both fire for REST calls as for clients.

use super::statement::statements;
use crate::vocab::rules::*;

statements! {
    item
    /// One account followed.
    Followed as FOLLOWED "CallbackFollowItem" {
        to_account: String = req "To_Account", USER_ID, "UserID now followed" / "关注成功的用户的 UserID";
    }

    callback
    /// After an account followed others.
    FollowAfterFollowAdd as FOLLOW_AFTER_FOLLOW_ADD "Follow.CallbackAfterFollowAdd" / "FollowCallbackAfterFollowAdd" {
        title: "After users are followed" / "关注之后回调";
        sample: r#"{"CallbackCommand":"Follow.CallbackAfterFollowAdd","From_Account":"UserID_001","FollowList":[{"To_Account":"UserID_002"},{"To_Account":"UserID_003"}],"EventTime":1702018343678}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the user who followed" / "发起关注操作的用户的 UserID";
        follow_list: Vec<Followed> = req "FollowList", Ty::Array(&Arr { item: Ty::Object(&FOLLOWED), min_items: 1, max_items: None }), "the accounts now followed" / "关注成功的用户对象数组";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an account unfollowed others.
    FollowAfterFollowDelete as FOLLOW_AFTER_FOLLOW_DELETE "Follow.CallbackAfterFollowDelete" / "FollowCallbackAfterFollowDelete" {
        title: "After users are unfollowed" / "取消关注之后回调";
        sample: r#"{"CallbackCommand":"Follow.CallbackAfterFollowDelete","From_Account":"UserID_001","To_Account":["UserID_002","UserID_003"],"EventTime":1702018343678}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the user who unfollowed" / "发起取关操作的用户的 UserID";
        to_account: Vec<String> = req "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: None }), "the accounts no longer followed" / "取关成功的用户对象数组";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
