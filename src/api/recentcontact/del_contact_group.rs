//! `v4/recentcontact/del_contact_group`: delete a conversation group (its conversations stay).

use crate::api::contact_items::{ContactGroupItem, CONTACT_GROUP_ITEMS, CONTACT_GROUP_NAME};
use crate::api::recentcontact::mark_contact::CONTACT_GROUP_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DelContactGroup as REQUEST "DelContactGroupRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversation group" / "会话分组所属的账号";
        group_name: Vec<String> = req "GroupName", Ty::Array(&Arr { item: CONTACT_GROUP_NAME, min_items: 1, max_items: Some(1) }), "the group to delete (one per call)" / "要删除的会话分组（每次一个）";
    }
}

wire! {
    #[derive(Eq)]
    pub response DelContactGroupResponse as RESPONSE "DelContactGroupResponse" {
        group_item: Vec<ContactGroupItem> = out "GroupItem", CONTACT_GROUP_ITEMS, "the group deleted" / "删除的分组";
    }
}

impl DelContactGroup {
    pub fn new(from: &str, name: &str) -> Self {
        DelContactGroup { from_account: from.into(), group_name: vec![name.into()] }
    }
}

impl ApiRequest for DelContactGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = DelContactGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "del_contact_group", "Delete a conversation group", "删除会话分组数据")
    .docs(0, 53441)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .sample(r#"{ "From_Account": "user15", "GroupName": ["test0"] }"#);
