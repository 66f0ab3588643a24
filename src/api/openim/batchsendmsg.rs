//! `v4/openim/batchsendmsg`: one one-to-one message to up to 500 accounts (fires no callbacks;
//! checks no friendship, blocklist or mute).

use crate::api::prelude::*;
use crate::api::openim::query_online_status::{AccountError, ERROR_LIST};
use crate::vocab::Service;

wire! {
    #[derive(Default)]
    pub struct BatchSendMsg as REQUEST "BatchSendMsgRequest" {
        sync_other_machine: Option<u8> = opt "SyncOtherMachine", Ty::IntEnum(&[1, 2]), "1: sync to the sender's devices, 2: don't" / "1：把消息同步到发送方的终端，2：不同步";
        from_account: Option<String> = opt "From_Account", USER_ID, "sender; absent: the app admin" / "消息来源账号；不填时为 App 管理员";
        to_account: Vec<String> = req "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) }), "receivers, at most 500" / "消息接收方，最多500个";
        msg_seq: Option<u64> = opt "MsgSeq", U32, "message seq; absent: the service picks one" / "消息 seq；不填由后台生成";
        msg_random: u32 = req "MsgRandom", U32, "32-bit random number" / "32位随机数";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
        msg_life_time: Option<u32> = opt "MsgLifeTime", int(0, 604_800), "offline storage in seconds, at most 7 days; 0: online only" / "消息离线保存时长（秒），最长7天；0 表示只发在线用户";
        online_only_flag: Option<u8> = opt "OnlineOnlyFlag", FLAG, "1: online only (not stored, not unread)" / "1：只发在线用户（不存储，不计未读）";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data stored with the message" / "随消息存储的自定义数据";
        send_msg_control: Option<Vec<String>> = opt "SendMsgControl", Ty::Array(&Arr { item: Ty::Enum(&["NoUnread", "NoLastMsg", "WithMuteNotifications"]), min_items: 0, max_items: None }), "NoUnread, NoLastMsg, WithMuteNotifications" / "消息标志：NoUnread、NoLastMsg、WithMuteNotifications";
        offline_push_info: Option<serde_json::Value> = opt "OfflinePushInfo", OFFLINE_PUSH_INFO, "offline push settings" / "离线推送信息配置";
        is_need_read_receipt: Option<u8> = opt "IsNeedReadReceipt", FLAG, "1: needs a one-to-one read receipt" / "1：该条消息需要单聊已读回执";
    }
}

wire! {
    #[derive(Eq)]
    pub response BatchSendMsgResponse as RESPONSE "BatchSendMsgResponse" {
        msg_key: String = out "MsgKey", string(), "key of the message (the same for every receiver)" / "消息的 MsgKey（所有接收方相同）";
        error_list: Option<Vec<AccountError>> = opt "ErrorList", ERROR_LIST, "receivers that do not exist (70107); the answer's ActionStatus is then SomeError" / "不存在的接收方（70107）；此时应答的 ActionStatus 为 SomeError";
    }
}

impl BatchSendMsg {
    pub fn text(to: &[&str], random: u32, text: &str) -> Self {
        BatchSendMsg { to_account: to.iter().map(|t| (*t).into()).collect(), msg_random: random, msg_body: vec![MsgElement::text(text)], ..Default::default() }
    }
}

impl ApiRequest for BatchSendMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = BatchSendMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "batchsendmsg", "Send one message to many accounts", "批量发单聊消息")
    .docs(1612, 34920)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70107, 70169, 90001, 90002, 90007, 90008, 90009, 90010, 90011, 90012, 90026, 90048, 90992, 91000, 93000])
    .sample(r#"{
  "SyncOtherMachine": 2,
  "To_Account": ["bonnie", "rong"],
  "MsgSeq": 28360,
  "MsgRandom": 19901224,
  "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi, beauty" } }]
}"#);
