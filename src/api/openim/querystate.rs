//! `v4/openim/querystate`: the legacy online-status query (`State` instead of `Status`), which
//! timsdk still calls.

use crate::api::prelude::*;
use crate::api::items::USER_IDS_500;
use crate::api::openim::query_online_status::{AccountError, ERROR_LIST, STATUS};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct QueryState as REQUEST "QueryStateRequest" {
        to_account: Vec<String> = req "To_Account", USER_IDS_500, "accounts to query, at most 500" / "需要查询的账号，最多500个";
        is_need_detail: Option<u8> = opt "IsNeedDetail", FLAG, "1: each platform's status in Detail" / "1：在 Detail 中返回各平台的状态";
    }
}

wire! {
    #[derive(Eq)]
    pub struct LegacyPlatformStatus as DETAIL_ITEM "LegacyPlatformStatus" {
        platform: String = req "Platform", Ty::Enum(&["IPhone", "Android", "Web", "PC", "iPad", "Mac"]), "platform (this legacy answer spells iPhone \"IPhone\")" / "平台（这个旧接口把 iPhone 写作 \"IPhone\"）";
        status: String = req "Status", STATUS, "status on this platform" / "该平台上的状态";
    }
}

wire! {
    #[derive(Eq)]
    pub struct LegacyState as QUERY_RESULT "LegacyOnlineState" {
        to_account: String = req "To_Account", string(), "account" / "帐号";
        state: String = req "State", STATUS, "Online, PushOnline or Offline" / "Online、PushOnline 或 Offline";
        detail: Option<Vec<LegacyPlatformStatus>> = opt "Detail", Ty::Array(&Arr { item: Ty::Object(&DETAIL_ITEM), min_items: 0, max_items: None }), "per-platform status (IsNeedDetail 1)" / "各平台的状态（IsNeedDetail 为 1 时）";
    }
}

wire! {
    #[derive(Eq)]
    pub response QueryStateResponse as RESPONSE "QueryStateResponse" {
        query_result: Vec<LegacyState> = out "QueryResult", Ty::Array(&Arr { item: Ty::Object(&QUERY_RESULT), min_items: 0, max_items: None }), "existing accounts, in request order" / "存在的帐号，顺序同请求";
        error_list: Option<Vec<AccountError>> = opt "ErrorList", ERROR_LIST, "accounts that do not exist; absent when none" / "不存在的帐号；没有时不返回";
    }
}

impl QueryState {
    pub fn new(ids: &[&str]) -> Self {
        QueryState { to_account: ids.iter().map(|id| (*id).into()).collect(), is_need_detail: None }
    }
}

impl ApiRequest for QueryState {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = QueryStateResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "querystate", "Query online status (legacy)", "查询账号在线状态（旧版）")
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70107, 90001, 90011, 91000])
    .read_only()
    .sample(r#"{ "To_Account": ["id1", "id2", "id3"] }"#);
