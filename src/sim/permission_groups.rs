//! Community permission groups (create/destroy/modify/get_permission_group,
//! add/delete_permission_group_member, get_permission_group_member_list): per Community, named
//! bitmasks of Community permissions, each with members of its own who must be Community
//! members (leaving the Community leaves them; `Group::remove_member`). A failed call changes
//! nothing.

use super::dispatch::serve;
use super::group::{applies, group, group_mut, need_member};
use super::state::{Group, PermissionGroup, Role};
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::group_open_http_svc::add_permission_group_member::AddPermissionGroupMember;
use crate::api::group_open_http_svc::add_topic_permission_group::{AddTopicPermissionGroup, TopicPermission, TopicPermissionResponse, TopicPermissionResult};
use crate::api::group_open_http_svc::delete_topic_permission_group::DeleteTopicPermissionGroup;
use crate::api::group_open_http_svc::get_topic_permission_group::{GetTopicPermissionGroup, GetTopicPermissionGroupResponse};
use crate::api::group_open_http_svc::set_topic_permission_group::SetTopicPermissionGroup;
use super::topics::topic;
use crate::api::group_open_http_svc::create_permission_group::{CreatePermissionGroup, CreatePermissionGroupResponse, PERMISSION_GROUP_PREFIX};
use crate::api::group_open_http_svc::delete_permission_group_member::DeletePermissionGroupMember;
use crate::api::group_open_http_svc::destroy_permission_group::DestroyPermissionGroup;
use crate::api::group_open_http_svc::get_permission_group::{GetPermissionGroup, GetPermissionGroupResponse, PermissionGroupInfo, PERMISSION_GROUP_PAGE_MAX};
use crate::api::group_open_http_svc::get_permission_group_member_list::{GetPermissionGroupMemberList, GetPermissionGroupMemberListResponse, PERMISSION_MEMBER_PAGE_MAX};
use crate::api::group_open_http_svc::modify_permission_group::ModifyPermissionGroup;
use crate::api::{Envelope, MemberAccountItem};
use crate::protocol::errors::code;
use crate::vocab::Endpoint;

/// The permission bits tcim enforces (V2TIMCommunityPermissionValue and
/// V2TIMTopicPermissionValue, 1047/59829): sending and @all, in every topic or in one, and the
/// powers over another member below. The others have no client action here (decisions.md).
pub(crate) const COMMUNITY_SEND_MESSAGE: u64 = 1 << 6;
pub(crate) const COMMUNITY_AT_ALL: u64 = 1 << 7;
pub(crate) const TOPIC_SEND_MESSAGE: u64 = 1 << 3;
pub(crate) const TOPIC_AT_ALL: u64 = 1 << 6;

/// A power over another member: its Community bit, its topic bit (0: none) and what the
/// refusal says it is.
pub(crate) struct Power(u64, u64, &'static str);
/// MUTE_MEMBER: 32, in a topic 4.
pub(crate) const MUTE: Power = Power(1 << 5, 1 << 2, "mute");
/// REVOKE_OTHER_MEMBER_MESSAGE: 512, in a topic 32.
pub(crate) const RECALL: Power = Power(1 << 9, 1 << 5, "recall a message of");
/// MANAGE_GROUP_MEMBER: 2 (kicks among them); no topic bit.
pub(crate) const KICK: Power = Power(1 << 1, 0, "remove");

/// A member's permissions when the Community's permission groups are the basis (create_group
/// `EnablePermission: 1`): the Community's default ones plus those of every permission group
/// it is in, and in a topic those groups' topic permissions. `None` when permission groups are
/// not the basis, or for the owner, whom they do not limit ("群主除外").
fn granted(g: &Group, account: &str, topic_id: Option<&str>) -> Option<(u64, u64)> {
    let default = g.default_permission?;
    if g.owner.as_deref() == Some(account) {
        return None;
    }
    let topic_id = topic_id.filter(|t| !t.is_empty());
    let mine = g.permission_groups.values().filter(|pg| pg.members.iter().any(|m| m == account));
    Some(mine.fold((default, 0), |(community, in_topic), pg| {
        (community | pg.permission, in_topic | topic_id.and_then(|t| pg.topics.get(t)).copied().unwrap_or(0))
    }))
}

/// Whether `account` has the Community bit or, in the topic, the topic bit: `None` when
/// permission groups are not the basis (or for the owner).
fn has(g: &Group, account: &str, topic_id: Option<&str>, community_bit: u64, topic_bit: u64) -> Option<bool> {
    granted(g, account, topic_id).map(|(community, in_topic)| community & community_bit != 0 || in_topic & topic_bit != 0)
}

/// 10007 (the pages' "no permission" code) naming what `account` may not do and where.
fn refuse(g: &Group, account: &str, what: &str, topic_id: Option<&str>) -> Result<(), Fail> {
    let place = topic_id.filter(|t| !t.is_empty()).map_or_else(|| format!("group \"{}\"", g.id), |t| format!("topic \"{t}\""));
    fail(code::NO_PERMISSION, format!("\"{account}\" has no permission to {what} in {place}"))
}

/// Whether a member's client may send in the topic (or the Community's own sequence): the
/// Community's send bit, or the topic's; to mention everyone, the @all bit as well.
pub(crate) fn may_send(g: &Group, account: &str, topic_id: Option<&str>, at_all: bool) -> Result<(), Fail> {
    if has(g, account, topic_id, COMMUNITY_SEND_MESSAGE, TOPIC_SEND_MESSAGE) == Some(false) {
        return refuse(g, account, "send", topic_id);
    }
    if at_all && has(g, account, topic_id, COMMUNITY_AT_ALL, TOPIC_AT_ALL) == Some(false) {
        return refuse(g, account, "mention everyone (@all)", topic_id);
    }
    Ok(())
}

/// Whether a client may use `power` on `target` (in the topic, or the whole group): the owner
/// may on anyone but itself; where permission groups are the basis, whoever has the power's
/// bit may on anyone but the owner (admins lose their role's powers there); elsewhere an admin
/// (a member with the Admin role, or a live group's admin) may on members who are not admins.
pub(crate) fn may_act_on(g: &Group, account: &str, target: &str, topic_id: Option<&str>, power: &Power) -> Result<(), Fail> {
    let admin = |a: &str| g.members.get(a).is_some_and(|m| m.role == Role::Admin) || g.live_admins.contains(a);
    let owner = |a: &str| g.owner.as_deref() == Some(a);
    // The owner need not be in the room (a live group's owner); others must be members or
    // the room's admins.
    let allowed = if owner(target) {
        false
    } else if owner(account) {
        true
    } else if !(g.members.contains_key(account) || admin(account)) {
        false
    } else {
        has(g, account, topic_id, power.0, power.1).unwrap_or_else(|| admin(account) && !admin(target))
    };
    if allowed {
        Ok(())
    } else {
        refuse(g, account, &format!("{} \"{target}\"", power.2), topic_id)
    }
}

/// What an assigned ID looks like after the prefix: `@PMG#c` and 10 letters or digits, as
/// the pages' `@PMG#_@PMG#cA7VPIIM62CJ`.
const ASSIGNED_INFIX: &str = "@PMG#c";
const ID_ALPHABET: &[u8; 36] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// The Community, checked to be one (10010, then 10007 for the other types).
fn community<'a>(sim: &'a Simulator, endpoint: &Endpoint, group_id: &str) -> Result<&'a Group, Fail> {
    let g = group(sim, group_id)?;
    applies(endpoint, g)?;
    Ok(g)
}

/// The permission group, or 10004 naming it.
fn permission_group<'a>(g: &'a Group, id: &str) -> Result<&'a PermissionGroup, Fail> {
    g.permission_groups.get(id).map_or_else(|| fail(code::INVALID_PARAM, format!("permission group \"{id}\" does not exist in group \"{}\"", g.id)), Ok)
}

fn assigned_id(sim: &mut Simulator, g: &str) -> String {
    loop {
        let mut id = format!("{PERMISSION_GROUP_PREFIX}{ASSIGNED_INFIX}");
        let mut r = sim.next_random();
        for _ in 0..10 {
            id.push(char::from(ID_ALPHABET.get((r % 36) as usize).copied().unwrap_or(b'A')));
            r /= 36;
        }
        if sim.world.groups.get(g).is_none_or(|g| !g.permission_groups.contains_key(&id)) {
            return id;
        }
    }
}
serve!(CreatePermissionGroup => create(endpoint));

/// A new permission group with no members; a custom ID must start `@PMG#_` and be unused.
pub fn create(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: CreatePermissionGroup = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    if let Some(id) = &req.permission_group_id {
        if !id.starts_with(PERMISSION_GROUP_PREFIX) || id.len() == PERMISSION_GROUP_PREFIX.len() {
            return fail(code::INVALID_PARAM, format!("a custom permission group ID starts with \"{PERMISSION_GROUP_PREFIX}\" and has more after it, got \"{id}\""));
        }
        if g.permission_groups.contains_key(id) {
            return fail(code::GROUP_ID_TAKEN, format!("permission group ID \"{id}\" is already used in group \"{}\"", g.id));
        }
    }
    let id = match req.permission_group_id {
        Some(id) => id,
        None => assigned_id(sim, &req.group_id),
    };
    let pg = PermissionGroup { name: req.permission_group_name, permission: req.permission.unwrap_or(0), custom_string: req.custom_string.unwrap_or_default(), members: Vec::new(), topics: Default::default() };
    group_mut(sim, &req.group_id)?.permission_groups.insert(id.clone(), pg);
    answer(&CreatePermissionGroupResponse { envelope: Envelope::ok(), permission_group_id: id })
}
serve!(DestroyPermissionGroup => destroy(endpoint));

/// Deletes every permission group named; one that does not exist refuses the whole call.
pub fn destroy(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DestroyPermissionGroup = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    for id in &req.permission_group_id_list {
        permission_group(g, id)?;
    }
    let g = group_mut(sim, &req.group_id)?;
    for id in &req.permission_group_id_list {
        g.permission_groups.remove(id);
    }
    ok()
}
serve!(ModifyPermissionGroup => modify(endpoint));

/// Changes the fields given; the others stay.
pub fn modify(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyPermissionGroup = typed(body, code::INVALID_PARAM)?;
    permission_group(community(sim, endpoint, &req.group_id)?, &req.permission_group_id)?;
    let g = group_mut(sim, &req.group_id)?;
    if let Some(pg) = g.permission_groups.get_mut(&req.permission_group_id) {
        if let Some(name) = req.permission_group_name {
            pg.name = name;
        }
        if let Some(permission) = req.permission {
            pg.permission = permission;
        }
        if let Some(custom) = req.custom_string {
            pg.custom_string = custom;
        }
    }
    ok()
}

fn info(id: &str, pg: &PermissionGroup) -> PermissionGroupInfo {
    PermissionGroupInfo { permission_group_id: id.to_owned(), permission_group_name: pg.name.clone(), permission: pg.permission, custom_string: pg.custom_string.clone(), member_num: pg.members.len() as u64 }
}

/// `Limit` absent or 0: the page's largest.
fn page_size(limit: Option<u32>, max: u32) -> usize {
    limit.filter(|l| *l > 0).unwrap_or(max) as usize
}
serve!(read GetPermissionGroup => get(endpoint));

/// Those named (in the order named; an unknown one refuses the call), or all by ID a page at
/// a time: `Next` is the last ID of the previous page (decisions.md).
pub fn get(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetPermissionGroup = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    if let Some(ids) = &req.permission_group_id_list {
        let list = ids.iter().map(|id| permission_group(g, id).map(|pg| info(id, pg))).collect::<Result<Vec<_>, Fail>>()?;
        return answer(&GetPermissionGroupResponse { envelope: Envelope::ok(), permission_group_info_list: list, next: String::new() });
    }
    let after = req.next.unwrap_or_default();
    let size = page_size(req.limit, PERMISSION_GROUP_PAGE_MAX);
    let mut rest = g.permission_groups.iter().filter(|(id, _)| after.is_empty() || id.as_str() > after.as_str());
    let list: Vec<PermissionGroupInfo> = rest.by_ref().take(size).map(|(id, pg)| info(id, pg)).collect();
    let next = match (rest.next(), list.last()) {
        (Some(_), Some(last)) => last.permission_group_id.clone(),
        _ => String::new(),
    };
    answer(&GetPermissionGroupResponse { envelope: Envelope::ok(), permission_group_info_list: list, next })
}
serve!(AddPermissionGroupMember => add_members(endpoint));

/// Adds Community members (10004 for one who is not); one already in is passed over.
pub fn add_members(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: AddPermissionGroupMember = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    permission_group(g, &req.permission_group_id)?;
    for m in &req.member_list {
        need_member(g, &m.member_account)?;
    }
    let g = group_mut(sim, &req.group_id)?;
    if let Some(pg) = g.permission_groups.get_mut(&req.permission_group_id) {
        for m in req.member_list {
            if !pg.members.contains(&m.member_account) {
                pg.members.push(m.member_account);
            }
        }
    }
    ok()
}
serve!(DeletePermissionGroupMember => delete_members(endpoint));

/// Removes the accounts named from the permission group (one not in it is passed over).
pub fn delete_members(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DeletePermissionGroupMember = typed(body, code::INVALID_PARAM)?;
    permission_group(community(sim, endpoint, &req.group_id)?, &req.permission_group_id)?;
    let g = group_mut(sim, &req.group_id)?;
    if let Some(pg) = g.permission_groups.get_mut(&req.permission_group_id) {
        pg.members.retain(|a| !req.member_list.iter().any(|m| &m.member_account == a));
    }
    ok()
}
serve!(read GetPermissionGroupMemberList => member_list(endpoint));

/// The members in the order added, a page at a time: `Next` is the position to go on from
/// (decisions.md), "" first and when there are no more.
pub fn member_list(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetPermissionGroupMemberList = typed(body, code::INVALID_PARAM)?;
    let pg = permission_group(community(sim, endpoint, &req.group_id)?, &req.permission_group_id)?;
    let next = req.next.unwrap_or_default();
    let from: usize = if next.is_empty() {
        0
    } else {
        next.parse().map_err(|_| Fail { code: code::INVALID_PARAM, info: format!("Next \"{next}\" is not one this call returned") })?
    };
    let size = page_size(req.limit, PERMISSION_MEMBER_PAGE_MAX);
    let member_list = pg.members.iter().skip(from).take(size).map(|a| MemberAccountItem { member_account: a.clone() }).collect();
    let end = from.saturating_add(size);
    let next = if end < pg.members.len() { end.to_string() } else { String::new() };
    answer(&GetPermissionGroupMemberListResponse { envelope: Envelope::ok(), member_list, next })
}

/// One topic's outcome: 0, or the code and why (the call itself succeeds).
type Outcome = Result<(), Fail>;

fn results(items: Vec<(String, Outcome)>) -> Answer {
    let topic_permission_result_list = items.into_iter().map(|(topic_id, r)| match r {
        Ok(()) => TopicPermissionResult { error_code: 0, error_info: String::new(), topic_id },
        Err(f) => TopicPermissionResult { error_code: f.code, error_info: f.info, topic_id },
    }).collect();
    answer(&TopicPermissionResponse { envelope: Envelope::ok(), topic_permission_result_list })
}

/// Shared by add and set: each topic is checked against the state as the earlier items left
/// it; `fresh` says whether the topic must be new to the permission group (add) or already in
/// it (set). A topic that does not exist is 10010 (the topic pages' code).
fn put_topics(sim: &mut Simulator, endpoint: &'static Endpoint, group_id: &str, pg_id: &str, list: Vec<TopicPermission>, fresh: bool) -> Answer {
    let g = community(sim, endpoint, group_id)?;
    let mut topics = permission_group(g, pg_id)?.topics.clone();
    let mut out = Vec::new();
    for item in list {
        let outcome = topic(g, &item.topic_id).map(|_| ()).and_then(|()| match (fresh, topics.contains_key(&item.topic_id)) {
            (true, true) => fail(code::GROUP_ID_TAKEN, format!("topic \"{}\" already has permissions in permission group \"{pg_id}\"", item.topic_id)),
            (false, false) => fail(code::INVALID_PARAM, format!("topic \"{}\" has no permissions in permission group \"{pg_id}\": add them first", item.topic_id)),
            _ => {
                topics.insert(item.topic_id.clone(), item.permission);
                Ok(())
            }
        });
        out.push((item.topic_id, outcome));
    }
    if let Some(pg) = group_mut(sim, group_id)?.permission_groups.get_mut(pg_id) {
        pg.topics = topics;
    }
    results(out)
}
serve!(AddTopicPermissionGroup => add_topics(endpoint));

/// Adds topics new to the permission group (10021 for one it has, 10010 for no such topic).
pub fn add_topics(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: AddTopicPermissionGroup = typed(body, code::INVALID_PARAM)?;
    put_topics(sim, endpoint, &req.group_id, &req.permission_group_id, req.topic_permission_list, true)
}
serve!(SetTopicPermissionGroup => set_topics(endpoint));

/// Changes topics the permission group has (10004 for one it has not).
pub fn set_topics(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: SetTopicPermissionGroup = typed(body, code::INVALID_PARAM)?;
    put_topics(sim, endpoint, &req.group_id, &req.permission_group_id, req.topic_permission_list, false)
}
serve!(DeleteTopicPermissionGroup => delete_topics(endpoint));

/// Takes topics out of the permission group (10004 for one it does not have).
pub fn delete_topics(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DeleteTopicPermissionGroup = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    let mut topics = permission_group(g, &req.permission_group_id)?.topics.clone();
    let pg_id = &req.permission_group_id;
    let out = req.topic_id_list.into_iter().map(|t| {
        let outcome = match topics.remove(&t) {
            Some(_) => Ok(()),
            None => fail(code::INVALID_PARAM, format!("topic \"{t}\" has no permissions in permission group \"{pg_id}\"")),
        };
        (t, outcome)
    }).collect();
    if let Some(pg) = group_mut(sim, &req.group_id)?.permission_groups.get_mut(pg_id) {
        pg.topics = topics;
    }
    results(out)
}
serve!(read GetTopicPermissionGroup => get_topics(endpoint));

/// The topics named that the permission group has (in the order named), or all it has, by
/// topic ID; a topic destroyed since is not listed.
pub fn get_topics(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetTopicPermissionGroup = typed(body, code::INVALID_PARAM)?;
    let g = community(sim, endpoint, &req.group_id)?;
    let pg = permission_group(g, &req.permission_group_id)?;
    let item = |t: &String| pg.topics.get(t).filter(|_| topic(g, t).is_ok()).map(|p| TopicPermission { topic_id: t.clone(), permission: *p });
    let topic_permission_list = match &req.topic_id_list {
        Some(ids) => ids.iter().filter_map(item).collect(),
        None => pg.topics.keys().filter_map(item).collect(),
    };
    answer(&GetTopicPermissionGroupResponse { envelope: Envelope::ok(), topic_permission_list })
}
