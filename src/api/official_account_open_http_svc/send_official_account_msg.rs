//! `v4/official_account_open_http_svc/send_official_account_msg`: the app admin sends a
//! message as an official account to all its subscribers; it takes the account's next MsgSeq
//! (1047/60810, CN 269/102306).

use super::*;

wire! {
    #[derive(Default)]
    pub struct SendOfficialAccountMsg as REQUEST "SendOfficialAccountMsgRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the sending account" / "公众号 ID";
        random: u32 = req "Random", U32, "32-bit random number" / "32位随机数";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements; the same content within 5 minutes is a duplicate" / "消息内容，5分钟内相同内容的消息被视为重复消息";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        forbid_callback_control: Option<Vec<String>> = opt "ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip" / "禁止回调的列表";
        online_only_flag: Option<u8> = opt "OnlineOnlyFlag", FLAG, "1: only online subscribers receive it, not stored" / "1：只发送给在线订阅者，不存储";
        send_msg_control: Option<Vec<String>> = opt "SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoLastMsg", "NoUnread"]), min_items: 0, max_items: None }), "NoLastMsg, NoUnread" / "消息标志：NoLastMsg、NoUnread";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message" / "随消息存储的自定义数据";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendOfficialAccountMsgResponse as RESPONSE "SendOfficialAccountMsgResponse" {
        msg_time: u64 = out "MsgTime", COUNT, "send time, Unix seconds" / "发送时间，Unix 秒";
        msg_key: String = out "MsgKey", string(), "`MsgSeq_1_MsgTime`, for recall" / "`MsgSeq_1_MsgTime`，撤回时使用";
    }
}

impl SendOfficialAccountMsg {
    pub fn text(account: &str, random: u32, text: &str) -> Self {
        SendOfficialAccountMsg { official_account: account.into(), random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
}

impl ApiRequest for SendOfficialAccountMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendOfficialAccountMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "send_official_account_msg", "Send a message as an official account", "公众号用户发送广播消息")
    .docs(0, 60810)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 10002, 10004, 10010, 20001])
    .sample(r#"{"Official_Account":"@TOA#_test_id","Random":9875,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data"}"#);
