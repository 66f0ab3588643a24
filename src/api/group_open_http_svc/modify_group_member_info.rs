//! `v4/group_open_http_svc/modify_group_member_info`: change one member's role, message
//! option, name card, mute and custom fields.

use crate::api::prelude::*;
use crate::vocab::Service;

/// The documented mute field, and its older name (accepted).
pub const MUTE_TIME_MISTAKES: &[Mistake] = &[Mistake {
    key: "ShutUpTime",
    means: "MuteTime",
    severity: Severity::Warning,
    code: "legacy_field",
    accepted_as_alias: true,
    why: "The service still accepts this older name (timsdk and the tencentcloud client send it); new code should send MuteTime.",
}];

/// Mute seconds: 0 unmutes, 4294967295 is for good.
pub const MUTE_SECONDS: Ty = U32;

wire! {
    #[derive(Eq, Default)]
    pub struct ModifyGroupMemberInfo as REQUEST "ModifyGroupMemberInfoRequest" mistakes MUTE_TIME_MISTAKES; {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group";
        member_account: String = req "Member_Account", USER_ID, "member to change";
        role: Option<String> = opt "Role", Ty::Enum(&["Admin", "Member"]), "Admin: make an admin; Member: no longer an admin";
        msg_flag: Option<String> = opt "MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard", "AcceptNotNotifyExceptAt"]), "message receiving option";
        name_card: Option<String> = opt "NameCard", string_max(50), "group name card, at most 50 bytes";
        app_member_defined_data: Option<Vec<KeyValue>> = opt "AppMemberDefinedData", KEY_VALUES, "member custom fields to set; an empty Value deletes the key";
        mute_time: Option<u64> = opt "MuteTime", MUTE_SECONDS, "mute for this many seconds from now; 0 unmutes, 4294967295 is for good";
    }
}

impl ModifyGroupMemberInfo {
    pub fn new(group_id: &str, member: &str) -> Self {
        ModifyGroupMemberInfo { group_id: group_id.into(), member_account: member.into(), ..Default::default() }
    }
    pub fn role(mut self, role: &str) -> Self {
        self.role = Some(role.into());
        self
    }
}

impl ApiRequest for ModifyGroupMemberInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}


pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "modify_group_member_info", "Change a member's role, mute, name card")
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 80001])
    // AVChatRoom keeps no member list (the current page: not supported, 10007).
    .group_types(crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM)
    .handler("group_admin::modify_member")
    .sample(r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "Role": "Admin"
}"#);
