//! `v4/recentcontact/delete`: delete one conversation from an account's list.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct DeleteContact as REQUEST "RecentContactDeleteRequest" mistakes &[Mistake {
        key: "type",
        means: "Type",
        severity: Severity::Warning,
        code: "legacy_field",
        accepted_as_alias: true,
        why: "The Go SDK sends it in lower case; the page writes Type.",
    }];
        // Type 1 names To_Account; Type 2 names ToGroupid.
        between &[Between::NeededWhen("To_Account", Cond::Is("Type", &[Val::Int(1)])), Between::NeededWhen("ToGroupid", Cond::Is("Type", &[Val::Int(2)]))]; {
        from_account: String = req "From_Account", USER_ID, "whose list" / "会话列表所属的账号";
        contact_type: u8 = req "Type", Ty::IntEnum(&[1, 2]), "1: one-to-one; 2: group" / "1：单聊会话；2：群组会话";
        to_account: Option<String> = opt "To_Account", USER_ID, "the peer (Type 1)" / "单聊会话的对方（Type 为1时）";
        to_groupid: Option<String> = opt "ToGroupid", GROUP_ID, "the group (Type 2)" / "群组会话的群 ID（Type 为2时）";
        clear_ramble: Option<u8> = opt "ClearRamble", FLAG, "1: also clear this account's roaming messages of a one-to-one conversation" / "1：同时清理该账号在单聊会话中的漫游消息";
    }
}

impl DeleteContact {
    pub fn c2c(from: &str, peer: &str) -> Self {
        DeleteContact { from_account: from.into(), contact_type: 1, to_account: Some(peer.into()), to_groupid: None, clear_ramble: None }
    }
}

impl ApiRequest for DeleteContact {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::RecentContact, "delete", "Delete a conversation", "删除单个会话")
    .docs(62119, 43088)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[50001, 50002, 50003, 50004, 50005])
    .sample(r#"{
  "From_Account": "id1",
  "Type": 2,
  "ToGroupid": "id2",
  "ClearRamble": 1
}"#);
