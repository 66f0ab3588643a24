//! The robot callbacks (1047/68952, 68953; CN 269/89993 ff.): a one-to-one message to a
//! robot, and a group message that @-mentions robots. The console's "robot event callback"
//! switch is these commands being on.

use super::statement::statements;
use crate::api::MSG_BODY;
use crate::vocab::rules::*;
use serde_json::Value;

statements! {
    callback
    /// After a one-to-one message to a robot was sent.
    BotOnC2cMessage as BOT_ON_C2C_MESSAGE "Bot.OnC2CMessage" / "BotOnC2CMessage" {
        title: "After a robot receives a one-to-one message" / "机器人单聊消息回调";
        sample: r#"{"CallbackCommand":"Bot.OnC2CMessage","From_Account":"jared","To_Account":"@RBT#001","MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,"MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":1,"SendMsgResult":0,"ErrorInfo":"send msg succeed","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        to_account: String = req "To_Account", USER_ID, "UserID of the robot" / "消息接收者 UserID";
        msg_seq: u64 = req "MsgSeq", COUNT, "message seq, which identifies the message with MsgRandom and MsgTime" / "消息序列号，用于标记该条消息（32位无符号整数）";
        msg_random: u32 = req "MsgRandom", U32, "message random number, which identifies the message" / "消息随机数，用于标记该条消息（32位无符号整数）";
        msg_time: u64 = req "MsgTime", COUNT, "when the message was sent, Unix seconds" / "消息的发送时间戳，单位为秒";
        msg_key: String = req "MsgKey", string(), "the message's unique key, for recalling it through REST" / "消息的唯一标识，可用于 REST API 撤回单聊消息";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0: stored" / "是否仅发送给在线用户标识。1代表仅发送给在线用户，否则为0";
        send_msg_result: u32 = req "SendMsgResult", COUNT, "the send's result: 0 succeeded, otherwise its error code" / "该条消息的下发结果";
        error_info: String = req "ErrorInfo", string(), "the send's result in words" / "该条消息下发失败的错误信息，若消息发送成功，则为\"send msg succeed\"";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "毫秒级别，事件触发时间戳";
    }

    callback
    /// After a group message @-mentioned robots that are members of the group.
    BotOnGroupMessage as BOT_ON_GROUP_MESSAGE "Bot.OnGroupMessage" / "BotOnGroupMessage" {
        title: "After robots are @-mentioned in a group" / "群内@机器人之后回调";
        sample: r#"{"CallbackCommand":"Bot.OnGroupMessage","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"MsgSeq":123,"MsgTime":1490686222,"OnlineOnlyFlag":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"@@RBT#001 hello"}}],"AtRobots_Account":["@RBT#001"],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#;
        group_id: String = req "GroupId", string(), "ID of the group" / "产生群消息的群组 ID";
        group_type: &'static str = req "Type", Ty::GroupType, "type of the group, e.g. Public" / "产生群消息的群组类型，例如 Public";
        from_account: String = req "From_Account", USER_ID, "UserID of the sender" / "消息发送者 UserID";
        operator_account: String = req "Operator_Account", string(), "UserID of who made the request (the app admin for REST calls)" / "请求发起者 UserID，可以用来识别是否为管理员请求的";
        random: u32 = req "Random", U32, "the send request's random number" / "发消息请求中的32位随机数";
        msg_seq: u64 = req "MsgSeq", COUNT, "the message's seq in the group" / "消息序列号，一条消息的唯一标示";
        msg_time: u64 = req "MsgTime", COUNT, "when the message was sent, Unix seconds" / "消息发送的时间戳，对应后台 Server 时间";
        online_only_flag: u8 = req "OnlineOnlyFlag", FLAG, "1: an online-only message; 0 otherwise (always 0 in live groups)" / "在线消息，为1，否则为0；直播群忽略此属性，为默认值0";
        msg_body: Value = req "MsgBody", MSG_BODY, "the message body" / "消息体";
        at_robots_account: Vec<String> = req "AtRobots_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: None }), "the robots @-mentioned" / "被@的机器人列表，群里有多个机器人时，用户可以@多个机器人";
        cloud_custom_data: String = req "CloudCustomData", string(), "the message's custom data (kept in the cloud)" / "消息自定义数据（云端保存，会发送到对端，程序卸载重装后还能拉取到）";
        event_time: u64 = req "EventTime", COUNT, "when the event happened, Unix milliseconds" / "毫秒级别，事件触发时间戳";
    }
}

impl BotOnGroupMessage {
    /// The group message's After-callback body, for the robots it mentions.
    pub fn mentioned(after: super::group::GroupAfterSendMsg, at_robots_account: Vec<String>) -> Self {
        let super::group::GroupAfterSendMsg { group_id, group_type, from_account, operator_account, random, msg_seq, msg_time, online_only_flag, msg_body, cloud_custom_data, topic_id: _, event_time } = after;
        BotOnGroupMessage { group_id, group_type, from_account, operator_account, random, msg_seq, msg_time, online_only_flag, msg_body, at_robots_account, cloud_custom_data, event_time }
    }
}
