//! `v4/group_open_http_svc/get_joined_group_list`: the groups a user is in, with its own read
//! position (`SelfInfo.MsgSeq`) next to each group's `NextMsgSeq`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct JoinedGroupResponseFilter as RESPONSE_FILTER "JoinedGroupResponseFilter" {
        group_base_info_filter: Option<Vec<String>> = opt "GroupBaseInfoFilter", STRINGS, "group fields to return" / "需要拉取的群组信息字段";
        self_info_filter: Option<Vec<String>> = opt "SelfInfoFilter", STRINGS, "self fields to return (Role, JoinTime, MsgFlag, MsgSeq)" / "需要拉取的用户在群中的信息字段（Role、JoinTime、MsgFlag、MsgSeq）";
        app_defined_data_filter_group: Option<Vec<String>> = opt "AppDefinedDataFilter_Group", STRINGS, "group custom fields to return" / "需要拉取的群组自定义字段";
        app_defined_data_filter_group_member: Option<Vec<String>> = opt "AppDefinedDataFilter_GroupMember", STRINGS, "member custom fields to return" / "需要获取的群成员自定义字段";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct GetJoinedGroupList as REQUEST "GetJoinedGroupListRequest" {
        member_account: String = req "Member_Account", USER_ID, "UserID whose groups are listed" / "需要查询的用户 UserID";
        limit: Option<u32> = opt "Limit", int(0, 5000), "groups per page, at most 5000" / "每页群组数，最多5000";
        offset: Option<u32> = opt "Offset", COUNT, "first group to return" / "从第几个群组开始拉取";
        group_type: Option<String> = opt "GroupType", Ty::GroupType, "only groups of this type" / "只拉取该类型的群组";
        with_huge_groups: Option<u8> = opt "WithHugeGroups", FLAG, "1: include AVChatRoom groups" / "1：拉取的群组包含直播群";
        with_no_active_groups: Option<u8> = opt "WithNoActiveGroups", FLAG, "1: include Work groups not yet activated" / "1：拉取的群组包含未激活的 Work 群";
        support_topic: Option<u8> = opt "SupportTopic", FLAG, "1: include topic information" / "1：拉取话题信息";
        response_filter: Option<JoinedGroupResponseFilter> = opt "ResponseFilter", Ty::Object(&RESPONSE_FILTER), "fields to return" / "需要拉取的字段";
    }
}

// A response filter names what comes back: every field but GroupId is left out unless named.
wire! {
    #[derive(Eq, Default)]
    pub struct SelfInfo as SELF_INFO "SelfInfo" {
        role: Option<String> = opt "Role", Ty::Enum(&["Owner", "Admin", "Member"]), "role in the group" / "群内身份";
        join_time: Option<u64> = opt "JoinTime", COUNT, "join time" / "入群时间";
        msg_flag: Option<String> = opt "MsgFlag", string(), "message receiving option" / "消息屏蔽类型";
        /// The user's read position in this group.
        msg_seq: Option<u64> = opt "MsgSeq", COUNT, "seq of the last read message" / "已读的最后一条消息的 seq";
        unread_msg_num: Option<u64> = opt "UnreadMsgNum", COUNT, "legacy: unread count" / "旧字段：未读消息数";
    }
}

wire! {
    #[derive(Eq)]
    pub struct JoinedGroup as JOINED_GROUP "JoinedGroup" {
        group_id: String = req "GroupId", string(), "group ID" / "群组 ID";
        group_type: Option<String> = opt "Type", string(), "group type" / "群组类型";
        name: Option<String> = opt "Name", string(), "group name" / "群名称";
        next_msg_seq: Option<u64> = opt "NextMsgSeq", COUNT, "seq the next message will get" / "下一条消息将得到的 seq";
        member_num: Option<u64> = opt "MemberNum", COUNT, "member count" / "成员人数";
        max_member_num: Option<u64> = opt "MaxMemberNum", COUNT, "member cap" / "最大群成员数量";
        last_msg_time: Option<u64> = opt "LastMsgTime", COUNT, "time of the last message" / "最后一条消息的时间";
        owner_account: Option<String> = opt "Owner_Account", string(), "owner (\"\" when none)" / "群主（没有群主时为 \"\"）";
        self_info: Option<SelfInfo> = opt "SelfInfo", Ty::Object(&SELF_INFO), "the user's own state in the group (with a SelfInfoFilter)" / "用户自己在群中的信息（有 SelfInfoFilter 时）";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetJoinedGroupListResponse as RESPONSE "GetJoinedGroupListResponse" {
        total_count: u64 = out "TotalCount", COUNT, "total groups (ignores Limit/Offset)" / "群组总数（不受 Limit/Offset 影响）";
        group_id_list: Vec<JoinedGroup> = out "GroupIdList", Ty::Array(&Arr { item: Ty::Object(&JOINED_GROUP), min_items: 0, max_items: None }), "groups" / "群组";
    }
}

impl GetJoinedGroupList {
    pub fn new(member_account: &str) -> Self {
        GetJoinedGroupList { member_account: member_account.into(), ..Default::default() }
    }
}

impl ApiRequest for GetJoinedGroupList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetJoinedGroupListResponse;
}


pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_joined_group_list", "Get the groups a user has joined", "获取用户所加入的群组")
    .docs(1625, 34925)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10019])
    .read_only()
    .sample(r#"{
  "Member_Account": "bob",
  "ResponseFilter": {
    "GroupBaseInfoFilter": ["Type", "Name", "NextMsgSeq"],
    "SelfInfoFilter": ["Role", "MsgSeq"]
  }
}"#);
