//! `v4/group_open_avchatroom_http_svc/modify_user_info`: sets or removes marks on a live
//! group's members (get_members filters by them).

use super::{LIVE_ERRORS, LIVE_ONLY};
use crate::api::prelude::*;

/// Distinct marks one live group may use (both pages).
pub const MARKS_PER_GROUP: usize = 10;
/// Members one mark may be set on (both pages; independent of the 1,000 listed).
pub const MEMBERS_PER_MARK: usize = 1000;
/// The special mark that may be set on an account not in the room, and is kept when it leaves.
pub const SPECIAL_MARK: u32 = 500;
/// Custom marks start here (the Web SDK's markType: "greater than or equal to 1000").
pub const FIRST_CUSTOM_MARK: u32 = 1000;

wire! {
    #[derive(Eq)]
    pub struct MarkedMember as MARKED_MEMBER "MarkedMember" {
        member_account: String = req "Member_Account", USER_ID, "UserID of the member" / "群成员 UserID";
        marks: Vec<u32> = req "Marks", Ty::Array(&Arr { item: U32, min_items: 1, max_items: Some(MARKS_PER_GROUP) }), "marks to set or remove: 500, or 1000 and above" / "要设置或删除的标记";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ModifyUserInfo as REQUEST "ModifyUserInfoRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "操作的群 ID";
        command_type: u8 = req "CommandType", int(1, 2), "1: set the marks; 2: remove them" / "1: 设置标记；2: 删除标记";
        member_list: Vec<MarkedMember> = req "MemberList", Ty::Array(&Arr { item: Ty::Object(&MARKED_MEMBER), min_items: 1, max_items: Some(500) }), "members and their marks, at most 500" / "要设置标记的群成员列表";
    }
}

impl ApiRequest for ModifyUserInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupOpenAvchatroomHttpSvc, "modify_user_info", "Set live-group member marks", "设置直播群成员标记")
    .docs(0, 50294)
    .tables(&REQUEST, &ENVELOPE)
    .errors(LIVE_ERRORS)
    .group_types(LIVE_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 1,
  "MemberList": [
    { "Member_Account": "teacher10", "Marks": [1000] },
    { "Member_Account": "student9", "Marks": [1001] }
  ]
}"#);
