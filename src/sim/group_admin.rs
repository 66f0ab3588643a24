//! Handlers of group administration: listing the app's groups, profiles and custom fields,
//! member roles, owners and mutes. They share the group state of `sim/group.rs`.

use super::dispatch::serve;
use super::group::{applies, asked, group, group_mut, member_info_item, members_in_order, need_account, need_member};
use super::topics::{msg_log, msg_log_mut, mutes, mutes_mut};
use super::state::{Broadcast, Group, Role};
use super::{answer, fail, ok, sorted_answer, typed, Answer, Body, Fail, Simulator};
use crate::api::group_open_http_svc::change_group_owner::ChangeGroupOwner;
use crate::api::group_open_http_svc::forbid_send_msg::ForbidSendMsg;
use crate::api::group_open_http_svc::get_appid_group_list::{GetAppidGroupList, GetAppidGroupListResponse, GroupIdItem};
use crate::api::group_open_http_svc::get_group_info::{GetGroupInfo, GetGroupInfoResponse, GroupInfo};
use crate::api::group_open_http_svc::get_group_member_info::MemberInfo;
use crate::api::group_open_http_svc::get_group_muted_account::{GetGroupMutedAccount, GetGroupMutedAccountResponse, MutedAccount};
use crate::api::group_open_http_svc::get_group_shutted_uin::{GetGroupShuttedUinResponse, ShuttedUin};
use crate::api::group_open_http_svc::get_online_member_num::{GetOnlineMemberNum, GetOnlineMemberNumResponse};
use crate::api::group_open_http_svc::delete_group_msg_by_sender::DeleteGroupMsgBySender;
use crate::api::group_open_http_svc::send_broadcast_msg::{SendBroadcastMsg, SendBroadcastMsgResponse};
use crate::api::group_open_http_svc::get_role_in_group::{GetRoleInGroup, GetRoleInGroupResponse, MemberRole};
use crate::api::group_open_http_svc::group_msg_recall::{GroupMsgRecall, GroupMsgRecallResponse, RecallResult};
use crate::api::group_open_http_svc::modify_group_base_info::ModifyGroupBaseInfo;
use crate::api::group_open_http_svc::modify_group_member_info::ModifyGroupMemberInfo;
use crate::api::{Envelope, KeyValue, MsgSeqItem};
use super::callbacks::group::{GroupAfterChangeGroupOwner, GroupAfterGroupInfoChanged, GroupAfterMemberFieldChanged, GroupAfterRecallMsg};
use crate::protocol::errors::code;
use crate::vocab::{Endpoint, GroupType};
use std::collections::BTreeMap;

/// get_appid_group_list cursors start above 2^32, so a client that keeps `Next` in 32 bits is
/// caught at once (the page's sample cursor is above 2^32 too).
const CURSOR_BASE: u64 = 1 << 32;
const LIST_PAGE_MAX: u32 = 10_000;
/// Mute seconds meaning "for good".
const FOREVER: u64 = u32::MAX as u64;
/// Custom fields: keys per group and per member, value bytes (269/1502).
const GROUP_CUSTOM_KEYS: usize = 10;
const MEMBER_CUSTOM_KEYS: usize = 5;
const GROUP_CUSTOM_VALUE: usize = 512;
const MEMBER_CUSTOM_VALUE: usize = 64;
serve!(read GetAppidGroupList => list);

pub fn list(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetAppidGroupList = typed(body, code::INVALID_PARAM)?;
    let ty = match req.group_type.as_deref() {
        None | Some("") => None,
        Some(name) => Some(GroupType::from_name(name).ok_or_else(|| Fail { code: code::INVALID_PARAM, info: format!("invalid GroupType \"{name}\"") })?),
    };
    let start = match req.next.unwrap_or(0) {
        0 => 0,
        n if n > CURSOR_BASE => usize::try_from(n - CURSOR_BASE).unwrap_or(usize::MAX),
        n => return fail(code::INVALID_PARAM, format!("Next {n} is not a cursor this service gave (keep Next as a 64-bit integer)")),
    };
    let mut groups: Vec<&Group> = sim.world.groups.values().filter(|g| ty.is_none_or(|t| g.ty == t)).collect();
    // By creation, then ID (`groups` is keyed by ID).
    super::state::sort_by_order(&mut groups, |g| g.created);
    let limit = match req.limit {
        None | Some(0) => LIST_PAGE_MAX,
        Some(l) => l,
    } as usize;
    let page: Vec<GroupIdItem> = groups.iter().skip(start).take(limit).map(|g| GroupIdItem { group_id: g.id.clone() }).collect();
    let end = start.saturating_add(page.len());
    let next = if end < groups.len() { CURSOR_BASE + end as u64 } else { 0 };
    answer(&GetAppidGroupListResponse { envelope: Envelope::ok(), total_count: groups.len() as u64, group_id_list: page, next })
}

/// Custom fields as `[{Key, Value}]`, only the keys asked for.
fn custom_items(custom: &BTreeMap<String, String>, keys: &[String]) -> Vec<KeyValue> {
    keys.iter().filter_map(|k| custom.get(k).map(|v| KeyValue { key: k.clone(), value: v.clone() })).collect()
}

/// One group's `GroupInfo` item with what the filter asks for.
fn group_info(sim: &Simulator, g: &Group, req: &GetGroupInfo) -> GroupInfo {
    let filter = req.response_filter.as_ref();
    // No filter: every profile field; a filter: the fields its GroupBaseInfoFilter names.
    let base = filter.map(|f| f.group_base_info_filter.as_deref().unwrap_or_default());
    let live = g.ty == GroupType::AVChatRoom;
    let mute_all = if g.mute_all { "On" } else { "Off" };
    let member_filter = filter.and_then(|f| f.member_info_filter.as_deref());
    let members = (!live && (filter.is_none() || member_filter.is_some())).then(|| {
        let member_keys = filter.and_then(|f| f.app_defined_data_filter_group_member.as_deref());
        let now = sim.now();
        let list = members_in_order(g).into_iter().map(|(account, m)| {
            let until = g.muted_until(account, now);
            // The custom fields asked for (ShutUpUntil, the older name, comes as the others do).
            let app_member_defined_data = member_keys.map(|keys| serde_json::to_value(custom_items(&m.custom, keys)).unwrap_or_default());
            MemberInfo { app_member_defined_data, ..member_info_item(account, m, until, member_filter) }
        });
        list.collect()
    });
    GroupInfo {
        group_id: g.id.clone(),
        error_code: 0,
        error_info: String::new(),
        group_type: asked(base, "Type", g.ty.rest_name().to_owned()),
        name: asked(base, "Name", g.name.clone()),
        introduction: asked(base, "Introduction", g.introduction.clone()),
        notification: asked(base, "Notification", g.notification.clone()),
        face_url: asked(base, "FaceUrl", g.face_url.clone()),
        owner_account: asked(base, "Owner_Account", g.owner.clone().unwrap_or_default()),
        create_time: asked(base, "CreateTime", g.created),
        info_seq: asked(base, "InfoSeq", g.info_seq),
        last_info_time: asked(base, "LastInfoTime", g.last_info_time),
        last_msg_time: asked(base, "LastMsgTime", g.messages.last().map_or(0, |m| m.time)),
        next_msg_seq: asked(base, "NextMsgSeq", g.last_seq() + 1),
        // A live group does not say how many it has.
        member_num: asked(base, "MemberNum", g.members.len() as u64).filter(|_| !live),
        max_member_num: asked(base, "MaxMemberNum", u64::from(g.max_members)),
        apply_join_option: asked(base, "ApplyJoinOption", g.apply_join_option.clone()),
        invite_join_option: asked(base, "InviteJoinOption", g.invite_join_option.clone()),
        shut_up_all_member: asked(base, "ShutUpAllMember", mute_all.to_owned()),
        mute_all_member: asked(base, "MuteAllMember", mute_all.to_owned()),
        app_defined_data: filter.and_then(|f| f.app_defined_data_filter_group.as_deref()).map(|keys| custom_items(&g.custom, keys)),
        member_list: members,
    }
}
serve!(read GetGroupInfo => info);

/// Per group: its item, or `{GroupId, ErrorCode: 10010}` while the request stays OK.
pub fn info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetGroupInfo = typed(body, code::INVALID_PARAM)?;
    let items = req
        .group_id_list
        .iter()
        .map(|id| match sim.world.groups.get(id) {
            Some(g) => group_info(sim, g, &req),
            None => GroupInfo { group_id: id.clone(), error_code: code::GROUP_NOT_FOUND, error_info: format!("group \"{id}\" does not exist or has been disbanded"), ..GroupInfo::default() },
        })
        .collect();
    sorted_answer(&GetGroupInfoResponse { envelope: Envelope::ok(), group_info: items })
}

/// Upserts custom fields (an empty value deletes one) within the documented limits.
fn merge_custom(custom: &BTreeMap<String, String>, set: &[KeyValue], max_keys: usize, max_value: usize, whose: &str) -> Result<BTreeMap<String, String>, Fail> {
    let mut merged = custom.clone();
    for kv in set {
        let key_ok = (1..=16).contains(&kv.key.len()) && kv.key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !key_ok {
            return fail(code::INVALID_PARAM, format!("custom field key \"{}\" must be 1-16 letters, digits or _", kv.key));
        }
        if kv.value.len() > max_value {
            return fail(code::INVALID_PARAM, format!("custom field \"{}\" is {} bytes; a {whose} value is at most {max_value}", kv.key, kv.value.len()));
        }
        if kv.value.is_empty() {
            merged.remove(&kv.key);
        } else {
            merged.insert(kv.key.clone(), kv.value.clone());
        }
    }
    if merged.len() > max_keys {
        return fail(code::INVALID_PARAM, format!("a {whose} has at most {max_keys} custom fields"));
    }
    Ok(merged)
}
serve!(ModifyGroupBaseInfo => modify_base);

pub fn modify_base(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ModifyGroupBaseInfo = typed(body, code::INVALID_PARAM)?;
    if let Some(from) = &req.from_account {
        need_account(sim, from)?;
    }
    let now = sim.now();
    let cap = sim.member_cap(group(sim, &req.group_id)?.ty);
    let g = group(sim, &req.group_id)?;
    if let Some(max) = req.max_member_num.filter(|_| g.ty != GroupType::AVChatRoom) {
        if max > cap || (max as usize) < g.members.len() {
            return fail(code::INVALID_PARAM, format!("MaxMemberNum {max} must be from the {} members to the type's cap of {cap}", g.members.len()));
        }
    }
    let custom = merge_custom(&g.custom, req.app_defined_data.as_deref().unwrap_or_default(), GROUP_CUSTOM_KEYS, GROUP_CUSTOM_VALUE, "group")?;
    // Only the name, introduction, notice and photo fire it (CN 1047/34378), each present
    // when the request set it.
    let profile_set = req.name.is_some() || req.introduction.is_some() || req.notification.is_some() || req.face_url.is_some();
    let callback = (profile_set && sim.wants::<GroupAfterGroupInfoChanged>()).then(|| GroupAfterGroupInfoChanged {
        group_id: g.id.clone(),
        group_type: g.ty.rest_name(),
        operator_account: req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone()),
        name: req.name.clone(),
        introduction: req.introduction.clone(),
        notification: req.notification.clone(),
        face_url: req.face_url.clone(),
        event_time: sim.event_time(),
    });
    let g = group_mut(sim, &req.group_id)?;
    let set = |field: &mut String, value: Option<String>| {
        if let Some(v) = value {
            *field = v;
        }
    };
    set(&mut g.name, req.name);
    set(&mut g.introduction, req.introduction);
    set(&mut g.notification, req.notification);
    set(&mut g.face_url, req.face_url);
    set(&mut g.apply_join_option, req.apply_join_option);
    set(&mut g.invite_join_option, req.invite_join_option);
    if let Some(max) = req.max_member_num.filter(|_| g.ty != GroupType::AVChatRoom) {
        g.max_members = max;
    }
    if let Some(on) = req.mute_all_member {
        g.mute_all = on == "On";
    }
    g.custom = custom;
    g.info_seq += 1;
    g.last_info_time = now;
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}

/// Mute seconds → until when (`u64::MAX`: for good; 0: unmuted).
pub(crate) fn mute_until(now: u64, seconds: u64) -> u64 {
    match seconds {
        0 => 0,
        FOREVER => u64::MAX,
        s => now.saturating_add(s),
    }
}

/// Mutes or (`until` 0) unmutes in a mute map, the group's or a topic's.
pub(crate) fn set_mute(muted: &mut BTreeMap<String, u64>, account: &str, until: u64) {
    if until == 0 {
        muted.remove(account);
    } else {
        muted.insert(account.to_owned(), until);
    }
}
serve!(ModifyGroupMemberInfo => modify_member(endpoint));

pub fn modify_member(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupMemberInfo = typed(body, code::INVALID_PARAM)?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    need_account(sim, &req.member_account)?;
    let m = need_member(g, &req.member_account)?;
    if req.role.is_some() && m.role == Role::Owner {
        return fail(code::INVALID_PARAM, "the owner's role does not change here: use change_group_owner");
    }
    if req.role.as_deref() == Some("Admin") && g.ty == GroupType::Private {
        return fail(code::NO_PERMISSION, "Work (Private) groups have no admins");
    }
    if req.mute_time.is_some_and(|t| t > 0) && g.ty == GroupType::Private {
        return fail(code::NO_PERMISSION, "Work (Private) groups cannot mute members");
    }
    let custom = merge_custom(&m.custom, req.app_member_defined_data.as_deref().unwrap_or_default(), MEMBER_CUSTOM_KEYS, MEMBER_CUSTOM_VALUE, "member")?;
    // Only the role and the name card fire it (CN 105353), each present when the request set it.
    let field_set = req.role.is_some() || req.name_card.is_some();
    let callback = (field_set && sim.wants::<GroupAfterMemberFieldChanged>()).then(|| GroupAfterMemberFieldChanged {
        group_id: g.id.clone(),
        group_type: g.ty.rest_name(),
        operator_account: sim.options.admin.clone(),
        modified_account: req.member_account.clone(),
        role: req.role.clone(),
        name_card: req.name_card.clone(),
        event_time: sim.event_time(),
    });
    let g = group_mut(sim, &req.group_id)?;
    if let Some(t) = req.mute_time {
        set_mute(&mut g.muted, &req.member_account, mute_until(now, t));
    }
    let Some(m) = g.members.get_mut(&req.member_account) else { return ok() };
    if let Some(role) = req.role {
        m.role = if role == "Admin" { Role::Admin } else { Role::Member };
    }
    if let Some(flag) = req.msg_flag {
        m.msg_flag = flag;
    }
    if let Some(card) = req.name_card {
        m.name_card = card;
    }
    m.custom = custom;
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}
serve!(ChangeGroupOwner => change_owner(endpoint));

pub fn change_owner(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ChangeGroupOwner = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    need_account(sim, &req.new_owner_account)?;
    need_member(g, &req.new_owner_account)?;
    let callback = sim.wants::<GroupAfterChangeGroupOwner>().then(|| GroupAfterChangeGroupOwner {
        group_id: g.id.clone(),
        group_type: g.ty.rest_name(),
        operator_account: req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone()),
        old_owner_account: g.owner.clone().unwrap_or_default(),
        new_owner_account: req.new_owner_account.clone(),
        event_time: sim.event_time(),
    });
    let g = group_mut(sim, &req.group_id)?;
    if let Some(old) = g.owner.take() {
        if let Some(m) = g.members.get_mut(&old) {
            m.role = Role::Member;
        }
    }
    if let Some(m) = g.members.get_mut(&req.new_owner_account) {
        m.role = Role::Owner;
    }
    g.owner = Some(req.new_owner_account);
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}
serve!(read GetRoleInGroup => roles(endpoint));

pub fn roles(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetRoleInGroup = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let user_id_list = req.user_account.into_iter().map(|a| MemberRole { role: g.members.get(&a).map_or("NotMember", |m| m.role.name()).into(), member_account: a }).collect();
    answer(&GetRoleInGroupResponse { envelope: Envelope::ok(), user_id_list })
}
serve!(ForbidSendMsg => mute(endpoint));

/// Mutes are kept by account: an account muted before joining (or after leaving) stays muted.
/// With `TopicId`, in that topic only (the group's mutes hold in every topic).
pub fn mute(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ForbidSendMsg = typed(body, code::INVALID_PARAM)?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    mutes(g, req.topic_id.as_deref())?;
    for a in &req.members_account {
        need_account(sim, a)?;
    }
    let until = mute_until(now, req.mute_time);
    let muted = mutes_mut(group_mut(sim, &req.group_id)?, req.topic_id.as_deref())?;
    for a in &req.members_account {
        set_mute(muted, a, until);
    }
    ok()
}

/// A member's client mutes (client action `muteGroupMember`): the group's type must allow
/// mutes (not Work), `account` may mute `member` (`may_act_on`), then as forbid_send_msg.
pub(crate) fn client_mute(sim: &mut Simulator, group_id: &str, account: &str, member: &str, seconds: u64, topic_id: Option<&str>) -> Result<(), Fail> {
    let now = sim.now();
    let g = group(sim, group_id)?;
    applies(&crate::api::group_open_http_svc::forbid_send_msg::ENDPOINT, g)?;
    mutes(g, topic_id)?;
    need_account(sim, member)?;
    super::permission_groups::may_act_on(g, account, member, topic_id, &super::permission_groups::MUTE)?;
    set_mute(mutes_mut(group_mut(sim, group_id)?, topic_id)?, member, mute_until(now, seconds.min(FOREVER)));
    Ok(())
}

/// Accounts muted now, as (account, until) with "for good" as 4294967295.
fn muted_now(muted: &BTreeMap<String, u64>, now: u64) -> impl Iterator<Item = (String, u64)> + '_ {
    muted.iter().filter(move |(_, &until)| until > now).map(|(a, &until)| (a.clone(), until.min(FOREVER)))
}
serve!(read GetGroupMutedAccount => muted);

pub fn muted(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetGroupMutedAccount = typed(body, code::INVALID_PARAM)?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    let muted_account_list = muted_now(mutes(g, req.topic_id.as_deref())?, now).map(|(member_account, muted_until)| MutedAccount { member_account, muted_until }).collect();
    answer(&GetGroupMutedAccountResponse { envelope: Envelope::ok(), group_id: g.id.clone(), muted_account_list })
}
serve!(read crate::api::group_open_http_svc::get_group_shutted_uin::GetGroupShuttedUin => shutted);

pub fn shutted(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetGroupMutedAccount = typed(body, code::INVALID_PARAM)?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    let shutted_uin_list = muted_now(&g.muted, now).map(|(member_account, shutted_until)| ShuttedUin { member_account, shutted_until }).collect();
    answer(&GetGroupShuttedUinResponse { envelope: Envelope::ok(), group_id: g.id.clone(), shutted_uin_list })
}
serve!(read GetOnlineMemberNum => online(endpoint));

/// AVChatRoom members whose client is online on some platform.
pub fn online(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetOnlineMemberNum = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    answer(&GetOnlineMemberNumResponse { envelope: Envelope::ok(), online_member_num: online_members(sim, g) })
}

/// Members of the group logged in on some platform now.
pub(crate) fn online_members(sim: &Simulator, g: &Group) -> u64 {
    g.members.keys().filter(|a| sim.person(a).is_some_and(|p| p.online.values().any(|s| s == "Online"))).count() as u64
}
serve!(GroupMsgRecall => recall(endpoint));

/// Recalled messages keep their seqs: NextMsgSeq, read positions, unread counts and receipts
/// do not change; history shows them as placeholders (`IsPlaceMsg: 2`).
pub fn recall(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GroupMsgRecall = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let topic_id = req.topic_id.as_deref().filter(|t| !t.is_empty());
    msg_log(g, topic_id)?;
    let admin = sim.options.admin.clone();
    let recall_ret_list = recall_seqs(sim, &req.group_id, topic_id, &req.msg_seq_list, admin, "RESTAPI")?;
    answer(&GroupMsgRecallResponse { envelope: Envelope::ok(), recall_ret_list })
}

/// Recalls the seqs (the topic's, with one) and tells the app who did
/// (Group.CallbackAfterRecallMsg, those recalled now): one result per seq, 10030 for a seq
/// with no message or one recalled before. Shared by group_msg_recall and `recallGroupMsg`.
fn recall_seqs(sim: &mut Simulator, group_id: &str, topic_id: Option<&str>, seqs: &[MsgSeqItem], operator_account: String, platform: &str) -> Result<Vec<RecallResult>, Fail> {
    let group_type = group(sim, group_id)?.ty.rest_name();
    let on = sim.wants::<GroupAfterRecallMsg>();
    let event_time = sim.event_time();
    let messages = msg_log_mut(group_mut(sim, group_id)?, topic_id)?.messages_mut();
    let recall_ret_list = seqs
        .iter()
        .map(|item| {
            let index = usize::try_from(item.msg_seq).ok().and_then(|s| s.checked_sub(1));
            let ret_code = match index.and_then(|i| messages.get_mut(i)) {
                Some(m) if !m.recalled => {
                    m.recalled = true;
                    m.ext = None;
                    0
                }
                _ => code::RECALL_NOT_FOUND,
            };
            RecallResult { msg_seq: item.msg_seq, ret_code }
        })
        .collect::<Vec<_>>();
    let msg_seq_list: Vec<MsgSeqItem> = if on { recall_ret_list.iter().filter(|r| r.ret_code == 0).map(|r| MsgSeqItem { msg_seq: r.msg_seq }).collect() } else { vec![] };
    if !msg_seq_list.is_empty() {
        let body = GroupAfterRecallMsg { operator_account, group_type, group_id: group_id.to_owned(), msg_seq_list, topic_id: topic_id.map(str::to_owned), event_time };
        sim.fire_from(platform, &body);
    }
    Ok(recall_ret_list)
}

/// How old a message a client may recall (the console's default, "默认2分钟").
const CLIENT_RECALL_SECONDS: u64 = 120;

/// A member's client removes `member` (client action `kickGroupMember`, the SDK's
/// kickGroupMember): not in a live group ("直播群只支持禁言，不支持踢人", 10007), only the owner in a
/// Work group, else as `may_act_on` allows; then as delete_group_member, from the client.
pub(crate) fn client_kick(sim: &mut Simulator, group_id: &str, account: &str, member: &str) -> Result<(), Fail> {
    let g = group(sim, group_id)?;
    if g.ty == GroupType::AVChatRoom {
        return fail(code::NO_PERMISSION, format!("group \"{group_id}\" is an AVChatRoom: its members cannot be removed, only muted or banned"));
    }
    need_member(g, member)?;
    if account == member {
        return fail(code::INVALID_PARAM, format!("\"{account}\" cannot remove itself (quitGroup leaves)"));
    }
    if g.ty == GroupType::Private && g.owner.as_deref() != Some(account) {
        return fail(code::NO_PERMISSION, format!("only the owner removes members of Work group \"{group_id}\""));
    }
    super::permission_groups::may_act_on(g, account, member, None, &super::permission_groups::KICK)?;
    super::group::kick(sim, group_id, &[member.to_owned()], account, "Unknown")
}

/// A member's client recalls message `seq` (client action `recallGroupMsg`): where
/// group_msg_recall would, its own message or, as `may_act_on` allows, another's; within two
/// minutes of its sending (10031); then as group_msg_recall, from the client.
pub(crate) fn client_recall(sim: &mut Simulator, group_id: &str, account: &str, seq: u64, topic_id: Option<&str>) -> Result<(), Fail> {
    let now = sim.now();
    let g = group(sim, group_id)?;
    applies(&crate::api::group_open_http_svc::group_msg_recall::ENDPOINT, g)?;
    let topic_id = topic_id.filter(|t| !t.is_empty());
    let log = msg_log(g, topic_id)?;
    if !g.members.contains_key(account) {
        return fail(code::NO_PERMISSION, format!("\"{account}\" is not a member of group \"{group_id}\""));
    }
    let index = usize::try_from(seq).ok().and_then(|s| s.checked_sub(1));
    let Some(m) = index.and_then(|i| log.messages().get(i)).filter(|m| !m.recalled) else {
        return fail(code::RECALL_NOT_FOUND, format!("message {seq} does not exist or was recalled"));
    };
    if m.sender != account {
        super::permission_groups::may_act_on(g, account, &m.sender, topic_id, &super::permission_groups::RECALL)?;
    }
    if now.saturating_sub(m.time) > CLIENT_RECALL_SECONDS {
        return fail(code::RECALL_TOO_LATE, format!("message {seq} was sent more than {CLIENT_RECALL_SECONDS} seconds ago"));
    }
    recall_seqs(sim, group_id, topic_id, &[MsgSeqItem { msg_seq: seq }], account.to_owned(), "Unknown")?;
    Ok(())
}

/// The group's latest messages delete_group_msg_by_sender looks at.
const RECALL_BY_SENDER_WINDOW: usize = 1000;
serve!(DeleteGroupMsgBySender => recall_by_sender(endpoint));

/// Silent: the messages become placeholders; nobody is told.
pub fn recall_by_sender(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DeleteGroupMsgBySender = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    if !applies(endpoint, g)? {
        return ok();
    }
    msg_log(g, req.topic_id.as_deref())?;
    // With TopicId: the topic's latest messages.
    let log = msg_log_mut(group_mut(sim, &req.group_id)?, req.topic_id.as_deref())?;
    for m in log.messages_mut().iter_mut().rev().take(RECALL_BY_SENDER_WINDOW).filter(|m| m.sender == req.sender_account) {
        m.recalled = true;
        m.ext = None;
    }
    ok()
}

/// Broadcasts within this many seconds with the same `Random` are one (A15).
const BROADCAST_DUPLICATE_SECONDS: u64 = 300;
/// Broadcasts kept for the duplicate check.
const BROADCASTS_KEPT: usize = 100;
serve!(SendBroadcastMsg => broadcast);

/// Reaches every live group, whose clients see it and which keep no history: what stays is
/// the seq. Needs the console switch (option `broadcastMessages`), else 10007.
pub fn broadcast(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SendBroadcastMsg = typed(body, code::INVALID_PARAM)?;
    if !sim.options.broadcast_messages {
        return fail(code::NO_PERMISSION, "broadcasting to live groups is off: it needs the console switch and the Pro, Ultimate or Enterprise plan (simulator option broadcastMessages)");
    }
    if let Some(from) = &req.from_account {
        need_account(sim, from)?;
    }
    let now = sim.now();
    let sent = &mut sim.world.broadcasts;
    if let Some(first) = sent.iter().rev().find(|b| b.random == req.random && now.saturating_sub(b.time) <= BROADCAST_DUPLICATE_SECONDS) {
        return answer(&SendBroadcastMsgResponse { envelope: Envelope::ok(), msg_seq: first.seq });
    }
    let seq = sent.last().map_or(1, |b| b.seq + 1);
    sent.push(Broadcast { seq, random: req.random, time: now });
    if sent.len() > BROADCASTS_KEPT {
        sent.remove(0);
    }
    answer(&SendBroadcastMsgResponse { envelope: Envelope::ok(), msg_seq: seq })
}
