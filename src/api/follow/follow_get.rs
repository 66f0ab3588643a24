//! `v4/follow/follow_get`: one page of an account's fans, follows or mutual follows
//! (1047/70347).

use crate::api::items::{TagValue, TAG_VALUES};
use crate::api::prelude::*;

/// `FollowType`: which list (the page's numbering).
pub const FANS: u8 = 1;
pub const FOLLOWING: u8 = 2;
pub const MUTUAL: u8 = 3;
/// A page when `WantNum` is 0 (the page's default) and the most one page holds.
pub const DEFAULT_PAGE: usize = 100;
pub const MAX_PAGE: i64 = 1000;

wire! {
    #[derive(Eq)]
    pub struct FollowGet as REQUEST "FollowGetRequest" {
        from_account: String = req "From_Account", USER_ID, "UserID whose list is pulled" / "用户的 UserID";
        follow_type: u8 = req "FollowType", Ty::IntEnum(&[1, 2, 3]), "1: fans; 2: follows; 3: mutual follows" / "待拉取的类型：1 - 粉丝，2 - 关注，3 - 互关";
        start_cursor: String = req "StartCursor", string(), "empty for the first page, else the previous page's NextCursor" / "分页的起始位置：首页为空，续拉请求填上一页回包返回的 NextCursor 字段";
        want_num: u32 = req "WantNum", int(0, MAX_PAGE), "entries per page, at most 1000 (0: 100)" / "拉取的数量：默认每页返回100条数据，最多支持1000条数据";
    }
}

wire! {
    pub struct FollowEntry as FOLLOW_ENTRY "FollowGetItem" {
        to_account: String = req "To_Account", string(), "UserID of the fan, followee or mutual follow" / "粉丝、关注或互关帐号的 UserID";
        follow_time: u64 = req "FollowTime", COUNT, "when the follow behind this entry happened, Unix seconds" / "该关注关系建立的时间，Unix 秒";
        profile_item: Vec<TagValue> = req "ProfileItem", TAG_VALUES, "the account's profile fields that are set" / "该帐号已设置的资料字段";
    }
}

wire! {
    pub response FollowGetResponse as RESPONSE "FollowGetResponse" {
        follow_item: Vec<FollowEntry> = out "FollowItem", Ty::Array(&Arr { item: Ty::Object(&FOLLOW_ENTRY), min_items: 0, max_items: None }), "this page, newest follow first" / "本页，最新的关注在前";
        next_cursor: String = out "NextCursor", string(), "the next page's StartCursor; empty when this page is the last" / "下一页的 StartCursor；本页是最后一页时为空";
        error_display: String = out "ErrorDisplay", string(), "detail for display; empty" / "详细的展示信息；为空";
    }
}

impl FollowGet {
    pub fn new(from: &str, follow_type: u8, start_cursor: &str, want_num: u32) -> Self {
        FollowGet { from_account: from.into(), follow_type, start_cursor: start_cursor.into(), want_num }
    }
}

impl ApiRequest for FollowGet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FollowGetResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Follow, "follow_get", "Get fans, follows and mutual follows", "拉取关注、粉丝与互关列表")
    .docs(0, 70347)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003])
    .read_only()
    .sample(r#"{"From_Account":"UserID_001","FollowType":1,"StartCursor":"","WantNum":100}"#);
