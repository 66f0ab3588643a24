//! Handlers that import groups, members and history from another system (A12–A14): no
//! callbacks, no notifications. Imported history leaves every member with nothing unread; an
//! imported member brings its own unread count.

use super::dispatch::serve;
use super::group::{applies, group as find_group, group_mut, new_group, new_member, need_account, Profile};
use super::topics::{msg_log, msg_log_mut, topic};
use super::state::{msg_body, GroupMsg, Role};
use super::{answer, fail, typed, Answer, Body, Simulator};
use crate::api::group_open_http_svc::import_group::{ImportGroup, ImportGroupResponse};
use crate::api::group_open_http_svc::import_group_member::{ImportGroupMember, ImportGroupMemberResponse, ImportMemberResult};
use crate::api::group_open_http_svc::import_group_msg::{ImportGroupMsg, ImportGroupMsgResponse, ImportMsgResult};
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::{Endpoint, GroupType};

/// import_group_member's per-member results.
const FAILED: u8 = 0;
const IMPORTED: u8 = 1;
const ALREADY_MEMBER: u8 = 2;
serve!(ImportGroup => group);

pub fn group(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ImportGroup = typed(body, code::INVALID_PARAM)?;
    let Some(ty) = GroupType::from_name(&req.group_type) else {
        return fail(code::INVALID_PARAM, format!("invalid group type \"{}\"", req.group_type));
    };
    if ty == GroupType::AVChatRoom {
        return fail(code::NO_PERMISSION, "AVChatRoom groups cannot be imported");
    }
    if let Some(owner) = &req.owner_account {
        need_account(sim, owner)?;
    }
    let now = sim.now();
    let created = req.create_time.unwrap_or(now);
    if created > now {
        return fail(code::INVALID_PARAM, format!("CreateTime {created} is in the future (now {now})"));
    }
    // Before the ID is drawn: a refusal leaves the random stream alone.
    sim.plan_allows_group(ty)?;
    let id = match req.group_id {
        Some(id) if sim.world.groups.contains_key(&id) => return fail(code::GROUP_ID_TAKEN, format!("group ID \"{id}\" is already used")),
        Some(id) => id,
        None => super::group::auto_group_id(sim, ty),
    };
    let cap = sim.member_cap(ty);
    let max = req.max_member_count.map_or(cap, |m| m.min(cap));
    let profile = Profile { name: req.name, introduction: req.introduction, notification: req.notification, face_url: req.face_url, apply_join_option: req.apply_join_option, invite_join_option: None, custom: req.app_defined_data.unwrap_or_default() };
    let mut g = new_group(id.clone(), ty, req.owner_account.clone(), max, profile, created);
    g.reindex();
    if let Some(owner) = &req.owner_account {
        let mut m = new_member(sim, Role::Owner, 0);
        m.join_time = created;
        g.add_member(owner, m);
    }
    sim.world.destroyed.remove(&id);
    sim.world.groups.insert(id.clone(), g);
    answer(&ImportGroupResponse { envelope: Envelope::ok(), group_id: id })
}
serve!(ImportGroupMember => members(endpoint));

/// Each member joins at its JoinTime (after the group's creation, before now) with its unread
/// count (capped at the group's message count): its read position is that many messages back.
pub fn members(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImportGroupMember = typed(body, code::INVALID_PARAM)?;
    let g = find_group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let now = sim.now();
    let mut results = Vec::new();
    for item in req.member_list {
        let g = find_group(sim, &req.group_id)?;
        let (created, last, full) = (g.created, g.last_seq(), g.members.len() >= g.max_members as usize);
        let result = if g.members.contains_key(&item.member_account) {
            ALREADY_MEMBER
        } else if !sim.account_exists(&item.member_account) || full || item.join_time.is_some_and(|t| t <= created || t >= now) {
            FAILED
        } else {
            let role = if item.role.as_deref() == Some("Admin") { Role::Admin } else { Role::Member };
            let mut m = new_member(sim, role, last);
            m.join_time = item.join_time.unwrap_or(now);
            m.read_seq = last - item.unread_msg_num.unwrap_or(0).min(last);
            group_mut(sim, &req.group_id)?.add_member(&item.member_account, m);
            IMPORTED
        };
        results.push(ImportMemberResult { member_account: item.member_account, result });
    }
    answer(&ImportGroupMemberResponse { envelope: Envelope::ok(), member_list: results })
}
serve!(ImportGroupMsg => messages(endpoint));

/// Each message gets the next seq when its time is after the group's creation, its latest
/// message and the batch's previous one, and before now; its sender must exist. Afterwards
/// every member has read the whole history (269/1635).
pub fn messages(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImportGroupMsg = typed(body, code::INVALID_PARAM)?;
    let g = find_group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let topic_id = req.topic_id.as_deref();
    // With TopicId: into the topic's history, after the topic's creation and latest message.
    let log = msg_log(g, topic_id)?;
    let created = match topic_id.filter(|t| !t.is_empty()) {
        Some(id) => topic(g, id)?.created,
        None => g.created,
    };
    let now = sim.now();
    let mut after = log.messages().last().map_or(created, |m| m.time.max(created));
    let mut results = Vec::new();
    for item in req.msg_list {
        let time = item.send_time;
        if time <= after || time >= now || !sim.account_exists(&item.from_account) {
            results.push(ImportMsgResult { msg_seq: 0, msg_time: time, result: code::INVALID_PARAM });
            continue;
        }
        let g = group_mut(sim, &req.group_id)?;
        if let Some(m) = g.members.get_mut(&item.from_account) {
            m.last_send_time = time;
        }
        let log = msg_log_mut(g, topic_id)?;
        let seq = log.last_seq() + 1;
        log.push_message(GroupMsg {
            seq,
            time,
            sender: item.from_account.clone(),
            random: item.random.unwrap_or(0),
            body: msg_body(&item.msg_body),
            priority: "Normal".into(),
            need_receipt: false,
            no_unread: false,
            recalled: false,
            cloud_custom_data: None,
            ext: None,
        });
        after = time;
        results.push(ImportMsgResult { msg_seq: seq, msg_time: time, result: 0 });
    }
    if results.iter().any(|r| r.result == 0) {
        let log = msg_log_mut(group_mut(sim, &req.group_id)?, topic_id)?;
        let last = log.last_seq();
        for m in log.readers() {
            log.set_read_seq(&m, last);
        }
    }
    answer(&ImportGroupMsgResponse { envelope: Envelope::ok(), import_msg_result: results })
}
