//! `v4/group_open_http_svc/get_group_ban_member`: a live group's banned accounts with the
//! end of each ban, a page at a time.

use crate::api::group_open_attr_http_svc::get_group_attr::AVCHATROOM_ONLY;
use crate::api::group_open_http_svc::ban_group_member::BAN_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

/// At most 100 a page (the page); also what an absent or 0 `Limit` gets.
pub const BAN_PAGE_MAX: u32 = 100;

wire! {
    #[derive(Eq)]
    pub struct GetGroupBanMember as REQUEST "GetGroupBanMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "查询的群 ID";
        limit: Option<u32> = opt "Limit", int(0, BAN_PAGE_MAX as i64), "accounts per page, at most 100 (absent or 0: 100)" / "单次获取封禁成员的数量，最大为100";
        offset: u64 = req "Offset", COUNT, "0 first, then the NextOffset of the previous page" / "偏移量，初次拉取从0开始，后续请求以响应包 NextOffset 为准";
    }
}

wire! {
    #[derive(Eq)]
    pub struct BannedAccount as BANNED_ITEM "BannedAccount" {
        member_account: String = req "Member_Account", string(), "banned account" / "封禁成员账号";
        banned_until: u64 = req "BannedUntil", COUNT, "end of the ban, Unix seconds" / "封禁截止时间";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupBanMemberResponse as RESPONSE "GetGroupBanMemberResponse" {
        banned_account_list: Vec<BannedAccount> = out "BannedAccountList", Ty::Array(&Arr { item: Ty::Object(&BANNED_ITEM), min_items: 0, max_items: None }), "accounts banned now, the earliest-ending first" / "封禁成员信息，按封禁结束时间排列";
        next_offset: u64 = out "NextOffset", COUNT, "Offset of the next page; 0: this was the last" / "下次请求的 Offset 值，为0表示已拉取完毕";
    }
}

impl GetGroupBanMember {
    pub fn new(group_id: &str, limit: Option<u32>, offset: u64) -> Self {
        GetGroupBanMember { group_id: group_id.into(), limit, offset }
    }
}

impl ApiRequest for GetGroupBanMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupBanMemberResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_ban_member", "List a live group's banned members", "获取封禁群成员列表")
    .docs(0, 50295)
    .tables(&REQUEST, &RESPONSE)
    .errors(BAN_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Limit": 20,
  "Offset": 0
}"#);
