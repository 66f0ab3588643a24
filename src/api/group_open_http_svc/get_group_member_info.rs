//! `v4/group_open_http_svc/get_group_member_info`: members with role, join time and their
//! read position `MsgSeq`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct GetGroupMemberInfo as REQUEST "GetGroupMemberInfoRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group";
        member_info_filter: Option<Vec<String>> = opt "MemberInfoFilter", STRINGS, "member fields to return (default: all)";
        member_role_filter: Option<Vec<String>> = opt "MemberRoleFilter", Ty::Array(&Arr { item: Ty::Enum(&["Owner", "Admin", "Member"]), min_items: 0, max_items: None }), "roles to return";
        app_defined_data_filter_group_member: Option<Vec<String>> = opt "AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return";
        limit: Option<u32> = opt "Limit", int(0, 6000), "members per page, at most 6000 (default: all)";
        offset: Option<u32> = opt "Offset", COUNT, "first member to return (not for Community)";
        next: Option<String> = opt "Next", string(), "Community paging cursor, \"\" for the first page";
    }
}

wire! {
    #[derive(Eq)]
    pub struct MemberInfo as MEMBER_INFO "MemberInfo" {
        member_account: String = req "Member_Account", string(), "member UserID";
        /// Owner, Admin or Member.
        role: String = out "Role", Ty::Enum(&["Owner", "Admin", "Member"]), "role";
        join_time: u64 = out "JoinTime", COUNT, "join time, Unix seconds";
        /// Seq of the member's last read message (its read position).
        msg_seq: u64 = out "MsgSeq", COUNT, "seq of the member's last read message";
        msg_flag: String = out "MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard"]), "message receiving option";
        last_send_msg_time: u64 = out "LastSendMsgTime", COUNT, "time of the member's last message";
        mute_until: u64 = out "MuteUntil", COUNT, "muted until, Unix seconds (0: not muted)";
        shut_up_until: Option<u64> = opt "ShutUpUntil", COUNT, "older name of MuteUntil";
        name_card: String = out "NameCard", string(), "group name card";
        app_member_defined_data: Option<serde_json::Value> = opt "AppMemberDefinedData", ANY, "member custom fields";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupMemberInfoResponse as RESPONSE "GetGroupMemberInfoResponse" {
        member_num: u64 = out "MemberNum", COUNT, "total member count";
        member_list: Vec<MemberInfo> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_INFO), min_items: 0, max_items: None }), "members";
        next: Option<String> = opt "Next", string(), "Community paging cursor";
    }
}

impl GetGroupMemberInfo {
    pub fn new(group_id: &str) -> Self {
        GetGroupMemberInfo { group_id: group_id.into(), ..Default::default() }
    }
}

impl ApiRequest for GetGroupMemberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMemberInfoResponse;
}


pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_member_info", "Get group member profiles")
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .handler("group::member_info")
    .sample(r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Limit": 100,
  "Offset": 0
}"#);
