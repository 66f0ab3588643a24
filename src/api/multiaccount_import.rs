//! `v4/im_open_login_svc/multiaccount_import`: import up to 100 accounts at once.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiaccountImport {
    #[serde(rename = "Accounts")]
    pub accounts: Vec<String>,
}
reads!(MultiaccountImport { accounts: "Accounts" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiaccountImportResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    /// Accounts that could not be imported.
    #[serde(rename = "FailAccounts", default)]
    pub fail_accounts: Vec<String>,
}
writes!(@response MultiaccountImportResponse { fail_accounts: "FailAccounts" });

impl ApiRequest for MultiaccountImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = MultiaccountImportResponse;
}

pub const REQUEST: Obj = Obj::new(
    "MultiaccountImportRequest",
    &[req("Accounts", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "UserIDs to import, at most 100")],
);
pub const RESPONSE: Obj = response(
    "MultiaccountImportResponse",
    &[opt("FailAccounts", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "accounts that failed to import")],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Account, "multiaccount_import", "Import multiple accounts")
    .tables(&REQUEST, &RESPONSE)
    .errors(ACCOUNT_ERRORS)
    .sample(r#"{
  "Accounts": ["alice", "bob", "carol"]
}"#);
