//! The official-account callbacks (CN 269/102314 ff., 1047/60794 ff.; field names of the doocs
//! Java SDK's callback models): creating, changing and destroying an account, subscribers
//! added and removed, an account full, its messages sent and recalled. All fire for the REST
//! calls; the Before-callbacks read the app's reply as the group ones do.

use super::statement::statements;
use super::{message_rule, GROUP_RULE};
use crate::api::MSG_BODY;
use crate::protocol::errors::code;
use crate::vocab::rules::*;
use serde_json::Value;

/// `[{ "Subscriber_Account": … }]`.
const SUBSCRIBERS: Ty = Ty::Array(&Arr { item: Ty::Object(&SUBSCRIBER_ACCOUNT), min_items: 0, max_items: None });

statements! {
    item
    /// One subscriber.
    SubscriberAccount as SUBSCRIBER_ACCOUNT "CallbackSubscriberAccount" {
        subscriber_account: String = req "Subscriber_Account", USER_ID, "UserID of the subscriber" / "订阅者 UserID";
    }

    item
    /// One recalled message.
    WithdrawMsg as WITHDRAW_MSG "CallbackWithdrawMsg" {
        msg_key: String = req "MsgKey", string(), "MsgKey of the recalled message" / "被撤回消息的 MsgKey";
    }

    callback
    /// Before an official account is created: the app may allow or refuse it.
    OfficialAccountBeforeCreate as OFFICIAL_ACCOUNT_BEFORE_CREATE "OfficialAccount.CallbackBeforeCreateOfficialAccount" / "OfficialAccountCallbackBeforeCreate" {
        title: "Before an official account is created" / "创建公众号之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackBeforeCreateOfficialAccount","Operator_Account":"admin","Owner_Account":"107867","Name":"TestOfficialAccount","EventTime":1670574414123}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever creates it (the app admin)" / "操作者";
        owner_account: String = req "Owner_Account", USER_ID, "the owner asked for" / "请求创建的公众号的拥有者";
        name: String = req "Name", string(), "the name asked for" / "请求创建的公众号名称";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account was created.
    OfficialAccountAfterCreate as OFFICIAL_ACCOUNT_AFTER_CREATE "OfficialAccount.CallbackAfterCreateOfficialAccount" / "OfficialAccountCallbackAfterCreate" {
        title: "After an official account is created" / "创建公众号之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterCreateOfficialAccount","Operator_Account":"admin","Official_Account":"@TOA#_test_OA_for_penn","Owner_Account":"107867","Name":"TestOfficialAccount","EventTime":1670574414123}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever created it (the app admin)" / "操作者";
        official_account: String = req "Official_Account", string(), "ID of the new account" / "创建的公众号 ID";
        owner_account: String = req "Owner_Account", USER_ID, "the owner" / "公众号的拥有者";
        name: String = req "Name", string(), "the name" / "公众号名称";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account's profile changed.
    OfficialAccountAfterInfoChanged as OFFICIAL_ACCOUNT_AFTER_INFO_CHANGED "OfficialAccount.CallbackAfterOfficialAccountInfoChanged" / "OfficialAccountCallbackAfterInfoChanged" {
        title: "After an official account's profile is modified" / "公众号资料修改之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterOfficialAccountInfoChanged","Official_Account":"@TOA#_test_OA_for_penn","Operator_Account":"admin","Name":"NewName","EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the account" / "资料被修改的公众号 ID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever changed it (the app admin)" / "操作者";
        introduction: Option<String> = opt "Introduction", string(), "the new introduction (only when it changed)" / "修改后的公众号简介";
        name: Option<String> = opt "Name", string(), "the new name (only when it changed)" / "修改后的公众号名称";
        face_url: Option<String> = opt "FaceUrl", string(), "the new photo URL (only when it changed)" / "修改后的公众号头像 URL";
        organization: Option<String> = opt "Organization", string(), "the new organization (only when it changed)" / "修改后的公众号所属组织";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account was destroyed.
    OfficialAccountAfterDestroyed as OFFICIAL_ACCOUNT_AFTER_DESTROYED "OfficialAccount.CallbackAfterOfficialAccountDestroyed" / "OfficialAccountCallbackAfterDestroyed" {
        title: "After an official account is destroyed" / "销毁公众号之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterOfficialAccountDestroyed","Official_Account":"@TOA#_test_OA_for_penn","Owner_Account":"107867","Name":"TestOfficialAccount","EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the destroyed account" / "销毁的公众号 ID";
        owner_account: String = req "Owner_Account", USER_ID, "its owner" / "公众号的创建者，也就是公众号的拥有者";
        name: String = req "Name", string(), "its name" / "公众号的名称";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// Before users subscribe: the app may allow or refuse them all.
    OfficialAccountBeforeAddSubscriber as OFFICIAL_ACCOUNT_BEFORE_ADD_SUBSCRIBER "OfficialAccount.CallbackBeforeAddSubscriber" / "OfficialAccountCallbackBeforeAddSubscriber" {
        title: "Before subscribers are added" / "添加订阅者之前回调";
        before: GROUP_RULE;
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackBeforeAddSubscriber","Official_Account":"@TOA#_test_OA_for_penn","Operator_Account":"admin","SubscribeAccountList":[{"Subscriber_Account":"107867"}],"EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the account" / "公众号 ID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever adds them (the app admin)" / "操作者";
        subscribe_account_list: Vec<SubscriberAccount> = req "SubscribeAccountList", SUBSCRIBERS, "the users about to subscribe" / "请求订阅的用户列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After users subscribed.
    OfficialAccountAfterAddSubscriber as OFFICIAL_ACCOUNT_AFTER_ADD_SUBSCRIBER "OfficialAccount.CallbackAfterAddSubscriber" / "OfficialAccountCallbackAfterAddSubscriber" {
        title: "After subscribers are added" / "添加订阅者之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterAddSubscriber","Official_Account":"@TOA#_test_OA_for_penn","Operator_Account":"admin","SubscribeAccountList":[{"Subscriber_Account":"107867"}],"EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the account" / "公众号 ID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever added them (the app admin)" / "操作者";
        subscribe_account_list: Vec<SubscriberAccount> = req "SubscribeAccountList", SUBSCRIBERS, "the users who now subscribe" / "新订阅的用户列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account reached its most subscribers.
    OfficialAccountAfterFull as OFFICIAL_ACCOUNT_AFTER_FULL "OfficialAccount.CallbackAfterOfficialAccountFull" / "OfficialAccountCallbackAfterFull" {
        title: "After an official account is full" / "公众号订阅人数已满之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterOfficialAccountFull","Official_Account":"@TOA#_test_OA_for_penn","EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the full account" / "订阅人数已满的公众号 ID";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After users were unsubscribed.
    OfficialAccountAfterDeleteSubscriber as OFFICIAL_ACCOUNT_AFTER_DELETE_SUBSCRIBER "OfficialAccount.CallbackAfterDeleteSubscriber" / "OfficialAccountCallbackAfterDeleteSubscriber" {
        title: "After subscribers are removed" / "删除订阅者之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterDeleteSubscriber","Official_Account":"@TOA#_test_OA_for_penn","Operator_Account":"admin","SubscribeAccountList":[{"Subscriber_Account":"107867"}],"EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the account" / "公众号 ID";
        operator_account: String = req "Operator_Account", USER_ID, "UserID of whoever removed them (the app admin)" / "操作者";
        subscribe_account_list: Vec<SubscriberAccount> = req "SubscribeAccountList", SUBSCRIBERS, "the users no longer subscribed" / "取消订阅的用户列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// Before an official account's message is sent: the app may allow, rewrite, refuse or
    /// drop it.
    OfficialAccountBeforeSendMsg as OFFICIAL_ACCOUNT_BEFORE_SEND_MSG "OfficialAccount.CallbackBeforeSendMsg" / "OfficialAccountCallbackBeforeSendMsg" {
        title: "Before an official-account message is sent" / "公众号发消息之前回调";
        before: message_rule(code::CALLBACK_REFUSED);
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackBeforeSendMsg","Official_Account":"@TOA#_test_OA_for_penn","OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the sending account" / "发消息的公众号 ID";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data" / "消息自定义数据";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account's message was sent.
    OfficialAccountAfterSendMsg as OFFICIAL_ACCOUNT_AFTER_SEND_MSG "OfficialAccount.CallbackAfterSendMsg" / "OfficialAccountCallbackAfterSendMsg" {
        title: "After an official-account message is sent" / "公众号发消息之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterSendMsg","Official_Account":"@TOA#_test_OA_for_penn","MsgKey":"1_1_1670574414","MsgTime":1670574414,"OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the sending account" / "发消息的公众号 ID";
        msg_key: String = req "MsgKey", string(), "the message's MsgKey (empty for an online-only one)" / "消息的唯一标识";
        msg_time: u64 = req "MsgTime", COUNT, "send time, Unix seconds" / "消息的时间戳";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body as delivered" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data" / "消息自定义数据";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After an official account's messages were recalled.
    OfficialAccountAfterMsgWithdraw as OFFICIAL_ACCOUNT_AFTER_MSG_WITHDRAW "OfficialAccount.CallbackAfterMsgWithDraw" / "OfficialAccountCallbackAfterMsgWithDraw" {
        title: "After official-account messages are recalled" / "公众号消息撤回之后回调";
        sample: r#"{"CallbackCommand":"OfficialAccount.CallbackAfterMsgWithDraw","Official_Account":"@TOA#_test_OA_for_penn","WithdrawMsgList":[{"MsgKey":"1_1_1670574414"}],"EventTime":1670574414123}"#;
        official_account: String = req "Official_Account", string(), "ID of the account" / "公众号 ID";
        withdraw_msg_list: Vec<WithdrawMsg> = req "WithdrawMsgList", Ty::Array(&Arr { item: Ty::Object(&WITHDRAW_MSG), min_items: 1, max_items: None }), "the messages recalled" / "被撤回的消息列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
