//! `v4/official_account_open_http_svc/official_account_msg_get_simple`: an official account's
//! messages, newest first, a page at a time before `LastMsgKey` (1047/60812, CN 269/102308).

use super::*;

/// Messages in a page when `ReqMsgNumber` is absent, and the most one holds.
pub const DEFAULT_PAGE: u32 = 20;
pub const MAX_PAGE: i64 = 20;

wire! {
    #[derive(Eq)]
    pub struct OfficialAccountMsgGetSimple as REQUEST "OfficialAccountMsgGetSimpleRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "需要拉取历史消息的公众号用户";
        last_msg_key: Option<String> = opt "LastMsgKey", string(), "the previous page's LastMsgKey; absent: the newest messages" / "上次拉取到的最后一条消息的 MsgKey，续拉时需要填该字段";
        req_msg_number: Option<u32> = opt "ReqMsgNumber", int(1, MAX_PAGE), "messages per page, 20 at most (absent: 20)" / "拉取的消息条数";
        with_recalled_msg: Option<u8> = opt "WithRecalledMsg", FLAG, "1: recalled messages too (IsPlaceMsg 2)" / "是否拉取被撤回的消息，填1表示需要拉取撤回后的消息；默认不拉取";
    }
}

wire! {
    pub struct RspMsg as RSP_MSG "OfficialAccountMsg" {
        from_account: String = req "From_Account", string(), "the sender: the official account" / "发送者：该公众号";
        is_place_msg: u8 = req "IsPlaceMsg", Ty::IntEnum(&[0, 1, 2]), "0 a message; 2 recalled (its MsgBody is empty)" / "0 普通消息；2 已撤回（其 MsgBody 为空）";
        msg_body: serde_json::Value = req "MsgBody", MSG_BODY_OUT, "message elements" / "消息内容";
        msg_key: String = req "MsgKey", string(), "`MsgSeq_1_MsgTimeStamp`" / "消息标识，形如 `MsgSeq_1_MsgTimeStamp`";
        msg_random: u32 = req "MsgRandom", U32, "the sender's Random" / "发送方的 Random";
        msg_seq: u64 = req "MsgSeq", COUNT, "the account's message sequence, from 1" / "该公众号的消息序列号，从 1 开始";
        msg_time_stamp: u64 = req "MsgTimeStamp", COUNT, "send time, Unix seconds" / "发送时间，Unix 秒";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "custom data sent with it" / "随消息发送的自定义数据";
    }
}

wire! {
    pub response OfficialAccountMsgGetSimpleResponse as RESPONSE "OfficialAccountMsgGetSimpleResponse" {
        official_account: String = out "Official_Account", string(), "ID of the account" / "公众号的 ID";
        is_finished: u8 = out "IsFinished", FLAG, "1: no older messages" / "1：没有更早的消息";
        last_msg_key: String = out "LastMsgKey", string(), "MsgKey of this page's oldest message: the next page's LastMsgKey" / "本页最早一条消息的 MsgKey：作为下一页的 LastMsgKey";
        rsp_msg_list: Vec<RspMsg> = out "RspMsgList", Ty::Array(&Arr { item: Ty::Object(&RSP_MSG), min_items: 0, max_items: None }), "this page, newest first" / "本页，最新的在前";
    }
}

impl ApiRequest for OfficialAccountMsgGetSimple {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = OfficialAccountMsgGetSimpleResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "official_account_msg_get_simple", "Pull an official account's message history", "拉取公众号用户历史消息")
    .docs(102299, 60812)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 10002, 10004, 10010, 20001])
    .read_only()
    .sample(r#"{"Official_Account":"@TOA#_test_id","ReqMsgNumber":2}"#);
