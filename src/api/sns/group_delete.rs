//! `v4/sns/group_delete`: delete friend lists (the friends stay friends).

use crate::api::prelude::*;
use crate::api::items::FRIEND_GROUP_NAMES;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendGroupDelete as REQUEST "FriendGroupDeleteRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friend lists are deleted" / "需要删除分组的账号";
        group_name: Vec<String> = req "GroupName", FRIEND_GROUP_NAMES, "lists to delete, at most 32" / "要删除的分组，最多32个";
    }
}

wire! {
    #[derive(Eq)]
    pub response FriendGroupDeleteResponse as RESPONSE "FriendGroupDeleteResponse" {
        current_sequence: u64 = out "CurrentSequence", COUNT, "version of the friend lists" / "好友分组的版本号";
    }
}

impl FriendGroupDelete {
    pub fn new(from: &str, names: &[&str]) -> Self {
        FriendGroupDelete { from_account: from.into(), group_name: names.iter().map(|n| (*n).into()).collect() }
    }
}

impl ApiRequest for FriendGroupDelete {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendGroupDeleteResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "group_delete", "Delete friend lists", "删除分组")
    .docs(10108, 34926)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007, 30008])
    .sample(r#"{
  "From_Account": "id",
  "GroupName": ["group1", "group2", "group3"]
}"#);
