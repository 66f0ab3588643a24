//! `v4/group_open_http_svc/send_group_msg`: a group message; `NeedReadReceipt: 1` gives it a
//! read receipt.

use crate::api::prelude::*;
use crate::vocab::messages::CONTROL_WITH_ONLINE_ONLY;
use crate::vocab::Service;

wire! {
    pub struct GroupAtInfo as GROUP_AT "GroupAtInfo" {
        group_at_all_flag: Option<u8> = opt "GroupAtAllFlag", FLAG, "1: @all" / "1：@ 全体成员";
        group_at_account: Option<String> = opt "GroupAt_Account", USER_ID, "member mentioned" / "被 @ 的成员";
    }
}

wire! {
    #[derive(Default)]
    pub struct SendGroupMsg as REQUEST "SendGroupMsgRequest"
        // SendMsgControl may not be combined with OnlineOnlyFlag 1 (reference §4.10).
        between &[Between::RefusedWhen { what: Cond::NonEmpty("SendMsgControl"), when: Cond::Is("OnlineOnlyFlag", &[Val::Int(1)]), message: &CONTROL_WITH_ONLINE_ONLY }]; {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        random: u32 = req "Random", U32, "32-bit random number; a repeat within 5 minutes is dropped as a duplicate" / "32位随机数；5分钟内重复的随机数被视为重复消息而丢弃";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
        /// Absent: the app admin sends it (decisions.md 17).
        from_account: Option<String> = opt "From_Account", USER_ID, "sender; absent: the app admin" / "消息来源账号；不填时为 App 管理员";
        msg_priority: Option<String> = opt "MsgPriority", Ty::Enum(&["High", "Normal", "Low", "Lowest"]), "priority" / "消息的优先级";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        forbid_callback_control: Option<Vec<String>> = opt "ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip" / "禁止回调的列表";
        online_only_flag: Option<u8> = opt "OnlineOnlyFlag", FLAG, "1: only online members receive it, not stored" / "1：只发送给在线成员，不存储";
        send_msg_control: Option<Vec<String>> = opt "SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoLastMsg", "NoUnread"]), min_items: 0, max_items: None }), "NoLastMsg, NoUnread" / "消息标志：NoLastMsg、NoUnread";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message" / "随消息存储的自定义数据";
        support_message_extension: Option<u8> = opt "SupportMessageExtension", FLAG, "1: message extensions enabled" / "1：该条消息支持消息扩展";
        to_account: Option<Vec<String>> = opt "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "targeted members only" / "定向发送的成员列表";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
        need_read_receipt: Option<u8> = opt "NeedReadReceipt", FLAG, "1: the message needs a read receipt" / "1：该条消息需要已读回执";
        group_at_info: Option<Vec<GroupAtInfo>> = opt "GroupAtInfo", Ty::Array(&Arr { item: Ty::Object(&GROUP_AT), min_items: 0, max_items: None }), "mentions" / "@ 的信息";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendGroupMsgResponse as RESPONSE "SendGroupMsgResponse" {
        msg_time: u64 = out "MsgTime", COUNT, "send time, Unix seconds" / "消息发送时间，Unix 秒";
        msg_seq: u64 = out "MsgSeq", COUNT, "seq of the message in the group" / "消息在群中的 seq";
        msg_drop_reason: Option<String> = opt "MsgDropReason", string(), "why an online-only message was dropped" / "在线消息被丢弃的原因";
    }
}

impl SendGroupMsg {
    pub fn text(group_id: &str, random: u32, text: &str) -> Self {
        SendGroupMsg { group_id: group_id.into(), random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
    pub fn from(mut self, account: &str) -> Self {
        self.from_account = Some(account.into());
        self
    }
    pub fn with_receipt(mut self) -> Self {
        self.need_read_receipt = Some(1);
        self
    }
}

impl ApiRequest for SendGroupMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendGroupMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "send_group_msg", "Send a message in a group", "在群组中发送普通消息")
    .docs(1629, 34959)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10017, 10019, 10020, 10023])
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "From_Account": "leckie",
  "Random": 8912345,
  "NeedReadReceipt": 1,
  "MsgBody": [
    { "MsgType": "TIMTextElem", "MsgContent": { "Text": "red packet" } }
  ]
}"#);
