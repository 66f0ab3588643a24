//! `v4/sns/black_list_delete`: unblock accounts (a friendship ended by the block stays ended).

use crate::api::prelude::*;
use crate::api::items::{AccountResults, BlockListChange, ACCOUNT_RESULTS_RESPONSE, BLOCK_LIST_CHANGE};
use crate::vocab::Service;

/// The request: `From_Account` unblocks each `To_Account`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct BlackListDelete(pub BlockListChange);

impl ApiRequest for BlackListDelete {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "black_list_delete", "Remove from the blocklist", "删除黑名单")
    .docs(3719, 34912)
    .tables(&BLOCK_LIST_CHANGE, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008])
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3"]
}"#);
