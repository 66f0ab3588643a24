//! `v4/openim/modify_group_msg`: overwrite a stored group message's body or custom data
//! (the group counterpart of modify_c2c_msg).

use crate::api::group_open_http_svc::change_group_owner::NOT_AVCHATROOM;
use crate::api::prelude::*;
use crate::vocab::Service;

wire! {
    pub struct ModifyGroupMsg as REQUEST "ModifyGroupMsgRequest"
        // Something must change, as in modify_c2c_msg.
        between &[Between::AtLeastOne(&["MsgBody", "CloudCustomData"])]; {
        group_id: String = req "GroupId", GROUP_ID, "ID of the group whose message changes" / "操作的群 ID";
        msg_seq: u64 = req "MsgSeq", int(1, i64::MAX), "seq of the message to change" / "请求修改的消息 seq";
        msg_body: Option<Vec<MsgElement>> = opt "MsgBody", MSG_BODY, "new message elements" / "消息内容";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "new custom data (stored in the cloud)" / "消息自定义数据（云端保存）";
        topic_id: Option<String> = opt "TopicId", string(), "Community topic whose message changes" / "话题的 ID，仅支持话题的社群适用";
    }
}

impl ModifyGroupMsg {
    pub fn custom_data(group_id: &str, seq: u64, data: &str) -> Self {
        ModifyGroupMsg { group_id: group_id.into(), msg_seq: seq, msg_body: None, cloud_custom_data: Some(data.into()), topic_id: None }
    }
}

impl ApiRequest for ModifyGroupMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = EnvelopeOnly;
}

/// Live groups keep no history to change (the page: 不支持修改直播群的历史消息).
pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "modify_group_msg", "Change a stored group message", "修改群聊历史消息")
    .docs(0, 47948)
    .tables(&REQUEST, &ENVELOPE)
    .errors(&[10002, 10004, 10007, 10010, 10015, 20001, 20002, 20004, 20005, 90001, 90002])
    .group_types(NOT_AVCHATROOM)
    .sample(r#"{
  "GroupId": "@TGS#1HYEP2SHC",
  "MsgSeq": 23,
  "MsgBody": [
    { "MsgType": "TIMTextElem", "MsgContent": { "Text": "hello" } }
  ],
  "CloudCustomData": "your cloud custom data"
}"#);
