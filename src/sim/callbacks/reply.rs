//! The app's reply to a callback (part B0 of the reference): what an After-callback's reply
//! says, and what a Before-callback's reply may add. Stated for the generators (the OpenAPI
//! webhooks' responses, the TypeScript) and for the gate, which reads a Before-callback's
//! reply through it as the service does, field by field, so that one wrong field fails only
//! what it decides.

use super::statement::statements;
use crate::api::MSG_BODY;
use crate::vocab::rules::*;
use serde_json::Value;

statements! {
    item
    /// The reply to an After-callback.
    CallbackReply as CALLBACK_REPLY "CallbackReply" {
        action_status: Option<String> = opt "ActionStatus", Ty::Enum(&["OK", "FAIL"]), "OK or FAIL" / "请求处理的结果，OK 表示处理成功，FAIL 表示失败";
        error_code: u32 = req "ErrorCode", COUNT, "0: handled" / "错误码，0表示 App 后台处理成功，1表示 App 后台处理失败";
        error_info: Option<String> = opt "ErrorInfo", string(), "why it failed" / "错误信息";
    }

    item [loose]
    /// The reply to a Before-callback: its `ErrorCode` decides (`x-tcim-before`). Read by the
    /// gate member by member (`None`: absent or unreadable; a missing code is not 0).
    BeforeCallbackReply as BEFORE_CALLBACK_REPLY "BeforeCallbackReply" {
        action_status: Option<String> = opt "ActionStatus", Ty::Enum(&["OK", "FAIL"]), "OK or FAIL" / "请求处理的结果，OK 表示处理成功，FAIL 表示失败";
        error_code: Option<u32> = req "ErrorCode", COUNT, "0 allows; 1 refuses; 2 drops a message silently; a code in the callback's own range refuses with that code and ErrorInfo" / "0 为允许；1 为拒绝；2 为静默丢弃消息；回调自身范围内的错误码为以该错误码和 ErrorInfo 拒绝";
        error_info: Option<String> = opt "ErrorInfo", string(), "what the refused client is told, with an own code" / "使用自定义错误码时，返回给客户端的错误信息";
        msg_body: Option<Value> = opt "MsgBody", MSG_BODY, "messages only: the body to deliver instead" / "仅消息：经过 App 后台修改后的消息体";
        cloud_custom_data: Option<String> = opt "CloudCustomData", string(), "messages only: the custom data to deliver instead" / "仅消息：经过 App 后台修改后的消息自定义数据";
        refused_members_account: Option<Vec<String>> = opt "RefusedMembers_Account", Ty::Array(&Arr { item: USER_ID, min_items: 0, max_items: None }), "invitations only: the members kept out" / "仅拉人入群：拒绝加入的成员列表";
    }
}
