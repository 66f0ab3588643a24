//! `v4/openim/importmsg`: import one one-to-one message (fires no callbacks).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Default)]
    pub struct ImportMsg as REQUEST "ImportMsgRequest" {
        /// 2: history (not unread); 5 (and the older 1): real time, counts as unread.
        sync_from_old_system: u8 = req "SyncFromOldSystem", Ty::IntEnum(&[1, 2, 5]), "2: history, not unread; 5 (older pages: 1): real time, unread" / "2：历史消息，不计未读；5（旧版文档为1）：实时消息，计未读";
        from_account: String = req "From_Account", USER_ID, "sender" / "消息发送方";
        to_account: String = req "To_Account", USER_ID, "receiver" / "消息接收方";
        msg_seq: Option<u64> = opt "MsgSeq", U32, "message seq; absent: the service picks one" / "消息 seq；不填由后台生成";
        msg_random: u32 = req "MsgRandom", U32, "32-bit random number" / "32位随机数";
        msg_time_stamp: u64 = req "MsgTimeStamp", UNIX_SECONDS, "send time, Unix seconds" / "消息发送时间，Unix 秒";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message" / "随消息存储的自定义数据";
    }
}

impl ImportMsg {
    pub fn history(from: &str, to: &str, random: u32, time: u64, text: &str) -> Self {
        ImportMsg { sync_from_old_system: 2, from_account: from.into(), to_account: to.into(), msg_random: random, msg_time_stamp: time, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
}

impl ApiRequest for ImportMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "importmsg", "Import a one-to-one message", "导入单聊消息")
    .docs(2568, 35014)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[90001, 90002, 90003, 90005, 90006, 90007, 90008, 90009, 90010, 90011, 90012, 90026, 90030, 90048, 90992, 91000, 93000])
    .sample(r#"{
  "SyncFromOldSystem": 2,
  "From_Account": "lumotuwe1",
  "To_Account": "lumotuwe2",
  "MsgSeq": 827092,
  "MsgRandom": 1287657,
  "MsgTimeStamp": 1556178721,
  "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }]
}"#);
