//! `v4/sns/friend_delete`: delete friends, one-way or both ways.

use crate::api::prelude::*;
use crate::api::items::{AccountResults, ACCOUNT_RESULTS_RESPONSE, USER_IDS_1000};
use crate::vocab::Service;

/// `Delete_Type_Single` or `Delete_Type_Both`.
pub const DELETE_TYPE: Ty = Ty::Enum(&["Delete_Type_Single", "Delete_Type_Both"]);

wire! {
    #[derive(Eq)]
    pub struct FriendDelete as REQUEST "FriendDeleteRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friends are deleted";
        to_account: Vec<String> = req "To_Account", USER_IDS_1000, "friends to delete, at most 1000";
        delete_type: Option<String> = opt "DeleteType", DELETE_TYPE, "Delete_Type_Both (default): both directions; Delete_Type_Single: only From_Account's list";
    }
}

impl FriendDelete {
    pub fn new(from: &str, to: &[&str]) -> Self {
        FriendDelete { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect(), delete_type: None }
    }
    pub fn single(mut self) -> Self {
        self.delete_type = Some("Delete_Type_Single".into());
        self
    }
}

impl ApiRequest for FriendDelete {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_delete", "Delete friends")
    .tables(&REQUEST, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 31704, 31707])
    .handler("sns::friend_delete")
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3"],
  "DeleteType": "Delete_Type_Both"
}"#);
