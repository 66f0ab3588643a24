//! `v4/im_open_login_svc/account_check`: whether accounts are imported.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct UserIdItem as CHECK_ITEM "AccountCheckItem" {
        user_id: String = req "UserID", USER_ID, "UserID to check" / "请求检查的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountCheck as REQUEST "AccountCheckRequest" {
        check_item: Vec<UserIdItem> = req "CheckItem", Ty::Array(&Arr { item: Ty::Object(&CHECK_ITEM), min_items: 1, max_items: Some(100) }), "accounts to check, at most 100" / "请求检查的账号，单次最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountCheckResult as RESULT_ITEM "AccountCheckResult" {
        user_id: String = req "UserID", string(), "UserID checked" / "被查询的 UserID";
        result_code: u32 = req "ResultCode", COUNT, "0 when the check succeeded" / "查询成功时为 0";
        result_info: String = req "ResultInfo", string(), "error text for this item" / "该项的错误信息";
        /// "Imported" or "NotImported".
        account_status: String = req "AccountStatus", Ty::Enum(&["Imported", "NotImported"]), "Imported or NotImported" / "Imported 或 NotImported（已导入或未导入）";
    }
}

wire! {
    #[derive(Eq)]
    pub response AccountCheckResponse as RESPONSE "AccountCheckResponse" {
        result_item: Vec<AccountCheckResult> = out "ResultItem", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per checked account" / "每个被查询的帐号一个结果";
    }
}

impl AccountCheck {
    pub fn new(ids: &[&str]) -> Self {
        AccountCheck { check_item: ids.iter().map(|id| UserIdItem { user_id: (*id).into() }).collect() }
    }
}

impl ApiRequest for AccountCheck {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountCheckResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "account_check", "Check whether accounts are imported", "查询账号")
    .docs(38417, 34956)
    .tables(&REQUEST, &RESPONSE)
    .errors(ACCOUNT_ERRORS)
    .read_only()
    .sample(r#"{
  "CheckItem": [
    { "UserID": "alice" },
    { "UserID": "bob" }
  ]
}"#);
