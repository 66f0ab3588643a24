//! `v4/sns/group_get`: an account's friend lists, with their members on request.

use crate::api::prelude::*;
use crate::api::items::FRIEND_GROUP_NAME;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendGroupGet as REQUEST "FriendGroupGetRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friend lists are read" / "需要拉取分组的账号";
        need_friend: Option<String> = opt "NeedFriend", Ty::Enum(&["Need_Friend_Type_Yes"]), "Need_Friend_Type_Yes: include each list's friends" / "Need_Friend_Type_Yes：同时拉取分组下的好友";
        group_name: Option<Vec<String>> = opt "GroupName", Ty::Array(&Arr { item: FRIEND_GROUP_NAME, min_items: 0, max_items: Some(32) }), "only these lists" / "只拉取这些分组";
    }
}

wire! {
    #[derive(Eq)]
    pub struct FriendGroup as GROUP_ITEM "FriendGroup" {
        group_name: String = req "GroupName", string(), "list name" / "分组名称";
        friend_number: u64 = req "FriendNumber", COUNT, "friends in the list" / "分组中的好友数";
        to_account: Option<Vec<String>> = opt "To_Account", Ty::Array(&Arr { item: string(), min_items: 0, max_items: None }), "the friends (with NeedFriend)" / "分组中的好友（NeedFriend 时）";
    }
}

wire! {
    #[derive(Eq)]
    pub response FriendGroupGetResponse as RESPONSE "FriendGroupGetResponse" {
        result_item: Vec<FriendGroup> = out "ResultItem", Ty::Array(&Arr { item: Ty::Object(&GROUP_ITEM), min_items: 0, max_items: None }), "the lists, in the order created" / "分组列表，按创建顺序";
        current_sequence: u64 = out "CurrentSequence", COUNT, "version of the friend lists" / "好友分组的版本号";
    }
}

impl FriendGroupGet {
    pub fn new(from: &str) -> Self {
        FriendGroupGet { from_account: from.into(), need_friend: None, group_name: None }
    }
    pub fn with_friends(mut self) -> Self {
        self.need_friend = Some("Need_Friend_Type_Yes".into());
        self
    }
}

impl ApiRequest for FriendGroupGet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendGroupGetResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "group_get", "Get friend lists", "拉取分组")
    .docs(54763, 40123)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007])
    .read_only()
    .sample(r#"{
  "From_Account": "id",
  "NeedFriend": "Need_Friend_Type_Yes",
  "GroupName": ["group1"]
}"#);
