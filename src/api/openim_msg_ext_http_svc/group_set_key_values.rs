//! `v4/openim_msg_ext_http_svc/group_set_key_values`: set, delete or clear the key–value
//! extensions of a group message sent with `SupportMessageExtension: 1`.

use crate::api::prelude::*;
use super::set_key_values::{EXTENSION_LIST, OPERATE_TYPES, RESULT_LIST};
pub use super::set_key_values::{ExtensionResult, ExtensionKeyValue};

/// The pages' group-type table: not in live groups; Community is "No" in English and in the
/// 2024 Chinese page (decisions.md, message extensions).
pub const EXT_GROUP_TYPES: &[(GroupType, Support)] = &[(GroupType::Private, Support::Yes), (GroupType::Public, Support::Yes), (GroupType::ChatRoom, Support::Yes), (GroupType::AVChatRoom, Support::Forbidden), (GroupType::Community, Support::Forbidden)];

wire! {
    #[derive(Eq)]
    pub struct GroupSetKeyValues as REQUEST "GroupSetKeyValuesRequest" {
        group_id: String = req "GroupId", GROUP_ID, "the group" / "群id";
        msg_seq: u64 = req "MsgSeq", COUNT, "the message's MsgSeq" / "需要设置的群消息的Seq";
        operate_type: u8 = req "OperateType", Ty::IntEnum(OPERATE_TYPES), "1 set keys, 2 delete keys, 3 clear all keys" / "1 为设置消息扩展KV，2 为删除消息扩展KV，3 为清空所有消息扩展KV";
        extension_list: Option<Vec<ExtensionKeyValue>> = opt "ExtensionList", EXTENSION_LIST, "keys to set or delete, at most 20; required for OperateType 1 and 2" / "需要设置/删除的KV，单次请求最多可设置20条KV；OperateType为1、2时必填";
    }
}

wire! {
    #[derive(Eq)]
    pub response GroupSetKeyValuesResponse as RESPONSE "GroupSetKeyValuesResponse" {
        extension_list: Vec<ExtensionResult> = out "ExtensionList", RESULT_LIST, "one result per key written, in request order (empty when clearing)" / "每个写入的键一个结果，顺序同请求（清空时为空）";
    }
}

impl ApiRequest for GroupSetKeyValues {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupSetKeyValuesResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimMsgExtHttpSvc, "group_set_key_values", "Configuring Message Extension for a Group Message", "设置群消息扩展")
    .docs(0, 52170)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10004, 10007, 10010, 10059])
    .group_types(EXT_GROUP_TYPES)
    .sample(r#"{
  "GroupId": "@TGS#1YMVAB3IZ",
  "MsgSeq": 158,
  "OperateType": 1,
  "ExtensionList": [
    {"Key": "key1", "Value": "value1", "Seq": 0},
    {"Key": "key2", "Value": "value2", "Seq": 0}
  ]
}"#);
