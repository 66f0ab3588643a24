//! `v4/follow/follow_get_info`: how many fans, follows and mutual follows each of up to 20
//! accounts has (1047/70350).

use super::follow_add::FOLLOW_TARGETS;
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct FollowGetInfo as REQUEST "FollowGetInfoRequest" {
        from_account: String = req "From_Account", USER_ID, "UserID of the user who asks" / "发起拉取操作的用户的 UserID";
        to_account: Vec<String> = req "To_Account", FOLLOW_TARGETS, "the accounts to count for, at most 20" / "待拉取计数的用户的 UserID，单次请求的 To_Account 数不得超过20";
    }
}

wire! {
    #[derive(Eq)]
    pub struct FollowInfo as INFO "FollowInfoItem" {
        to_account: String = req "To_Account", string(), "the account counted" / "被统计的帐号";
        result_code: u32 = req "ResultCode", COUNT, "0, or this item's error" / "0，或该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
        follower_count: u64 = req "FollowerCount", COUNT, "its fans" / "粉丝数";
        following_count: u64 = req "FollowingCount", COUNT, "the accounts it follows" / "关注数";
        mutual_following_count: u64 = req "MutualFollowingCount", COUNT, "its mutual follows" / "互关数";
    }
}

wire! {
    #[derive(Eq)]
    pub response FollowGetInfoResponse as RESPONSE "FollowGetInfoResponse" {
        follow_info: Vec<FollowInfo> = out "FollowInfo", Ty::Array(&Arr { item: Ty::Object(&INFO), min_items: 0, max_items: None }), "one item per account, in request order" / "每个帐号一项，顺序同请求";
        error_display: String = out "ErrorDisplay", string(), "detail for display; empty" / "详细的展示信息；为空";
    }
}

impl FollowGetInfo {
    pub fn new(from: &str, to: &[&str]) -> Self {
        FollowGetInfo { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for FollowGetInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FollowGetInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Follow, "follow_get_info", "Get follow, fan and mutual follow counts", "获取用户的关注、粉丝与互关数")
    .docs(0, 70350)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003])
    .read_only()
    .sample(r#"{"From_Account":"UserID_001","To_Account":["UserID_001","UserID_002","UserID_003"]}"#);
