//! `v4/group_open_avchatroom_http_svc/get_admin_list`: a live group's admins (modify_admin).

use super::{LIVE_ERRORS, LIVE_ONLY};
use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct GetAdminList as REQUEST "GetAdminListRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "直播群 ID";
    }
}

wire! {
    #[derive(Eq)]
    pub struct LiveAdmin as LIVE_ADMIN "LiveAdmin" {
        admin_account: String = req "Admin_Account", string(), "UserID of the admin" / "管理员 UserID";
        avatar: String = req "Avatar", string(), "the admin's avatar URL (Tag_Profile_IM_Image)" / "管理员头像";
        nick_name: String = req "NickName", string(), "the admin's nickname (Tag_Profile_IM_Nick)" / "管理员昵称";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetAdminListResponse as RESPONSE "GetAdminListResponse" {
        admin_list: Vec<LiveAdmin> = out "Admin_List", Ty::Array(&Arr { item: Ty::Object(&LIVE_ADMIN), min_items: 0, max_items: None }), "the group's admins, by UserID" / "直播群管理员列表";
    }
}

impl GetAdminList {
    pub fn new(group_id: &str) -> Self {
        GetAdminList { group_id: group_id.into() }
    }
}

impl ApiRequest for GetAdminList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetAdminListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupOpenAvchatroomHttpSvc, "get_admin_list", "List live-group admins", "获取直播群管理员列表")
    .docs(102858, 60524)
    .tables(&REQUEST, &RESPONSE)
    .errors(LIVE_ERRORS)
    .group_types(LIVE_ONLY)
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#a6I4ZUUGO" }"#);
