//! `v4/openconfigsvr/getappinfo`: the app's operations figures (strings, one object per day).

use crate::api::prelude::*;
use crate::vocab::Service;

/// Declares the figures once: their names (the `RequestField` enum) and the answer's table.
macro_rules! figures {
    ($($name:literal: $doc:literal,)*) => {
        /// Every figure, in the documented order.
        pub const FIGURES: &[&str] = &[$($name),*];
        const DAY_FIELDS: &[Field] = &[$(opt($name, string(), $doc)),*];
    };
}

figures! {
    "AppName": "app name",
    "AppId": "SDKAppID",
    "Company": "company",
    "ActiveUserNum": "active users",
    "RegistUserNumOneDay": "accounts registered that day",
    "RegistUserNumTotal": "accounts registered in all",
    "LoginTimes": "logins",
    "LoginUserNum": "accounts that logged in",
    "UpMsgNum": "messages sent",
    "SendMsgUserNum": "accounts that sent messages",
    "APNSMsgNum": "APNs pushes",
    "C2CUpMsgNum": "one-to-one messages sent",
    "C2CDownMsgNum": "one-to-one messages received",
    "C2CSendMsgUserNum": "accounts that sent one-to-one messages",
    "C2CAPNSMsgNum": "one-to-one APNs pushes",
    "MaxOnlineNum": "peak online accounts",
    "DownMsgNum": "messages received",
    "ChainIncrease": "friendships added",
    "ChainDecrease": "friendships deleted",
    "GroupUpMsgNum": "group messages sent",
    "GroupDownMsgNum": "group messages received",
    "GroupSendMsgUserNum": "accounts that sent group messages",
    "GroupAPNSMsgNum": "group APNs pushes",
    "GroupSendMsgGroupNum": "groups with messages",
    "GroupJoinGroupTimes": "group joins",
    "GroupQuitGroupTimes": "group quits",
    "GroupNewGroupNum": "groups created",
    "GroupAllGroupNum": "groups in all",
    "GroupDestroyGroupNum": "groups disbanded",
    "CallBackReq": "callback requests",
    "CallBackRsp": "callback responses",
    "Date": "day, YYYYMMDD (Beijing time)",
}

const DAY: Obj = Obj::new("AppInfoDay", DAY_FIELDS);

wire! {
    #[derive(Eq, Default)]
    pub struct GetAppInfo as REQUEST "GetAppInfoRequest" {
        request_field: Option<Vec<String>> = opt "RequestField", Ty::Array(&Arr { item: Ty::Enum(FIGURES), min_items: 0, max_items: None }), "figures to return; absent: all" / "需要拉取的字段；不填则拉取全部";
    }
}

/// One day's figures, each a string, by name.
pub type AppInfoDay = std::collections::BTreeMap<String, String>;

wire! {
    #[derive(Eq)]
    pub response GetAppInfoResponse as RESPONSE "GetAppInfoResponse" {
        result: Vec<AppInfoDay> = out "Result", Ty::Array(&Arr { item: Ty::Object(&DAY), min_items: 0, max_items: None }), "one object per day: the requested figures, as strings";
    }
}

impl ApiRequest for GetAppInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAppInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenConfig, "getappinfo", "Get operations figures", "拉取运营数据")
    .docs(4193, 34886)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 91000])
    .read_only()
    .sample(r#"{ "RequestField": ["ChainIncrease", "ChainDecrease"] }"#);
