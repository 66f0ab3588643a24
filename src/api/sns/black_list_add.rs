//! `v4/sns/black_list_add`: block accounts (ends any friendship, both ways).

use crate::api::prelude::*;
use crate::api::items::{AccountResults, BlockListChange, ACCOUNT_RESULTS_RESPONSE, BLOCK_LIST_CHANGE};
use crate::vocab::Service;

/// The request: `From_Account` blocks each `To_Account`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct BlackListAdd(pub BlockListChange);

impl ApiRequest for BlackListAdd {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "black_list_add", "Add to the blocklist", "添加黑名单")
    .docs(3718, 34911)
    .tables(&BLOCK_LIST_CHANGE, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 30013])
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3"]
}"#);
