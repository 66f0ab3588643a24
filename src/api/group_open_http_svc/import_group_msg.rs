//! `v4/group_open_http_svc/import_group_msg`: import a group's history (no callbacks, no
//! notifications); afterwards every member has read everything.

use crate::api::prelude::*;
use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::vocab::Service;

wire! {
    pub struct ImportMsg as MSG_ITEM "ImportGroupMsgItem" {
        from_account: String = req "From_Account", USER_ID, "sender" / "消息发送方";
        send_time: u64 = req "SendTime", UNIX_SECONDS, "when it was sent: increasing through the list, before now, after the group's creation and its latest message" / "消息发送时间：在列表中递增，早于当前时间，晚于群组创建时间和群内最新消息的时间";
        random: Option<u32> = opt "Random", U32, "32-bit random number" / "32位随机数";
        msg_body: Vec<MsgElement> = req "MsgBody", MSG_BODY, "message elements" / "消息体";
    }
}

wire! {
    pub struct ImportGroupMsg as REQUEST "ImportGroupMsgRequest" {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group" / "操作的群 ID";
        recent_contact_flag: Option<u8> = opt "RecentContactFlag", FLAG, "1: update the members' conversation lists" / "1：更新成员的会话列表";
        msg_list: Vec<ImportMsg> = req "MsgList", Ty::Array(&Arr { item: Ty::Object(&MSG_ITEM), min_items: 1, max_items: Some(7) }), "messages to import, at most 7, oldest first" / "待导入的消息，最多7条，按时间从旧到新排列";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic" / "社群话题";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ImportMsgResult as RESULT_ITEM "ImportGroupMsgResult" {
        msg_seq: u64 = req "MsgSeq", COUNT, "the seq it got (0 when it failed)" / "消息得到的 seq（失败时为 0）";
        msg_time: u64 = req "MsgTime", COUNT, "its time" / "消息时间";
        result: u32 = req "Result", COUNT, "0 imported; 10004 bad time or sender" / "0 导入成功；10004 时间或发送者不合法";
    }
}

wire! {
    #[derive(Eq)]
    pub response ImportGroupMsgResponse as RESPONSE "ImportGroupMsgResponse" {
        import_msg_result: Vec<ImportMsgResult> = out "ImportMsgResult", Ty::Array(&Arr { item: Ty::Object(&RESULT_ITEM), min_items: 0, max_items: None }), "one result per message, in request order" / "每条消息一个结果，顺序同请求";
    }
}

impl ImportGroupMsg {
    pub fn new(group_id: &str, messages: &[(&str, u64, &str)]) -> Self {
        let msg_list = messages.iter().map(|(from, time, text)| ImportMsg { from_account: (*from).into(), send_time: *time, random: None, msg_body: vec![MsgElement::text(text)] }).collect();
        ImportGroupMsg { group_id: group_id.into(), recent_contact_flag: None, msg_list, topic_id: None }
    }
}

impl ApiRequest for ImportGroupMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = ImportGroupMsgResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Group, "import_group_msg", "Import group history", "导入群消息")
    .docs(1635, 34968)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10004, 10007, 10010, 10015, 10020])
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "RecentContactFlag": 1,
  "MsgList": [
    {
      "From_Account": "leckie",
      "SendTime": 1620808101,
      "Random": 8912345,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "red packet" } }]
    }
  ]
}"#);
