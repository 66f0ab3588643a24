//! Handlers of `recentcontact`: an account's conversation list, derived from the messages it
//! has (one-to-one, either direction; groups it is a member of), newest first; and the pins,
//! marks and conversation groups the account keeps beside it.

use super::dispatch::serve;
use super::state::ConversationMarks;
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::contact_items::{ContactGroupItem, ContactItem, ContactMarks, ContactResult};
use crate::api::recentcontact::create_contact_group::{CreateContactGroup, CreateContactGroupResponse, GroupResultItem};
use crate::api::recentcontact::del_contact_group::{DelContactGroup, DelContactGroupResponse};
use crate::api::recentcontact::get_contact_group::{GetContactGroup, GetContactGroupResponse};
use crate::api::recentcontact::mark_contact::{MarkContact, MarkContactResponse};
use crate::api::recentcontact::delete::DeleteContact;
use crate::api::recentcontact::get_list::{GetContactList, GetContactListResponse, SessionItem};
use crate::api::recentcontact::search_contact_group::{SearchContactGroup, SearchContactGroupResponse};
use crate::api::recentcontact::update_contact_group::{UpdateContactGroup, UpdateContactGroupResponse, UpdateGroupResult};
use crate::api::Envelope;
use crate::vocab::GroupType;

const NOT_IMPORTED: u32 = 50001;
const INVALID: u32 = 50002;
/// Over the limit of marked or grouped conversations, or of conversation groups.
const OVER_LIMIT: u32 = 51008;
const MAX_MARKED: usize = 1000;
const MAX_GROUPS: usize = 20;
/// Conversations per page (get_list and get_contact_group).
const PAGE: usize = 100;

/// `get_list`'s `AssistFlags` bits: pinned conversations first with `TopFlag`; conversations
/// with no message (only a pin, marks or groups); then which mark fields each item carries.
const PINNED: u32 = 1;
const EMPTY: u32 = 2;
const STANDARD_MARK: u32 = 8;
const CUSTOM_MARK: u32 = 16;
const CONTACT_GROUPS: u32 = 32;
/// Everything (what the 2025 page says to send).
pub const ALL_FLAGS: u32 = 63;

/// A conversation's key in `deleted_conversations` and `conversation_marks`: `1:peer` or
/// `2:group`.
pub fn key(ty: u8, id: &str) -> String {
    format!("{ty}:{id}")
}

/// (type, peer or group) of a key.
fn parse_key(k: &str) -> (u8, &str) {
    match k.split_once(':') {
        Some(("2", id)) => (2, id),
        Some((_, id)) => (1, id),
        None => (1, k),
    }
}

/// One conversation of an account's list.
pub struct Listed {
    pub ty: u8,
    pub id: String,
    /// Its last message's time (0: none, listed for its pin, marks or groups).
    pub msg_time: u64,
    pub marks: Option<ConversationMarks>,
}

/// Whether an entry has anything to show.
fn kept(m: &ConversationMarks) -> bool {
    m.is_marked() || m.pinned
}

/// `account`'s conversations as get_list shows them with `flags`: pinned first (with
/// `PINNED`), then newest first. (Keys and orders go through the maps and the one
/// `(u64, &str)` sort the simulator already has: new ones cost the wasm kilobytes.)
pub fn conversations(sim: &Simulator, account: &str, flags: u32) -> Vec<Listed> {
    let Some(me) = sim.person(account) else { return vec![] };
    let w = &sim.world;
    // Conversation key → its last message's time.
    let mut found = std::collections::BTreeMap::<String, u64>::new();
    let mut note = |k: String, t: u64| {
        if me.deleted_conversations.get(&k).is_none_or(|deleted| t > *deleted) {
            let slot = found.entry(k).or_insert(0);
            *slot = (*slot).max(t);
        }
    };
    for (from, tos) in &w.c2c {
        for (to, msgs) in tos {
            let peer = if from == account { to.as_str() } else if to == account { from.as_str() } else { continue };
            let cleared = me.cleared_roaming.get(peer).copied().unwrap_or(0);
            // Conversations are kept in time order: the last message is the latest.
            if let Some(last) = msgs.last().map(|m| m.time).filter(|&t| t > cleared) {
                note(key(1, peer), last);
            }
        }
    }
    for g in w.groups.values().filter(|g| g.ty != GroupType::AVChatRoom && g.members.contains_key(account)) {
        if let Some(last) = g.messages.last() {
            note(key(2, &g.id), last.time);
        }
    }
    if flags & EMPTY != 0 {
        // A deleted conversation stays hidden until a message brings it back.
        for (k, _) in me.conversation_marks.iter().filter(|(k, m)| kept(m) && !me.deleted_conversations.contains_key(*k)) {
            found.entry(k.clone()).or_insert(0);
        }
    }
    if let Some(plan) = sim.plan() {
        // A conversation lives as long as its last message is kept, and the plan keeps the
        // newest N (CN 9346): older ones are gone.
        let floor = sim.history_floor();
        found.retain(|_, t| *t == 0 || *t >= floor);
        if found.len() > plan.recent_contacts {
            let mut newest: Vec<(u64, &String)> = found.iter().map(|(k, &t)| (t, k)).collect();
            // Newest first, ties by ID (`found` iterates in ID order).
            super::state::sort_by_order(&mut newest, |(t, _)| !*t);
            let kept = super::state::map_of(newest.into_iter().take(plan.recent_contacts).map(|(t, k)| (k.clone(), t)));
            found = kept;
        }
    }
    let marks = |k: &str| me.conversation_marks.get(k).filter(|m| kept(m));
    // Pinned first, then newest first, then by key (type, then ID).
    let top = |k: &str| flags & PINNED != 0 && marks(k).is_some_and(|m| m.pinned);
    let mut order: Vec<(u64, &str)> = found.iter().map(|(k, &t)| (u64::from(!top(k)) << 63 | (u64::MAX >> 1).saturating_sub(t), k.as_str())).collect();
    // Ties by key: `found` iterates in key order.
    super::state::sort_by_order(&mut order, |(rank, _)| *rank);
    order
        .into_iter()
        .map(|(_, k)| {
            let (ty, id) = parse_key(k);
            Listed { ty, id: id.to_owned(), msg_time: found.get(k).copied().unwrap_or(0), marks: marks(k).cloned() }
        })
        .collect()
}

/// Standard marks as the service writes them: character n is bit n, up to the highest set.
pub fn standard_mark(bits: u64) -> Option<String> {
    (bits != 0).then(|| (0..64 - bits.leading_zeros()).map(|n| if bits >> n & 1 == 1 { '1' } else { '0' }).collect())
}
serve!(read GetContactList => list);

pub fn list(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetContactList = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let flags = req.assist_flags;
    let all = conversations(sim, &req.from_account, flags);
    let start = usize::try_from(req.start_index).unwrap_or(usize::MAX).min(all.len());
    let page = all.get(start..).unwrap_or_default().iter().take(PAGE);
    let session_item: Vec<SessionItem> = page
        .map(|l| {
            let m = l.marks.clone().unwrap_or_default();
            SessionItem {
                session_type: l.ty,
                to_account: (l.ty == 1).then(|| l.id.clone()),
                group_id: (l.ty == 2).then(|| l.id.clone()),
                msg_time: l.msg_time,
                top_flag: u8::from(flags & PINNED != 0 && m.pinned),
                standard_mark: standard_mark(m.standard).filter(|_| flags & STANDARD_MARK != 0),
                custom_mark: (flags & CUSTOM_MARK != 0 && !m.custom.is_empty()).then(|| m.custom.clone()),
                contact_group_id: (flags & CONTACT_GROUPS != 0 && !m.groups.is_empty()).then(|| m.groups.clone()),
            }
        })
        .collect();
    let next = start + session_item.len();
    let complete = next >= all.len();
    let now = sim.now();
    answer(&GetContactListResponse { envelope: Envelope::ok(), session_item, complete_flag: u8::from(complete), time_stamp: now, start_index: if complete { 0 } else { next as u64 }, top_time_stamp: now, top_start_index: 0 })
}
serve!(DeleteContact => delete);

/// Hides the conversation until a later message; `ClearRamble: 1` also clears this account's
/// side of a one-to-one history (the peer keeps its own). Pins, marks and groups stay: the
/// service keeps them apart from the list.
pub fn delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteContact = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let id = if req.contact_type == 1 { req.to_account.unwrap_or_default() } else { req.to_groupid.unwrap_or_default() };
    let now = sim.now();
    let Some(me) = sim.account_mut(&req.from_account) else { return ok() };
    me.deleted_conversations.insert(key(req.contact_type, &id), now);
    if req.contact_type == 1 && req.clear_ramble == Some(1) {
        me.cleared_roaming.insert(id, now);
    }
    ok()
}

fn need_from(sim: &Simulator, from: &str) -> Result<(), Fail> {
    if sim.account_exists(from) {
        Ok(())
    } else {
        Err(Fail { code: NOT_IMPORTED, info: format!("From_Account \"{from}\" is not imported") })
    }
}

/// An item's failure: its code and text.
type ItemFail = (u32, String);

/// Why a conversation cannot be marked or grouped: its peer is not an account, or its group
/// does not exist.
fn missing(sim: &Simulator, c: &ContactItem) -> Option<ItemFail> {
    let id = c.id();
    match c.contact_type {
        1 if !sim.account_exists(id) => Some((NOT_IMPORTED, format!("To_Account \"{id}\" is not imported"))),
        2 if !sim.world.groups.contains_key(id) => Some((INVALID, format!("group \"{id}\" does not exist"))),
        _ => None,
    }
}

/// Applies `change` to what `account` keeps about conversation `c`. At most 1000
/// conversations may carry marks or groups (51008).
fn change_marks(sim: &mut Simulator, account: &str, c: &ContactItem, change: impl FnOnce(&mut ConversationMarks)) -> Result<(), ItemFail> {
    let now = sim.now();
    let Some(a) = sim.account_mut(account) else { return Err((NOT_IMPORTED, format!("From_Account \"{account}\" is not imported"))) };
    let k = key(c.contact_type, c.id());
    let mut marks = a.conversation_marks.get(&k).cloned().unwrap_or_default();
    let was_marked = marks.is_marked();
    let before = marks.clone();
    change(&mut marks);
    if marks.is_marked() && !was_marked && a.conversation_marks.values().filter(|m| m.is_marked()).count() >= MAX_MARKED {
        return Err((OVER_LIMIT, format!("an account has at most {MAX_MARKED} marked or grouped conversations")));
    }
    if marks != before {
        marks.updated = now;
    }
    a.conversation_marks.insert(k, marks);
    Ok(())
}

fn contact_result(opt_type: Option<u8>, contact_opt_type: Option<u8>, contact_item: ContactItem, r: Result<(), ItemFail>) -> ContactResult {
    let (result_code, result_info) = r.err().unwrap_or_default();
    ContactResult { opt_type, contact_opt_type, contact_item, result_code, result_info }
}
serve!(MarkContact => mark);

pub fn mark(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: MarkContact = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let mut result_item = Vec::with_capacity(req.mark_item.len());
    for item in req.mark_item {
        let (standard, custom) = (item.opt_type & 1 != 0, item.opt_type & 2 != 0);
        let r = match missing(sim, &item.contact_item) {
            Some(f) => Err(f),
            None => change_marks(sim, &req.from_account, &item.contact_item, |m| {
                if standard {
                    // Clear, then set: a bit in both lists ends up set.
                    let bit = |b: &u8| 1u64.checked_shl(u32::from(*b)).unwrap_or(0);
                    m.standard &= !item.clear_mark.iter().flatten().map(bit).fold(0, |x, b| x | b);
                    m.standard |= item.set_mark.iter().flatten().map(bit).fold(0, |x, b| x | b);
                }
                if let Some(c) = item.custom_mark.as_ref().filter(|_| custom) {
                    m.custom.clone_from(c);
                }
            }),
        };
        result_item.push(contact_result(Some(item.opt_type), None, item.contact_item, r));
    }
    answer(&MarkContactResponse { envelope: Envelope::ok(), result_item })
}

/// The ID of `account`'s conversation group `name`.
fn group_id(sim: &Simulator, account: &str, name: &str) -> Result<u64, Fail> {
    let groups = sim.person(account).map(|a| &a.contact_groups);
    groups.and_then(|g| g.get(name).copied()).ok_or_else(|| Fail { code: INVALID, info: format!("conversation group \"{name}\" does not exist") })
}

fn taken(sim: &Simulator, account: &str, name: &str) -> Result<(), Fail> {
    match sim.person(account).is_some_and(|a| a.contact_groups.contains_key(name)) {
        true => Err(Fail { code: INVALID, info: format!("conversation group \"{name}\" already exists") }),
        false => Ok(()),
    }
}

/// Puts conversation `c` in group `id` (`add`) or takes it out.
fn regroup(sim: &mut Simulator, account: &str, c: &ContactItem, id: u64, add: bool) -> Result<(), ItemFail> {
    if let Some(f) = missing(sim, c).filter(|_| add) {
        return Err(f);
    }
    change_marks(sim, account, c, |m| {
        m.groups.retain(|&g| g != id);
        if add {
            m.groups.push(id);
        }
    })
}
serve!(CreateContactGroup => create_group);

pub fn create_group(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: CreateContactGroup = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let Some(group) = req.group_contact_item.into_iter().next() else { return fail(INVALID, "GroupContactItem names no group") };
    taken(sim, &req.from_account, &group.group_name)?;
    let Some(a) = sim.account_mut(&req.from_account) else { return fail(NOT_IMPORTED, "From_Account is not imported") };
    if a.contact_groups.len() >= MAX_GROUPS {
        return fail(OVER_LIMIT, format!("an account has at most {MAX_GROUPS} conversation groups"));
    }
    let id = a.contact_groups.values().max().map_or(1, |m| m + 1);
    a.contact_groups.insert(group.group_name.clone(), id);
    let result_item = group
        .contact_item
        .into_iter()
        .map(|c| {
            let r = regroup(sim, &req.from_account, &c, id, true);
            contact_result(None, None, c, r)
        })
        .collect();
    let group_item = ContactGroupItem { group_name: group.group_name, group_id: id };
    answer(&CreateContactGroupResponse { envelope: Envelope::ok(), group_result_item: vec![GroupResultItem { group_item, result_item }] })
}
serve!(UpdateContactGroup => update_group);

pub fn update_group(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: UpdateContactGroup = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let u = req.update_group;
    let id = group_id(sim, &req.from_account, &u.old_group_name)?;
    let mut group_name = u.old_group_name.clone();
    let mut contact_result_item = Vec::new();
    if u.update_group_type == 1 {
        let new = u.new_group_name.unwrap_or_default();
        if new != u.old_group_name {
            taken(sim, &req.from_account, &new)?;
        }
        if let Some(a) = sim.account_mut(&req.from_account) {
            a.contact_groups.remove(&u.old_group_name);
            a.contact_groups.insert(new.clone(), id);
        }
        group_name = new;
    } else {
        for item in u.contact_update_item.unwrap_or_default() {
            let r = regroup(sim, &req.from_account, &item.contact_item, id, item.contact_opt_type == 1);
            contact_result_item.push(contact_result(None, Some(item.contact_opt_type), item.contact_item, r));
        }
    }
    let update_group_result = UpdateGroupResult { update_group_type: u.update_group_type, group_name, group_id: id, old_group_name: Some(u.old_group_name), contact_result_item };
    answer(&UpdateContactGroupResponse { envelope: Envelope::ok(), update_type: req.update_type, update_group_result })
}
serve!(DelContactGroup => delete_group);

/// Deletes the group; its conversations leave it and keep their marks.
pub fn delete_group(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DelContactGroup = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let Some(name) = req.group_name.into_iter().next() else { return fail(INVALID, "GroupName names no group") };
    let id = group_id(sim, &req.from_account, &name)?;
    if let Some(a) = sim.account_mut(&req.from_account) {
        a.contact_groups.remove(&name);
        for m in a.conversation_marks.values_mut() {
            m.groups.retain(|&g| g != id);
        }
    }
    answer(&DelContactGroupResponse { envelope: Envelope::ok(), group_item: vec![ContactGroupItem { group_name: name, group_id: id }] })
}

fn contact_marks(k: &str, m: &ConversationMarks) -> ContactMarks {
    let (ty, id) = parse_key(k);
    ContactMarks {
        contact_type: ty,
        to_account: (ty == 1).then(|| id.to_owned()),
        to_group_id: (ty == 2).then(|| id.to_owned()),
        standard_mark: standard_mark(m.standard),
        custom_mark: (!m.custom.is_empty()).then(|| m.custom.clone()),
        contact_group_id: (!m.groups.is_empty()).then(|| m.groups.clone()),
        timestamp: m.updated,
    }
}

/// `account`'s conversation groups whose IDs `keep` accepts, in the order created.
fn group_items(sim: &Simulator, account: &str, keep: impl Fn(u64) -> bool) -> Vec<ContactGroupItem> {
    let Some(a) = sim.person(account) else { return vec![] };
    let names = super::state::keys_in_order(&a.contact_groups, |id| *id);
    names.into_iter().filter_map(|n| a.contact_groups.get(n).filter(|&&id| keep(id)).map(|&id| ContactGroupItem { group_name: n.to_owned(), group_id: id })).collect()
}
serve!(read SearchContactGroup => search_groups);

pub fn search_groups(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: SearchContactGroup = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let Some(a) = sim.person(&req.from_account) else { return fail(NOT_IMPORTED, "From_Account is not imported") };
    let found: Vec<ContactMarks> = req
        .contact_item
        .iter()
        .filter_map(|c| {
            let k = key(c.contact_type, c.id());
            a.conversation_marks.get(&k).filter(|m| m.is_marked()).map(|m| contact_marks(&k, m))
        })
        .collect();
    let used: Vec<u64> = found.iter().flat_map(|c| c.contact_group_id.iter().flatten().copied()).collect();
    let group_item = group_items(sim, &req.from_account, |id| used.contains(&id));
    answer(&SearchContactGroupResponse { envelope: Envelope::ok(), contact_result_item: found, group_item })
}
serve!(read GetContactGroup => get_groups);

pub fn get_groups(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetContactGroup = typed(body, INVALID)?;
    need_from(sim, &req.from_account)?;
    let Some(a) = sim.person(&req.from_account) else { return fail(NOT_IMPORTED, "From_Account is not imported") };
    let marked: Vec<(&String, &ConversationMarks)> = a.conversation_marks.iter().filter(|(_, m)| m.is_marked()).collect();
    let start = usize::try_from(req.start_index).unwrap_or(usize::MAX).min(marked.len());
    let contact_item: Vec<ContactMarks> = marked.get(start..).unwrap_or_default().iter().take(PAGE).map(|(k, m)| contact_marks(k, m)).collect();
    let next = start + contact_item.len();
    let complete = next >= marked.len();
    let group_item = group_items(sim, &req.from_account, |_| true);
    answer(&GetContactGroupResponse { envelope: Envelope::ok(), contact_item, group_item, complete_flag: u8::from(complete), next_start_index: if complete { 0 } else { next as u64 } })
}

impl Simulator {
    /// The client's pinConversation: `conversation_id` is the SDK's `c2c_<UserID>` or
    /// `group_<GroupID>`.
    pub(crate) fn pin(&mut self, account: &str, conversation_id: &str, pinned: bool) -> Result<(), String> {
        let c = match (conversation_id.strip_prefix("c2c_"), conversation_id.strip_prefix("group_")) {
            (Some(peer), _) => ContactItem::c2c(peer),
            (_, Some(group)) => ContactItem::group(group),
            _ => return Err(format!("conversation \"{conversation_id}\" is neither c2c_<UserID> nor group_<GroupID>")),
        };
        if !self.account_exists(account) {
            return Err(format!("account \"{account}\" does not exist"));
        }
        if let Some((_, why)) = missing(self, &c) {
            return Err(why);
        }
        change_marks(self, account, &c, |m| m.pinned = pinned).map_err(|(_, why)| why)
    }
}
