//! `v4/openim_msg_ext_http_svc/group_get_key_values`: pull the key–value extensions of a group
//! message, by Seq.

use crate::api::prelude::*;
use super::get_key_values::KV_LIST;
use super::group_set_key_values::EXT_GROUP_TYPES;
pub use super::set_key_values::KeyValueSeq;

wire! {
    #[derive(Eq)]
    pub struct GroupGetKeyValues as REQUEST "GroupGetKeyValuesRequest" {
        group_id: String = req "GroupId", GROUP_ID, "the group" / "群id";
        msg_seq: u64 = req "MsgSeq", COUNT, "the message's MsgSeq" / "需要设置的群消息的Seq";
        start_seq: Option<u64> = opt "StartSeq", COUNT, "pull the keys whose Seq is at least this" / "拉取大于等于StartSeq的消息扩展";
    }
}

wire! {
    #[derive(Eq)]
    pub response GroupGetKeyValuesResponse as RESPONSE "GroupGetKeyValuesResponse" {
        complete_flag: u8 = out "CompleteFlag", FLAG, "1: every key from StartSeq on was returned; 0: pull again from the last Seq returned" / "1：从 StartSeq 起的所有键都已返回；0：从返回的最后一个 Seq 继续拉取";
        latest_seq: u64 = out "LatestSeq", COUNT, "the message's latest extension Seq (the largest Seq of all its writes)" / "消息扩展的最新 Seq（其所有写入中最大的 Seq）";
        clear_seq: u64 = out "ClearSeq", COUNT, "the Seq of the last clear-all (0: never cleared)" / "最近一次全部清空时的 Seq（0：从未清空）";
        extension_list: Vec<KeyValueSeq> = out "ExtensionList", KV_LIST, "the keys, by Seq, at most 200" / "扩展的键值，按 Seq 排列，最多 200 个";
    }
}

impl ApiRequest for GroupGetKeyValues {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = GroupGetKeyValuesResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenimMsgExtHttpSvc, "group_get_key_values", "Pulling Message Extension of a Group Message", "拉取群消息扩展")
    .docs(0, 52169)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[10004, 10007, 10010, 10059])
    .group_types(EXT_GROUP_TYPES)
    .read_only()
    .sample(r#"{
  "GroupId": "@TGS#1YMVAB3IZ",
  "MsgSeq": 158,
  "StartSeq": 2
}"#);
