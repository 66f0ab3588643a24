//! `v4/openim/sendmsg`: a one-to-one message; answers its `MsgKey`.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SendMsg {
    /// 1: sync to the sender's devices and roaming; 2: don't.
    #[serde(rename = "SyncOtherMachine", skip_serializing_if = "Option::is_none", default)]
    pub sync_other_machine: Option<u8>,
    /// Absent: the app admin sends it (decisions.md 17).
    #[serde(rename = "From_Account", skip_serializing_if = "Option::is_none", default)]
    pub from_account: Option<String>,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "MsgLifeTime", skip_serializing_if = "Option::is_none", default)]
    pub msg_life_time: Option<u32>,
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    #[serde(rename = "MsgTimeStamp", skip_serializing_if = "Option::is_none", default)]
    pub msg_time_stamp: Option<u32>,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElement>,
    #[serde(rename = "CloudCustomData", skip_serializing_if = "Option::is_none", default)]
    pub cloud_custom_data: Option<String>,
    #[serde(rename = "IsNeedReadReceipt", skip_serializing_if = "Option::is_none", default)]
    pub is_need_read_receipt: Option<u8>,
}
reads!(SendMsg { sync_other_machine: "SyncOtherMachine", from_account: "From_Account", to_account: "To_Account", msg_life_time: "MsgLifeTime", msg_random: "MsgRandom", msg_time_stamp: "MsgTimeStamp", msg_body: "MsgBody", cloud_custom_data: "CloudCustomData", is_need_read_receipt: "IsNeedReadReceipt" });

impl SendMsg {
    pub fn text(from: &str, to: &str, random: u32, text: &str) -> Self {
        SendMsg { from_account: Some(from.into()), to_account: to.into(), msg_random: random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendMsgResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "MsgTime", default)]
    pub msg_time: u64,
    /// `MsgSeq_MsgRandom_MsgTimeStamp`; what admin_msgwithdraw takes.
    #[serde(rename = "MsgKey", default)]
    pub msg_key: String,
}
writes!(@response SendMsgResponse { msg_time: "MsgTime", msg_key: "MsgKey" });

impl ApiRequest for SendMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SendMsgResponse;
}

pub const REQUEST: Obj = Obj::new(
    "SendMsgRequest",
    &[
        opt("SyncOtherMachine", Ty::IntEnum(&[1, 2]), "1: sync to the sender's devices, 2: don't"),
        opt("From_Account", USER_ID, "sender; absent: the app admin"),
        req("To_Account", USER_ID, "receiver"),
        opt("MsgLifeTime", int(0, 604_800), "offline storage in seconds, at most 7 days"),
        opt("MsgSeq", COUNT, "message seq"),
        req("MsgRandom", U32, "32-bit random number"),
        opt("MsgTimeStamp", UNIX_SECONDS, "legacy: send time"),
        opt("ForbidCallbackControl", Ty::Array(&Arr { item: Ty::Enum(&["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]), min_items: 0, max_items: None }), "callbacks to skip"),
        opt("SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoUnread", "NoLastMsg", "WithMuteNotifications"]), min_items: 0, max_items: None }), "NoUnread, NoLastMsg, WithMuteNotifications"),
        req("MsgBody", MSG_BODY, "message elements"),
        opt("CloudCustomData", string(), "custom data stored with the message"),
        opt("SupportMessageExtension", FLAG, "1: message extensions enabled"),
        opt("OfflinePushInfo", ANY, "offline push settings"),
        opt("IsNeedReadReceipt", FLAG, "1: needs a one-to-one read receipt"),
    ],
);
pub const RESPONSE: Obj = response(
    "SendMsgResponse",
    &[opt("MsgTime", COUNT, "send time, Unix seconds"), opt("MsgKey", string(), "message key"), opt("MsgId", string(), "message ID")],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "sendmsg", "Send a one-to-one message")
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
