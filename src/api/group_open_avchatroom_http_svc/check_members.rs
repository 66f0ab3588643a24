//! `v4/group_open_avchatroom_http_svc/check_members`: which of the given accounts are in a
//! live group now.

use super::{LIVE_ACCOUNTS, LIVE_ERRORS, LIVE_ONLY};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct CheckMembers as REQUEST "CheckMembersRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "操作的群 ID";
        member_account: Vec<String> = req "Member_Account", LIVE_ACCOUNTS, "UserIDs to look for, at most 500" / "查询的用户 UserID 列表";
    }
}

wire! {
    #[derive(Eq)]
    pub response CheckMembersResponse as RESPONSE "CheckMembersResponse" {
        member_account: Vec<String> = out "Member_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "those of the accounts that are in the group, in the request's order" / "在直播群内的用户 UserID 列表";
    }
}

impl CheckMembers {
    pub fn new(group_id: &str, member_account: &[&str]) -> Self {
        CheckMembers { group_id: group_id.into(), member_account: member_account.iter().map(|a| (*a).to_owned()).collect() }
    }
}

impl ApiRequest for CheckMembers {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CheckMembersResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupOpenAvchatroomHttpSvc, "check_members", "Check whether users are in a live group", "查询用户是否在直播群内")
    .docs(95618, 60523)
    .tables(&REQUEST, &RESPONSE)
    .errors(LIVE_ERRORS)
    .group_types(LIVE_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "Member_Account": ["245000", "202200", "239017", "361697"]
}"#);
