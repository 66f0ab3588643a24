//! The one-to-one message callbacks (CN 1630 ff., part B1 of the reference): sending,
//! reading, read receipts and recalls.

use super::statement::statements;
use super::message_rule;
use crate::api::openim::c2c_msg_read_receipt::{ReceiptMsg, MSG_ITEM};
use crate::api::openim_msg_ext_http_svc::set_key_values::{KeyValueSeq, KEY_VALUE_SEQ};
use crate::api::MSG_BODY;
use crate::protocol::errors::code;
use crate::vocab::rules::*;
use serde_json::Value;

statements! {
    callback
    /// Before a one-to-one message is sent: the app may allow, rewrite, refuse or drop it.
    C2cBeforeSendMsg as C2C_BEFORE_SEND_MSG "C2C.CallbackBeforeSendMsg" / "C2CCallbackBeforeSendMsg" {
        title: "Before a one-to-one message is sent" / "发单聊消息之前回调";
        before: message_rule(code::C2C_CALLBACK_REFUSED);
        sample: r#"{"CallbackCommand":"C2C.CallbackBeforeSendMsg","From_Account":"jared","To_Account":"Jonh","MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,"MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data"}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the receiver" / "消息接收者 UserID";
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq, which identifies the message with MsgRandom and MsgTime" / "消息序列号，用于标记该条消息（32位无符号整数）";
        msg_random: u32 = req "MsgRandom", U32, "message random number, which identifies the message" / "消息随机数，用于标记该条消息（32位无符号整数）";
        msg_time: u64 = req "MsgTime", COUNT, "when the message was sent, Unix seconds" / "消息的发送时间戳，单位为秒";
        msg_key: String = req "MsgKey", string(), "the message's unique key, for recalling it through REST" / "该条消息的唯一标识，可根据该标识进行 REST API 撤回单聊消息";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
    }

    callback
    /// After a one-to-one message was sent.
    C2cAfterSendMsg as C2C_AFTER_SEND_MSG "C2C.CallbackAfterSendMsg" / "C2CCallbackAfterSendMsg" {
        title: "After a one-to-one message is sent" / "发单聊消息之后回调";
        sample: r#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"jared","To_Account":"Jonh","MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,"MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":1,"SendMsgResult":0,"ErrorInfo":"send msg succeed","UnreadMsgNum":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data"}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the receiver" / "消息接收者 UserID";
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq, which identifies the message with MsgRandom and MsgTime" / "消息序列号，用于标记该条消息（32位无符号整数）";
        msg_random: u32 = req "MsgRandom", U32, "message random number, which identifies the message" / "消息随机数，用于标记该条消息（32位无符号整数）";
        msg_time: u64 = req "MsgTime", COUNT, "when the message was sent, Unix seconds" / "消息的发送时间戳，单位为秒";
        msg_key: String = req "MsgKey", string(), "the message's unique key, for recalling it through REST" / "该条消息的唯一标识，可根据该标识进行 REST API 撤回单聊消息";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "在线消息，为1，否则为0";
        send_msg_result: u32 = req "SendMsgResult", COUNT, "the send's result: 0 succeeded, otherwise its error code" / "该条消息的下发结果";
        error_info: String = req "ErrorInfo", string(), "the send's result in words" / "该条消息下发失败的错误信息，若消息发送成功，则为\"send msg succeed\"";
        unread_msg_num: u64 = req "UnreadMsgNum", COUNT, "the receiver's one-to-one unread count after this message" / "To_Account 未读的单聊消息总数量（包含所有的单聊会话）";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
    }

    callback
    /// After a user reported reading a one-to-one conversation.
    C2cAfterMsgReport as C2C_AFTER_MSG_REPORT "C2C.CallbackAfterMsgReport" / "C2CCallbackAfterMsgReport" {
        title: "After one-to-one messages are marked read" / "单聊消息已读上报后回调";
        sample: r#"{"CallbackCommand":"C2C.CallbackAfterMsgReport","Report_Account":"jared","Peer_Account":"Jonh","LastReadTime":1614754606,"UnreadMsgNum":7}"#;
        report_account: String = req "Report_Account", USER_ID, "UserID of the user who read" / "已读上报方 UserID";
        peer_account: String = req "Peer_Account", USER_ID, "UserID of the conversation's peer" / "会话对端 UserID";
        last_read_time: u64 = req "LastReadTime", COUNT, "the read position: messages up to this time, Unix seconds, are read" / "已读时间";
        unread_msg_num: u64 = req "UnreadMsgNum", COUNT, "the reader's one-to-one unread count after the report" / "Report_Account 未读的单聊消息总数量（包含所有的单聊会话）";
    }

    callback
    /// After a one-to-one read receipt was sent.
    C2cAfterMsgReadReceipt as C2C_AFTER_MSG_READ_RECEIPT "C2C.CallbackAfterMsgReadReceipt" / "C2CCallbackAfterMsgReadReceipt" {
        title: "After a one-to-one read receipt" / "单聊消息已读回执后回调";
        sample: r#"{"CallbackCommand":"C2C.CallbackAfterMsgReadReceipt","Operator_Account":"jared","Peer_Account":"Jonh","C2CMsgInfo":[{"From_Account":"Jonh","To_Account":"jared","MsgKey":"33973751_24064952_1769139583"}],"EventTime":1769139587754}"#;
        operator_account: String = req "Operator_Account", USER_ID, "UserID of the user who sent the receipt" / "发送已读回执的用户 UserID";
        peer_account: String = req "Peer_Account", USER_ID, "UserID of the conversation's peer" / "会话对端 UserID";
        c2c_msg_info: Vec<ReceiptMsg> = req "C2CMsgInfo", Ty::Array(&Arr { item: Ty::Object(&MSG_ITEM), min_items: 0, max_items: None }), "the messages the receipt is for" / "已读回执的消息列表";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }

    callback
    /// After a one-to-one message was recalled.
    C2cAfterMsgWithDraw as C2C_AFTER_MSG_WITH_DRAW "C2C.CallbackAfterMsgWithDraw" / "C2CCallbackAfterMsgWithDraw" {
        title: "After a one-to-one message is recalled" / "单聊消息撤回后回调";
        sample: r#"{"CallbackCommand":"C2C.CallbackAfterMsgWithDraw","From_Account":"jared","To_Account":"Jonh","MsgKey":"48374_2837546_1557481126","UnreadMsgNum":7,"EventTime":1670574414123}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the receiver" / "消息接收者 UserID";
        msg_key: String = req "MsgKey", string(), "the recalled message's unique key" / "撤回消息的唯一标识";
        unread_msg_num: u64 = req "UnreadMsgNum", COUNT, "the receiver's one-to-one unread count after the recall" / "To_Account 未读的单聊消息总数量（包含所有的单聊会话）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
    callback
    /// After a one-to-one message's key–value extensions were set, deleted or cleared.
    C2cAfterMsgExtension as C2C_AFTER_MSG_EXTENSION "C2C.CallbackAfterC2CMsgExtension" / "C2CCallbackAfterC2CMsgExtension" {
        title: "After a one-to-one message extension is set" / "设置单聊消息扩展回调";
        sample: r#"{"CallbackCommand":"C2C.CallbackAfterC2CMsgExtension","From_Account":"user1","To_Account":"user2","MsgKey":"93847636_1287657_1764688415","OperateType":1,"ExtensionList":[{"Key":"k1","Value":"v1","Seq":1}],"Seq":1,"EventTime":1764688540182}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the message's sender" / "消息发送者 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the message's receiver" / "消息接收者 UserID";
        msg_key: String = req "MsgKey", string(), "the message's unique key" / "消息的唯一标识";
        operate_type: u8 = req "OperateType", int(1, 3), "1 set, 2 delete, 3 clear all" / "操作类型：1 设置，2 删除，3 清空";
        extension_list: Vec<KeyValueSeq> = req "ExtensionList", Ty::Array(&Arr { item: Ty::Object(&KEY_VALUE_SEQ), min_items: 0, max_items: None }), "the keys written, each with its Seq (deleted: empty Value; clear: none)" / "本次操作的扩展 KV 及其版本号（删除时 Value 为空，清空时为空数组）";
        seq: u64 = req "Seq", COUNT, "the message's latest extension Seq" / "整条消息最新的版本号";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "事件触发的毫秒级别时间戳";
    }
}
