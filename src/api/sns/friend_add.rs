//! `v4/sns/friend_add`: add friends, one-way or both ways, as a request or by force.

use crate::api::prelude::*;
use crate::api::items::{check_add_source, each_item, AccountResults, ACCOUNT_RESULTS_RESPONSE, ADD_SOURCE};
use crate::vocab::Service;

wire! {
    #[derive(Eq, Default)]
    pub struct AddFriendItem as ADD_ITEM "AddFriendItem" {
        to_account: String = req "To_Account", USER_ID, "account to add" / "好友的 UserID";
        /// Empty means none (the tencentcloud client always sends it).
        remark: Option<String> = opt "Remark", string_max(96), "remark, at most 96 bytes" / "好友备注，最长96字节";
        group_name: Option<String> = opt "GroupName", string_max(30), "one friend list to put the friend in, at most 30 bytes" / "加好友时放入的分组（只能一个），最长30字节";
        add_source: String = req "AddSource", ADD_SOURCE, "source: AddSource_Type_ and a keyword of 1-8 letters" / "加好友来源：AddSource_Type_ 加上1 - 8个英文字母的关键字";
        add_wording: Option<String> = opt "AddWording", string_max(256), "request message, at most 256 bytes" / "形成好友关系时的附言信息，最长256字节";
    }
}

/// `Add_Type_Single` or `Add_Type_Both`.
pub const ADD_TYPE: Ty = Ty::Enum(&["Add_Type_Single", "Add_Type_Both"]);

wire! {
    #[derive(Eq)]
    pub struct FriendAdd as REQUEST "FriendAddRequest" {
        from_account: String = req "From_Account", USER_ID, "account that adds" / "发起加好友请求的账号";
        add_friend_item: Vec<AddFriendItem> = req "AddFriendItem", Ty::Array(&Arr { item: Ty::Object(&ADD_ITEM), min_items: 1, max_items: None }), "friends to add" / "好友结构体对象";
        add_type: Option<String> = opt "AddType", ADD_TYPE, "Add_Type_Both (default): each in the other's list; Add_Type_Single: only in From_Account's" / "Add_Type_Both（默认）：双向加好友；Add_Type_Single：只加入 From_Account 的好友表";
        force_add_flags: Option<u8> = opt "ForceAddFlags", FLAG, "1: add without the peer's confirmation (AllowType)" / "1：不经对方确认直接加好友（忽略对方的 AllowType）";
    }
}

impl FriendAdd {
    pub fn new(from: &str, to: &[&str]) -> Self {
        let add_friend_item = to.iter().map(|t| AddFriendItem { to_account: (*t).into(), add_source: "AddSource_Type_Server".into(), ..Default::default() }).collect();
        FriendAdd { from_account: from.into(), add_friend_item, add_type: None, force_add_flags: None }
    }
    pub fn single(mut self) -> Self {
        self.add_type = Some("Add_Type_Single".into());
        self
    }
    pub fn force(mut self) -> Self {
        self.force_add_flags = Some(1);
        self
    }
}

impl ApiRequest for FriendAdd {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AccountResults;
}

fn check(body: &Node, c: &mut Checker) {
    each_item(body, c, "AddFriendItem", check_add_source);
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_add", "Add friends", "添加好友")
    .docs(1643, 34902)
    .tables(&REQUEST, &ACCOUNT_RESULTS_RESPONSE)
    .errors(&[30001, 30002, 30003, 30004, 30006, 30007, 30008, 30009, 30010, 30011, 30012, 30014, 30515, 30516, 30525, 30539, 30540])
    .check(check, &["/AddFriendItem/*/AddSource"], "AddSource is AddSource_Type_ and 1-8 letters")
    .sample(r#"{
  "From_Account": "id",
  "AddFriendItem": [
    { "To_Account": "id1", "AddSource": "AddSource_Type_XXXXXXXX" }
  ]
}"#);
