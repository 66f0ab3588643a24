//! `v4/group_open_http_svc/unban_group_member`: lift live-group bans before they end.

use crate::api::group_open_attr_http_svc::get_group_attr::AVCHATROOM_ONLY;
use crate::api::group_open_http_svc::ban_group_member::{BAN_ACCOUNTS, BAN_ERRORS};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct UnbanGroupMember as REQUEST "UnbanGroupMemberRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the AVChatRoom group" / "解封成员的群 ID";
        members_account: Vec<String> = req "Members_Account", BAN_ACCOUNTS, "accounts to unban, at most 20" / "解封的成员账号，单次请求最多20个";
    }
}

impl UnbanGroupMember {
    pub fn new(group_id: &str, members: &[&str]) -> Self {
        UnbanGroupMember { group_id: group_id.into(), members_account: members.iter().map(|m| (*m).into()).collect() }
    }
}

impl ApiRequest for UnbanGroupMember {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "unban_group_member", "Unban live-group members", "群成员解封")
    .docs(0, 50297)
    .tables(&REQUEST, &ENVELOPE)
    .errors(BAN_ERRORS)
    .group_types(AVCHATROOM_ONLY)
    .sample(r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Members_Account": ["brennanli3", "brennanli12"]
}"#);
