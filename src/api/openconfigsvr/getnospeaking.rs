//! `v4/openconfigsvr/getnospeaking`: an account's global mute, as seconds left.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetNoSpeaking as REQUEST "GetNoSpeakingRequest" {
        get_account: String = req "Get_Account", USER_ID, "account to query" / "查询禁言信息的账号";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetNoSpeakingResponse as RESPONSE "GetNoSpeakingResponse" {
        c2c_msg_nospeaking_time: u64 = out "C2CmsgNospeakingTime", COUNT, "one-to-one mute: seconds left, 0 not muted, 4294967295 for good" / "单聊消息禁言：剩余秒数，0 表示未禁言，4294967295 表示永久禁言";
        group_msg_nospeaking_time: u64 = out "GroupmsgNospeakingTime", COUNT, "group mute: seconds left, 0 not muted, 4294967295 for good" / "群组消息禁言：剩余秒数，0 表示未禁言，4294967295 表示永久禁言";
    }
}

impl GetNoSpeaking {
    pub fn new(account: &str) -> Self {
        GetNoSpeaking { get_account: account.into() }
    }
}

impl ApiRequest for GetNoSpeaking {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetNoSpeakingResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenConfig, "getnospeaking", "Get global mute", "查询全局禁言")
    .docs(4229, 34924)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[130001, 130004, 130005, 130014])
    .read_only()
    .sample(r#"{ "Get_Account": "lumotuwe" }"#);
