//! `v4/sns/friend_get_list`: chosen friends with their friend and profile fields.

use crate::api::prelude::*;
use crate::api::items::{check_tag_list, is_friend_tag, profile_tag_rule, TagValue, FAIL_ACCOUNT, TAG_VALUES};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendGetList as REQUEST "FriendGetListRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friends are read" / "需要拉取指定好友的账号";
        to_account: Vec<String> = req "To_Account", Ty::Array(&Arr { item: USER_ID, min_items: 1, max_items: Some(100) }), "friends to read, at most 100" / "待拉取的好友，最多100个";
        tag_list: Vec<String> = req "TagList", Ty::Array(&Arr { item: non_empty(), min_items: 1, max_items: None }), "friend (Tag_SNS_*) and profile (Tag_Profile_*) tags to read" / "需要拉取的好友字段（Tag_SNS_*）和资料字段（Tag_Profile_*）";
    }
}

wire! {
    pub struct FriendInfo as INFO_ITEM "FriendInfo" {
        to_account: String = req "To_Account", string(), "friend" / "好友";
        sns_profile_item: Option<Vec<TagValue>> = opt "SnsProfileItem", TAG_VALUES, "the requested tags that have a value" / "所请求的资料字段中有值的那些";
        result_code: u32 = req "ResultCode", COUNT, "0, or 30001 when the account is not a friend" / "0，或该帐号不是好友时为 30001";
        result_info: String = req "ResultInfo", string(), "error text of this item" / "该项的错误信息";
    }
}

wire! {
    pub response FriendGetListResponse as RESPONSE "FriendGetListResponse" {
        info_item: Vec<FriendInfo> = out "InfoItem", Ty::Array(&Arr { item: Ty::Object(&INFO_ITEM), min_items: 0, max_items: None }), "one item per account, in request order" / "每个帐号一项，顺序同请求";
        fail_account: Option<Vec<String>> = opt "Fail_Account", FAIL_ACCOUNT, "accounts whose item failed; absent when none did" / "处理失败的帐号；没有失败时不返回";
    }
}

impl FriendGetList {
    pub fn new(from: &str, to: &[&str], tags: &[&str]) -> Self {
        FriendGetList { from_account: from.into(), to_account: to.iter().map(|t| (*t).into()).collect(), tag_list: tags.iter().map(|t| (*t).into()).collect() }
    }
}

impl ApiRequest for FriendGetList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendGetListResponse;
}

fn check(body: &Node, c: &mut Checker) {
    check_tag_list(body, c, "TagList", |t| is_friend_tag(t) || profile_tag_rule(t).is_some(), "friend or profile");
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_get_list", "Get chosen friends", "拉取指定好友")
    .docs(8609, 34910)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007])
    .check(check, &["/TagList/*"], "each tag of TagList is a friend or profile tag (standard, or custom with its prefix)")
    .read_only()
    .sample(r#"{
  "From_Account": "UserID_1",
  "To_Account": ["UserID_2"],
  "TagList": ["Tag_Profile_Custom_Test", "Tag_Profile_IM_Image", "Tag_Profile_IM_Nick", "Tag_SNS_Custom_Test", "Tag_SNS_IM_Remark", "Tag_SNS_IM_Group"]
}"#);
