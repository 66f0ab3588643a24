//! `v4/group_open_http_svc/get_specified_group_member_info`: the profiles of chosen members
//! of a group.

use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::api::group_open_http_svc::get_group_member_info::{MemberInfo, MEMBER_INFO};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct GetSpecifiedGroupMemberInfo as REQUEST "GetSpecifiedGroupMemberInfoRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "需要拉取成员信息的群组的 ID";
        member_list_account: Vec<String> = req "Member_List_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(50) }), "UserIDs of the members, at most 50" / "需要拉取的指定群成员的 UserID 列表，数量不得超过50";
        member_info_filter: Option<Vec<String>> = opt "MemberInfoFilter", STRINGS, "member fields to return (default: all)" / "需要获取哪些信息，没有该字段则为群成员全部资料";
        member_role_filter: Option<Vec<String>> = opt "MemberRoleFilter", Ty::Array(&Arr { item: Ty::Enum(&["Owner", "Admin", "Member"]), min_items: 0, max_items: None }), "roles to return (default: all)" / "拉取指定身份的群成员资料（默认所有身份）";
        app_defined_data_filter_group_member: Option<Vec<String>> = opt "AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return" / "需要获取的群成员维度的自定义字段";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetSpecifiedGroupMemberInfoResponse as RESPONSE "GetSpecifiedGroupMemberInfoResponse" {
        group_id: String = out "GroupId", string(), "ID of the group" / "群组的 ID";
        member_list: Vec<MemberInfo> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_INFO), min_items: 0, max_items: None }), "the chosen members that are in the group, with the fields asked for" / "群成员列表，包含全部或者指定字段的群成员信息";
    }
}

impl GetSpecifiedGroupMemberInfo {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        GetSpecifiedGroupMemberInfo { group_id: group_id.into(), member_list_account: members.iter().map(|m| (*m).into()).collect(), ..Default::default() }
    }
}

impl ApiRequest for GetSpecifiedGroupMemberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetSpecifiedGroupMemberInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_specified_group_member_info", "Get chosen members' profiles", "获取指定群成员详细资料")
    .docs(0, 64897)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .group_types(NOT_AVCHATROOM)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2KIFZCIPQ",
  "Member_List_Account": ["bob", "peter"],
  "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "MuteUntil", "NameCard"]
}"#);
