//! `v4/recentcontact/create_contact_group`: create a conversation group with conversations in it.

use crate::api::contact_items::{ContactGroupItem, ContactItem, ContactResult, CONTACT_GROUP_ITEM, CONTACT_GROUP_NAME, CONTACT_ITEMS, CONTACT_RESULTS};
use crate::api::recentcontact::mark_contact::CONTACT_GROUP_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GroupContactItem as GROUP_CONTACT_ITEM "GroupContactItem" {
        group_name: String = req "GroupName", CONTACT_GROUP_NAME, "name of the new group, at most 32 bytes" / "新会话分组的名称，最长32字节";
        contact_item: Vec<ContactItem> = req "ContactItem", CONTACT_ITEMS, "the conversations to put in it" / "放入该分组的会话";
    }
}

wire! {
    #[derive(Eq)]
    pub struct CreateContactGroup as REQUEST "CreateContactGroupRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversations" / "需要拉取会话的账号";
        group_contact_item: Vec<GroupContactItem> = req "GroupContactItem", Ty::Array(&Arr { item: Ty::Object(&GROUP_CONTACT_ITEM), min_items: 1, max_items: Some(1) }), "the group to create (one per call)" / "要创建的会话分组（每次一个）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct GroupResultItem as GROUP_RESULT_ITEM "GroupResultItem" {
        group_item: ContactGroupItem = req "GroupItem", Ty::Object(&CONTACT_GROUP_ITEM), "the new group" / "新的分组";
        result_item: Vec<ContactResult> = req "ResultItem", CONTACT_RESULTS, "one result per conversation, in request order" / "每个会话一个结果，顺序同请求";
    }
}

wire! {
    #[derive(Eq)]
    pub response CreateContactGroupResponse as RESPONSE "CreateContactGroupResponse" {
        group_result_item: Vec<GroupResultItem> = out "GroupResultItem", Ty::Array(&Arr { item: Ty::Object(&GROUP_RESULT_ITEM), min_items: 0, max_items: None }), "the group created" / "创建的分组";
    }
}

impl CreateContactGroup {
    pub fn new(from: &str, name: &str, contacts: Vec<ContactItem>) -> Self {
        CreateContactGroup { from_account: from.into(), group_contact_item: vec![GroupContactItem { group_name: name.into(), contact_item: contacts }] }
    }
}

impl ApiRequest for CreateContactGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = CreateContactGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "create_contact_group", "Create a conversation group", "创建会话分组数据")
    .docs(0, 53437)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .sample(r#"{
  "From_Account": "user15",
  "GroupContactItem": [
    { "GroupName": "test0", "ContactItem": [{ "Type": 1, "To_Account": "user0" }] }
  ]
}"#);
