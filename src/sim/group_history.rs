//! Group history changed by the admin: modify_group_msg overwrites a stored message's body or
//! custom data (as modify_c2c_msg does for one-to-one messages), clear_group_msg clears the
//! history up to a seq for the members.

use super::dispatch::serve;
use super::group::{applies, group, group_mut};
use super::topics::{msg_log, msg_log_mut};
use super::state::msg_body;
use super::{fail, ok, typed, Answer, Body, Simulator};
use crate::api::group_open_http_svc::clear_group_msg::ClearGroupMsg;
use crate::api::openim::modify_group_msg::ModifyGroupMsg;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;
serve!(ModifyGroupMsg => modify(endpoint));

/// Overwrites the body and/or custom data; the seq, time, sender and read state stay.
pub fn modify(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupMsg = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    // With TopicId, MsgSeq is the topic's.
    let log = msg_log(g, req.topic_id.as_deref())?;
    if log.message(req.msg_seq).is_none() {
        return fail(code::INVALID_PARAM, format!("message {} does not exist in group \"{}\"{} (last seq {})", req.msg_seq, g.id, req.topic_id.as_deref().map(|t| format!(" topic \"{t}\"")).unwrap_or_default(), log.last_seq()));
    }
    let seq = req.msg_seq;
    let log = msg_log_mut(group_mut(sim, &req.group_id)?, req.topic_id.as_deref())?;
    let Some(m) = usize::try_from(seq).ok().and_then(|s| s.checked_sub(1)).and_then(|i| log.messages_mut().get_mut(i)) else { return ok() };
    if let Some(body) = req.msg_body {
        m.body = msg_body(&body);
    }
    if let Some(data) = req.cloud_custom_data {
        m.cloud_custom_data = Some(data);
    }
    ok()
}
serve!(ClearGroupMsg => clear(endpoint));

/// Marks the history up to `MsgSeq` (default, or past the last message: all of it) cleared.
/// The mark only moves forward; the messages stay for the admin (group_msg_get_simple, as
/// the page says), are no longer anyone's unread, and the next message takes the next seq.
pub fn clear(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ClearGroupMsg = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let upto = req.msg_seq.unwrap_or(u64::MAX).min(g.last_seq()).max(g.cleared_seq());
    let g = group_mut(sim, &req.group_id)?;
    if upto > 0 {
        g.cleared_seq = Some(upto);
    }
    ok()
}
