//! Wire pieces the conversation-group and mark commands share (recentcontact/mark_contact and
//! the `*_contact_group` commands, CN 85792–85797, EN 53437–53442).

use crate::api::prelude::*;

wire! {
    #[derive(Eq)]
    /// One conversation: `Type` 1 with `To_Account`, or 2 with `ToGroupId`.
    pub struct ContactItem as CONTACT_ITEM "ContactItem"
        between &[Between::NeededWhen("To_Account", Cond::Is("Type", &[Val::Int(1)])), Between::NeededWhen("ToGroupId", Cond::Is("Type", &[Val::Int(2)]))]; {
        contact_type: u8 = req "Type", Ty::IntEnum(&[1, 2]), "1: one-to-one; 2: group" / "1：单聊会话；2：群组会话";
        to_account: Option<String> = opt "To_Account", USER_ID, "the peer (Type 1)" / "单聊会话的对方（Type 为1时）";
        to_group_id: Option<String> = opt "ToGroupId", GROUP_ID, "the group (Type 2)" / "群组会话的群 ID（Type 为2时）";
    }
}

impl ContactItem {
    pub fn c2c(peer: &str) -> Self {
        ContactItem { contact_type: 1, to_account: Some(peer.into()), to_group_id: None }
    }
    pub fn group(id: &str) -> Self {
        ContactItem { contact_type: 2, to_account: None, to_group_id: Some(id.into()) }
    }
    /// The peer or the group it names.
    pub fn id(&self) -> &str {
        let id = if self.contact_type == 1 { &self.to_account } else { &self.to_group_id };
        id.as_deref().unwrap_or_default()
    }
}

pub const CONTACT_ITEMS: Ty = Ty::Array(&Arr { item: Ty::Object(&CONTACT_ITEM), min_items: 1, max_items: None });

wire! {
    #[derive(Eq)]
    /// One conversation's result: `ResultCode` 0 or the item's error.
    pub struct ContactResult as CONTACT_RESULT "ContactResult" {
        opt_type: Option<u8> = opt "OptType", Ty::IntEnum(&[1, 2, 3]), "mark_contact: the item's OptType" / "mark_contact：该项的 OptType";
        contact_opt_type: Option<u8> = opt "ContactOptType", Ty::IntEnum(&[1, 2]), "update_contact_group: 1 added, 2 removed" / "update_contact_group：1 加入，2 移出";
        contact_item: ContactItem = req "ContactItem", Ty::Object(&CONTACT_ITEM), "the conversation" / "要标记的会话";
        result_code: u32 = req "ResultCode", COUNT, "0 on success, else this item's error code" / "0 表示成功，否则为该项的错误码";
        result_info: String = req "ResultInfo", string(), "error text of this item, empty on success" / "该项的错误信息，成功时为空";
    }
}
pub const CONTACT_RESULTS: Ty = Ty::Array(&Arr { item: Ty::Object(&CONTACT_RESULT), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    /// A conversation's marks and groups.
    pub struct ContactMarks as CONTACT_MARKS "ContactMarks" {
        contact_type: u8 = req "Type", Ty::IntEnum(&[1, 2]), "1: one-to-one; 2: group" / "1：单聊会话；2：群组会话";
        to_account: Option<String> = opt "To_Account", USER_ID, "the peer (Type 1)" / "单聊会话的对方（Type 为1时）";
        to_group_id: Option<String> = opt "ToGroupId", GROUP_ID, "the group (Type 2)" / "群组会话的群 ID（Type 为2时）";
        standard_mark: Option<String> = opt "StandardMark", string(), "standard marks as bits: character n is bit n (\"0101\": bits 1 and 3)" / "标准标记，按位表示：第 n 个字符即第 n 位（\"0101\"：第 1 位和第 3 位）";
        custom_mark: Option<String> = opt "CustomMark", CUSTOM_MARK, "the custom mark" / "自定义标记";
        contact_group_id: Option<Vec<u64>> = opt "ContactGroupId", CONTACT_GROUP_IDS, "IDs of the conversation groups it is in" / "所在会话分组的 ID";
        timestamp: u64 = req "Timestamp", COUNT, "when its marks or groups last changed" / "标记或分组最近一次变更的时间";
    }
}
pub const CONTACT_MARKS_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&CONTACT_MARKS), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    /// A conversation group: its name and ID.
    pub struct ContactGroupItem as CONTACT_GROUP_ITEM "ContactGroupItem" {
        group_name: String = req "GroupName", CONTACT_GROUP_NAME, "name" / "名称";
        group_id: u64 = req "GroupId", U32, "ID (per account, from 1)" / "ID（按帐号编号，从 1 开始）";
    }
}
pub const CONTACT_GROUP_ITEMS: Ty = Ty::Array(&Arr { item: Ty::Object(&CONTACT_GROUP_ITEM), min_items: 0, max_items: None });

/// A conversation-group name: 1–32 bytes.
pub const CONTACT_GROUP_NAME: Ty = Ty::Str(Str { min_bytes: 1, max_bytes: Some(32), kind: StrKind::Plain });
pub const CONTACT_GROUP_IDS: Ty = Ty::Array(&Arr { item: U32, min_items: 0, max_items: None });
/// A custom conversation mark: at most 256 bytes.
pub const CUSTOM_MARK: Ty = string_max(256);
/// Standard-mark bit numbers: a mark has 64 bits.
pub const MARK_BITS: Ty = Ty::Array(&Arr { item: int(0, 63), min_items: 0, max_items: Some(64) });

