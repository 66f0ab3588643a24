//! `v4/group_open_http_svc/get_group_muted_account`: the muted members of a group.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetGroupMutedAccount as REQUEST "GetGroupMutedAccountRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

wire! {
    #[derive(Eq)]
    pub struct MutedAccount as MUTED_ITEM "MutedAccount" {
        member_account: String = req "Member_Account", string(), "muted member" / "被禁言的成员";
        muted_until: u64 = req "MutedUntil", COUNT, "muted until, Unix seconds (4294967295: for good)" / "禁言截止时间，Unix 秒（4294967295：永久禁言）";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupMutedAccountResponse as RESPONSE "GetGroupMutedAccountResponse" {
        group_id: String = out "GroupId", string(), "ID of the group" / "操作的群 ID";
        muted_account_list: Vec<MutedAccount> = out "MutedAccountList", Ty::Array(&Arr { item: Ty::Object(&MUTED_ITEM), min_items: 0, max_items: None }), "members muted now" / "当前被禁言的成员";
    }
}

impl GetGroupMutedAccount {
    pub fn new(group_id: &str) -> Self {
        GetGroupMutedAccount { group_id: group_id.into(), topic_id: None }
    }
}

impl ApiRequest for GetGroupMutedAccount {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMutedAccountResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_muted_account", "List a group's muted members", "获取被禁言群成员列表")
    .docs(2925, 34964)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#1KGZ2RAEU" }"#);
