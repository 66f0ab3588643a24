//! `v4/group_open_http_svc/import_group_member`: import members with their join time and
//! unread count (no callbacks, no notifications).

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct ImportMember as MEMBER_ITEM "ImportMember" {
        member_account: String = req "Member_Account", USER_ID, "member to import" / "待导入的群成员";
        role: Option<String> = opt "Role", Ty::Enum(&["Admin", "Member"]), "Admin; absent: Member" / "Admin；不填则为 Member";
        join_time: Option<u64> = opt "JoinTime", UNIX_SECONDS, "when it joined: after the group was created and before now" / "入群时间：晚于群组创建时间、早于当前时间";
        unread_msg_num: Option<u64> = opt "UnreadMsgNum", COUNT, "its unread count (at most the group's message count)" / "该成员的未读消息数（不超过群消息数）";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct ImportGroupMember as REQUEST "ImportGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        member_list: Vec<ImportMember> = req "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_ITEM), min_items: 1, max_items: Some(100) }), "members to import, at most 100" / "待导入的群成员，最多100个";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ImportMemberResult as RESULT_ITEM "ImportMemberResult" {
        member_account: String = req "Member_Account", string(), "member" / "群成员";
        result: u8 = req "Result", Ty::IntEnum(&[0, 1, 2]), "0 failed, 1 imported, 2 already a member" / "0 失败，1 导入成功，2 已是群成员";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImportGroupMemberResponse as RESPONSE "ImportGroupMemberResponse" {
        member_list: Vec<ImportMemberResult> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per member, in request order" / "每个成员一个结果，顺序同请求";
    }
}

impl ImportGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        ImportGroupMember { group_id: group_id.into(), member_list: members.iter().map(|m| ImportMember { member_account: (*m).into(), ..Default::default() }).collect() }
    }
}

impl ApiRequest for ImportGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImportGroupMemberResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "import_group_member", "Import group members", "导入群成员")
    .docs(1636, 34969)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10005, 10006, 10007, 10010, 10015])
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberList": [
    { "Member_Account": "tommy", "Role": "Admin", "JoinTime": 1448357837, "UnreadMsgNum": 5 }
  ]
}"#);
