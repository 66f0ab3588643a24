//! `v4/im_open_login_svc/account_delete`: delete accounts, with everything they own.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeleteItem as DELETE_ITEM "AccountDeleteItem" {
        user_id: String = req "UserID", USER_ID, "UserID to delete" / "待删除的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountDelete as REQUEST "AccountDeleteRequest" {
        delete_item: Vec<DeleteItem> = req "DeleteItem", Ty::Array(&Arr { item: Ty::Object(&DELETE_ITEM), min_items: 1, max_items: Some(100) }), "accounts to delete, at most 100" / "待删除的账号，单次最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub struct AccountDeleteResult as RESULT_ITEM "AccountDeleteResult" {
        result_code: u32 = req "ResultCode", COUNT, "0 when deleted; 70107 when the account does not exist" / "删除成功时为 0；帐号不存在时为 70107";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
        user_id: String = req "UserID", string(), "UserID of this item" / "该项的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    pub response AccountDeleteResponse as RESPONSE "AccountDeleteResponse" {
        result_item: Vec<AccountDeleteResult> = out "ResultItem", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per account, in request order" / "每个帐号一个结果，顺序同请求";
    }
}

impl AccountDelete {
    pub fn new(ids: &[&str]) -> Self {
        AccountDelete { delete_item: ids.iter().map(|id| DeleteItem { user_id: (*id).into() }).collect() }
    }
}

impl ApiRequest for AccountDelete {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountDeleteResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "account_delete", "Delete accounts", "删除账号")
    .docs(36443, 34955)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70107, 70169, 70202, 70402, 70403, 70500, 71000])
    .rate_limit(100)
    .sample(r#"{
  "DeleteItem": [
    { "UserID": "UserID_1" },
    { "UserID": "UserID_2" }
  ]
}"#);
