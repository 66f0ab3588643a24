//! Pinned messages (pin_message, unpin_message, get_pinned_messages; CN 269/133874, 134119,
//! 134120): per group, or per Community topic, at most `MAX_PINS`, listed the latest pinned
//! first. A pin whose message has since been recalled, cleared or has expired is neither
//! listed nor counted, and the next pin or unpin drops it.

use super::dispatch::serve;
use super::group::{applies, group, group_mut, need_account, need_member};
use super::state::{Group, GroupMsg, Pin};
use super::topics::{msg_log, topic, topic_mut};
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::group_open_http_svc::get_pinned_messages::{GetPinnedMessages, GetPinnedMessagesResponse, PinnedMsg};
use crate::api::group_open_http_svc::pin_message::PinMessage;
use crate::api::group_open_http_svc::unpin_message::UnpinMessage;
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;

/// Pins a group (or topic) keeps: "群聊最多支持 10 条置顶消息" (the client page 269/106050;
/// past it, ERR_SVR_GROUP_PINNED_MESSAGE_COUNT_LIMIT, 10070).
pub const MAX_PINS: usize = 10;

/// The history a request names and its pins, with what still counts as a message there.
struct Thread<'g> {
    /// `None`: the group's own history; else the topic's ID.
    topic_id: Option<&'g str>,
    messages: &'g [GroupMsg],
    pins: &'g [Pin],
    /// Messages up to this seq were cleared (clear_group_msg).
    cleared_seq: u64,
    /// Messages sent before this time have expired (the plan's storage period).
    floor: u64,
}

/// Which history `TopicId` names: the group's own, or one of its topics' (10010 for a topic
/// that does not exist, 10007 in a group without topics). A Community with topics keeps its
/// messages in topics, so the pages make the ID required there (社群必填).
///
/// A topic's messages are its own sequence (`topics::msg_log`), which clear_group_msg does not
/// touch (it clears the group's own).
fn thread<'g>(sim: &Simulator, g: &'g Group, topic_id: Option<&'g str>) -> Result<Thread<'g>, Fail> {
    // An empty TopicId names no topic (as for every message handler).
    let topic_id = topic_id.filter(|t| !t.is_empty());
    let (pins, cleared_seq) = match topic_id {
        Some(id) => (&topic(g, id)?.pins[..], 0),
        None if g.topics.is_some() => return fail(code::INVALID_PARAM, format!("group \"{}\" has topics: name the topic whose messages are meant (TopicId)", g.id)),
        None => (&g.pins[..], g.cleared_seq()),
    };
    Ok(Thread { topic_id, messages: msg_log(g, topic_id)?.messages(), pins, cleared_seq, floor: sim.history_floor() })
}

impl<'g> Thread<'g> {
    /// The message `seq` if it can be pinned: sent, not recalled or cleared, and kept by the
    /// plan ("该消息必须存在且未过期").
    fn message(&self, seq: u64) -> Option<&'g GroupMsg> {
        let messages: &'g [GroupMsg] = self.messages;
        let m = messages.binary_search_by_key(&seq, |m| m.seq).ok().and_then(|i| messages.get(i))?;
        (!m.recalled && m.seq > self.cleared_seq && m.time >= self.floor).then_some(m)
    }

    /// The pins that still count, in the order pinned.
    fn live_pins(&self) -> Vec<Pin> {
        self.pins.iter().filter(|p| self.message(p.seq).is_some()).cloned().collect()
    }

    fn name(&self, group_id: &str) -> String {
        match self.topic_id {
            Some(t) => format!("topic \"{t}\""),
            None => format!("group \"{group_id}\""),
        }
    }

    /// 10004 unless message `seq` can be pinned or unpinned.
    fn need_message(&self, group_id: &str, seq: u64) -> Result<(), Fail> {
        match self.message(seq) {
            Some(_) => Ok(()),
            None => fail(code::INVALID_PARAM, format!("message {seq} of {} does not exist, was recalled or cleared, or has expired", self.name(group_id))),
        }
    }
}

/// The pins of the history `topic_id` names, to change (after `thread` accepted it).
fn pins_mut<'g>(g: &'g mut Group, topic_id: Option<&str>) -> Result<&'g mut Vec<Pin>, Fail> {
    match topic_id.filter(|t| !t.is_empty()) {
        Some(t) => Ok(&mut topic_mut(g, t)?.pins.0),
        None => Ok(&mut g.pins.0),
    }
}

/// Who pins or unpins: the App admin by default, else an account that exists (10019) and is
/// a member of the group (10004).
fn operator(sim: &Simulator, g: &Group, account: Option<String>) -> Result<String, Fail> {
    match account {
        Some(a) if a != sim.options.admin => {
            need_account(sim, &a)?;
            need_member(g, &a)?;
            Ok(a)
        }
        Some(a) => Ok(a),
        None => Ok(sim.options.admin.clone()),
    }
}

serve!(PinMessage => pin(endpoint));

/// Pins a message now, after the pins that still count (10071 if it is one of them, 10070 when
/// there are `MAX_PINS`).
pub fn pin(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: PinMessage = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_pins()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let thread = thread(sim, g, req.topic_id.as_deref())?;
    let pinner = operator(sim, g, req.pinner_account)?;
    thread.need_message(&req.group_id, req.msg_seq)?;
    let mut pins = thread.live_pins();
    if pins.iter().any(|p| p.seq == req.msg_seq) {
        return fail(code::ALREADY_PINNED, format!("message {} of {} is already pinned", req.msg_seq, thread.name(&req.group_id)));
    }
    if pins.len() >= MAX_PINS {
        return fail(code::PIN_LIMIT, format!("{} already has {MAX_PINS} pinned messages, the most it keeps: unpin one first", thread.name(&req.group_id)));
    }
    pins.push(Pin { seq: req.msg_seq, pinner, time: sim.now() });
    *pins_mut(group_mut(sim, &req.group_id)?, req.topic_id.as_deref())? = pins;
    ok()
}

serve!(UnpinMessage => unpin(endpoint));

/// Unpins a pinned message (10004 for one not pinned).
pub fn unpin(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: UnpinMessage = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_pins()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let thread = thread(sim, g, req.topic_id.as_deref())?;
    operator(sim, g, req.unpinner_account)?;
    thread.need_message(&req.group_id, req.msg_seq)?;
    let mut pins = thread.live_pins();
    let Some(at) = pins.iter().position(|p| p.seq == req.msg_seq) else {
        return fail(code::INVALID_PARAM, format!("message {} of {} is not pinned", req.msg_seq, thread.name(&req.group_id)));
    };
    pins.remove(at);
    *pins_mut(group_mut(sim, &req.group_id)?, req.topic_id.as_deref())? = pins;
    ok()
}

serve!(read GetPinnedMessages => list(endpoint));

/// The pins that still count, the latest pinned first ("置顶的消息会按照最新置顶时间在客户端侧优先展示").
pub fn list(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetPinnedMessages = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_pins()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let thread = thread(sim, g, req.topic_id.as_deref())?;
    let pinned_msg_list = thread.live_pins().into_iter().rev().map(|p| PinnedMsg { msg_seq: p.seq, pinner_account: p.pinner }).collect();
    answer(&GetPinnedMessagesResponse { envelope: Envelope::ok(), pinned_msg_list })
}
