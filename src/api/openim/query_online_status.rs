//! `v4/openim/query_online_status`: whether accounts are online, per platform on request.

use crate::api::prelude::*;
use crate::api::items::USER_IDS_500;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct QueryOnlineStatus as REQUEST "QueryOnlineStatusRequest" {
        to_account: Vec<String> = req "To_Account", USER_IDS_500, "accounts to query, at most 500" / "需要查询的账号，最多500个";
        is_need_detail: Option<u8> = opt "IsNeedDetail", FLAG, "1: each platform's status in Detail" / "1：在 Detail 中返回各平台的状态";
        is_return_instid: Option<u8> = opt "IsReturnInstid", FLAG, "1: return device instance IDs" / "1：返回设备实例 ID";
        is_return_custom_status: Option<u8> = opt "IsReturnCustomStatus", FLAG, "1: return custom status" / "1：返回自定义状态";
    }
}

/// `Online`, `PushOnline` or `Offline`.
pub const STATUS: Ty = Ty::Enum(&["Online", "PushOnline", "Offline"]);
pub const PLATFORMS: &[&str] = &["iPhone", "Android", "Web", "PC", "iPad", "Mac"];

wire! {
    #[derive(Eq)]
    pub struct PlatformStatus as DETAIL_ITEM "PlatformStatus" {
        platform: String = req "Platform", Ty::Enum(PLATFORMS), "platform: iPhone, Android, Web, PC, iPad or Mac" / "平台：iPhone、Android、Web、PC、iPad 或 Mac";
        status: String = req "Status", STATUS, "status on this platform" / "该平台上的状态";
    }
}
pub const DETAIL: Ty = Ty::Array(&Arr { item: Ty::Object(&DETAIL_ITEM), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub struct OnlineStatus as QUERY_RESULT "OnlineStatus" {
        to_account: String = req "To_Account", string(), "account" / "帐号";
        status: String = req "Status", STATUS, "Online if any device is online, else PushOnline if any gets pushes, else Offline" / "任一设备在线时为 Online，否则任一设备可接收推送时为 PushOnline，否则为 Offline";
        detail: Option<Vec<PlatformStatus>> = opt "Detail", DETAIL, "per-platform status (IsNeedDetail 1), logged-in platforms only" / "各平台的状态（IsNeedDetail 为 1 时），仅含已登录的平台";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountError as ERROR_ITEM "AccountError" {
        to_account: String = req "To_Account", string(), "account" / "帐号";
        error_code: u32 = req "ErrorCode", COUNT, "70107: the account does not exist" / "70107：帐号不存在";
    }
}
pub const ERROR_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&ERROR_ITEM), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub response QueryOnlineStatusResponse as RESPONSE "QueryOnlineStatusResponse" {
        query_result: Vec<OnlineStatus> = out "QueryResult", Ty::Array(&Arr { item: Ty::Object(&QUERY_RESULT), min_items: 0, max_items: None }), "existing accounts, in request order" / "存在的帐号，顺序同请求";
        error_list: Option<Vec<AccountError>> = opt "ErrorList", ERROR_LIST, "accounts that do not exist; absent when none" / "不存在的帐号；没有时不返回";
    }
}

impl QueryOnlineStatus {
    pub fn new(ids: &[&str]) -> Self {
        QueryOnlineStatus { to_account: ids.iter().map(|id| (*id).into()).collect(), is_need_detail: None, is_return_instid: None, is_return_custom_status: None }
    }
    pub fn detail(mut self) -> Self {
        self.is_need_detail = Some(1);
        self
    }
}

impl ApiRequest for QueryOnlineStatus {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = QueryOnlineStatusResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "query_online_status", "Query accounts' online status", "查询账号在线状态")
    .docs(2566, 35477)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70107, 90001, 90011, 91000])
    .read_only()
    .sample(r#"{
  "To_Account": ["id1", "id2", "id3", "id4"],
  "IsNeedDetail": 1
}"#);
