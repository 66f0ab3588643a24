//! `v4/sns/friend_delete_all`: clear an account's friend list.

use crate::api::prelude::*;
use crate::api::sns::friend_delete::DELETE_TYPE;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendDeleteAll as REQUEST "FriendDeleteAllRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose list is cleared" / "需要清空好友的账号";
        delete_type: Option<String> = opt "DeleteType", DELETE_TYPE, "Delete_Type_Single (default): only From_Account's list; Delete_Type_Both: also each friend's" / "Delete_Type_Single（默认）：只清空 From_Account 的好友表；Delete_Type_Both：也从每个好友的好友表中删除";
    }
}

impl FriendDeleteAll {
    pub fn new(from: &str) -> Self {
        FriendDeleteAll { from_account: from.into(), delete_type: None }
    }
}

impl ApiRequest for FriendDeleteAll {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_delete_all", "Delete all friends", "删除所有好友")
    .docs(1645, 34906)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[30001, 30003, 30004, 30006, 30007, 30008])
    .sample(r#"{
  "From_Account": "id",
  "DeleteType": "Delete_Type_Both"
}"#);
