//! `v4/million_group_open_http_svc/get_online_member_num`: how many members of a Community
//! are online (the service counts every 4 minutes or so; the simulator counts now).

use crate::api::prelude::*;
use crate::vocab::{GroupType, Support};

wire! {
    #[derive(Eq)]
    pub struct GetCommunityOnlineMemberNum as REQUEST "GetCommunityOnlineMemberNumRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the Community group" / "社群的 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetCommunityOnlineMemberNumResponse as RESPONSE "GetCommunityOnlineMemberNumResponse" {
        online_member_num: u64 = out "OnlineMemberNum", COUNT, "members online now" / "在线人数";
    }
}

impl GetCommunityOnlineMemberNum {
    pub fn new(group_id: &str) -> Self {
        GetCommunityOnlineMemberNum { group_id: group_id.into() }
    }
}

impl ApiRequest for GetCommunityOnlineMemberNum {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetCommunityOnlineMemberNumResponse;
}

/// Community only; the others answer 10007 (the live groups' count is group_open_http_svc's).
pub const GROUP_TYPES: &[(GroupType, Support)] = &[(GroupType::Private, Support::Forbidden), (GroupType::Public, Support::Forbidden), (GroupType::ChatRoom, Support::Forbidden), (GroupType::AVChatRoom, Support::Forbidden), (GroupType::Community, Support::Yes)];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::MillionGroupOpenHttpSvc, "get_online_member_num", "Count a Community's online members", "获取社群在线人数")
    .docs(102707, 66883)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .group_types(GROUP_TYPES)
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ" }"#);
