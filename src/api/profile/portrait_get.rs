//! `v4/profile/portrait_get`: read profile fields of accounts.

use crate::api::prelude::*;
use crate::api::items::{check_tag_list, profile_tag_rule, TagValue, FAIL_ACCOUNT, TAG_VALUES};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct PortraitGet as REQUEST "PortraitGetRequest" {
        to_account: Vec<String> = req "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "accounts to read, at most 100" / "需要拉取资料的账号，单次最多100个";
        tag_list: Vec<String> = req "TagList", Ty::Array(&Arr { item: non_empty(), min_items: 1, max_items: None }), "profile tags to read: Tag_Profile_IM_* or Tag_Profile_Custom_*" / "需要拉取的资料字段：Tag_Profile_IM_* 或 Tag_Profile_Custom_*";
    }
}

wire! {
    pub struct UserProfile as PROFILE_ITEM "UserProfileItem" {
        to_account: String = req "To_Account", string(), "account" / "帐号";
        profile_item: Option<Vec<TagValue>> = opt "ProfileItem", TAG_VALUES, "the requested tags that have a value" / "所请求的资料字段中有值的那些";
        result_code: u32 = req "ResultCode", COUNT, "0, or 40003 when the account does not exist" / "0，或帐号不存在时为 40003";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
    }
}

wire! {
    pub response PortraitGetResponse as RESPONSE "PortraitGetResponse" {
        user_profile_item: Vec<UserProfile> = out "UserProfileItem", Ty::Array(&Arr { item: Ty::Object(&PROFILE_ITEM), min_items: 0, max_items: None }), "one item per account, in request order" / "每个帐号一项，顺序同请求";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
    }
}

impl PortraitGet {
    pub fn new(ids: &[&str], tags: &[&str]) -> Self {
        PortraitGet { to_account: ids.iter().map(|id| (*id).into()).collect(), tag_list: tags.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for PortraitGet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = PortraitGetResponse;
}

/// Each tag must be a profile tag (whether a custom one is declared is the app's business:
/// the simulator answers 40009 for one that is not).
fn check(body: &Node, c: &mut Checker) {
    check_tag_list(body, c, "TagList", |t| profile_tag_rule(t).is_some(), "profile");
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Profile, "portrait_get", "Get profile fields", "拉取资料")
    .docs(1639, 34917)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[40001, 40002, 40003, 40004, 40006, 40007, 40009])
    .check(check, &["/TagList/*"], "each tag of TagList is a profile tag (standard, or Tag_Profile_Custom_…)")
    .read_only()
    .sample(r#"{
  "To_Account": ["id1"],
  "TagList": ["Tag_Profile_IM_Nick"]
}"#);

