//! `v4/group_open_avchatroom_http_svc/modify_admin`: makes accounts a live group's admins, or
//! no longer; an admin need not be in the room and stays one across leaving and re-entering.

use super::{LIVE_ERRORS, LIVE_ONLY};
use crate::api::prelude::*;

/// "A live group has at most 5 admins" (CN 102857).
pub const LIVE_ADMINS_MAX: usize = 5;

wire! {
    #[derive(Eq)]
    pub struct ModifyAdmin as REQUEST "ModifyAdminRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the live group" / "操作的群 ID";
        command_type: u8 = req "CommandType", int(1, 2), "1: set as admins; 2: no longer admins" / "1: 设置管理员；2: 取消设置为管理员";
        admin_account: Vec<String> = req "Admin_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(LIVE_ADMINS_MAX) }), "accounts to set or unset, at most 5" / "设置/取消的管理员 UserID 列表";
    }
}

impl ModifyAdmin {
    pub fn new(group_id: &str, command_type: u8, admin_account: &[&str]) -> Self {
        ModifyAdmin { group_id: group_id.into(), command_type, admin_account: admin_account.iter().map(|a| (*a).to_owned()).collect() }
    }
}

impl ApiRequest for ModifyAdmin {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::GroupOpenAvchatroomHttpSvc, "modify_admin", "Set or unset live-group admins", "设置/取消直播群管理员")
    .docs(102857, 60525)
    .tables(&REQUEST, &ENVELOPE)
    .errors(LIVE_ERRORS)
    .group_types(LIVE_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 1,
  "Admin_Account": ["user1"]
}"#);
