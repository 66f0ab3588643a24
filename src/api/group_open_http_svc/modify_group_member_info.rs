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
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        member_account: String = req "Member_Account", USER_ID, "member to change" / "要操作的群成员";
        role: Option<String> = opt "Role", Ty::Enum(&["Admin", "Member"]), "Admin: make an admin; Member: no longer an admin" / "Admin：设为管理员；Member：取消管理员";
        msg_flag: Option<String> = opt "MsgFlag", Ty::Enum(&["AcceptAndNotify", "AcceptNotNotify", "Discard", "AcceptNotNotifyExceptAt"]), "message receiving option" / "消息屏蔽类型";
        name_card: Option<String> = opt "NameCard", string_max(50), "group name card, at most 50 bytes" / "群名片，最长50字节";
        app_member_defined_data: Option<Vec<KeyValue>> = opt "AppMemberDefinedData", KEY_VALUES, "member custom fields to set; an empty Value deletes the key" / "需要设置的群成员自定义字段；Value 为空时删除该字段";
        mute_time: Option<u64> = opt "MuteTime", MUTE_SECONDS, "mute for this many seconds from now; 0 unmutes, 4294967295 is for good" / "从现在起禁言的秒数；0 表示取消禁言，4294967295 表示永久禁言";
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


pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "modify_group_member_info", "Change a member's role, mute, name card", "修改群成员资料")
    .docs(1623, 34900)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 80001])
    // AVChatRoom keeps no member list (the current page: not supported, 10007).
    .group_types(crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "Role": "Admin"
}"#);
