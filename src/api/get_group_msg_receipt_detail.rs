//! `v4/group_open_http_svc/get_group_msg_receipt_detail`: who has and hasn't read a message,
//! paged with `Cursor` / `Count`.

use super::*;
use crate::protocol::catalog::Service;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetGroupMsgReceiptDetail {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    /// 0: members who read it; 1: members who haven't.
    #[serde(rename = "Filter")]
    pub filter: u8,
    /// "" for the first page, then the value returned.
    #[serde(rename = "Cursor")]
    pub cursor: String,
    /// Members per page; above 200 counts as 200.
    #[serde(rename = "Count")]
    pub count: u32,
}
reads!(GetGroupMsgReceiptDetail { group_id: "GroupId", msg_seq: "MsgSeq", filter: "Filter", cursor: "Cursor", count: "Count" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadAccount {
    #[serde(rename = "Read_Account")]
    pub read_account: String,
}
writes!(ReadAccount { read_account: "Read_Account" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadAccount {
    #[serde(rename = "Unread_Account")]
    pub unread_account: String,
}
writes!(UnreadAccount { unread_account: "Unread_Account" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetGroupMsgReceiptDetailResponse {
    #[serde(flatten)]
    pub envelope: Envelope,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    #[serde(rename = "ReadList", skip_serializing_if = "Option::is_none", default)]
    pub read_list: Option<Vec<ReadAccount>>,
    #[serde(rename = "UnreadList", skip_serializing_if = "Option::is_none", default)]
    pub unread_list: Option<Vec<UnreadAccount>>,
    #[serde(rename = "Cursor", default)]
    pub cursor: String,
    #[serde(rename = "IsFinished", default)]
    pub is_finished: u8,
}
writes!(@response GetGroupMsgReceiptDetailResponse { msg_seq: "MsgSeq", #[skip_empty] read_list: "ReadList", #[skip_empty] unread_list: "UnreadList", cursor: "Cursor", is_finished: "IsFinished" });

impl ApiRequest for GetGroupMsgReceiptDetail {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMsgReceiptDetailResponse;
}

pub const REQUEST: Obj = Obj::new(
    "GetGroupMsgReceiptDetailRequest",
    &[
        req("GroupId", GROUP_ID, "ID of the group"),
        req("MsgSeq", COUNT, "seq of the message"),
        req("Filter", Ty::IntEnum(&[0, 1]), "0: members who read it, 1: members who haven't"),
        req("Cursor", string(), "\"\" for the first page, then the Cursor returned"),
        req("Count", Ty::Int(Int { min: 0, max: i64::MAX, clamp_to: Some(200) }), "members per page; above 200 counts as 200"),
    ],
);
const READ_ITEM: Obj = Obj::new("ReadAccount", &[req("Read_Account", string(), "member who read the message")]);
const UNREAD_ITEM: Obj = Obj::new("UnreadAccount", &[req("Unread_Account", string(), "member who hasn't read it")]);
pub const RESPONSE: Obj = response(
    "GetGroupMsgReceiptDetailResponse",
    &[
        opt("MsgSeq", COUNT, "seq of the message"),
        opt("ReadList", Ty::Array(&Arr { item: Ty::Object(&READ_ITEM), min_items: 0, max_items: None }), "members who read it (Filter 0)"),
        opt("UnreadList", Ty::Array(&Arr { item: Ty::Object(&UNREAD_ITEM), min_items: 0, max_items: None }), "members who haven't (Filter 1)"),
        opt("Cursor", string(), "cursor for the next page"),
        opt("IsFinished", FLAG, "1: this is the last page"),
    ],
);

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_msg_receipt_detail", "Pull read receipt details for a group message")
    .tables(&REQUEST, &RESPONSE)
    .errors(super::get_group_msg_receipt::RECEIPT_ERRORS)
    .group_types(super::get_group_msg_receipt::RECEIPT_GROUP_TYPES)
    .needs_receipts_feature()
    .sample(r#"{
  "GroupId": "@TGS#2TTV7VSII",
  "MsgSeq": 1,
  "Filter": 0,
  "Cursor": "",
  "Count": 100
}"#);
