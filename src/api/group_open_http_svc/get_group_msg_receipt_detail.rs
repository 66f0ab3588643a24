//! `v4/group_open_http_svc/get_group_msg_receipt_detail`: who has and hasn't read a message,
//! paged with `Cursor` / `Count`.

use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    #[derive(Eq)]
    pub struct GetGroupMsgReceiptDetail as REQUEST "GetGroupMsgReceiptDetailRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        msg_seq: u64 = req "MsgSeq", COUNT, "seq of the message" / "消息的 seq";
        /// 0: members who read it; 1: members who haven't.
        filter: u8 = req "Filter", Ty::IntEnum(&[0, 1]), "0: members who read it, 1: members who haven't" / "0：拉取已读成员，1：拉取未读成员";
        /// "" for the first page, then the value returned.
        cursor: String = req "Cursor", string(), "\"\" for the first page, then the Cursor returned" / "第一页填 \"\"，之后填上一页返回的 Cursor";
        /// Members per page; above 200 counts as 200.
        count: u32 = req "Count", Ty::Int(Int { min: 0, max: i64::MAX, clamp_to: Some(200) }), "members per page; above 200 counts as 200" / "每页成员数；超过200按200计";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ReadAccount as READ_ITEM "ReadAccount" {
        read_account: String = req "Read_Account", string(), "member who read the message" / "已读该消息的成员";
    }
}

wire! {
    #[derive(Eq)]
    pub struct UnreadAccount as UNREAD_ITEM "UnreadAccount" {
        unread_account: String = req "Unread_Account", string(), "member who hasn't read it" / "未读该消息的成员";
    }
}

wire! {
    #[derive(Eq)]
    pub response GetGroupMsgReceiptDetailResponse as RESPONSE "GetGroupMsgReceiptDetailResponse" {
        msg_seq: u64 = out "MsgSeq", COUNT, "seq of the message" / "消息的 seq";
        read_list: Option<Vec<ReadAccount>> = opt "ReadList", Ty::Array(&Arr { item: Ty::Object(&READ_ITEM), min_items: 0, max_items: None }), "members who read it (Filter 0)" / "已读的成员（Filter 为 0）";
        unread_list: Option<Vec<UnreadAccount>> = opt "UnreadList", Ty::Array(&Arr { item: Ty::Object(&UNREAD_ITEM), min_items: 0, max_items: None }), "members who haven't (Filter 1)" / "未读的成员（Filter 为 1）";
        cursor: String = out "Cursor", string(), "cursor for the next page" / "下一页的游标";
        is_finished: u8 = out "IsFinished", FLAG, "1: this is the last page" / "1：本页是最后一页";
    }
}

impl ApiRequest for GetGroupMsgReceiptDetail {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetGroupMsgReceiptDetailResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "get_group_msg_receipt_detail", "Pull read receipt details for a group message", "拉取群消息已读回执详情")
    .docs(0, 49438)
    .tables(&REQUEST, &RESPONSE)
    .errors(crate::api::group_open_http_svc::get_group_msg_receipt::RECEIPT_ERRORS)
    .group_types(crate::api::group_open_http_svc::get_group_msg_receipt::RECEIPT_GROUP_TYPES)
    .needs_receipts_feature()
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#2TTV7VSII",
  "MsgSeq": 1,
  "Filter": 0,
  "Cursor": "",
  "Count": 100
}"#);
