//! `v4/group_open_http_svc/get_group_member_info`: members with role, join time and their
//! read position `MsgSeq`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct GetGroupMemberInfo as REQUEST "GetGroupMemberInfoRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        member_info_filter: Option<Vec<String>> = opt "MemberInfoFilter", STRINGS, "member fields to return (default: all)" / "需要获取的群成员信息（默认为全部）";
        member_role_filter: Option<Vec<String>> = opt "MemberRoleFilter", Ty::Array(&Arr { item: Ty::Enum(&["Owner", "Admin", "Member"]), min_items: 0, max_items: None }), "roles to return" / "拉取指定身份的群成员资料";
        app_defined_data_filter_group_member: Option<Vec<String>> = opt "AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return" / "需要获取的群成员自定义字段";
        limit: Option<u32> = opt "Limit", int(0, 6000), "members per page, at most 6000 (default: all)" / "每页成员数，最多6000（默认全部）";
        offset: Option<u32> = opt "Offset", COUNT, "first member to return (not for Community)" / "从第几个成员开始获取（社群不支持）";
        next: Option<String> = opt "Next", string(), "Community paging cursor, \"\" for the first page" / "社群的分页拉取标识，第一页填 \"\"";
    }
}

// A MemberInfoFilter names what comes back: every field but Member_Account is left out unless
// named (`AppMemberDefinedData` comes with its own filter).
wire! {
    #[derive(Eq)]
    pub struct MemberInfo as MEMBER_INFO "MemberInfo" {
        member_account: String = req "Member_Account", string(), "member UserID" / "成员的 UserID";
        /// Owner, Admin or Member.
        role: Option<String> = opt "Role", Ty::Enum(&["Owner", "Admin", "Member"]), "role" / "身份";
        join_time: Option<u64> = opt "JoinTime", COUNT, "join time, Unix seconds" / "入群时间，Unix 秒";
        /// Seq of the member's last read message (its read position).
        msg_seq: Option<u64> = opt "MsgSeq", COUNT, "seq of the member's last read message" / "该成员已读的最后一条消息的 seq";
        msg_flag: Option<String> = opt "MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard"]), "message receiving option" / "消息屏蔽类型";
        last_send_msg_time: Option<u64> = opt "LastSendMsgTime", COUNT, "time of the member's last message" / "该成员最后一次发消息的时间";
        mute_until: Option<u64> = opt "MuteUntil", COUNT, "muted until, Unix seconds (0: not muted)" / "禁言截止时间，Unix 秒（0：未被禁言）";
        shut_up_until: Option<u64> = opt "ShutUpUntil", COUNT, "older name of MuteUntil" / "MuteUntil 的旧名称";
        name_card: Option<String> = opt "NameCard", string(), "group name card" / "群名片";
        app_member_defined_data: Option<serde_json::Value> = opt "AppMemberDefinedData", ANY, "member custom fields" / "群成员维度的自定义字段";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupMemberInfoResponse as RESPONSE "GetGroupMemberInfoResponse" {
        member_num: u64 = out "MemberNum", COUNT, "total member count" / "群成员总数";
        member_list: Vec<MemberInfo> = out "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_INFO), min_items: 0, max_items: None }), "members" / "成员";
        next: Option<String> = opt "Next", string(), "Community paging cursor" / "社群分页的游标";
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


pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_member_info", "Get group member profiles", "获取群成员详细资料")
    .docs(1617, 34948)
    .tables(&REQUEST, &RESPONSE)
    .errors(GROUP_ERRORS)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Limit": 100,
  "Offset": 0
}"#);
