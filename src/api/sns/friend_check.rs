//! `v4/sns/friend_check`: the friend relation between an account and others.

use crate::api::prelude::*;
use crate::api::items::{FAIL_ACCOUNT, USER_IDS_1000};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendCheck as REQUEST "FriendCheckRequest" {
        from_account: String = req "From_Account", USER_ID, "account A" / "账号 A";
        to_account: Vec<String> = req "To_Account", USER_IDS_1000, "accounts B, at most 1000" / "待校验的账号 B，最多1000个";
        check_type: String = req "CheckType", Ty::Enum(&["CheckResult_Type_Single", "CheckResult_Type_Both"]), "Single: only whether B is in A's list; Both: both lists" / "Single：只校验 B 是否在 A 的好友表中；Both：双向校验";
    }
}

wire! {
    #[derive(Eq)]
    pub struct FriendRelation as INFO_ITEM "FriendRelation" {
        to_account: String = req "To_Account", string(), "account B" / "帐号 B";
        relation: String = req "Relation", Ty::Enum(&["CheckResult_Type_BothWay", "CheckResult_Type_AWithB", "CheckResult_Type_BWithA", "CheckResult_Type_NoRelation"]), "AWithB: B is in A's list; BWithA: A is in B's list; BothWay: both" / "AWithB：B 在 A 的好友表中；BWithA：A 在 B 的好友表中；BothWay：双方互为好友";
        result_code: u32 = req "ResultCode", COUNT, "0, or this item's error" / "0，或该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
    }
}

wire! {
    #[derive(Eq)]
    pub response FriendCheckResponse as RESPONSE "FriendCheckResponse" {
        info_item: Vec<FriendRelation> = out "InfoItem", Ty::Array(&Arr { item: Ty::Object(&INFO_ITEM), min_items: 0, max_items: None }), "one item per account B, in request order" / "每个帐号 B 一项，顺序同请求";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
    }
}

impl FriendCheck {
    pub fn new(from: &str, to: &[&str], both: bool) -> Self {
        let check_type = if both { "CheckResult_Type_Both" } else { "CheckResult_Type_Single" };
        FriendCheck { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect(), check_type: check_type.into() }
    }
}

impl ApiRequest for FriendCheck {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendCheckResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_check", "Check friend relations", "校验好友")
    .docs(1646, 34907)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007])
    .read_only()
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3", "id4", "id5"],
  "CheckType": "CheckResult_Type_Both"
}"#);
