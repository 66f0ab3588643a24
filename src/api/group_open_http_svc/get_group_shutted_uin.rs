//! `v4/group_open_http_svc/get_group_shutted_uin`: the older name of get_group_muted_account,
//! which timsdk and the tencentcloud client call; it answers with the older field names.

use crate::api::prelude::*;
use crate::api::group_open_http_svc::get_group_muted_account::{GetGroupMutedAccount, REQUEST};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ShuttedUin as SHUTTED_ITEM "ShuttedUin" {
        member_account: String = req "Member_Account", string(), "muted member" / "被禁言的成员";
        shutted_until: u64 = req "ShuttedUntil", COUNT, "muted until, Unix seconds (4294967295: for good)" / "禁言截止时间，Unix 秒（4294967295：永久禁言）";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupShuttedUinResponse as RESPONSE "GetGroupShuttedUinResponse" {
        group_id: String = out "GroupId", string(), "ID of the group" / "操作的群 ID";
        shutted_uin_list: Vec<ShuttedUin> = out "ShuttedUinList", Ty::Array(&Arr { item: Ty::Object(&SHUTTED_ITEM), min_items: 0, max_items: None }), "members muted now" / "当前被禁言的成员";
    }
}

/// The request: as get_group_muted_account's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct GetGroupShuttedUin(pub GetGroupMutedAccount);

impl ApiRequest for GetGroupShuttedUin {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupShuttedUinResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_shutted_uin", "List a group's muted members (older name)", "获取被禁言群成员列表（旧接口名）")
    .docs(2925, 34964)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10002, 10003, 10004, 10007, 10010, 10015])
    .read_only()
    .sample(r#"{ "GroupId": "@TGS#1KGZ2RAEU" }"#);
