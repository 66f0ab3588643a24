//! `v4/group_open_http_svc/change_group_owner`: hand a group to another member.

use crate::api::prelude::*;
use crate::vocab::{GroupType, Service, Support};

wire! {
    #[derive(Eq)]
    pub struct ChangeGroupOwner as REQUEST "ChangeGroupOwnerRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        new_owner_account: String = req "NewOwner_Account", USER_ID, "the new owner: already a member" / "新群主：必须已是群成员";
        from_account: Option<String> = opt "From_Account", USER_ID, "operator shown instead of the App admin" / "代替 App 管理员显示的操作者";
    }
}

impl ChangeGroupOwner {
    pub fn new(group_id: &str, new_owner: &str) -> Self {
        ChangeGroupOwner { group_id: group_id.into(), new_owner_account: new_owner.into(), from_account: None }
    }
}

impl ApiRequest for ChangeGroupOwner {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// Group-type support shared by the administration pages that refuse AVChatRoom with 10007.
pub const NOT_AVCHATROOM: &[(GroupType, Support)] = &[(GroupType::Private, Support::Yes), (GroupType::Public, Support::Yes), (GroupType::ChatRoom, Support::Yes), (GroupType::AVChatRoom, Support::Forbidden), (GroupType::Community, Support::Yes)];

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "change_group_owner", "Change a group's owner", "转让群主")
    .docs(1633, 34966)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10004, 10007, 10010, 10015])
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "NewOwner_Account": "peter"
}"#);
