//! `v4/im_open_login_svc/account_check`: whether accounts are imported.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserIdItem {
    #[serde(rename = "UserID")]
    pub user_id: String,
}
reads!(UserIdItem { user_id: "UserID" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountCheck {
    #[serde(rename = "CheckItem")]
    pub check_item: Vec<UserIdItem>,
}
reads!(AccountCheck { check_item: "CheckItem" });

impl AccountCheck {
    pub fn new(ids: &[&str]) -> Self {
        AccountCheck { check_item: ids.iter().map(|id| UserIdItem { user_id: (*id).into() }).collect() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountCheckResult {
    #[serde(rename = "UserID")]
    pub user_id: String,
    #[serde(rename = "ResultCode")]
    pub result_code: u32,
    #[serde(rename = "ResultInfo")]
    pub result_info: String,
    /// "Imported" or "NotImported".
    #[serde(rename = "AccountStatus")]
    pub account_status: String,
}
writes!(AccountCheckResult { user_id: "UserID", result_code: "ResultCode", result_info: "ResultInfo", account_status: "AccountStatus" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountCheckResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<AccountCheckResult>,
}
writes!(@response AccountCheckResponse { result_item: "ResultItem" });

impl ApiRequest for AccountCheck {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountCheckResponse;
}

const CHECK_ITEM: Obj = Obj::new("AccountCheckItem", &[req("UserID", USER_ID, "UserID to check")]);
pub const REQUEST: Obj = Obj::new(
    "AccountCheckRequest",
    &[req("CheckItem", Ty::Array(&Arr { item: Ty::Object(&CHECK_ITEM), min_items: 1, max_items: Some(100) }), "accounts to check, at most 100")],
);
const RESULT_ITEM: Obj = Obj::new(
    "AccountCheckResult",
    &[
        req("UserID", string(), "UserID checked"),
        req("ResultCode", COUNT, "0 when the check succeeded"),
        req("ResultInfo", string(), "error text for this item"),
        req("AccountStatus", Ty::Enum(&["Imported", "NotImported"]), "Imported or NotImported"),
    ],
);
pub const RESPONSE: Obj = response(
    "AccountCheckResponse",
    &[opt("ResultItem", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per checked account")],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "account_check", "Check whether accounts are imported")
    .tables(&REQUEST, &RESPONSE)
    .errors(ACCOUNT_ERRORS)
    .sample(r#"{
  "CheckItem": [
    { "UserID": "alice" },
    { "UserID": "bob" }
  ]
}"#);
