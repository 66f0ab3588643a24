//! `v4/group_open_http_svc/get_online_member_num`: how many members of a live group are online.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

wire! {
    #[derive(Eq)]
    pub struct GetOnlineMemberNum as REQUEST "GetOnlineMemberNumRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "直播群的 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetOnlineMemberNumResponse as RESPONSE "GetOnlineMemberNumResponse" {
        online_member_num: u64 = out "OnlineMemberNum", COUNT, "members online now" / "当前在线的成员数";
    }
}

impl GetOnlineMemberNum {
    pub fn new(group_id: &str) -> Self {
        GetOnlineMemberNum { group_id: group_id.into() }
    }
}

impl ApiRequest for GetOnlineMemberNum {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetOnlineMemberNumResponse;
}

/// AVChatRoom only; the others answer 10007.
pub const GROUP_TYPES: &[(GroupType, Support)] = &[(GroupType::Private, Support::Forbidden), (GroupType::Public, Support::Forbidden), (GroupType::ChatRoom, Support::Forbidden), (GroupType::AVChatRoom, Support::Yes), (GroupType::Community, Support::Forbidden)];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_online_member_num", "Count a live group's online members", "获取直播群在线人数")
    .docs(49180, 38521)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .group_types(GROUP_TYPES)
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#a6I4ZUUGO" }"#);
