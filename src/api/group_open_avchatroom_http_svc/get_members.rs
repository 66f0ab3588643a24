//! `v4/group_open_avchatroom_http_svc/get_members`: who is in a live group now, the latest
//! joined first, 250 a page behind a `Timestamp` cursor.

use super::{LIVE_ERRORS, LIVE_ONLY};
use crate::api::prelude::*;

/// Members on one page: "fewer than 250 members: all of them, and NextTimestamp 0" (both pages).
pub const MEMBERS_PAGE: usize = 250;
/// Only the latest 1,000 online members are listed at all (both pages' note).
pub const MEMBERS_LISTED: usize = 1000;
/// Plans without the online member list get "up to 30 latest group members" (trtc.io/document/50293).
pub const MEMBERS_WITHOUT_FEATURE: usize = 30;

wire! {
    #[derive(Eq)]
    pub struct GetMembers as REQUEST "GetMembersRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "操作的群 ID";
        timestamp: u64 = req "Timestamp", COUNT, "0 first, then the NextTimestamp of the previous page" / "首次请求传0；人数大于250人时，将返回的 NextTimestamp 作为下一次请求的 Timestamp 拉取剩余人数";
        mark: Option<u32> = opt "Mark", U32, "only members with this mark (modify_user_info)" / "按某个标记过滤拉取用户列表";
    }
}

wire! {
    #[derive(Eq)]
    pub struct LiveMember as LIVE_MEMBER "LiveMember" {
        member_account: String = req "Member_Account", string(), "UserID of the member" / "成员的 UserID";
        join_time: u64 = req "JoinTime", COUNT, "when the member entered the room, Unix seconds" / "该成员进群时间";
        nick_name: String = req "NickName", string(), "the member's nickname (Tag_Profile_IM_Nick)" / "成员昵称";
        avatar: String = req "Avatar", string(), "the member's avatar URL (Tag_Profile_IM_Image)" / "成员头像";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetMembersResponse as RESPONSE "GetMembersResponse" {
        member_list: Vec<LiveMember> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&LIVE_MEMBER), min_items: 0, max_items: None }), "the group's online accounts, the latest joined first" / "该群组的在线账号，Member_Account 为用户的 UserID，JoinTime 为该成员进群时间";
        next_timestamp: u64 = out "NextTimestamp", COUNT, "Timestamp of the next page; 0: this was the last" / "下一次请求的 Timestamp，为0表示已拉取完毕";
    }
}

impl GetMembers {
    pub fn new(group_id: &str, timestamp: u64, mark: Option<u32>) -> Self {
        GetMembers { group_id: group_id.into(), timestamp, mark }
    }
}

impl ApiRequest for GetMembers {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetMembersResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupOpenAvchatroomHttpSvc, "get_members", "List a live group's online members", "获取直播群在线成员列表")
    .docs(77266, 50293)
    .tables(&REQUEST, &RESPONSE)
    .errors(LIVE_ERRORS)
    .group_types(LIVE_ONLY)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "Mark": 1000,
  "Timestamp": 0
}"#);
