//! `v4/recentcontact/get_contact_group`: page through an account's marked and grouped
//! conversations, with its conversation groups.

use crate::api::contact_items::{ContactGroupItem, ContactMarks, CONTACT_GROUP_ITEMS, CONTACT_MARKS_LIST};
use crate::api::recentcontact::mark_contact::CONTACT_GROUP_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetContactGroup as REQUEST "GetContactGroupRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversations" / "需要拉取会话的账号";
        start_index: u64 = req "StartIndex", COUNT, "0 on the first page, then the previous answer's NextStartIndex" / "第一页填0，之后填上一页返回的 NextStartIndex";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetContactGroupResponse as RESPONSE "GetContactGroupResponse" {
        contact_item: Vec<ContactMarks> = out "ContactItem", CONTACT_MARKS_LIST, "this page's conversations with marks or groups" / "本页有标记或分组的会话";
        group_item: Vec<ContactGroupItem> = out "GroupItem", CONTACT_GROUP_ITEMS, "every conversation group of the account, in the order created" / "该帐号的所有会话分组，按创建顺序";
        complete_flag: u8 = out "CompleteFlag", FLAG, "1 when everything has been returned" / "全部返回完毕时为 1";
        next_start_index: u64 = out "NextStartIndex", COUNT, "send back for the next page (0 when complete)" / "拉取下一页时原样回传（完成时为 0）";
    }
}

impl GetContactGroup {
    pub fn new(from: &str) -> Self {
        GetContactGroup { from_account: from.into(), start_index: 0 }
    }
}

impl ApiRequest for GetContactGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetContactGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "get_contact_group", "List marked and grouped conversations", "拉取会话分组标记数据")
    .docs(0, 53440)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .read_only()
    .sample(r#"{ "From_Account": "user0", "StartIndex": 0 }"#);
