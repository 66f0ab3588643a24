//! `v4/openim_msg_ext_http_svc/set_key_values`: set, delete or clear the key–value extensions
//! of a one-to-one message sent with `SupportMessageExtension: 1`.

use crate::api::prelude::*;

/// `OperateType`: 1 set, 2 delete, 3 clear all (both pages, one-to-one and group).
pub const OPERATE_TYPES: &[i64] = &[1, 2, 3];
/// "单次请求最多可设置20条KV".
pub const KVS_PER_REQUEST: usize = 20;
/// "单条消息可设置的最大键值对数量为300条".
pub const KVS_PER_MESSAGE: usize = 300;
/// "单次拉取最多返回200条KV".
pub const KVS_PER_PULL: usize = 200;

wire! {
    #[derive(Eq)]
    pub struct ExtensionKeyValue as EXTENSION_KEY_VALUE "ExtensionKeyValue" {
        key: String = req "Key", Ty::Str(Str { min_bytes: 1, max_bytes: Some(100), kind: StrKind::Plain }), "the key, at most 100 bytes" / "键值对的Key，最大为100字节";
        value: String = req "Value", string_max(1000), "the value, at most 1000 bytes (empty when deleting)" / "键值对的Value，最大为1000字节";
        seq: Option<u64> = opt "Seq", COUNT, "the key's Seq the writer last saw; checked for non-admin writers only, so never on REST calls (the app admin)" / "非App管理员必填，为该Key的最新Seq；App管理员调用时不校验";
    }
}

wire! {
    #[derive(Eq)]
    pub struct KeyValueSeq as KEY_VALUE_SEQ "KeyValueSeq" {
        key: String = req "Key", string(), "the key" / "键值对的Key";
        value: String = req "Value", string(), "the value (empty for a deleted key)" / "键值对的Value（删除时为空）";
        seq: u64 = req "Seq", COUNT, "the key's Seq: the message's extension Seq of its last write" / "该Key的Seq";
    }
}

wire! {
    #[derive(Eq)]
    pub struct ExtensionResult as EXTENSION_RESULT "ExtensionResult" {
        error_code: u32 = req "ErrorCode", COUNT, "0: this key was written" / "0 表示该KV设置成功";
        extension: KeyValueSeq = req "Extension", Ty::Object(&KEY_VALUE_SEQ), "the key as stored" / "设置后的KV";
    }
}

/// `ExtensionList` of a set or delete request.
pub const EXTENSION_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&EXTENSION_KEY_VALUE), min_items: 1, max_items: Some(KVS_PER_REQUEST) });
/// `ExtensionList` of a set answer.
pub const RESULT_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&EXTENSION_RESULT), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub struct SetKeyValues as REQUEST "SetKeyValuesRequest" {
        from_account: Option<String> = opt "From_Account", USER_ID, "sender of the message" / "消息发送方 UserID";
        to_account: String = req "To_Account", USER_ID, "receiver of the message" / "消息接收方 UserID";
        msg_key: String = req "MsgKey", non_empty(), "the message's MsgKey, as sendmsg answered it" / "单聊消息的唯一标识";
        operate_type: u8 = req "OperateType", Ty::IntEnum(OPERATE_TYPES), "1 set keys, 2 delete keys, 3 clear all keys" / "1 为设置消息扩展KV，2 为删除消息扩展KV，3 为清空所有消息扩展KV";
        extension_list: Option<Vec<ExtensionKeyValue>> = opt "ExtensionList", EXTENSION_LIST, "keys to set or delete, at most 20; required for OperateType 1 and 2" / "需要设置/删除的KV，单次请求最多可设置20条KV；OperateType为1、2时必填";
    }
}

wire! {
    #[derive(Eq)]
    pub response SetKeyValuesResponse as RESPONSE "SetKeyValuesResponse" {
        extension_list: Vec<ExtensionResult> = out "ExtensionList", RESULT_LIST, "one result per key written, in request order (empty when clearing)" / "每个写入的键一个结果，顺序同请求（清空时为空）";
    }
}

impl ApiRequest for SetKeyValues {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = SetKeyValuesResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimMsgExtHttpSvc, "set_key_values", "Configuring Message Extension for a One-to-One Message", "设置单聊消息扩展")
    .docs(0, 51195)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402, 90008, 90012, 90054])
    .sample(r#"{
  "From_Account": "62768",
  "To_Account": "116400",
  "MsgKey": "44739199_12_1665388280",
  "OperateType": 1,
  "ExtensionList": [
    {"Key": "k1", "Value": "v1", "Seq": 0},
    {"Key": "k2", "Value": "v2", "Seq": 0},
    {"Key": "k3", "Value": "v3", "Seq": 0}
  ]
}"#);
