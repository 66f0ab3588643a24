//! `v4/openconfigsvr/getappinfo`: the app's operations figures (strings, one object per day).

use crate::api::prelude::*;
use crate::vocab::Service;

/// Declares the figures once: their names (the `RequestField` enum) and the answer's table.
macro_rules! figures {
    ($($name:literal: $doc:literal / $zh:literal,)*) => {
        /// Every figure, in the documented order.
        pub const FIGURES: &[&str] = &[$($name),*];
        const DAY_FIELDS: &[Field] = &[$(opt($name, string(), $doc).zh($zh)),*];
    };
}

figures! {
    "AppName": "app name" / "应用名称",
    "AppId": "SDKAppID" / "应用 SDKAppID",
    "Company": "company" / "所属客户名称",
    "ActiveUserNum": "active users" / "活跃用户数",
    "RegistUserNumOneDay": "accounts registered that day" / "新增注册人数",
    "RegistUserNumTotal": "accounts registered in all" / "累计注册人数",
    "LoginTimes": "logins" / "登录次数",
    "LoginUserNum": "accounts that logged in" / "登录人数",
    "UpMsgNum": "messages sent" / "上行消息数",
    "SendMsgUserNum": "accounts that sent messages" / "发消息人数",
    "APNSMsgNum": "APNs pushes" / "APNs 推送数",
    "C2CUpMsgNum": "one-to-one messages sent" / "上行消息数（C2C）",
    "C2CDownMsgNum": "one-to-one messages received" / "下行消息数（C2C）",
    "C2CSendMsgUserNum": "accounts that sent one-to-one messages" / "发消息人数（C2C）",
    "C2CAPNSMsgNum": "one-to-one APNs pushes" / "APNs 推送数（C2C）",
    "MaxOnlineNum": "peak online accounts" / "最高在线人数",
    "DownMsgNum": "messages received" / "下行消息总数（C2C 和群）",
    "ChainIncrease": "friendships added" / "关系链对数增加量",
    "ChainDecrease": "friendships deleted" / "关系链对数删除量",
    "GroupUpMsgNum": "group messages sent" / "上行消息数（群）",
    "GroupDownMsgNum": "group messages received" / "下行消息数（群）",
    "GroupSendMsgUserNum": "accounts that sent group messages" / "发消息人数（群）",
    "GroupAPNSMsgNum": "group APNs pushes" / "APNs 推送数（群）",
    "GroupSendMsgGroupNum": "groups with messages" / "发消息群组数",
    "GroupJoinGroupTimes": "group joins" / "入群总数",
    "GroupQuitGroupTimes": "group quits" / "退群总数",
    "GroupNewGroupNum": "groups created" / "新增群组数",
    "GroupAllGroupNum": "groups in all" / "累计群组数",
    "GroupDestroyGroupNum": "groups disbanded" / "解散群个数",
    "CallBackReq": "callback requests" / "回调请求数",
    "CallBackRsp": "callback responses" / "回调应答数",
    "Date": "day, YYYYMMDD (Beijing time)" / "日期，YYYYMMDD（北京时间）",
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
        result: Vec<AppInfoDay> = out "Result", Ty::Array(&Arr { item: Ty::Object(&DAY), min_items: 0, max_items: None }), "one object per day: the requested figures, as strings" / "每天一个对象：所请求的指标，以字符串表示";
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
