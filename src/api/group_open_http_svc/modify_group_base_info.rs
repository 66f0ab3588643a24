//! `v4/group_open_http_svc/modify_group_base_info`: change a group's profile and custom fields.

use crate::api::prelude::*;
use crate::vocab::Service;

/// `On`/`Off`: everyone but the owner and admins muted.
pub const ON_OFF: Ty = Ty::Enum(&["On", "Off"]);

/// The documented mute-everyone field, and its older name (accepted).
const MUTE_ALL_MISTAKES: &[Mistake] = &[Mistake {
    key: "ShutUpAllMember",
    means: "MuteAllMember",
    severity: Severity::Warning,
    code: "legacy_field",
    accepted_as_alias: true,
    why: "The service still accepts this older name (timsdk and the tencentcloud client send it); new code should send MuteAllMember.",
}];

wire! {
    #[derive(Eq, Default)]
    pub struct ModifyGroupBaseInfo as REQUEST "ModifyGroupBaseInfoRequest" mistakes MUTE_ALL_MISTAKES; {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        name: Option<String> = opt "Name", GROUP_NAME, "group name, at most 30 bytes" / "群名称，最长30字节";
        introduction: Option<String> = opt "Introduction", GROUP_INTRODUCTION, "introduction, at most 240 bytes" / "群简介，最长240字节";
        notification: Option<String> = opt "Notification", GROUP_NOTIFICATION, "notice, at most 300 bytes" / "群公告，最长300字节";
        face_url: Option<String> = opt "FaceUrl", GROUP_FACE_URL, "profile photo URL, at most 100 bytes" / "群头像 URL，最长100字节";
        max_member_num: Option<u32> = opt "MaxMemberNum", int(1, 100_000), "member cap (ignored for AVChatRoom)" / "最大群成员数量（直播群忽略）";
        apply_join_option: Option<String> = opt "ApplyJoinOption", APPLY_JOIN_OPTION, "how users apply to join" / "申请加群处理方式";
        invite_join_option: Option<String> = opt "InviteJoinOption", INVITE_JOIN_OPTION, "how invitations are handled" / "邀请加群处理方式";
        mute_all_member: Option<String> = opt "MuteAllMember", ON_OFF, "On: only the owner, admins and the App admin may speak" / "On：只有群主、管理员和 App 管理员可以发言";
        from_account: Option<String> = opt "From_Account", USER_ID, "operator shown instead of the App admin" / "代替 App 管理员显示的操作者";
        app_defined_data: Option<Vec<KeyValue>> = opt "AppDefinedData", KEY_VALUES, "custom fields to set; an empty Value deletes the key" / "需要设置的自定义字段；Value 为空时删除该字段";
    }
}

impl ModifyGroupBaseInfo {
    pub fn new(group_id: &str) -> Self {
        ModifyGroupBaseInfo { group_id: group_id.into(), ..Default::default() }
    }
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.into());
        self
    }
}

impl ApiRequest for ModifyGroupBaseInfo {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "modify_group_base_info", "Change a group's profile", "修改群基础资料")
    .docs(1620, 34962)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015, 10026, 80001])
    .sample(r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Name": "NewName",
  "MaxMemberNum": 500,
  "ApplyJoinOption": "NeedPermission",
  "MuteAllMember": "On",
  "AppDefinedData": [
    { "Key": "GroupTestData2", "Value": "" }
  ]
}"#);
