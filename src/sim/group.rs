//! Handlers of `group_open_http_svc`: groups, members, messages, read positions and receipts.
//! Every handler checks everything before it changes anything: a failed request changes
//! nothing.

use super::dispatch::serve;
use super::callbacks::group::{member_items, GroupAfterCreateGroup, GroupAfterGroupDestroyed, GroupAfterGroupFull, GroupAfterMemberExit, GroupAfterNewMemberJoin, GroupAfterReadReceipt, GroupAfterSendMsg, GroupBeforeCreateGroup, GroupBeforeInviteJoinGroup, GroupBeforeSendMsg, GroupSendMsgException, ReceiptItem};
use super::callbacks::bot::BotOnGroupMessage;
use super::callbacks::{Gate, MESSAGE_CODES};
use super::topics::{msg_log, msg_log_mut, topic};
use super::state::{body_value, msg_body, Group, GroupMsg, Member, MsgExt, Role, SystemNotification};
use super::{answer, fail, ok, sorted_answer, typed, Answer, Body, Fail, Simulator, Stop};
use crate::api::group_open_http_svc::add_group_member::{AddGroupMember, AddGroupMemberResponse, AddMemberResult};
use crate::api::group_open_http_svc::create_group::{CreateGroup, CreateGroupResponse};
use crate::api::group_open_http_svc::delete_group_member::DeleteGroupMember;
use crate::api::group_open_http_svc::destroy_group::DestroyGroup;
use crate::api::group_open_http_svc::get_group_member_info::{GetGroupMemberInfo, GetGroupMemberInfoResponse, MemberInfo};
use crate::api::group_open_http_svc::get_group_msg_receipt::{GetGroupMsgReceipt, GetGroupMsgReceiptResponse, GroupMsgReceipt};
use crate::api::group_open_http_svc::get_group_msg_receipt_detail::{GetGroupMsgReceiptDetail, GetGroupMsgReceiptDetailResponse, ReadAccount, UnreadAccount};
use crate::api::group_open_http_svc::get_joined_group_list::{GetJoinedGroupList, GetJoinedGroupListResponse, JoinedGroup, SelfInfo};
use crate::api::group_open_http_svc::group_msg_get_simple::{GroupMsg as WireGroupMsg, GroupMsgGetSimple, GroupMsgGetSimpleResponse};
use crate::api::group_open_http_svc::group_msg_receipt::GroupMsgReceiptRequest;
use crate::api::group_open_http_svc::send_group_msg::{SendGroupMsg, SendGroupMsgResponse};
use crate::api::group_open_http_svc::send_group_system_notification::SendGroupSystemNotification;
use crate::api::group_open_http_svc::set_unread_msg_num::SetUnreadMsgNum;
use crate::api::{Envelope, KeyValue};
use crate::vocab::{Endpoint, Support};
use crate::protocol::errors::code;
use crate::vocab::GroupType;
use serde_json::Value;
use std::collections::BTreeSet;

/// Duplicate `Random` window for send_group_msg (decisions.md 12).
const DUPLICATE_WINDOW_SECONDS: u64 = 300;
/// get_group_msg_receipt_detail page size cap (larger `Count` counts as this).
const DETAIL_PAGE_MAX: u32 = 200;

pub(crate) fn group<'a>(sim: &'a Simulator, id: &str) -> Result<&'a Group, Fail> {
    sim.world.groups.get(id).map_or_else(|| fail(code::GROUP_NOT_FOUND, format!("group \"{id}\" does not exist or has been disbanded")), Ok)
}

pub(crate) fn group_mut<'a>(sim: &'a mut Simulator, id: &str) -> Result<&'a mut Group, Fail> {
    sim.world.groups.get_mut(id).map_or_else(|| fail(code::GROUP_NOT_FOUND, format!("group \"{id}\" does not exist or has been disbanded")), Ok)
}

/// Whether the endpoint acts on this group type: `Ok(false)` for types it accepts without
/// effect, 10004 for types it refuses (the endpoint's group-type table).
pub(crate) fn applies(endpoint: &Endpoint, g: &Group) -> Result<bool, Fail> {
    match endpoint.support(g.ty) {
        Support::Yes => Ok(true),
        Support::NoOp => Ok(false),
        Support::Refused => fail(code::INVALID_PARAM, format!("{} does not support {} groups (group \"{}\")", endpoint.command, g.ty.rest_name(), g.id)),
        Support::Forbidden => fail(code::NO_PERMISSION, format!("{} does not support {} groups (group \"{}\")", endpoint.command, g.ty.rest_name(), g.id)),
    }
}

/// The paid read-receipt feature switch (decisions.md 5).
fn receipts_enabled(sim: &Simulator) -> Result<(), Fail> {
    if !sim.plan_has_receipts() {
        fail(code::NOT_ULTIMATE, "group message read receipts need the ultimate or enterprise edition (simulator option edition)")
    } else if sim.options.group_read_receipts {
        Ok(())
    } else {
        fail(code::NOT_ULTIMATE, "group message read receipts are not enabled: they need the Pro, Pro Plus or Enterprise edition and the console switch (simulator option groupReadReceipts)")
    }
}

pub(crate) fn need_account(sim: &Simulator, account: &str) -> Result<(), Fail> {
    if sim.account_exists(account) {
        Ok(())
    } else {
        fail(code::ACCOUNT_NOT_FOUND, format!("account \"{account}\" does not exist: import it first"))
    }
}

pub(crate) fn need_member<'a>(g: &'a Group, account: &str) -> Result<&'a Member, Fail> {
    g.members.get(account).map_or_else(|| fail(code::INVALID_PARAM, format!("\"{account}\" is not a member of group \"{}\"", g.id)), Ok)
}

pub(crate) fn new_member(sim: &mut Simulator, role: Role, last_seq: u64) -> Member {
    sim.world.join_counter += 1;
    Member {
        role,
        join_time: sim.now(),
        join_order: sim.world.join_counter,
        joined_at_seq: last_seq,
        read_seq: last_seq,
        msg_flag: "AcceptAndNotify".into(),
        name_card: String::new(),
        last_send_time: 0,
        custom: Default::default(),
    }
}

const ID_ALPHABET: &[u8; 36] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// `@TGS#` + 9 upper-case letters/digits; Community: `@TGS#_@TGS#c` + 10 (decisions.md 13).
pub(crate) fn auto_group_id(sim: &mut Simulator, ty: GroupType) -> String {
    loop {
        let (prefix, len) = if ty == GroupType::Community { ("@TGS#_@TGS#c", 10) } else { ("@TGS#", 9) };
        let mut id = String::from(prefix);
        let mut r = sim.next_random();
        for _ in 0..len {
            id.push(char::from(ID_ALPHABET.get((r % 36) as usize).copied().unwrap_or(b'A')));
            r /= 36;
        }
        if !sim.world.groups.contains_key(&id) {
            return id;
        }
    }
}

/// What create_group and import_group set of a new group's profile.
pub(crate) struct Profile {
    pub name: String,
    pub introduction: Option<String>,
    pub notification: Option<String>,
    pub face_url: Option<String>,
    pub apply_join_option: Option<String>,
    pub invite_join_option: Option<String>,
    pub custom: Vec<KeyValue>,
}

/// A group with no members and no messages yet.
pub(crate) fn new_group(id: String, ty: GroupType, owner: Option<String>, max_members: u32, p: Profile, created: u64) -> Group {
    Group {
        id,
        ty,
        name: p.name,
        owner,
        introduction: p.introduction.unwrap_or_default(),
        notification: p.notification.unwrap_or_default(),
        face_url: p.face_url.unwrap_or_default(),
        max_members,
        apply_join_option: p.apply_join_option.unwrap_or_else(|| "NeedPermission".into()),
        invite_join_option: p.invite_join_option.unwrap_or_else(|| "FreeAccess".into()),
        created,
        info_seq: 1,
        last_info_time: created,
        mute_all: false,
        custom: super::state::map_of(p.custom.into_iter().filter(|kv| !kv.value.is_empty()).map(|kv| (kv.key, kv.value))),
        attrs: Default::default(),
        attr_write_second: 0,
        attr_writes: 0,
        muted: Default::default(),
        members: Default::default(),
        messages: vec![],
        notifications: vec![],
        cleared_seq: None,
        bans: Default::default(),
        counters: Default::default(),
        permission_groups: Default::default(),
        topics: None,
        default_permission: None,
        live_admins: Default::default(),
        marks: Default::default(),
        pins: Default::default(),
        index: Default::default(),
    }
}
serve!(CreateGroup => create);

pub fn create(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: CreateGroup = typed(body, code::INVALID_PARAM)?;
    let Some(ty) = GroupType::from_name(&req.group_type) else {
        return fail(code::INVALID_PARAM, format!("invalid group type \"{}\"", req.group_type));
    };
    // "仅支持话题的社群可以设置该字段" / "仅启用权限组作为权限判断依据的群可以设置该字段" (doocs
    // CreateGroupRequest): EnablePermission needs topics, DefaultPermission needs EnablePermission.
    if req.enable_permission == Some(1) && req.support_topic != Some(1) {
        return fail(code::INVALID_PARAM, "EnablePermission 1 needs a Community with topics (SupportTopic 1)");
    }
    if req.default_permission.is_some() && req.enable_permission != Some(1) {
        return fail(code::INVALID_PARAM, "DefaultPermission needs EnablePermission 1");
    }
    if let Some(owner) = &req.owner_account {
        need_account(sim, owner)?;
    }
    let mut members: Vec<(String, Role)> = Vec::new();
    for m in req.member_list.iter().flatten() {
        need_account(sim, &m.member_account)?;
        if Some(&m.member_account) != req.owner_account.as_ref() && !members.iter().any(|(a, _)| *a == m.member_account) {
            members.push((m.member_account.clone(), if m.role.as_deref() == Some("Admin") { Role::Admin } else { Role::Member }));
        }
    }
    let cap = sim.member_cap(ty);
    let max = req.max_member_count.map_or(cap, |m| m.min(cap));
    let count = members.len() + usize::from(req.owner_account.is_some());
    if count > max as usize {
        return fail(code::MEMBER_LIMIT, format!("{count} members exceed the group's limit of {max}"));
    }
    if let Some(id) = &req.group_id {
        if let Some(existing) = sim.world.groups.get(id) {
            return if existing.owner.is_some() && existing.owner == req.owner_account {
                fail(code::GROUP_ID_YOURS, format!("group ID \"{id}\" is already used, and you own that group"))
            } else {
                fail(code::GROUP_ID_TAKEN, format!("group ID \"{id}\" is already used by another group"))
            };
        }
    }
    sim.plan_allows_group(ty)?;
    // Asked before the group ID is drawn: asking changes nothing, the random stream included.
    sim.gate(false, "RESTAPI", |sim| {
        let owner_account = req.owner_account.clone().unwrap_or_default();
        let created = sim.world.groups.values().filter(|g| g.ty == ty && g.owner.as_deref() == Some(owner_account.as_str())).count();
        let requested = req.member_list.iter().flatten().map(|m| m.member_account.as_str());
        GroupBeforeCreateGroup { operator_account: sim.options.admin.clone(), owner_account, group_type: ty.rest_name(), name: req.name.clone(), create_group_num: created as u64, member_list: member_items(requested), event_time: sim.event_time() }
    })?;
    let id = match &req.group_id {
        Some(id) => {
            if let Some(existing) = sim.world.groups.get(id) {
                return if existing.owner.is_some() && existing.owner == req.owner_account {
                    fail(code::GROUP_ID_YOURS, format!("group ID \"{id}\" is already used, and you own that group"))
                } else {
                    fail(code::GROUP_ID_TAKEN, format!("group ID \"{id}\" is already used by another group"))
                };
            }
            id.clone()
        }
        None => auto_group_id(sim, ty),
    };
    let profile = Profile {
        name: req.name,
        introduction: req.introduction,
        notification: req.notification,
        face_url: req.face_url,
        apply_join_option: req.apply_join_option,
        invite_join_option: req.invite_join_option,
        custom: req.app_defined_data.unwrap_or_default(),
    };
    let mut g = new_group(id.clone(), ty, req.owner_account.clone(), max, profile, sim.now());
    if req.support_topic == Some(1) {
        g.topics = Some(Default::default());
    }
    if req.enable_permission == Some(1) {
        g.default_permission = Some(req.default_permission.unwrap_or(0));
    }
    g.reindex();
    if let Some(owner) = &req.owner_account {
        let m = new_member(sim, Role::Owner, 0);
        g.add_member(owner, m);
    }
    for (account, role) in members {
        let m = new_member(sim, role, 0);
        g.add_member(&account, m);
    }
    let callback = sim.wants::<GroupAfterCreateGroup>().then(|| GroupAfterCreateGroup {
        group_id: id.clone(),
        operator_account: sim.options.admin.clone(),
        owner_account: req.owner_account.clone().unwrap_or_default(),
        group_type: ty.rest_name(),
        name: g.name.clone(),
        member_list: member_items(members_in_order(&g).into_iter().map(|(a, _)| a.as_str())),
        user_defined_data_list: g.custom.iter().map(|(k, v)| KeyValue { key: k.clone(), value: v.clone() }).collect(),
        event_time: sim.event_time(),
    });
    sim.world.destroyed.remove(&id);
    sim.world.groups.insert(id.clone(), g);
    if let Some(body) = callback {
        sim.fire(&body);
    }
    answer(&CreateGroupResponse { envelope: Envelope::ok(), group_id: id })
}
serve!(DestroyGroup => destroy);

pub fn destroy(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DestroyGroup = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    let callback = sim.wants::<GroupAfterGroupDestroyed>().then(|| GroupAfterGroupDestroyed {
        operator_account: sim.options.admin.clone(),
        group_id: g.id.clone(),
        group_type: g.ty.rest_name(),
        owner_account: g.owner.clone().unwrap_or_default(),
        name: g.name.clone(),
        // Community groups' callback names no members (CN 1670).
        member_list: (g.ty != GroupType::Community).then(|| member_items(members_in_order(g).into_iter().map(|(a, _)| a.as_str()))),
        event_time: sim.event_time(),
    });
    sim.world.groups.remove(&req.group_id);
    sim.world.destroyed.insert(req.group_id);
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}
serve!(AddGroupMember => add_members);

pub fn add_members(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AddGroupMember = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    if !g.ty.info().rest_add_members {
        return fail(code::INVALID_PARAM, format!("{} groups take no members through REST: members join through the client SDK", g.ty.rest_name()));
    }
    for m in &req.member_list {
        need_account(sim, &m.member_account)?;
    }
    let group_type = g.ty.rest_name();
    let gate = sim.gate(false, "RESTAPI", |sim| GroupBeforeInviteJoinGroup {
        group_id: req.group_id.clone(),
        group_type,
        operator_account: sim.options.admin.clone(),
        destination_members: member_items(req.member_list.iter().map(|m| m.member_account.as_str())),
        event_time: sim.event_time(),
    })?;
    let refused = gate.refused_members();
    let g = group(sim, &req.group_id)?;
    let mut seen = BTreeSet::new();
    let results: Vec<AddMemberResult> = req
        .member_list
        .iter()
        .map(|m| {
            let account = &m.member_account;
            // 0: the app's Before-callback kept this one out (RefusedMembers_Account).
            let result = if g.members.contains_key(account) {
                2
            } else if refused.contains(account) {
                0
            } else if seen.insert(account.clone()) {
                1
            } else {
                2
            };
            AddMemberResult { member_account: account.clone(), result }
        })
        .collect();
    let total = g.members.len() + seen.len();
    if total > g.max_members as usize {
        let why = format!("group \"{}\" is full: {} members + {} new exceed its limit of {}", g.id, g.members.len(), seen.len(), g.max_members);
        // "由于群组满员导致新成员加入失败之后" (CN 269/1669): the one refusal that fires a callback.
        sim.group_full(&req.group_id, "RESTAPI");
        return fail(code::GROUP_FULL, why);
    }
    let fills = total == g.max_members as usize;
    let last = g.last_seq();
    let joined: Vec<String> = results.iter().filter(|r| r.result == 1).map(|r| r.member_account.clone()).collect();
    for account in seen {
        let m = new_member(sim, Role::Member, last);
        group_mut(sim, &req.group_id)?.add_member(&account, m);
    }
    if !joined.is_empty() {
        let admin = sim.options.admin.clone();
        sim.member_change(&req.group_id, Change::Joined("Invited"), &admin, &joined, "RESTAPI");
        if fills {
            sim.group_full(&req.group_id, "RESTAPI");
        }
    }
    answer(&AddGroupMemberResponse { envelope: Envelope::ok(), member_list: results })
}
serve!(DeleteGroupMember => delete_members);

pub fn delete_members(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteGroupMember = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    if let Some(owner) = req.member_to_del_account.iter().find(|a| g.members.get(*a).is_some_and(|m| m.role == Role::Owner)) {
        return fail(code::INVALID_PARAM, format!("\"{owner}\" owns group \"{}\" and cannot be removed", g.id));
    }
    let gone: Vec<String> = req.member_to_del_account.iter().filter(|a| g.members.contains_key(*a)).cloned().collect();
    let admin = sim.options.admin.clone();
    kick(sim, &req.group_id, &gone, &admin, "RESTAPI")?;
    ok()
}

/// Takes members out of the group and tells the app `operator` kicked them
/// (Group.CallbackAfterMemberExit). Shared by delete_group_member and `kickGroupMember`.
pub(crate) fn kick(sim: &mut Simulator, group_id: &str, gone: &[String], operator: &str, platform: &str) -> Result<(), Fail> {
    let g = group_mut(sim, group_id)?;
    for account in gone {
        g.remove_member(account);
    }
    if !gone.is_empty() {
        sim.member_change(group_id, Change::Left("Kicked"), operator, gone, platform);
    }
    Ok(())
}

/// Members came or went, and how: `JoinType` Apply or Invited, `ExitType` Kicked or Quit.
#[derive(Clone, Copy)]
pub(crate) enum Change {
    Joined(&'static str),
    Left(&'static str),
}

impl Simulator {
    /// Group.CallbackAfterGroupFull (CN 269/1669): a join filled the group, or was refused
    /// because the group is full. Fired by add_group_member and a client's joinGroup (the
    /// page's three scenarios; imports fire nothing, and creating a group is none of them).
    pub(crate) fn group_full(&mut self, group_id: &str, platform: &str) {
        if self.wants::<GroupAfterGroupFull>() {
            let body = GroupAfterGroupFull { group_id: group_id.to_owned(), event_time: self.event_time() };
            self.fire_from(platform, &body);
        }
    }

    /// Group.CallbackAfterNewMemberJoin or Group.CallbackAfterMemberExit.
    pub(crate) fn member_change(&mut self, group_id: &str, change: Change, operator: &str, accounts: &[String], platform: &str) {
        let Some(g) = self.world.groups.get(group_id) else { return };
        let (group_id, group_type, operator_account) = (group_id.to_owned(), g.ty.rest_name(), operator.to_owned());
        let list = || member_items(accounts.iter().map(String::as_str));
        match change {
            Change::Joined(join_type) if self.wants::<GroupAfterNewMemberJoin>() => {
                let body = GroupAfterNewMemberJoin { group_id, group_type, join_type, operator_account, new_member_list: list(), event_time: self.event_time() };
                self.fire_from(platform, &body);
            }
            Change::Left(exit_type) if self.wants::<GroupAfterMemberExit>() => {
                let body = GroupAfterMemberExit { group_id, group_type, exit_type, operator_account, exit_member_list: list(), event_time: self.event_time() };
                self.fire_from(platform, &body);
            }
            _ => {}
        }
    }
}

/// Members in join order.
pub(crate) fn members_in_order(g: &Group) -> Vec<(&String, &Member)> {
    let mut list: Vec<(&String, &Member)> = g.members.iter().collect();
    super::state::sort_by_order(&mut list, |(_, m)| m.join_order);
    list
}

/// `value` when a response filter names `field` (no filter: every field).
pub(crate) fn asked<T>(filter: Option<&[String]>, field: &str, value: T) -> Option<T> {
    filter.is_none_or(|f| f.iter().any(|x| x == field)).then_some(value)
}

/// A member's `MemberInfo` with the fields `MemberInfoFilter` names (`only`; absent: all; the
/// account always comes). `AppMemberDefinedData` is get_group_info's to add.
pub(crate) fn member_info_item(account: &str, m: &Member, muted_until: u64, only: Option<&[String]>) -> MemberInfo {
    MemberInfo {
        member_account: account.to_owned(),
        role: asked(only, "Role", m.role.name().to_owned()),
        join_time: asked(only, "JoinTime", m.join_time),
        msg_seq: asked(only, "MsgSeq", m.read_seq),
        msg_flag: asked(only, "MsgFlag", m.msg_flag.clone()),
        last_send_msg_time: asked(only, "LastSendMsgTime", m.last_send_time),
        mute_until: asked(only, "MuteUntil", muted_until),
        shut_up_until: asked(only, "ShutUpUntil", muted_until),
        name_card: asked(only, "NameCard", m.name_card.clone()),
        app_member_defined_data: None,
    }
}
serve!(read GetGroupMemberInfo => member_info);

pub fn member_info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetGroupMemberInfo = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    let roles = req.member_role_filter.as_deref();
    let list: Vec<_> = members_in_order(g).into_iter().filter(|(_, m)| roles.is_none_or(|r| r.iter().any(|x| x == m.role.name()))).collect();
    let community_paging = g.ty == GroupType::Community && req.next.is_some();
    let offset = match &req.next {
        Some(next) if community_paging => {
            if next.is_empty() {
                0
            } else {
                next.parse::<usize>().map_err(|_| Fail { code: code::INVALID_PARAM, info: format!("invalid Next cursor \"{next}\"") })?
            }
        }
        _ => req.offset.unwrap_or(0) as usize,
    };
    let limit = match req.limit {
        Some(0) | None => usize::MAX,
        Some(l) => l as usize,
    };
    let now = sim.now();
    let only = req.member_info_filter.as_deref();
    // ShutUpUntil, MuteUntil's older name, is get_group_info's only.
    let page = list.iter().skip(offset).take(limit).map(|(a, m)| MemberInfo { shut_up_until: None, ..member_info_item(a, m, g.muted_until(a, now), only) }).collect();
    let end = offset.saturating_add(limit);
    let next = community_paging.then(|| if end < list.len() { end.to_string() } else { String::new() });
    sorted_answer(&GetGroupMemberInfoResponse { envelope: Envelope::ok(), member_num: g.members.len() as u64, member_list: page, next })
}
serve!(read GetJoinedGroupList => joined_list);

pub fn joined_list(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetJoinedGroupList = typed(body, code::INVALID_PARAM)?;
    need_account(sim, &req.member_account)?;
    let filter = req.response_filter.as_ref();
    // Without a filter, a group is its GroupId alone.
    let base = filter.and_then(|f| f.group_base_info_filter.as_deref()).unwrap_or_default();
    let self_filter = filter.and_then(|f| f.self_info_filter.as_deref());
    let only_type = req.group_type.as_deref().and_then(GroupType::from_name);
    let mut groups: Vec<(&Group, &Member)> = sim
        .world
        .groups
        .values()
        .filter_map(|g| g.members.get(&req.member_account).map(|m| (g, m)))
        .filter(|(g, _)| only_type.is_none_or(|t| g.ty == t))
        // AVChatRoom only with WithHugeGroups; a Work group is hidden until it has a message.
        .filter(|(g, _)| g.ty != GroupType::AVChatRoom || req.with_huge_groups == Some(1))
        .filter(|(g, _)| g.ty != GroupType::Private || !g.messages.is_empty() || req.with_no_active_groups == Some(1))
        .collect();
    super::state::sort_by_order(&mut groups, |(_, m)| m.join_order);
    let total = groups.len() as u64;
    let limit = match req.limit {
        Some(0) | None => usize::MAX,
        Some(l) => l as usize,
    };
    let list = groups
        .iter()
        .skip(req.offset.unwrap_or(0) as usize)
        .take(limit)
        .map(|(g, m)| {
            let self_info = self_filter.map(|sf| {
                SelfInfo {
                    role: asked(Some(sf), "Role", m.role.name().to_owned()),
                    join_time: asked(Some(sf), "JoinTime", m.join_time),
                    msg_flag: asked(Some(sf), "MsgFlag", m.msg_flag.clone()),
                    msg_seq: asked(Some(sf), "MsgSeq", m.read_seq),
                    unread_msg_num: asked(Some(sf), "UnreadMsgNum", g.unread(&req.member_account)),
                }
            });
            JoinedGroup {
                group_id: g.id.clone(),
                group_type: asked(Some(base), "Type", g.ty.rest_name().to_owned()),
                name: asked(Some(base), "Name", g.name.clone()),
                next_msg_seq: asked(Some(base), "NextMsgSeq", g.last_seq() + 1),
                member_num: asked(Some(base), "MemberNum", g.members.len() as u64),
                max_member_num: asked(Some(base), "MaxMemberNum", u64::from(g.max_members)),
                last_msg_time: asked(Some(base), "LastMsgTime", g.messages.last().map_or(0, |m| m.time)),
                owner_account: asked(Some(base), "Owner_Account", g.owner.clone().unwrap_or_default()),
                self_info,
            }
        })
        .collect();
    sorted_answer(&GetJoinedGroupListResponse { envelope: Envelope::ok(), total_count: total, group_id_list: list })
}
serve!(SendGroupMsg => send_msg);

pub fn send_msg(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SendGroupMsg = typed(body, code::INVALID_PARAM)?;
    let origin = Origin { operator: sim.options.admin.clone(), platform: "RESTAPI" };
    let answer = deliver(sim, &req, &origin);
    if let Err(Stop::Fail(f)) = &answer {
        // Group.CallbackSendMsgException: the message was read but not delivered (EN 49462).
        // Not for the app's own refusal through its Before-callback (its answer, not an
        // exception).
        let refusal = f.code == code::CALLBACK_REFUSED || MESSAGE_CODES.contains(&f.code);
        if !refusal && sim.wants::<GroupSendMsgException>() {
            let body = GroupSendMsgException {
                group_id: req.group_id.clone(),
                group_type: sim.world.groups.get(&req.group_id).map(|g| g.ty.rest_name()).unwrap_or_default(),
                from_account: req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone()),
                operator_account: sim.options.admin.clone(),
                random: req.random,
                online_only_flag: u8::from(req.online_only_flag == Some(1)),
                msg_body: serde_json::to_value(&req.msg_body).unwrap_or_default(),
                cloud_custom_data: req.cloud_custom_data.clone().unwrap_or_default(),
                error_code: f.code,
                error_info: f.info.clone(),
                event_time: sim.event_time(),
            };
            sim.fire(&body);
        }
    }
    answer
}

/// Who asks for a group message: the app admin through REST (`RESTAPI`), or a member's client
/// (the member itself, platform `Unknown`: a client action names none).
pub(crate) struct Origin {
    pub operator: String,
    pub platform: &'static str,
}

/// send_group_msg once its body is read (also a client's sendGroupMsg).
pub(crate) fn deliver(sim: &mut Simulator, req: &SendGroupMsg, origin: &Origin) -> Answer {
    let sender = req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone());
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    let topic_id = req.topic_id.as_deref().filter(|t| !t.is_empty());
    let log = msg_log(g, topic_id)?;
    if !sim.is_admin(&sender) {
        need_account(sim, &sender)?;
        let banned = g.banned_until(&sender, now);
        if banned > 0 {
            return fail(code::NO_PERMISSION, format!("\"{sender}\" is banned from group \"{}\" until {banned} (ban_group_member) and cannot send to it", g.id));
        }
        if !g.members.contains_key(&sender) {
            return fail(code::NO_PERMISSION, format!("\"{sender}\" is not a member of group \"{}\" and cannot send to it", g.id));
        }
        if super::config::muted(sim, &sender, true) {
            return fail(code::SENDER_MUTED, format!("\"{sender}\" is muted for group messages (setnospeaking)"));
        }
        // The group's mutes hold in every topic; a topic's own (forbid_send_msg with TopicId)
        // in that topic only.
        let until = super::topics::muted_in(g, topic_id, &sender, now);
        if until > 0 {
            return fail(code::SENDER_MUTED, format!("\"{sender}\" is muted in {} until {until}", topic_id.map_or_else(|| format!("group \"{}\"", g.id), |t| format!("topic \"{t}\""))));
        }
        // Live-group admins (modify_admin) speak under a room-wide mute (CN 102857); where
        // permission groups are the basis, admins are plain members and the owner alone speaks.
        let speaks_when_all_muted = match g.default_permission {
            Some(_) => g.owner.as_deref() == Some(sender.as_str()),
            None => g.members.get(&sender).is_some_and(|m| m.role != Role::Member) || g.live_admins.contains(&sender),
        };
        if g.mute_all && !speaks_when_all_muted {
            return fail(code::SENDER_MUTED, format!("group \"{}\" has everyone muted (MuteAllMember On) but the owner and admins", g.id));
        }
        // A topic's MuteAllMember (modify_topic) mutes it as the group's mutes the group.
        if let Some(id) = topic_id {
            if topic(g, id)?.mute_all && !speaks_when_all_muted {
                return fail(code::SENDER_MUTED, format!("topic \"{id}\" has everyone muted (MuteAllMember On) but the owner and admins"));
            }
        }
    }
    // The same Random within 5 minutes is a duplicate: answer the first message, store nothing.
    if let Some(first) = log.messages().iter().rev().take_while(|m| now.saturating_sub(m.time) <= DUPLICATE_WINDOW_SECONDS).find(|m| m.random == req.random) {
        return answer(&SendGroupMsgResponse { envelope: Envelope::ok(), msg_time: first.time, msg_seq: first.seq, msg_drop_reason: None });
    }
    // Moderation reads the text before anything else does (a replaced word is what the
    // callbacks, the members and the history see).
    let moderated;
    let req = match sim.moderate_message(&req.msg_body, &sender, super::moderation::Contact::Group(&req.group_id), req.cloud_custom_data.as_deref())? {
        Some(msg_body) => {
            moderated = SendGroupMsg { msg_body, ..req.clone() };
            &moderated
        }
        None => req,
    };
    let g = group(sim, &req.group_id)?;
    let forbid = |what: &str| req.forbid_callback_control.as_ref().is_some_and(|f| f.iter().any(|x| x == what));
    let online_only = u8::from(req.online_only_flag == Some(1) && g.ty != GroupType::AVChatRoom);
    let fire_after = !forbid("ForbidAfterSendMsgCallback") && sim.wants::<GroupAfterSendMsg>();
    let group_type = g.ty.rest_name();
    // Built only for an app that asks (sends are the hot path).
    let before = |sim: &Simulator| GroupBeforeSendMsg {
        group_id: req.group_id.clone(),
        group_type,
        from_account: sender.clone(),
        operator_account: origin.operator.clone(),
        random: req.random,
        online_only_flag: online_only,
        msg_body: serde_json::to_value(&req.msg_body).unwrap_or_default(),
        cloud_custom_data: req.cloud_custom_data.clone().unwrap_or_default(),
        topic_id: topic_id.map(str::to_owned),
        event_time: sim.event_time(),
    };
    let mut rewritten = None;
    let mut cloud_custom_data = req.cloud_custom_data.clone();
    let gate = sim.gate(forbid("ForbidBeforeSendMsgCallback"), origin.platform, before)?;
    if let Gate::Drop = gate {
        // Dropped by the app: the sender sees success, nothing is stored.
        return answer(&SendGroupMsgResponse { envelope: Envelope::ok(), msg_time: now, msg_seq: 0, msg_drop_reason: None });
    }
    if let Some(b) = gate.msg_body() {
        rewritten = Some(b);
    }
    if let Some(d) = gate.cloud_custom_data() {
        cloud_custom_data = Some(d);
    }
    // The After-callback carries the message as delivered (rewritten by the app, maybe).
    let after = |sim: &Simulator, msg_seq: u64| GroupAfterSendMsg {
        group_id: req.group_id.clone(),
        group_type,
        from_account: sender.clone(),
        operator_account: origin.operator.clone(),
        random: req.random,
        msg_seq,
        msg_time: now,
        online_only_flag: online_only,
        msg_body: rewritten.clone().unwrap_or_else(|| serde_json::to_value(&req.msg_body).unwrap_or_default()),
        cloud_custom_data: cloud_custom_data.clone().unwrap_or_default(),
        topic_id: topic_id.map(str::to_owned),
        event_time: sim.event_time(),
    };
    // Robots it @-mentions hear of it (Bot.OnGroupMessage, 1047/68953).
    let at_robots = if sim.wants::<BotOnGroupMessage>() { super::openim_robot_http_svc::mentioned_robots(sim, &req.group_id, req.group_at_info.as_deref(), &sender) } else { vec![] };
    let g = group(sim, &req.group_id)?;
    if req.online_only_flag == Some(1) {
        // Online-only messages are delivered, not stored: no seq, no history, no receipt.
        if fire_after {
            let body = after(sim, 0);
            sim.fire_from(origin.platform, &body);
        }
        if !at_robots.is_empty() {
            let body = BotOnGroupMessage::mentioned(after(sim, 0), at_robots);
            sim.fire_from(origin.platform, &body);
        }
        return answer(&SendGroupMsgResponse { envelope: Envelope::ok(), msg_time: now, msg_seq: 0, msg_drop_reason: None });
    }
    let seq = msg_log(g, topic_id)?.last_seq() + 1;
    let no_unread = req.send_msg_control.as_ref().is_some_and(|c| c.iter().any(|x| x == "NoUnread"));
    let body = match &rewritten {
        Some(b) => msg_body(b),
        None => msg_body(&req.msg_body),
    };
    let g = group_mut(sim, &req.group_id)?;
    if let Some(m) = g.members.get_mut(&sender) {
        m.last_send_time = now;
    }
    let log = msg_log_mut(g, topic_id)?;
    log.push_message(GroupMsg {
        seq,
        time: now,
        sender: sender.clone(),
        random: req.random,
        body,
        priority: req.msg_priority.clone().unwrap_or_else(|| "Normal".into()),
        need_receipt: req.need_read_receipt == Some(1),
        no_unread,
        recalled: false,
        cloud_custom_data: cloud_custom_data.clone(),
        ext: (req.support_message_extension == Some(1)).then(MsgExt::default),
    });
    // Sending reads everything up to one's own message (in the topic, for a topic message).
    if log.read_seq(&sender).is_some() {
        log.set_read_seq(&sender, seq);
    }
    if fire_after {
        let body = after(sim, seq);
        sim.fire_from(origin.platform, &body);
    }
    if !at_robots.is_empty() {
        let body = BotOnGroupMessage::mentioned(after(sim, seq), at_robots);
        sim.fire_from(origin.platform, &body);
    }
    answer(&SendGroupMsgResponse { envelope: Envelope::ok(), msg_time: now, msg_seq: seq, msg_drop_reason: None })
}

fn priority_code(p: &str) -> u32 {
    match p {
        "High" => 1,
        "Low" => 3,
        "Lowest" => 4,
        _ => 2,
    }
}
serve!(read GroupMsgGetSimple => get_simple);

pub fn get_simple(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GroupMsgGetSimple = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    // With TopicId: the topic's own messages and seqs.
    let log = msg_log(g, req.topic_id.as_deref())?;
    // Seqs start at 1, so 0 names no message: it is "not given" (the latest), as the SDKs
    // that send 0 by default mean it (decisions.md, "Simulator").
    let upto = req.req_msg_seq.filter(|&seq| seq != 0).unwrap_or(u64::MAX).min(log.last_seq());
    let with_recalled = req.with_recalled_msg == Some(1);
    // Older than the plan keeps history: gone.
    let floor = sim.history_floor();
    let mut list = Vec::new();
    let mut seq = upto;
    while seq >= 1 && list.len() < req.req_msg_number as usize {
        if let Some(m) = log.message(seq).filter(|m| m.time >= floor) {
            if !m.recalled || with_recalled {
                list.push(WireGroupMsg {
                    from_account: m.sender.clone(),
                    // 2: a recalled message (1 is for deleted or expired ones).
                    is_place_msg: if m.recalled { 2 } else { 0 },
                    msg_body: if m.recalled { Value::Array(Vec::new()) } else { body_value(&m.body) },
                    msg_priority: priority_code(&m.priority),
                    msg_random: m.random,
                    msg_seq: m.seq,
                    msg_time_stamp: m.time,
                    is_system_msg: 0,
                    msg_flag_bits: None,
                });
            }
        }
        seq -= 1;
    }
    answer(&GroupMsgGetSimpleResponse { envelope: Envelope::ok(), group_id: g.id.clone(), is_finished: u8::from(seq == 0), rsp_msg_list: list })
}
serve!(GroupMsgReceiptRequest => mark_read(endpoint));

/// group_msg_receipt: the admin marks messages read for a member (cumulative).
pub fn mark_read(sim: &mut Simulator, endpoint: &Endpoint, body: Body<'_>) -> Answer {
    let req: GroupMsgReceiptRequest = typed(body, code::INVALID_PARAM)?;
    receipts_enabled(sim)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    need_account(sim, &req.from_account)?;
    need_member(g, &req.from_account)?;
    if let Some(bad) = req.msg_seq_list.iter().find(|s| g.message(s.msg_seq).is_none()) {
        return fail(code::INVALID_PARAM, format!("message {} does not exist in group \"{}\" (last seq {})", bad.msg_seq, g.id, g.last_seq()));
    }
    let upto = req.msg_seq_list.iter().map(|s| s.msg_seq).max().unwrap_or(0);
    let current = g.members.get(&req.from_account).map_or(0, |m| m.read_seq);
    let on = sim.wants::<GroupAfterReadReceipt>();
    let event_time = sim.event_time();
    let g = group_mut(sim, &req.group_id)?;
    g.set_read_seq(&req.from_account, current.max(upto));
    if on {
        // The receipts' counts after this read, and who sent it.
        let group_msg_receipt_list = req
            .msg_seq_list
            .iter()
            .filter_map(|s| g.receipt(s.msg_seq).map(|r| ReceiptItem { msg_seq: s.msg_seq, read_num: r.read, unread_num: r.unread, read_receipt_members: member_items([req.from_account.as_str()]) }))
            .collect();
        let callback = GroupAfterReadReceipt { group_id: g.id.clone(), group_type: g.ty.rest_name(), group_msg_receipt_list, event_time };
        sim.fire(&callback);
    }
    ok()
}
serve!(read GetGroupMsgReceipt => receipts(endpoint));

pub fn receipts(sim: &Simulator, endpoint: &Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupMsgReceipt = typed(body, code::INVALID_PARAM)?;
    receipts_enabled(sim)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let list = req
        .msg_seq_list
        .iter()
        .map(|s| match g.message(s.msg_seq).filter(|m| m.need_receipt).and_then(|_| g.receipt(s.msg_seq)) {
            Some(c) => GroupMsgReceipt { code: 0, msg_seq: s.msg_seq, read_num: c.read, unread_num: c.unread },
            None => GroupMsgReceipt { code: code::NO_RECEIPT, msg_seq: s.msg_seq, read_num: 0, unread_num: 0 },
        })
        .collect();
    answer(&GetGroupMsgReceiptResponse { envelope: Envelope::ok(), group_msg_receipt_list: list })
}
serve!(read GetGroupMsgReceiptDetail => receipt_detail(endpoint));

pub fn receipt_detail(sim: &Simulator, endpoint: &Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupMsgReceiptDetail = typed(body, code::INVALID_PARAM)?;
    receipts_enabled(sim)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let Some(msg) = g.message(req.msg_seq).filter(|m| m.need_receipt) else {
        return fail(code::NO_RECEIPT, format!("message {} of group \"{}\" has no read receipt", req.msg_seq, g.id));
    };
    let after = if req.cursor.is_empty() {
        0
    } else {
        req.cursor.parse::<u64>().map_err(|_| Fail { code: code::INVALID_PARAM, info: format!("invalid Cursor \"{}\": pass \"\" or the Cursor of the previous page", req.cursor) })?
    };
    // Count 0 or above 200 counts as 200.
    let page_size = if req.count == 0 { DETAIL_PAGE_MAX } else { req.count.min(DETAIL_PAGE_MAX) } as usize;
    let want_read = req.filter == 0;
    let matching: Vec<(&String, &Member)> = members_in_order(g)
        .into_iter()
        .filter(|(a, m)| m.join_order > after && g.in_audience(a, m, msg) && (m.read_seq >= msg.seq) == want_read)
        .collect();
    let page = matching.get(..page_size.min(matching.len())).unwrap_or_default();
    let finished = matching.len() <= page_size;
    let cursor = if finished { String::new() } else { page.last().map(|(_, m)| m.join_order.to_string()).unwrap_or_default() };
    let names = page.iter().map(|(a, _)| (*a).clone());
    let (read_list, unread_list) = if want_read {
        (Some(names.map(|read_account| ReadAccount { read_account }).collect()), None)
    } else {
        (None, Some(names.map(|unread_account| UnreadAccount { unread_account }).collect()))
    };
    answer(&GetGroupMsgReceiptDetailResponse { envelope: Envelope::ok(), msg_seq: req.msg_seq, read_list, unread_list, cursor, is_finished: u8::from(finished) })
}
serve!(SendGroupSystemNotification => system_notification);

pub fn system_notification(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SendGroupSystemNotification = typed(body, code::INVALID_PARAM)?;
    let now = sim.now();
    let g = group_mut(sim, &req.group_id)?;
    let to: Vec<String> = req.to_members_account.unwrap_or_default().into_iter().filter(|a| g.members.contains_key(a)).collect();
    g.notifications.push(SystemNotification { time: now, to, content: req.content });
    ok()
}
serve!(SetUnreadMsgNum => set_unread(endpoint));

/// set_unread_msg_num (decisions.md 1–3): read position = last seq − min(n, message count
/// after the cleared history).
pub fn set_unread(sim: &mut Simulator, endpoint: &Endpoint, body: Body<'_>) -> Answer {
    let req: SetUnreadMsgNum = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    need_account(sim, &req.member_account)?;
    need_member(g, &req.member_account)?;
    if !applies(endpoint, g)? {
        return ok();
    }
    let last = g.last_seq();
    // Cleared messages are never unread (clear_group_msg): at most the rest count.
    let effective = req.unread_msg_num.min(last - g.cleared_seq());
    group_mut(sim, &req.group_id)?.set_read_seq(&req.member_account, last - effective);
    ok()
}
