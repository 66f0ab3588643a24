//! The alert callback (CN 269/105418): a REST command's call rate passed 80% of its limit.

use super::statement::statements;
use crate::vocab::rules::*;

statements! {
    callback
    /// A REST command is being called at more than 80% of its rate limit.
    AlertRequestOverLimit as ALERT_REQUEST_OVER_LIMIT "Alert.RequestOverLimit" / "AlertRequestOverLimit" {
        title: "When a REST API nears its rate limit" / "接口超频告警回调";
        sample: r#"{"CallbackCommand":"Alert.RequestOverLimit","ServiceName":"openim","Command":"batchsendmsg","Request":510,"Limit":200}"#;
        service_name: &'static str = req "ServiceName", string(), "the command's service, as in its path (openim, group_open_http_svc, ...)" / "接口内部服务名，不同的 ServiceName 对应不同的服务类型";
        command: &'static str = req "Command", string(), "the command, as in its path; with ServiceName it names the API" / "接口命令字，与 ServiceName 组合用来标识具体的业务功能";
        request: u32 = req "Request", COUNT, "the command's calls per second so far" / "接口请求 QPS 频率";
        limit: u32 = req "Limit", COUNT, "the command's calls-per-second limit" / "接口请求 QPS 阈值";
    }
}
