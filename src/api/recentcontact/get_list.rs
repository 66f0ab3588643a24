//! `v4/recentcontact/get_list`: an account's conversations, newest first.

use crate::api::contact_items::{CONTACT_GROUP_IDS, CUSTOM_MARK};
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetContactList as REQUEST "RecentContactGetListRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversations" / "需要拉取会话的账号";
        time_stamp: u64 = req "TimeStamp", COUNT, "0 on the first page, then the previous answer's" / "第一页填0，之后填上一页返回的值";
        start_index: u64 = req "StartIndex", COUNT, "0 on the first page, then the previous answer's" / "第一页填0，之后填上一页返回的值";
        top_time_stamp: u64 = req "TopTimeStamp", COUNT, "0 on the first page, then the previous answer's (pinned conversations)" / "第一页填0，之后填上一页返回的值（置顶会话）";
        top_start_index: u64 = req "TopStartIndex", COUNT, "0 on the first page, then the previous answer's (pinned conversations)" / "第一页填0，之后填上一页返回的值（置顶会话）";
        assist_flags: u32 = req "AssistFlags", COUNT, "flag bits: 0 pinned first (TopFlag), 1 conversations without messages, 2 pinned paged apart, 3-5 StandardMark, CustomMark, ContactGroupId; send 63" / "标志位：0 置顶会话优先（TopFlag），1 无消息的会话，2 置顶会话单独分页，3 - 5 StandardMark、CustomMark、ContactGroupId；建议填63";
    }
}

wire! {
    #[derive(Eq)]
    pub struct SessionItem as SESSION_ITEM "SessionItem" {
        session_type: u8 = req "Type", Ty::IntEnum(&[1, 2]), "1: one-to-one; 2: group" / "1：单聊会话；2：群组会话";
        to_account: Option<String> = opt "To_Account", string(), "the peer (one-to-one)" / "对端帐号（单聊）";
        group_id: Option<String> = opt "GroupId", string(), "the group (group)" / "群组（群聊）";
        msg_time: u64 = req "MsgTime", COUNT, "time of the conversation's last message" / "会话最后一条消息的时间";
        top_flag: u8 = req "TopFlag", FLAG, "1: pinned (with AssistFlags bit 0)" / "1：已置顶（AssistFlags 第 0 位）";
        standard_mark: Option<String> = opt "StandardMark", string(), "standard marks as bits, character n is bit n (with AssistFlags bit 3)" / "标准标记，按位表示，第 n 个字符即第 n 位（AssistFlags 第 3 位）";
        custom_mark: Option<String> = opt "CustomMark", CUSTOM_MARK, "the custom mark (with AssistFlags bit 4)" / "自定义标记（AssistFlags 第 4 位）";
        contact_group_id: Option<Vec<u64>> = opt "ContactGroupId", CONTACT_GROUP_IDS, "IDs of the conversation groups it is in (with AssistFlags bit 5)" / "所在会话分组的 ID（AssistFlags 第 5 位）";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetContactListResponse as RESPONSE "RecentContactGetListResponse" {
        session_item: Vec<SessionItem> = out "SessionItem", Ty::Array(&Arr { item: Ty::Object(&SESSION_ITEM), min_items: 0, max_items: None }), "this page's conversations, newest first" / "本页的会话，最新的在前";
        complete_flag: u8 = out "CompleteFlag", FLAG, "1 when everything has been returned" / "全部返回完毕时为 1";
        time_stamp: u64 = out "TimeStamp", COUNT, "send back for the next page" / "拉取下一页时原样回传";
        start_index: u64 = out "StartIndex", COUNT, "send back for the next page" / "拉取下一页时原样回传";
        top_time_stamp: u64 = out "TopTimeStamp", COUNT, "send back for the next page" / "拉取下一页时原样回传";
        top_start_index: u64 = out "TopStartIndex", COUNT, "send back for the next page" / "拉取下一页时原样回传";
    }
}

impl GetContactList {
    pub fn new(from: &str) -> Self {
        GetContactList { from_account: from.into(), time_stamp: 0, start_index: 0, top_time_stamp: 0, top_start_index: 0, assist_flags: 63 }
    }
}

impl ApiRequest for GetContactList {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetContactListResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "get_list", "List an account's conversations", "拉取会话列表")
    .docs(62118, 43087)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[50001, 50002, 50003, 50004, 50005])
    .read_only()
    .sample(r#"{
  "From_Account": "id1",
  "TimeStamp": 0,
  "StartIndex": 0,
  "TopTimeStamp": 0,
  "TopStartIndex": 0,
  "AssistFlags": 7
}"#);
