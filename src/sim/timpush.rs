//! Handlers of `timpush` (the Push plugin): its attribute and tag commands are
//! all_member_push's handlers (the same data, linked below); `push`, `batch` and `webpush`
//! start tasks through all_member_push's push; `revoke` recalls a task within 24 hours and
//! `all_member_push_trace` tells how one reached an account (decisions.md, "Push plugin").

use super::all_member_push::{self as amp, Asked, Who};
use super::answer::{answer, fail, ok, typed, Answer, Body, Fail};
use super::dispatch::serve;
use super::Simulator;
use crate::api::all_member_push::im_push::SAME_TASK_SECONDS;
use crate::api::timpush::all_member_push_trace::{AllMemberPushTrace, AllMemberPushTraceResponse, ImCommitStat, InstanceTrace, PushStat, TRACE_SECONDS};
use crate::api::timpush::batch::Batch;
use crate::api::timpush::push::Push;
use crate::api::timpush::revoke::{Revoke, REVOKE_SECONDS};
use crate::api::timpush::webpush::Webpush;
use crate::api::timpush::{add_tag, clear_all_tags, get_attr, get_attr_name, get_tag, remove_attr, remove_tag, set_attr, set_attr_name};
use crate::api::Envelope;
use crate::protocol::errors::code;

/// The push service's codes for tasks (1047/74196).
const NO_TASK: u32 = 90049;
const REVOKED_ALREADY: u32 = 90050;
const REVOKE_TOO_FREQUENT: u32 = 90051;
const REVOKE_EXPIRED: u32 = 90052;

serve!(set_attr_name::SetAttrName => im_set_attr_name(endpoint));
serve!(read get_attr_name::GetAttrName => im_get_attr_name(endpoint));
serve!(set_attr::SetAttr => im_set_attr(endpoint));
serve!(read get_attr::GetAttr => im_get_attr(endpoint));
serve!(remove_attr::RemoveAttr => im_remove_attr(endpoint));
serve!(add_tag::AddTag => im_add_tag(endpoint));
serve!(read get_tag::GetTag => im_get_tag(endpoint));
serve!(remove_tag::RemoveTag => im_remove_tag(endpoint));
serve!(clear_all_tags::ClearAllTags => im_remove_all_tags(endpoint));
use amp::{im_add_tag, im_get_attr, im_get_attr_name, im_get_tag, im_remove_all_tags, im_remove_attr, im_remove_tag, im_set_attr, im_set_attr_name};

serve!(Push => push);
/// An all-user, tag or attribute push: all_member_push's, counted with it (100 a Beijing day,
/// 10 on the trial edition's free tier); `OnlineOnlyFlag: 1` or no `MsgBody` stores nothing.
pub fn push(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: Push = typed(body, code::C2C_JSON_PARSE)?;
    sim.push_plugin()?;
    let stored = req.msg_body.as_deref().filter(|_| req.online_only_flag != Some(1));
    amp::start(sim, Asked { via: Some("push"), from: req.from_account.clone(), random: req.msg_random, who: Who::Condition(req.condition.as_ref()), body: stored, daily: Some(sim.push_daily()), same_task: SAME_TASK_SECONDS })
}

serve!(Batch => batch);
/// A push to listed accounts: those that exist (not the sender), no daily count; the same
/// MsgRandom in the same second is the same task.
pub fn batch(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: Batch = typed(body, code::C2C_JSON_PARSE)?;
    sim.push_plugin()?;
    amp::start(sim, Asked { via: Some("batch"), from: Some(req.from_account.clone()), random: req.msg_random, who: Who::Listed(&req.to_account), body: req.msg_body.as_deref(), daily: None, same_task: 1 })
}

serve!(Webpush => webpush);
/// A browser notification to all or tagged accounts: nothing is stored; its own daily count.
pub fn webpush(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: Webpush = typed(body, code::C2C_JSON_PARSE)?;
    sim.push_plugin()?;
    if req.condition.as_ref().is_some_and(|c| c.attrs_and.is_some() || c.attrs_or.is_some()) {
        return fail(amp::INVALID_ATTR, "web push selects by tags only (TagsAnd/TagsOr), not by attributes");
    }
    amp::start(sim, Asked { via: Some("webpush"), from: req.from_account.clone(), random: req.msg_random, who: Who::Condition(req.condition.as_ref()), body: None, daily: Some(sim.push_daily()), same_task: SAME_TASK_SECONDS })
}

/// The task `id`, or 90049.
fn task<'a>(sim: &'a Simulator, id: &str) -> Result<&'a super::state::PushTask, Fail> {
    sim.world.push_tasks.get(id).map_or_else(|| fail(NO_TASK, format!("no push task has TaskId \"{id}\"")), Ok)
}

serve!(Revoke => revoke);
/// Recalls a task of the last 24 hours (90052 after; 90050 twice; 90051 two in one second with
/// the rate limit on): the message each receiver got is recalled in its history.
pub fn revoke(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: Revoke = typed(body, code::C2C_JSON_PARSE)?;
    sim.push_plugin()?;
    let now = sim.now();
    let t = task(sim, &req.task_id)?;
    if t.revoked.is_some() {
        return fail(REVOKED_ALREADY, format!("push task \"{}\" is already revoked", req.task_id));
    }
    if now.saturating_sub(t.time) >= REVOKE_SECONDS {
        return fail(REVOKE_EXPIRED, format!("push task \"{}\" is more than 24 hours old: it can no longer be revoked", req.task_id));
    }
    if sim.options.rate_limit && sim.world.push_tasks.values().any(|t| t.revoked == Some(now)) {
        return fail(REVOKE_TOO_FREQUENT, "revoke too frequent: at most one a second");
    }
    let (from, random, time, receivers) = (t.from.clone(), t.msg_random, t.time, t.receivers.clone());
    if let Some(sent) = sim.world.c2c.get_mut(&from) {
        for to in &receivers {
            for m in sent.get_mut(to).into_iter().flatten().filter(|m| m.random == random && m.time == time) {
                m.recalled = true;
                m.ext = None;
            }
        }
    }
    if let Some(t) = sim.world.push_tasks.get_mut(&req.task_id) {
        t.revoked = Some(now);
    }
    ok()
}

serve!(read AllMemberPushTrace => trace);
/// How an all-user or tag push of the last 7 days reached `UserID`: one instance, delivered,
/// when the push reached it; `[]` when it did not. A batch task is not one (90049).
pub fn trace(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: AllMemberPushTrace = typed(body, code::C2C_JSON_PARSE)?;
    sim.push_plugin()?;
    let t = task(sim, &req.task_id)?;
    if t.via.as_deref() == Some("batch") || sim.now().saturating_sub(t.time) >= TRACE_SECONDS {
        return fail(NO_TASK, format!("no all-user or tag push of the last 7 days has TaskID \"{}\"", req.task_id));
    }
    let when = super::moderation::beijing_time(t.time);
    let reached = t.receivers.contains(&req.user_id);
    let instance_trace = if reached {
        let im_stat = PushStat { push_status: 1, error_code: 0, error_info: "success".into(), event_time: when.clone() };
        vec![InstanceTrace { instance_id: req.user_id.clone(), push_time: when, system: "IM".into(), im_commit_stat: ImCommitStat { im_stat } }]
    } else {
        vec![]
    };
    answer(&AllMemberPushTraceResponse { envelope: Envelope::ok(), instance_trace })
}
