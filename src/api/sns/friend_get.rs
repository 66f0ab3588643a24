//! `v4/sns/friend_get`: page through an account's friends (friend data only).

use crate::api::prelude::*;
use crate::api::items::{TagValue, TAG_VALUES};
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct FriendGet as REQUEST "FriendGetRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose friends are listed" / "需要拉取好友的账号";
        start_index: u64 = req "StartIndex", COUNT, "first friend of the page: 0, then the previous page's NextStartIndex" / "分页的起始位置：第一页填0，之后填上一页的 NextStartIndex";
        standard_sequence: Option<u64> = opt "StandardSequence", COUNT, "the StandardSequence last seen: when unchanged, standard data is left out" / "上次拉取的 StandardSequence：未变化时不返回标配数据";
        custom_sequence: Option<u64> = opt "CustomSequence", COUNT, "the CustomSequence last seen: when unchanged, custom data is left out" / "上次拉取的 CustomSequence：未变化时不返回自定义数据";
    }
}

wire! {
    pub struct FriendData as DATA_ITEM "FriendData" {
        to_account: String = req "To_Account", string(), "friend" / "好友";
        value_item: Vec<TagValue> = req "ValueItem", TAG_VALUES, "the friend's fields that have a value" / "该好友有值的字段";
    }
}

wire! {
    pub response FriendGetResponse as RESPONSE "FriendGetResponse" {
        user_data_item: Vec<FriendData> = out "UserDataItem", Ty::Array(&Arr { item: Ty::Object(&DATA_ITEM), min_items: 0, max_items: None }), "this page's friends, in the order they were added" / "本页的好友，按添加顺序";
        standard_sequence: u64 = out "StandardSequence", COUNT, "version of the standard friend data" / "标准好友资料的版本号";
        custom_sequence: u64 = out "CustomSequence", COUNT, "version of the custom friend data" / "自定义好友资料的版本号";
        friend_num: u64 = out "FriendNum", COUNT, "number of friends in all" / "好友总数";
        complete_flag: u8 = out "CompleteFlag", FLAG, "1 on the last page" / "最后一页时为 1";
        next_start_index: u64 = out "NextStartIndex", COUNT, "StartIndex of the next page; 0 on the last" / "下一页的 StartIndex；最后一页时为 0";
    }
}

impl FriendGet {
    pub fn new(from: &str, start_index: u64) -> Self {
        FriendGet { from_account: from.into(), start_index, standard_sequence: None, custom_sequence: None }
    }
}

impl ApiRequest for FriendGet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = FriendGetResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "friend_get", "List friends, page by page", "拉取好友")
    .docs(1647, 34908)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007])
    .read_only()
    .sample(r#"{
  "From_Account": "id",
  "StartIndex": 0,
  "StandardSequence": 0,
  "CustomSequence": 0
}"#);
