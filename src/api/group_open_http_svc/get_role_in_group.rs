//! `v4/group_open_http_svc/get_role_in_group`: the roles of accounts in a group.

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetRoleInGroup as REQUEST "GetRoleInGroupRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        user_account: Vec<String> = req "User_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(500) }), "accounts to look up, at most 500" / "需要查询的账号，最多500个";
    }
}

wire! {
    #[derive(Eq)]
    pub struct MemberRole as ROLE_ITEM "MemberRole" {
        member_account: String = req "Member_Account", string(), "account" / "帐号";
        role: String = req "Role", Ty::Enum(&["Owner", "Admin", "Member", "NotMember"]), "Owner, Admin, Member or NotMember" / "Owner、Admin、Member 或 NotMember";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetRoleInGroupResponse as RESPONSE "GetRoleInGroupResponse" {
        user_id_list: Vec<MemberRole> = out "UserIdList", Ty::Array(&Arr { item: Ty::Object(&ROLE_ITEM), min_items: 0, max_items: None }), "one item per account, in request order" / "每个帐号一项，顺序同请求";
    }
}

impl GetRoleInGroup {
    pub fn new(group_id: &str, accounts: &[&str]) -> Self {
        GetRoleInGroup { group_id: group_id.into(), user_account: accounts.iter().map(|a| (*a).into()).collect() }
    }
}

impl ApiRequest for GetRoleInGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetRoleInGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_role_in_group", "Get accounts' roles in a group", "查询用户在群组中的身份")
    .docs(1626, 34963)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .group_types(NOT_AVCHATROOM)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "User_Account": ["leckie", "peter", "wesley"]
}"#);
