//! `v4/group_open_http_svc/ban_group_member`: ban accounts from a live group for a while
//! (out of the group; no messages, no joining until the ban ends).

use crate::api::group_open_attr_http_svc::get_group_attr::AVCHATROOM_ONLY;
use crate::api::prelude::*;
use crate::vocab::Service;

/// Up to 20 accounts a request (the page).
pub const BAN_ACCOUNTS: Ty = Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(20) });

/// The errors of the ban pages: 10059 without the plan that has bans.
pub const BAN_ERRORS: &[u32] = &[10002, 10003, 10004, 10007, 10010, 10015, 10019, 10059];

wire! {
    #[derive(Eq)]
    pub struct BanGroupMember as REQUEST "BanGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "封禁成员的群 ID";
        members_account: Vec<String> = req "Members_Account", BAN_ACCOUNTS, "accounts to ban, at most 20" / "封禁的群成员账号，单次请求最多20个";
        duration: u32 = req "Duration", int(1, u32::MAX as i64), "ban length in seconds (32-bit unsigned)" / "封禁时长，单位秒，无符号32位整数";
        description: Option<String> = opt "Description", string_max(1000), "ban reason, at most 1000 bytes" / "封禁信息，最长1000字节";
    }
}

impl BanGroupMember {
    pub fn new(group_id: &str, members: &[&str], duration: u32) -> Self {
        BanGroupMember { group_id: group_id.into(), members_account: members.iter().map(|m| (*m).into()).collect(), duration, description: None }
    }
}

impl ApiRequest for BanGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "ban_group_member", "Ban live-group members", "群成员封禁")
    .docs(0, 50296)
    .tables(&REQUEST, &ENVELOPE)
    .errors(BAN_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Members_Account": ["brennanli3", "brennanli12"],
  "Duration": 3600,
  "Description": "you are banned because of irregularities"
}"#);
