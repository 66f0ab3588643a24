//! `v4/recentcontact/search_contact_group`: the marks and groups of named conversations.

use crate::api::contact_items::{ContactGroupItem, ContactItem, ContactMarks, CONTACT_GROUP_ITEMS, CONTACT_ITEM, CONTACT_MARKS_LIST};
use crate::api::recentcontact::mark_contact::CONTACT_GROUP_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct SearchContactGroup as REQUEST "SearchContactGroupRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversations" / "需要拉取会话的账号";
        contact_item: Vec<ContactItem> = req "ContactItem", Ty::Array(&Arr { item: Ty::Object(&CONTACT_ITEM), min_items: 1, max_items: Some(300) }), "the conversations, at most 300" / "查询的会话，最多300个";
    }
}

wire! {
    #[derive(Eq)]
    pub response SearchContactGroupResponse as RESPONSE "SearchContactGroupResponse" {
        contact_result_item: Vec<ContactMarks> = out "ContactResultItem", CONTACT_MARKS_LIST, "those of the conversations that have marks or groups, in request order" / "有标记或分组的会话，顺序同请求";
        group_item: Vec<ContactGroupItem> = out "GroupItem", CONTACT_GROUP_ITEMS, "the groups they are in" / "这些会话所在的分组";
    }
}

impl SearchContactGroup {
    pub fn new(from: &str, contacts: Vec<ContactItem>) -> Self {
        SearchContactGroup { from_account: from.into(), contact_item: contacts }
    }
}

impl ApiRequest for SearchContactGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SearchContactGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "search_contact_group", "Find the marks and groups of conversations", "搜索会话分组标记数据")
    .docs(0, 53442)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .read_only()
    .sample(r#"{ "From_Account": "yahaha", "ContactItem": [{ "Type": 1, "To_Account": "xixi" }] }"#);
