//! `v4/sns/group_add`: create friend lists, optionally putting friends in them.

use crate::api::prelude::*;
use crate::api::items::{AccountResult, ACCOUNT_RESULTS, FAIL_ACCOUNT, FRIEND_GROUP_NAMES};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendGroupAdd as REQUEST "FriendGroupAddRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friend lists are created" / "需要添加分组的账号";
        group_name: Vec<String> = req "GroupName", FRIEND_GROUP_NAMES, "names of the new lists: at most 32, each 1-30 bytes" / "新增分组的名称：最多32个，每个1 - 30字节";
        to_account: Option<Vec<String>> = opt "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: Some(1000) }), "friends to put in every new list, at most 1000" / "需要加入每个新分组的好友，最多1000个";
    }
}

wire! {
    #[derive(Eq)]
    pub response FriendGroupAddResponse as RESPONSE "FriendGroupAddResponse" {
        result_item: Option<Vec<AccountResult>> = opt "ResultItem", ACCOUNT_RESULTS, "one result per To_Account (only when it was given)" / "每个 To_Account 一个结果（仅在请求给出时）";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
        current_sequence: u64 = out "CurrentSequence", COUNT, "version of the friend lists" / "好友分组的版本号";
    }
}

impl FriendGroupAdd {
    pub fn new(from: &str, names: &[&str]) -> Self {
        FriendGroupAdd { from_account: from.into(), group_name: names.iter().map(|n| (*n).into()).collect(), to_account: None }
    }
    pub fn friends(mut self, to: &[&str]) -> Self {
        self.to_account = Some(to.iter().map(|t| (*t).into()).collect());
        self
    }
}

impl ApiRequest for FriendGroupAdd {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendGroupAddResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "group_add", "Create friend lists", "添加分组")
    .docs(10107, 34950)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 30011, 32216])
    .sample(r#"{
  "From_Account": "id",
  "GroupName": ["group1", "group2", "group3"],
  "To_Account": ["id1", "id2", "id3"]
}"#);
