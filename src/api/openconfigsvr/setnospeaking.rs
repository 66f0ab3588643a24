//! `v4/openconfigsvr/setnospeaking`: mute an account everywhere, for one-to-one and/or group
//! messages.

use crate::api::prelude::*;
use crate::vocab::Service;

/// Seconds: 0 unmutes, 4294967295 mutes for good.
pub const MUTE_SECONDS: Ty = U32;
/// The value that means "for good".
pub const FOREVER: u64 = u32::MAX as u64;

wire! {
    #[derive(Eq)]
    pub struct SetNoSpeaking as REQUEST "SetNoSpeakingRequest"
        // The two times are each optional, but one must be there (130008).
        between &[Between::AtLeastOne(&["C2CmsgNospeakingTime", "GroupmsgNospeakingTime"])]; {
        set_account: String = req "Set_Account", USER_ID, "account to mute" / "设置禁言配置的账号";
        c2c_msg_nospeaking_time: Option<u64> = opt "C2CmsgNospeakingTime", MUTE_SECONDS, "one-to-one mute in seconds from now: 0 unmutes, 4294967295 is for good" / "单聊消息禁言时间（秒，从现在起）：0 表示取消禁言，4294967295 表示永久禁言";
        group_msg_nospeaking_time: Option<u64> = opt "GroupmsgNospeakingTime", MUTE_SECONDS, "group mute in seconds from now: 0 unmutes, 4294967295 is for good" / "群组消息禁言时间（秒，从现在起）：0 表示取消禁言，4294967295 表示永久禁言";
    }
}

impl SetNoSpeaking {
    pub fn new(account: &str, c2c: Option<u64>, group: Option<u64>) -> Self {
        SetNoSpeaking { set_account: account.into(), c2c_msg_nospeaking_time: c2c, group_msg_nospeaking_time: group }
    }
}

impl ApiRequest for SetNoSpeaking {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenConfig, "setnospeaking", "Set global mute", "设置全局禁言")
    .docs(4230, 34923)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[130001, 130004, 130005, 130008, 130014])
    .sample(r#"{
  "Set_Account": "lumotuwe",
  "C2CmsgNospeakingTime": 4294967295,
  "GroupmsgNospeakingTime": 7200
}"#);
