//! `v4/sns/friend_import`: import one-way friends with all their data.

use crate::api::prelude::*;
use crate::api::items::{check_add_source, check_tag_values, each_item, friend_tag_rule, AccountResults, TagValue, ACCOUNT_RESULTS_RESPONSE, ADD_SOURCE, FRIEND_CUSTOM_PREFIX, FRIEND_GROUP_NAME, TAG_VALUES};
use crate::vocab::Service;

wire! {
    #[derive(Default)]
    pub struct ImportFriendItem as IMPORT_ITEM "ImportFriendItem" {
        to_account: String = req "To_Account", USER_ID, "account to import as a friend" / "需要导入为好友的账号";
        remark: Option<String> = opt "Remark", string_max(96), "remark, at most 96 bytes" / "好友备注，最长96字节";
        remark_time: Option<u64> = opt "RemarkTime", UNIX_SECONDS, "when the remark was set, Unix seconds" / "设置备注的时间，Unix 秒";
        group_name: Option<Vec<String>> = opt "GroupName", Ty::Array(&Arr { item: FRIEND_GROUP_NAME, min_items: 0, max_items: Some(32) }), "friend lists to put the friend in" / "好友所在的分组";
        add_source: String = req "AddSource", ADD_SOURCE, "source: AddSource_Type_ and a keyword of 1-8 letters" / "加好友来源：AddSource_Type_ 加上1 - 8个英文字母的关键字";
        add_wording: Option<String> = opt "AddWording", string_max(256), "request message, at most 256 bytes" / "形成好友关系时的附言信息，最长256字节";
        add_time: Option<u64> = opt "AddTime", UNIX_SECONDS, "when the friend was added, Unix seconds; absent: now" / "加好友时间，Unix 秒；不填则为当前时间";
        custom_item: Option<Vec<TagValue>> = opt "CustomItem", TAG_VALUES, "custom friend fields (Tag_SNS_Custom_*)" / "关系链的自定义字段（Tag_SNS_Custom_*）";
    }
}

wire! {
    pub struct FriendImport as REQUEST "FriendImportRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose list receives the friends" / "需要导入好友的账号";
        add_friend_item: Vec<ImportFriendItem> = req "AddFriendItem", Ty::Array(&Arr { item: Ty::Object(&IMPORT_ITEM), min_items: 1, max_items: Some(1000) }), "friends to import, at most 1000" / "需要导入的好友对象，最多1000个";
    }
}

impl FriendImport {
    pub fn new(from: &str, to: &[&str]) -> Self {
        let add_friend_item = to.iter().map(|t| ImportFriendItem { to_account: (*t).into(), add_source: "AddSource_Type_Server".into(), ..Default::default() }).collect();
        FriendImport { from_account: from.into(), add_friend_item }
    }
}

impl ApiRequest for FriendImport {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

/// AddSource's keyword; custom items must be Tag_SNS_Custom_* fields.
fn check(body: &Node, c: &mut Checker) {
    each_item(body, c, "AddFriendItem", |item, c| {
        check_add_source(item, c);
        check_tag_values(item.member("CustomItem"), c, "CustomItem", |t, v| friend_tag_rule(t, v).filter(|_| t.starts_with(FRIEND_CUSTOM_PREFIX)).map(|(ty, _)| ty), "custom friend");
    });
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_import", "Import friends", "导入好友")
    .docs(8301, 34903)
    .tables(&REQUEST, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 30010, 30011])
    .check(check, &["/AddFriendItem/*/AddSource", "/AddFriendItem/*/CustomItem/*/Tag", "/AddFriendItem/*/CustomItem/*/Value"], "AddSource is AddSource_Type_ and 1-8 letters; a CustomItem's Tag is a custom friend tag (Tag_SNS_Custom_…) and its Value follows the rule that tag chooses")
    .sample(r#"{
  "From_Account": "id",
  "AddFriendItem": [
    {
      "To_Account": "id1",
      "Remark": "remark1",
      "RemarkTime": 1420000001,
      "GroupName": ["Friends"],
      "AddSource": "AddSource_Type_XXXXXXXX",
      "AddWording": "I'm Test1",
      "AddTime": 1420000001,
      "CustomItem": [
        { "Tag": "Tag_SNS_Custom_XXXX", "Value": "Test" },
        { "Tag": "Tag_SNS_Custom_YYYY", "Value": 0 }
      ]
    }
  ]
}"#);
