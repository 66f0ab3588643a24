//! `v4/openim/sendmsg`: a one-to-one message; answers its `MsgKey`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Default)]
    pub struct SendMsg as REQUEST "SendMsgRequest" {
        /// 1: sync to the sender's devices and roaming; 2: don't.
        sync_other_machine: Option<u8> = opt "SyncOtherMachine", Ty::IntEnum(&[1, 2]), "1: sync to the sender's devices, 2: don't";
        /// Absent: the app admin sends it (decisions.md 17).
        from_account: Option<String> = opt "From_Account", USER_ID, "sender; absent: the app admin";
        to_account: String = req "To_Account", USER_ID, "receiver";
        msg_life_time: Option<u32> = opt "MsgLifeTime", int(0, 604_800), "offline storage in seconds, at most 7 days";
        msg_seq: Option<u64> = opt "MsgSeq", COUNT, "message seq";
        msg_random: u32 = req "MsgRandom", U32, "32-bit random number";
        msg_time_stamp: Option<u32> = opt "MsgTimeStamp", UNIX_SECONDS, "legacy: send time";
        forbid_callback_control: Option<Vec<String>> = opt "ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip";
        send_msg_control: Option<Vec<String>> = opt "SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoUnread", "NoLastMsg", "WithMuteNotifications"]), min_items: 0, max_items: None }), "NoUnread, NoLastMsg, WithMuteNotifications";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message";
        support_message_extension: Option<u8> = opt "SupportMessageExtension", FLAG, "1: message extensions enabled";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", ANY, "offline push settings";
        is_need_read_receipt: Option<u8> = opt "IsNeedReadReceipt", FLAG, "1: needs a one-to-one read receipt";
    }
}

wire! {
    #[derive(Eq)]
    pub response SendMsgResponse as RESPONSE "SendMsgResponse" {
        msg_time: u64 = out "MsgTime", COUNT, "send time, Unix seconds";
        /// `MsgSeq_MsgRandom_MsgTimeStamp`; what admin_msgwithdraw takes.
        msg_key: String = out "MsgKey", string(), "message key";
        msg_id: Option<String> = opt "MsgId", string(), "message ID";
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

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "sendmsg", "Send a one-to-one message")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90002, 90003, 90005, 90006, 90007, 90008, 90009, 90010, 90012, 90026, 90044, 93000])
    .handler("c2c::send")
    .sample(r#"{
  "SyncOtherMachine": 2,
  "From_Account": "lumotuwe1",
  "To_Account": "lumotuwe2",
  "MsgRandom": 1287657,
  "MsgBody": [
    { "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }
  ]
}"#);
