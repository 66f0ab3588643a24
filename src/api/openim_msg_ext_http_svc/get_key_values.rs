//! `v4/openim_msg_ext_http_svc/get_key_values`: pull the key–value extensions of a one-to-one
//! message, by Seq.

use crate::api::prelude::*;
use super::set_key_values::KEY_VALUE_SEQ;
pub use super::set_key_values::KeyValueSeq;

wire! {
    #[derive(Eq)]
    pub struct GetKeyValues as REQUEST "GetKeyValuesRequest" {
        from_account: Option<String> = opt "From_Account", USER_ID, "sender of the message" / "消息发送方 UserID";
        to_account: String = req "To_Account", USER_ID, "receiver of the message" / "消息接收方 UserID";
        msg_key: String = req "MsgKey", non_empty(), "the message's MsgKey, as sendmsg answered it" / "单聊消息的唯一标识";
        start_seq: Option<u64> = opt "StartSeq", COUNT, "pull the keys whose Seq is at least this" / "拉取大于等于StartSeq的消息扩展";
    }
}

/// `ExtensionList` of a pull answer.
pub const KV_LIST: Ty = Ty::Array(&Arr { item: Ty::Object(&KEY_VALUE_SEQ), min_items: 0, max_items: None });

wire! {
    #[derive(Eq)]
    pub response GetKeyValuesResponse as RESPONSE "GetKeyValuesResponse" {
        complete_flag: u8 = out "CompleteFlag", FLAG, "1: every key from StartSeq on was returned; 0: pull again from the last Seq returned" / "1：从 StartSeq 起的所有键都已返回；0：从返回的最后一个 Seq 继续拉取";
        latest_seq: u64 = out "LatestSeq", COUNT, "the message's latest extension Seq (the largest Seq of all its writes)" / "消息扩展的最新 Seq（其所有写入中最大的 Seq）";
        clear_seq: u64 = out "ClearSeq", COUNT, "the Seq of the last clear-all (0: never cleared)" / "最近一次全部清空时的 Seq（0：从未清空）";
        extension_list: Vec<KeyValueSeq> = out "ExtensionList", KV_LIST, "the keys, by Seq, at most 200" / "扩展的键值，按 Seq 排列，最多 200 个";
    }
}

impl ApiRequest for GetKeyValues {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GetKeyValuesResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimMsgExtHttpSvc, "get_key_values", "Pulling the Message Extension of a One-to-One Message", "拉取单聊消息扩展")
    .docs(0, 51194)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[70402, 90008, 90012, 90054])
    .read_only()
    .sample(r#"{
  "From_Account": "62768",
  "To_Account": "116400",
  "MsgKey": "44739199_12_1665388280",
  "StartSeq": 2
}"#);
