//! `v4/timpush/all_member_push_trace`: how an all-user or tag push reached one account, for
//! pushes of the last 7 days (trtc.io/document/71893; trtc.io/zh/document/71893).

use crate::api::prelude::*;

/// Days a push can be traced (90049 after).
pub const TRACE_SECONDS: u64 = 7 * 86_400;

wire! {
    #[derive(Default)]
    pub struct AllMemberPushTrace as REQUEST "AllMemberPushTraceRequest" {
        task_id: String = req "TaskID", string(), "ID of the push task" / "查询的推送任务TaskID";
        user_id: String = req "UserID", USER_ID, "the receiver to trace" / "查询推送接收的用户UserID";
    }
}

wire! {
    /// One stage of the push on its way (`IMStat`).
    #[derive(Eq)]
    pub struct PushStat as PUSH_STAT "PushStat" {
        push_status: u8 = req "PushStatus", FLAG, "1 delivered, 0 not" / "推送状态";
        error_code: u32 = req "ErrorCode", U32, "0, or why not" / "错误码";
        error_info: String = req "ErrorInfo", string(), "\"success\", or why not" / "错误信息";
        event_time: String = req "EventTime", string(), "when, YYYY-MM-DD hh:mm:ss (Beijing time)" / "事件时间";
    }
}

wire! {
    /// `IMCommitStat`: the IM stage.
    #[derive(Eq)]
    pub struct ImCommitStat as IM_COMMIT_STAT "IMCommitStat" {
        im_stat: PushStat = req "IMStat", Ty::Object(&PUSH_STAT), "delivery to the IM account" / "IM 下发状态";
    }
}

wire! {
    /// One client instance of the account the push went to.
    #[derive(Eq)]
    pub struct InstanceTrace as INSTANCE_TRACE "InstanceTrace" {
        instance_id: String = req "InstanceId", string(), "the instance" / "实例 ID";
        push_time: String = req "PushTime", string(), "when pushed, YYYY-MM-DD hh:mm:ss (Beijing time)" / "推送时间";
        system: String = req "System", string(), "the instance's platform" / "系统";
        im_commit_stat: ImCommitStat = req "IMCommitStat", Ty::Object(&IM_COMMIT_STAT), "the IM stage" / "IM 下发链路";
    }
}

wire! {
    #[derive(Eq)]
    pub response AllMemberPushTraceResponse as RESPONSE "AllMemberPushTraceResponse" {
        instance_trace: Vec<InstanceTrace> = out "InstanceTrace", Ty::Array(&Arr { item: Ty::Object(&INSTANCE_TRACE), min_items: 0, max_items: None }), "the account's instances the push went to; [] when it did not reach the account" / "推送到达的该帐号的实例；未到达该帐号时为 []";
    }
}

impl ApiRequest for AllMemberPushTrace {
    const ENDPOINT: &'static Endpoint = &ENDPOINT;
    type Response = AllMemberPushTraceResponse;
}

pub const ENDPOINT: Endpoint = Endpoint::new(Service::Timpush, "all_member_push_trace", "Trace an all-user or tag push", "全员/标签推送消息链路")
    .docs(0, 71893)
    .tables(&REQUEST, &RESPONSE)
    .errors(&[90001, 90009, 90045, 90049, 91000])
    .rate_limit(1)
    .read_only()
    .sample(r#"{ "TaskID": "660cc447-537e-d82a-2000-00cd7ee17f58", "UserID": "xyz" }"#);
