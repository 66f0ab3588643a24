//! `v4/follow/follow_delete`: From_Account unfollows up to 20 accounts (1047/70346).

use super::follow_add::FOLLOW_TARGETS;
use crate::api::items::{AccountResult, ACCOUNT_RESULTS};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct FollowDelete as REQUEST "FollowDeleteRequest" {
        from_account: String = req "From_Account", USER_ID, "UserID of the user who unfollows" / "发起取关操作的用户的 UserID";
        to_account: Vec<String> = req "To_Account", FOLLOW_TARGETS, "the accounts to unfollow, at most 20" / "待取关的用户的 UserID，单次请求的 To_Account 数不得超过20";
    }
}

wire! {
    #[derive(Eq)]
    pub response FollowDeleteResponse as RESPONSE "FollowDeleteResponse" {
        result_item: Vec<AccountResult> = out "ResultItem", ACCOUNT_RESULTS, "one result per account, in request order" / "每个帐号一个结果，顺序同请求";
        error_display: String = out "ErrorDisplay", string(), "detail for display; empty" / "详细的展示信息；为空";
    }
}

impl FollowDelete {
    pub fn new(from: &str, to: &[&str]) -> Self {
        FollowDelete { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for FollowDelete {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FollowDeleteResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Follow, "follow_delete", "Unfollow users", "取消关注用户")
    .docs(0, 70346)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003])
    .sample(r#"{"From_Account":"UserID_001","To_Account":["UserID_002","UserID_003"]}"#);
