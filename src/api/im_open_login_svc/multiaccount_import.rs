//! `v4/im_open_login_svc/multiaccount_import`: import up to 100 accounts at once.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct MultiaccountImport as REQUEST "MultiaccountImportRequest" {
        accounts: Vec<String> = req "Accounts", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "UserIDs to import, at most 100" / "导入的 UserID 集合，单次最多导入100个";
    }
}

wire! {
    #[derive(Eq)]
    pub response MultiaccountImportResponse as RESPONSE "MultiaccountImportResponse" {
        /// Accounts that could not be imported.
        fail_accounts: Vec<String> = out "FailAccounts", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "accounts that failed to import";
    }
}

impl ApiRequest for MultiaccountImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = MultiaccountImportResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "multiaccount_import", "Import multiple accounts", "导入多个账号")
    .tables(&REQUEST, &RESPONSE)
    .errors(ACCOUNT_ERRORS)
    .sample(r#"{
  "Accounts": ["alice", "bob", "carol"]
}"#);
