//! `v4/follow/follow_check`: how From_Account and each of up to 100 accounts follow each
//! other (1047/70349).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    pub struct FollowCheck as REQUEST "FollowCheckRequest" {
        from_account: String = req "From_Account", USER_ID, "UserID whose relations are checked" / "请求校验关注关系的用户的 UserID";
        to_account: Vec<String> = req "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "the accounts to check, at most 100" / "待校验的用户列表，单次请求的 To_Account 数不得超过100";
    }
}

wire! {
    #[derive(Eq)]
    pub struct FollowRelation as RELATION "FollowCheckItem" {
        to_account: String = req "To_Account", string(), "the account checked" / "被查询的帐号";
        result_code: u32 = req "ResultCode", COUNT, "0, or this item's error" / "0，或该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
        follow_type: u8 = req "FollowType", Ty::IntEnum(&[0, 1, 2, 3]), "0: none; 1: From_Account follows it; 2: it follows From_Account; 3: both" / "0：无关系；1：From_Account 关注了它；2：它关注了 From_Account；3：互相关注";
    }
}

wire! {
    #[derive(Eq)]
    pub response FollowCheckResponse as RESPONSE "FollowCheckResponse" {
        result_item: Vec<FollowRelation> = out "ResultItem", Ty::Array(&Arr { item: Ty::Object(&RELATION), min_items: 0, max_items: None }), "one item per account, in request order" / "每个帐号一项，顺序同请求";
        error_display: String = out "ErrorDisplay", string(), "detail for display; empty" / "详细的展示信息；为空";
    }
}

impl FollowCheck {
    pub fn new(from: &str, to: &[&str]) -> Self {
        FollowCheck { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for FollowCheck {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FollowCheckResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Follow, "follow_check", "Check follow relationships", "检查关注关系")
    .docs(0, 70349)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003])
    .read_only()
    .sample(r#"{"From_Account":"UserID_001","To_Account":["UserID_002","UserID_003"]}"#);
