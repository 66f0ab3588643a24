//! `v4/openim/admin_getroammsg`: one-to-one history between two users, with `IsPeerRead`.

use crate::api::prelude::*;
use crate::vocab::{Diagnostic, Service};

wire! {
    #[derive(Eq)]
    pub struct AdminGetRoamMsg as REQUEST "AdminGetRoamMsgRequest" mistakes &[
        Mistake { key: "From_Account", means: "Operator_Account", severity: Severity::Warning, code: "legacy_field", accepted_as_alias: true, why: "An older version of the page named the two sides From_Account and To_Account (swapping them gave the same history); tencentcloud-sdk-python-im and other clients still send them." },
        Mistake { key: "To_Account", means: "Peer_Account", severity: Severity::Warning, code: "legacy_field", accepted_as_alias: true, why: "An older version of the page named the two sides From_Account and To_Account (swapping them gave the same history); tencentcloud-sdk-python-im and other clients still send them." },
    ]; {
        operator_account: String = req "Operator_Account", USER_ID, "one side of the conversation" / "会话的一方";
        peer_account: String = req "Peer_Account", USER_ID, "the other side" / "会话的另一方";
        max_cnt: u32 = req "MaxCnt", int(1, 100), "messages per page, 1 to 100" / "每页消息条数，1 - 100";
        min_time: u32 = req "MinTime", UNIX_SECONDS, "earliest send time, Unix seconds" / "消息发送时间的下限，Unix 秒";
        max_time: u32 = req "MaxTime", UNIX_SECONDS, "latest send time, Unix seconds" / "消息发送时间的上限，Unix 秒";
        last_msg_key: Option<String> = opt "LastMsgKey", string(), "MsgKey of the last message of the previous page" / "上一页最后一条消息的 MsgKey";
    }
}

wire! {
    pub struct RoamMsg as ROAM_MSG "RoamMsg" {
        from_account: String = req "From_Account", string(), "sender" / "消息发送方";
        to_account: String = req "To_Account", string(), "receiver" / "消息接收方";
        msg_seq: u64 = out "MsgSeq", COUNT, "seq" / "消息 seq";
        msg_random: u32 = out "MsgRandom", U32, "random" / "随机数";
        msg_time_stamp: u64 = out "MsgTimeStamp", COUNT, "send time" / "发送时间";
        /// 0 normal, 8 recalled.
        msg_flag_bits: u32 = out "MsgFlagBits", COUNT, "0 normal, 8 recalled" / "0 正常，8 已撤回";
        /// 1 when the receiver has read it.
        is_peer_read: u8 = out "IsPeerRead", FLAG, "1: the receiver has read it" / "1：接收方已读";
        msg_key: String = out "MsgKey", string(), "message key" / "消息的唯一标识";
        msg_body: serde_json::Value = out "MsgBody", MSG_BODY_OUT, "message elements" / "消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data" / "自定义数据";
    }
}

wire! {
    pub response AdminGetRoamMsgResponse as RESPONSE "AdminGetRoamMsgResponse" {
        complete: u8 = out "Complete", FLAG, "1: every message in the range was returned" / "1：范围内的消息已全部返回";
        msg_cnt: u64 = out "MsgCnt", COUNT, "messages in this page" / "本页的消息条数";
        last_msg_time: u64 = out "LastMsgTime", COUNT, "time of the last message in this page" / "本页最后一条消息的时间";
        last_msg_key: String = out "LastMsgKey", string(), "key of the last message in this page" / "本页最后一条消息的 MsgKey";
        msg_list: Vec<RoamMsg> = out "MsgList", Ty::Array(&Arr { item: Ty::Object(&ROAM_MSG), min_items: 0, max_items: None }), "messages" / "消息列表";
    }
}

impl ApiRequest for AdminGetRoamMsg {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AdminGetRoamMsgResponse;
}

fn check(body: &Node, c: &mut Checker) {
    if let (Some(min), Some(max)) = (body.member("MinTime").and_then(Node::as_i64), body.member("MaxTime").and_then(Node::as_i64)) {
        if min > max {
            c.push(Diagnostic::error(c.path_of("MinTime"), "conflicting_fields", crate::vocab::messages::MIN_AFTER_MAX.render(&[&min, &max])));
        }
    }
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OpenIm, "admin_getroammsg", "Query one-to-one message history", "查询单聊消息")
    .docs(42794, 35478)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90003, 90008])
    .check(check, &["/MinTime"], "MinTime is not after MaxTime")
    .read_only()
    .sample(r#"{
  "Operator_Account": "user1",
  "Peer_Account": "user2",
  "MaxCnt": 100,
  "MinTime": 1584669600,
  "MaxTime": 1584673200
}"#);
