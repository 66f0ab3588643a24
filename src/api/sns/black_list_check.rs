//! `v4/sns/black_list_check`: the blocklist relation between an account and others.

use crate::api::prelude::*;
use crate::api::items::{FAIL_ACCOUNT, USER_IDS_1000};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct BlackListCheck as REQUEST "BlackListCheckRequest" {
        from_account: String = req "From_Account", USER_ID, "account A" / "账号 A";
        to_account: Vec<String> = req "To_Account", USER_IDS_1000, "accounts B, at most 1000" / "待校验的账号 B，最多1000个";
        check_type: String = req "CheckType", Ty::Enum(&["BlackCheckResult_Type_Single", "BlackCheckResult_Type_Both"]), "Single: only whether B is in A's blocklist; Both: both blocklists" / "Single：只校验 B 是否在 A 的黑名单中；Both：双向校验";
    }
}

wire! {
    #[derive(Eq)]
    pub struct BlackRelation as CHECK_ITEM "BlackListCheckItem" {
        to_account: String = req "To_Account", string(), "account B" / "帐号 B";
        relation: String = req "Relation", Ty::Enum(&["BlackCheckResult_Type_BothWay", "BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_BWithA", "BlackCheckResult_Type_NO"]), "AWithB: A blocks B; BWithA: B blocks A; BothWay: both; NO: neither" / "AWithB：A 拉黑了 B；BWithA：B 拉黑了 A；BothWay：互相拉黑；NO：都没有";
        result_code: u32 = req "ResultCode", COUNT, "0, or this item's error" / "0，或该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
    }
}

wire! {
    #[derive(Eq)]
    pub response BlackListCheckResponse as RESPONSE "BlackListCheckResponse" {
        black_list_check_item: Vec<BlackRelation> = out "BlackListCheckItem", Ty::Array(&Arr { item: Ty::Object(&CHECK_ITEM), min_items: 0, max_items: None }), "one item per account B, in request order" / "每个帐号 B 一项，顺序同请求";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
    }
}

impl BlackListCheck {
    pub fn new(from: &str, to: &[&str], both: bool) -> Self {
        let check_type = if both { "BlackCheckResult_Type_Both" } else { "BlackCheckResult_Type_Single" };
        BlackListCheck { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect(), check_type: check_type.into() }
    }
}

impl ApiRequest for BlackListCheck {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = BlackListCheckResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "black_list_check", "Check blocklist relations", "校验黑名单")
    .docs(3725, 34913)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007])
    .read_only()
    .sample(r#"{
  "From_Account": "id",
  "To_Account": ["id1", "id2", "id3", "id4", "id5"],
  "CheckType": "BlackCheckResult_Type_Both"
}"#);
