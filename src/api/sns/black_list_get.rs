//! `v4/sns/black_list_get`: page through an account's blocklist.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct BlackListGet as REQUEST "BlackListGetRequest" {
        from_account: String = req "From_Account", USER_ID, "account whose blocklist is listed" / "需要拉取黑名单的账号";
        start_index: u64 = req "StartIndex", COUNT, "first entry of the page: 0, then the previous answer's StartIndex" / "分页的起始位置：第一页填0，之后填上一页返回的 StartIndex";
        max_limited: u32 = req "MaxLimited", int(1, 1000), "page size, at most 1000" / "每页最多拉取的黑名单数，最多1000";
        last_sequence: u64 = req "LastSequence", COUNT, "the sequence of the last pull; REST callers send 0" / "上一次拉黑名单时后台返回给客户端的 Seq；REST 调用方填0";
    }
}

wire! {
    #[derive(Eq)]
    pub struct Blocked as BLOCKED_ITEM "BlackListItem" {
        to_account: String = req "To_Account", string(), "blocked account" / "被拉黑的帐号";
        add_black_time_stamp: u64 = req "AddBlackTimeStamp", UNIX_SECONDS, "when it was blocked, Unix seconds" / "拉黑时间，Unix 秒";
    }
}

wire! {
    #[derive(Eq)]
    pub response BlackListGetResponse as RESPONSE "BlackListGetResponse" {
        black_list_item: Vec<Blocked> = out "BlackListItem", Ty::Array(&Arr { item: Ty::Object(&BLOCKED_ITEM), min_items: 0, max_items: None }), "this page, in the order blocked" / "本页黑名单，按拉黑顺序";
        start_index: u64 = out "StartIndex", COUNT, "StartIndex of the next page; 0 when the list is complete" / "下一页的 StartIndex；列表已完整时为 0";
        /// The typo is the wire name most pages and SDKs use; `CurrentSequence` is sent too.
        curruent_sequence: u64 = out "CurruentSequence", COUNT, "version of the blocklist (the name most pages and SDKs spell so)" / "黑名单的版本号（大多数页面和 SDK 的拼写）";
        current_sequence: u64 = out "CurrentSequence", COUNT, "the same version, as the current Chinese page spells it" / "同一版本号，当前中文页面的拼写";
    }
}

impl BlackListGet {
    pub fn new(from: &str, start_index: u64, max_limited: u32) -> Self {
        BlackListGet { from_account: from.into(), start_index, max_limited, last_sequence: 0 }
    }
}

impl ApiRequest for BlackListGet {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = BlackListGetResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Sns, "black_list_get", "List the blocklist, page by page", "拉取黑名单")
    .docs(3722, 34914)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[30001, 30003, 30004, 30006, 30007])
    .read_only()
    .sample(r#"{
  "From_Account": "id",
  "StartIndex": 0,
  "MaxLimited": 30,
  "LastSequence": 12
}"#);
