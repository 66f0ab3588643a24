//! `v4/openim/admin_set_msg_read`: mark a one-to-one conversation read for one side (seed 003).

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct AdminSetMsgRead as REQUEST "AdminSetMsgReadRequest" mistakes &[Mistake {
        key: "MsgReadedTime",
        means: "MsgReadTime",
        severity: Severity::Error,
        code: "unknown_field",
        accepted_as_alias: false,
        why: "Some SDKs (tencent_im_rs) send this misspelling; the service ignores it and marks everything up to now as read.",
    }]; {
        report_account: String = req "Report_Account", USER_ID, "UserID of the account for which messages are marked read" / "进行消息已读的用户 UserID";
        peer_account: String = req "Peer_Account", USER_ID, "UserID of the other account in the conversation" / "进行消息已读的单聊会话的另一方用户 UserID";
        /// Unix seconds as a decimal string, as documented (decisions.md 6).
        msg_read_time: Option<String> = opt "MsgReadTime", Ty::SecondsString, "Unix seconds as a String; messages up to it are marked read (default: now)" / "时间戳（秒，String 类型），该时间戳之前的消息全部已读（默认当前时间）";
    }
}

impl AdminSetMsgRead {
    pub fn new(report_account: &str, peer_account: &str) -> Self {
        AdminSetMsgRead { report_account: report_account.into(), peer_account: peer_account.into(), msg_read_time: None }
    }
    /// Marks read up to and including this second.
    pub fn read_time(mut self, unix_seconds: u32) -> Self {
        self.msg_read_time = Some(unix_seconds.to_string());
        self
    }
}

impl ApiRequest for AdminSetMsgRead {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const RESPONSE: Obj = response("AdminSetMsgReadResponse", &[]);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "admin_set_msg_read", "Mark one-to-one messages as read", "设置单聊消息已读")
    .docs(50349, 38996)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 90008])
    .sample(r#"{
  "Report_Account": "dramon1",
  "Peer_Account": "dramon2"
}"#);
