//! `v4/group_open_http_svc/get_group_info`: groups' profiles, custom fields and members.

use crate::api::prelude::*;
use super::get_group_member_info::{MemberInfo, MEMBER_INFO};
use crate::vocab::Service;

/// The group profile fields a filter can name (GroupId always comes back).
pub const GROUP_BASE_FIELDS: &[&str] = &["Type", "Name", "Introduction", "Notification", "FaceUrl", "Owner_Account", "CreateTime", "InfoSeq", "LastInfoTime", "LastMsgTime", "NextMsgSeq", "MemberNum", "MaxMemberNum", "ApplyJoinOption", "InviteJoinOption", "ShutUpAllMember", "MuteAllMember"];
/// The member fields a filter can name (`Account` is `Member_Account`).
pub const MEMBER_FIELDS: &[&str] = &["Account", "Member_Account", "Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "ShutUpUntil", "MuteUntil", "NameCard"];

wire! {
    #[derive(Eq, Default)]
    pub struct ResponseFilter as RESPONSE_FILTER "GroupInfoResponseFilter" {
        group_base_info_filter: Option<Vec<String>> = opt "GroupBaseInfoFilter", Ty::Array(&Arr { item: Ty::Enum(GROUP_BASE_FIELDS), min_items: 0, max_items: None }), "profile fields to return (a filter returns only what it names)" / "需要拉取的群资料字段（填写过滤器时只返回其中的字段）";
        member_info_filter: Option<Vec<String>> = opt "MemberInfoFilter", Ty::Array(&Arr { item: Ty::Enum(MEMBER_FIELDS), min_items: 0, max_items: None }), "member fields to return (and the member list)" / "需要拉取的群成员字段（同时返回成员列表）";
        app_defined_data_filter_group: Option<Vec<String>> = opt "AppDefinedDataFilter_Group", STRINGS, "group custom fields to return" / "需要拉取的群组自定义字段";
        app_defined_data_filter_group_member: Option<Vec<String>> = opt "AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return" / "需要获取的群成员自定义字段";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct GetGroupInfo as REQUEST "GetGroupInfoRequest" {
        group_id_list: Vec<String> = req "GroupIdList", Ty::Array(&Arr { item: GROUP_ID, min_items: 1, max_items: Some(50) }), "groups to read, at most 50" / "需要拉取的群组，最多50个";
        response_filter: Option<ResponseFilter> = opt "ResponseFilter", Ty::Object(&RESPONSE_FILTER), "what to return; absent: every profile field and the member list" / "需要拉取的信息；不填则返回全部群资料和成员列表";
    }
}

wire! {
    #[derive(Default)]
    pub struct GroupInfo as GROUP_INFO "GroupInfo" {
        group_id: String = req "GroupId", string(), "group ID" / "群组 ID";
        error_code: u32 = req "ErrorCode", COUNT, "0, or this group's error (10010: no such group)" / "0，或该群组的错误码（10010：群组不存在）";
        error_info: String = req "ErrorInfo", string(), "error text of this group" / "该群组的错误信息";
        group_type: Option<String> = opt "Type", string(), "group type" / "群组类型";
        name: Option<String> = opt "Name", string(), "group name" / "群名称";
        introduction: Option<String> = opt "Introduction", string(), "introduction" / "简介";
        notification: Option<String> = opt "Notification", string(), "notice" / "群公告";
        face_url: Option<String> = opt "FaceUrl", string(), "profile photo URL" / "用户头像 URL";
        owner_account: Option<String> = opt "Owner_Account", string(), "owner (\"\" when none)" / "群主（没有群主时为 \"\"）";
        create_time: Option<u64> = opt "CreateTime", COUNT, "created, Unix seconds" / "创建时间，Unix 秒";
        info_seq: Option<u64> = opt "InfoSeq", COUNT, "profile version" / "群资料的版本号";
        last_info_time: Option<u64> = opt "LastInfoTime", COUNT, "last profile change, Unix seconds" / "群资料最近一次修改的时间，Unix 秒";
        last_msg_time: Option<u64> = opt "LastMsgTime", COUNT, "last message, Unix seconds" / "最后一条消息的时间，Unix 秒";
        next_msg_seq: Option<u64> = opt "NextMsgSeq", COUNT, "seq the next message will get" / "下一条消息将得到的 seq";
        member_num: Option<u64> = opt "MemberNum", COUNT, "members" / "成员";
        max_member_num: Option<u64> = opt "MaxMemberNum", COUNT, "member cap" / "最大群成员数量";
        apply_join_option: Option<String> = opt "ApplyJoinOption", string(), "how users apply to join" / "申请加群处理方式";
        invite_join_option: Option<String> = opt "InviteJoinOption", string(), "how invitations are handled" / "邀请加群处理方式";
        shut_up_all_member: Option<String> = opt "ShutUpAllMember", Ty::Enum(&["On", "Off"]), "everyone but the owner and admins muted (older name)" / "除群主和管理员外全员禁言（旧名称）";
        mute_all_member: Option<String> = opt "MuteAllMember", Ty::Enum(&["On", "Off"]), "everyone but the owner and admins muted" / "除群主和管理员外全员禁言";
        app_defined_data: Option<Vec<KeyValue>> = opt "AppDefinedData", KEY_VALUES, "group custom fields asked for" / "所请求的群组自定义字段";
        member_list: Option<Vec<MemberInfo>> = opt "MemberList", Ty::Array(&Arr { item: Ty::Object(&MEMBER_INFO), min_items: 0, max_items: None }), "members with the fields asked for" / "群成员，含所请求的字段";
    }
}

wire! {
    pub response GetGroupInfoResponse as RESPONSE "GetGroupInfoResponse" {
        group_info: Vec<GroupInfo> = out "GroupInfo", Ty::Array(&Arr { item: Ty::Object(&GROUP_INFO), min_items: 0, max_items: None }), "one item per group, in request order" / "每个群组一项，顺序同请求";
    }
}

impl GetGroupInfo {
    pub fn new(ids: &[&str]) -> Self {
        GetGroupInfo { group_id_list: ids.iter().map(|i| (*i).into()).collect(), response_filter: None }
    }
}

impl ApiRequest for GetGroupInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupInfoResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_info", "Get groups' profiles", "获取群详细资料")
    .docs(1616, 34961)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10018])
    .read_only()
    .sample(r#"{
  "GroupIdList": ["@TGS#1NVTZEAE4"],
  "ResponseFilter": {
    "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"],
    "MemberInfoFilter": ["Account", "Role"]
  }
}"#);
