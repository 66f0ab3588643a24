//! `v4/sns/friend_update`: update a friend's remark, friend lists and custom fields.

use crate::api::prelude::*;
use crate::api::items::{check_tag_values, each_item, friend_tag_rule, AccountResults, TagValue, ACCOUNT_RESULTS_RESPONSE, TAG_VALUE};
use crate::vocab::Service;

wire! {
    pub struct UpdateItem as UPDATE_ITEM "FriendUpdateItem" {
        to_account: String = req "To_Account", USER_ID, "friend to update" / "需要更新的好友";
        sns_item: Vec<TagValue> = req "SnsItem", Ty::Array(&Arr { item: Ty::Object(&TAG_VALUE), min_items: 1, max_items: None }), "fields to set: Tag_SNS_IM_Remark, Tag_SNS_IM_Group (replaces the lists) or Tag_SNS_Custom_*" / "需要设置的字段：Tag_SNS_IM_Remark、Tag_SNS_IM_Group（替换分组）或 Tag_SNS_Custom_*";
    }
}

wire! {
    pub struct FriendUpdate as REQUEST "FriendUpdateRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose list is updated" / "需要更新好友的账号";
        update_item: Vec<UpdateItem> = req "UpdateItem", Ty::Array(&Arr { item: Ty::Object(&UPDATE_ITEM), min_items: 1, max_items: Some(1000) }), "friends to update, at most 1000" / "需要更新的好友对象，最多1000个";
    }
}

impl FriendUpdate {
    pub fn new(from: &str, to: &str, items: &[(&str, serde_json::Value)]) -> Self {
        let sns_item = items.iter().map(|(tag, value)| TagValue { tag: (*tag).into(), value: value.clone() }).collect();
        FriendUpdate { from_account: from.into(), update_item: vec![UpdateItem { to_account: to.into(), sns_item }] }
    }
}

impl ApiRequest for FriendUpdate {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

/// Only the remark, the friend lists and custom fields can be written.
fn check(body: &Node, c: &mut Checker) {
    each_item(body, c, "UpdateItem", |item, c| {
        check_tag_values(item.member("SnsItem"), c, "SnsItem", |t, v| friend_tag_rule(t, v).filter(|(_, writable)| *writable).map(|(ty, _)| ty), "writable friend");
    });
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_update", "Update friends", "更新好友")
    .docs(12525, 34904)
    .tables(&REQUEST, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 30011])
    .check(check, &["/UpdateItem/*/SnsItem/*/Tag", "/UpdateItem/*/SnsItem/*/Value"], "an SnsItem's Tag is a friend tag friend_update may write, and its Value follows the rule that tag chooses")
    .sample(r#"{
  "From_Account": "id",
  "UpdateItem": [
    {
      "To_Account": "id1",
      "SnsItem": [
        { "Tag": "Tag_SNS_IM_Remark", "Value": "remark1" },
        { "Tag": "Tag_SNS_IM_Group", "Value": ["group1", "group2"] },
        { "Tag": "Tag_SNS_Custom_Test", "Value": "test" }
      ]
    }
  ]
}"#);
