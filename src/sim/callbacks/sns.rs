//! The relationship-chain callbacks (CN 1661 ff., part B3 of the reference): friends added
//! and deleted, accounts added to and removed from blocklists.

use super::statement::statements;
use crate::vocab::rules::*;

statements! {
    item
    /// One friendship: whose list gained (or lost) whom.
    FriendPair as FRIEND_PAIR "CallbackFriendPair" {
        from_account: String = req "From_Account", USER_ID, "UserID whose friend list changed" / "发起加好友请求的用户的 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the friend added or deleted" / "请求添加的好友的 UserID";
        initiator_account: Option<String> = opt "Initiator_Account", USER_ID, "UserID of whoever asked for the friendship (additions only)" / "主动发起加好友请求的用户的 UserID";
    }

    item
    /// One blocklist entry: whose blocklist gained (or lost) whom.
    BlackPair as BLACK_PAIR "CallbackBlackPair" {
        from_account: String = req "From_Account", USER_ID, "UserID whose blocklist changed" / "黑名单列表发生变化的用户 UserID（From_Account 的黑名单列表中添加或删除了 To_Account）";
        to_account: String = req "To_Account", USER_ID, "UserID added to (or removed from) From_Account's blocklist" / "被加入 From_Account 的黑名单列表或从中删除的用户 UserID";
    }

    callback
    /// After friendships were added.
    SnsFriendAdd as SNS_FRIEND_ADD "Sns.CallbackFriendAdd" / "SnsCallbackFriendAdd" {
        title: "After friends are added" / "添加好友之后回调";
        sample: r#"{"CallbackCommand":"Sns.CallbackFriendAdd","PairList":[{"From_Account":"id","To_Account":"id1","Initiator_Account":"id"}],"ClientCmd":"friend_add","Admin_Account":"","ForceFlag":1}"#;
        pair_list: Vec<FriendPair> = req "PairList", Ty::Array(&Arr { item: Ty::Object(&FRIEND_PAIR), min_items: 1, max_items: None }), "the friendships added" / "成功添加的好友对";
        client_cmd: &'static str = req "ClientCmd", Ty::Enum(&["friend_add", "friend_response"]), "what added them: friend_add (adding) or friend_response (accepting a request)" / "触发回调的命令字：加好友请求为 friend_add；加好友回应为 friend_response";
        admin_account: String = req "Admin_Account", string(), "UserID of the app admin when a REST call added them; empty otherwise" / "如果当前请求是后台触发的加好友请求，则该字段被赋值为管理员帐号；否则为空";
        force_flag: u8 = req "ForceFlag", FLAG, "1: added without the other's consent (REST ForceAddFlags)" / "管理员强制加好友标记：1 表示强制加好友；0 表示常规加好友方式";
        event_time: Option<u64> = opt "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After friendships were deleted.
    SnsFriendDelete as SNS_FRIEND_DELETE "Sns.CallbackFriendDelete" / "SnsCallbackFriendDelete" {
        title: "After friends are deleted" / "删除好友之后回调";
        sample: r#"{"CallbackCommand":"Sns.CallbackFriendDelete","PairList":[{"From_Account":"id","To_Account":"id1"},{"From_Account":"id","To_Account":"id2"}]}"#;
        pair_list: Vec<FriendPair> = req "PairList", Ty::Array(&Arr { item: Ty::Object(&FRIEND_PAIR), min_items: 1, max_items: None }), "the friendships deleted" / "成功删除的好友";
        event_time: Option<u64> = opt "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After accounts were added to a blocklist.
    SnsBlackListAdd as SNS_BLACK_LIST_ADD "Sns.CallbackBlackListAdd" / "SnsCallbackBlackListAdd" {
        title: "After users are added to a blocklist" / "添加黑名单之后回调";
        sample: r#"{"CallbackCommand":"Sns.CallbackBlackListAdd","PairList":[{"From_Account":"id","To_Account":"id1"},{"From_Account":"id","To_Account":"id2"},{"From_Account":"id","To_Account":"id3"}]}"#;
        pair_list: Vec<BlackPair> = req "PairList", Ty::Array(&Arr { item: Ty::Object(&BLACK_PAIR), min_items: 1, max_items: None }), "the blocklist entries added" / "成功添加的黑名单关系链对";
        event_time: Option<u64> = opt "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After accounts were removed from a blocklist.
    SnsBlackListDelete as SNS_BLACK_LIST_DELETE "Sns.CallbackBlackListDelete" / "SnsCallbackBlackListDelete" {
        title: "After users are removed from a blocklist" / "删除黑名单之后回调";
        sample: r#"{"CallbackCommand":"Sns.CallbackBlackListDelete","PairList":[{"From_Account":"id","To_Account":"id1"},{"From_Account":"id","To_Account":"id2"},{"From_Account":"id","To_Account":"id3"}]}"#;
        pair_list: Vec<BlackPair> = req "PairList", Ty::Array(&Arr { item: Ty::Object(&BLACK_PAIR), min_items: 1, max_items: None }), "the blocklist entries removed" / "成功删除的黑名单对";
        event_time: Option<u64> = opt "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
