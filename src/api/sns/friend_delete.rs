//! `v4/sns/friend_delete`: delete friends, one-way or both ways.

use crate::api::prelude::*;
use crate::api::items::{AccountResults, ACCOUNT_RESULTS_RESPONSE, USER_IDS_1000};
use crate::vocab::Service;

/// `Delete_Type_Single` or `Delete_Type_Both`.
pub const DELETE_TYPE: Ty = Ty::Enum(&["Delete_Type_Single", "Delete_Type_Both"]);

wire! {
    #[derive(Eq)]
    pub struct FriendDelete as REQUEST "FriendDeleteRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friends are deleted" / "需要删除好友的账号";
        to_account: Vec<String> = req "To_Account", USER_IDS_1000, "friends to delete, at most 1000" / "待删除的好友，单次最多1000个";
        delete_type: Option<String> = opt "DeleteType", DELETE_TYPE, "Delete_Type_Both (default): both directions; Delete_Type_Single: only From_Account's list" / "Delete_Type_Both（默认）：双向删除；Delete_Type_Single：只删除 From_Account 好友表中的关系";
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

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_delete", "Delete friends", "删除好友")
    .docs(1644, 34905)
    .tables(&REQUEST, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 31704, 31707])
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3"],
  "DeleteType": "Delete_Type_Both"
}"#);
