//! `v4/follow/follow_add`: From_Account follows up to 20 accounts (1047/70345, 269 follow pages).

use crate::api::items::{AccountResult, ACCOUNT_RESULTS};
use crate::api::prelude::*;

/// At most 20 accounts per follow, unfollow or count request (the pages' limit).
pub const FOLLOW_TARGETS: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(20) });

wire! {
    #[derive(Eq)]
    pub struct FollowItem as FOLLOW_ITEM "FollowItem" {
        to_account: String = req "To_Account", USER_ID, "UserID to follow" / "待关注的用户的 UserID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct FollowAdd as REQUEST "FollowAddRequest" {
        from_account: String = req "From_Account", USER_ID, "UserID of the user who follows" / "发起关注操作的用户的 UserID";
        follow_item: Vec<FollowItem> = req "FollowItem", Ty::Array(&Arr { item: Ty::Object(&FOLLOW_ITEM), min_items: 1, max_items: Some(20) }), "the accounts to follow, at most 20" / "关注结构体对象，单次请求的 To_Account 数不得超过20";
    }
}

wire! {
    #[derive(Eq)]
    pub response FollowAddResponse as RESPONSE "FollowAddResponse" {
        result_item: Vec<AccountResult> = out "ResultItem", ACCOUNT_RESULTS, "one result per account, in request order" / "每个帐号一个结果，顺序同请求";
        error_display: String = out "ErrorDisplay", string(), "detail for display; empty" / "详细的展示信息；为空";
    }
}

impl FollowAdd {
    pub fn new(from: &str, to: &[&str]) -> Self {
        FollowAdd { from_account: from.into(), follow_item: to.iter().map(|t| FollowItem { to_account: (*t).into() }).collect() }
    }
}

impl ApiRequest for FollowAdd {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FollowAddResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Follow, "follow_add", "Follow users", "关注用户")
    .docs(0, 70345)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003])
    .sample(r#"{"From_Account":"UserID_001","FollowItem":[{"To_Account":"UserID_002"},{"To_Account":"UserID_003"}]}"#);
