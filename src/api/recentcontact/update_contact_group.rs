//! `v4/recentcontact/update_contact_group`: rename a conversation group, or add conversations
//! to it and remove them.

use crate::api::contact_items::{ContactItem, ContactResult, CONTACT_GROUP_NAME, CONTACT_ITEM, CONTACT_RESULTS};
use crate::api::recentcontact::mark_contact::CONTACT_GROUP_ERRORS;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct ContactUpdateItem as CONTACT_UPDATE_ITEM "ContactUpdateItem" {
        contact_opt_type: u8 = req "ContactOptType", Ty::IntEnum(&[1, 2]), "1: add the conversation; 2: remove it" / "1：增加会话；2：删除会话";
        contact_item: ContactItem = req "ContactItem", Ty::Object(&CONTACT_ITEM), "the conversation" / "要标记的会话";
    }
}

wire! {
    #[derive(Eq)]
    pub struct UpdateGroup as UPDATE_GROUP "UpdateGroup"
        between &[Between::NeededWhen("NewGroupName", Cond::Is("UpdateGroupType", &[Val::Int(1)])), Between::NeededWhen("ContactUpdateItem", Cond::Is("UpdateGroupType", &[Val::Int(2)]))]; {
        update_group_type: u8 = req "UpdateGroupType", Ty::IntEnum(&[1, 2]), "1: rename (NewGroupName); 2: add or remove conversations (ContactUpdateItem)" / "1：重命名（NewGroupName）；2：增删会话（ContactUpdateItem）";
        old_group_name: String = req "OldGroupName", CONTACT_GROUP_NAME, "the group to update" / "要更新的会话分组";
        new_group_name: Option<String> = opt "NewGroupName", CONTACT_GROUP_NAME, "its new name, at most 32 bytes (UpdateGroupType 1)" / "新的分组名称，最长32字节（UpdateGroupType 为1时）";
        contact_update_item: Option<Vec<ContactUpdateItem>> = opt "ContactUpdateItem", Ty::Array(&Arr { item: Ty::Object(&CONTACT_UPDATE_ITEM), min_items: 1, max_items: None }), "conversations to add or remove (UpdateGroupType 2)" / "要增加或删除的会话（UpdateGroupType 为2时）";
    }
}

wire! {
    #[derive(Eq)]
    pub struct UpdateContactGroup as REQUEST "UpdateContactGroupRequest" {
        from_account: String = req "From_Account", USER_ID, "whose conversation group" / "会话分组所属的账号";
        update_type: u8 = req "UpdateType", Ty::IntEnum(&[1]), "1: update one group" / "1：更新一个分组";
        update_group: UpdateGroup = req "UpdateGroup", Ty::Object(&UPDATE_GROUP), "the update" / "更新的内容";
    }
}

wire! {
    #[derive(Eq, Default)]
    pub struct UpdateGroupResult as UPDATE_GROUP_RESULT "UpdateGroupResult" {
        update_group_type: u8 = req "UpdateGroupType", Ty::IntEnum(&[1, 2]), "the request's UpdateGroupType" / "请求中的 UpdateGroupType";
        group_name: String = req "GroupName", CONTACT_GROUP_NAME, "the group's name now" / "分组现在的名称";
        group_id: u64 = req "GroupId", U32, "the group's ID" / "分组的 ID";
        old_group_name: Option<String> = opt "OldGroupName", CONTACT_GROUP_NAME, "the request's OldGroupName" / "请求中的 OldGroupName";
        contact_result_item: Vec<ContactResult> = req "ContactResultItem", CONTACT_RESULTS, "one result per ContactUpdateItem, in request order" / "每个 ContactUpdateItem 一个结果，顺序同请求";
    }
}

wire! {
    #[derive(Eq)]
    pub response UpdateContactGroupResponse as RESPONSE "UpdateContactGroupResponse" {
        update_type: u8 = out "UpdateType", Ty::IntEnum(&[1]), "the request's UpdateType" / "请求中的 UpdateType";
        update_group_result: UpdateGroupResult = out "UpdateGroupResult", Ty::Object(&UPDATE_GROUP_RESULT), "what was done" / "执行的操作";
    }
}

impl UpdateContactGroup {
    pub fn rename(from: &str, old: &str, new: &str) -> Self {
        let update_group = UpdateGroup { update_group_type: 1, old_group_name: old.into(), new_group_name: Some(new.into()), contact_update_item: None };
        UpdateContactGroup { from_account: from.into(), update_type: 1, update_group }
    }
    /// Adds (`add`) or removes conversations.
    pub fn contacts(from: &str, group: &str, add: bool, contacts: Vec<ContactItem>) -> Self {
        let items = contacts.into_iter().map(|contact_item| ContactUpdateItem { contact_opt_type: if add { 1 } else { 2 }, contact_item }).collect();
        let update_group = UpdateGroup { update_group_type: 2, old_group_name: group.into(), new_group_name: None, contact_update_item: Some(items) };
        UpdateContactGroup { from_account: from.into(), update_type: 1, update_group }
    }
}

impl ApiRequest for UpdateContactGroup {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = UpdateContactGroupResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "update_contact_group", "Update a conversation group", "更新会话分组数据")
    .docs(0, 53439)
    .tables(&REQUEST, &RESPONSE)
    .errors(CONTACT_GROUP_ERRORS)
    .sample(r#"{
  "From_Account": "user20",
  "UpdateType": 1,
  "UpdateGroup": {
    "UpdateGroupType": 2,
    "OldGroupName": "test1",
    "ContactUpdateItem": [
      { "ContactOptType": 1, "ContactItem": { "Type": 1, "To_Account": "user1" } }
    ]
  }
}"#);
