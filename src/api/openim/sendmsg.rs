//! `v4/openim/sendmsg`: a one-to-one message; answers its `MsgKey`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Default)]
    pub struct SendMsg as REQUEST "SendMsgRequest" {
        /// 1: sync to the sender's devices and roaming; 2: don't.
        sync_other_machine: Option<u8> = opt "SyncOtherMachine", Ty::IntEnum(&[1, 2]), "1: sync to the sender's devices, 2: don't" / "1：把消息同步到发送方的终端，2：不同步";
        /// Absent: the app admin sends it (decisions.md 17).
        from_account: Option<String> = opt "From_Account", USER_ID, "sender; absent: the app admin" / "消息来源账号；不填时为 App 管理员";
        to_account: String = req "To_Account", USER_ID, "receiver" / "消息接收方";
        msg_life_time: Option<u32> = opt "MsgLifeTime", int(0, 604_800), "offline storage in seconds, at most 7 days" / "消息离线保存时长（秒），最长7天";
        msg_seq: Option<u64> = opt "MsgSeq", COUNT, "message seq" / "消息 seq";
        msg_random: u32 = req "MsgRandom", U32, "32-bit random number" / "32位随机数";
        msg_time_stamp: Option<u32> = opt "MsgTimeStamp", UNIX_SECONDS, "legacy: send time" / "旧版：消息发送时间";
        forbid_callback_control: Option<Vec<String>> = opt "ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip" / "禁止回调的列表";
        send_msg_control: Option<Vec<String>> = opt "SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoUnread", "NoLastMsg", "WithMuteNotifications"]), min_items: 0, max_items: None }), "NoUnread, NoLastMsg, WithMuteNotifications" / "消息标志：NoUnread、NoLastMsg、WithMuteNotifications";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message" / "随消息存储的自定义数据";
        support_message_extension: Option<u8> = opt "SupportMessageExtension", FLAG, "1: message extensions enabled" / "1：该条消息支持消息扩展";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        is_need_read_receipt: Option<u8> = opt "IsNeedReadReceipt", FLAG, "1: needs a one-to-one read receipt" / "1：该条消息需要单聊已读回执";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendMsgResponse as RESPONSE "SendMsgResponse" {
        msg_time: u64 = out "MsgTime", COUNT, "send time, Unix seconds" / "消息发送时间，Unix 秒";
        /// `MsgSeq_MsgRandom_MsgTimeStamp`; what admin_msgwithdraw takes.
        msg_key: String = out "MsgKey", string(), "message key" / "消息的唯一标识";
        msg_id: Option<String> = opt "MsgId", string(), "message ID" / "消息 ID";
    }
}

impl SendMsg {
    pub fn text(from: &str, to: &str, random: u32, text: &str) -> Self {
        SendMsg { from_account: Some(from.into()), to_account: to.into(), msg_random: random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
}

impl ApiRequest for SendMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "sendmsg", "Send a one-to-one message", "单发单聊消息")
    .docs(2282, 34919)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90002, 90003, 90005, 90006, 90007, 90008, 90009, 90010, 90012, 90026, 90044, 93000])
    .sample(r#"{
  "SyncOtherMachine": 2,
  "From_Account": "lumotuwe1",
  "To_Account": "lumotuwe2",
  "MsgRandom": 1287657,
  "MsgBody": [
    { "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }
  ]
}"#);
