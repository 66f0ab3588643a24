//! `v4/official_account_open_http_svc/official_account_msg_recall`: the app admin recalls up
//! to 10 of an official account's messages by MsgKey (1047/60811, CN 269/102307).

use super::*;

wire! {
    #[derive(Eq)]
    pub struct OfficialAccountMsgRecall as REQUEST "OfficialAccountMsgRecallRequest" {
        official_account: String = req "Official_Account", OA_ID, "ID of the account" / "操作的公众号用户 ID";
        msg_key_list: Vec<String> = req "MsgKeyList", Ty::Array(&Arr { item: string(), min_items: 1, max_items: Some(10) }), "MsgKeys to recall, 10 at most" / "被撤回的消息 MsgKey 列表，一次请求最多可以撤回10条消息";
        reason: Option<String> = opt "Reason", string_max(100), "why, 100 bytes at most" / "撤回消息的原因，长度限制最大100字节";
    }
}

wire! {
    #[derive(Eq)]
    pub struct RecallRet as RECALL_RET "OfficialAccountRecallRet" {
        msg_key: String = req "MsgKey", string(), "the MsgKey" / "该 MsgKey";
        ret_code: u32 = req "RetCode", COUNT, "0 recalled; 10030 no such message" / "0 撤回成功；10030 没有该消息";
    }
}

wire! {
    #[derive(Eq)]
    pub response OfficialAccountMsgRecallResponse as RESPONSE "OfficialAccountMsgRecallResponse" {
        recall_ret_list: Vec<RecallRet> = out "RecallRetList", Ty::Array(&Arr { item: Ty::Object(&RECALL_RET), min_items: 0, max_items: None }), "one result per MsgKey, in request order" / "每个 MsgKey 一个结果，顺序同请求";
    }
}

impl ApiRequest for OfficialAccountMsgRecall {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = OfficialAccountMsgRecallResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::OfficialAccountOpenHttpSvc, "official_account_msg_recall", "Recall official-account messages", "撤回公众号消息")
    .docs(102327, 60811)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[6017, 10059, 10002, 10004, 10010, 10030, 20001])
    .sample(r#"{"Official_Account":"@TOA#_test_id","MsgKeyList":["1_1_1700000000"],"Reason":"Revocation Reason"}"#);
