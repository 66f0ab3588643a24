//! Handlers of `recentcontact`: an account's conversation list, derived from the messages it
//! has (one-to-one, either direction; groups it is a member of), newest first.

use super::{answer, fail, ok, typed, Answer, Body, Simulator};
use crate::api::recentcontact_delete::DeleteContact;
use crate::api::recentcontact_get_list::{GetContactList, GetContactListResponse, SessionItem};
use crate::api::Envelope;
use crate::vocab::GroupType;

const NOT_IMPORTED: u32 = 50001;
/// Conversations per page.
const PAGE: usize = 100;

/// A conversation's key in `deleted_conversations`: `1:peer` or `2:group`.
fn key(ty: u8, id: &str) -> String {
    format!("{ty}:{id}")
}

/// (type, peer or group, last message time) of `account`'s conversations, newest first.
pub fn conversations(sim: &Simulator, account: &str) -> Vec<(u8, String, u64)> {
    let Some(me) = sim.person(account) else { return vec![] };
    let w = &sim.world;
    let mut out: Vec<(u8, String, u64)> = Vec::new();
    let mut c2c = std::collections::BTreeMap::<&str, u64>::new();
    for (from, tos) in &w.c2c {
        for (to, msgs) in tos {
            let peer = if from == account { to.as_str() } else if to == account { from.as_str() } else { continue };
            let cleared = me.cleared_roaming.get(peer).copied().unwrap_or(0);
            // Conversations are kept in time order: the last message is the latest.
            if let Some(last) = msgs.last().map(|m| m.time).filter(|&t| t > cleared) {
                let slot = c2c.entry(peer).or_insert(0);
                *slot = (*slot).max(last);
            }
        }
    }
    out.extend(c2c.into_iter().map(|(peer, t)| (1, peer.to_owned(), t)));
    out.extend(w.groups.values().filter(|g| g.ty != GroupType::AVChatRoom && g.members.contains_key(account)).filter_map(|g| g.messages.last().map(|m| (2, g.id.clone(), m.time))));
    out.retain(|(ty, id, t)| me.deleted_conversations.get(&key(*ty, id)).is_none_or(|deleted| t > deleted));
    out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (a.0, &a.1).cmp(&(b.0, &b.1))));
    out
}

pub fn list(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: GetContactList = typed(body, 50002)?;
    if !sim.account_exists(&req.from_account) {
        return fail(NOT_IMPORTED, format!("From_Account \"{}\" is not imported", req.from_account));
    }
    let all = conversations(sim, &req.from_account);
    let start = usize::try_from(req.start_index).unwrap_or(usize::MAX).min(all.len());
    let session_item: Vec<SessionItem> = all
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(PAGE)
        .map(|(ty, id, t)| SessionItem { session_type: *ty, to_account: (*ty == 1).then(|| id.clone()), group_id: (*ty == 2).then(|| id.clone()), msg_time: *t, top_flag: 0 })
        .collect();
    let next = start + session_item.len();
    let complete = next >= all.len();
    let now = sim.now();
    answer(&GetContactListResponse { envelope: Envelope::ok(), session_item, complete_flag: u8::from(complete), time_stamp: now, start_index: if complete { 0 } else { next as u64 }, top_time_stamp: now, top_start_index: 0 })
}

/// Hides the conversation until a later message; `ClearRamble: 1` also clears this account's
/// side of a one-to-one history (the peer keeps its own).
pub fn delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteContact = typed(body, 50002)?;
    if !sim.account_exists(&req.from_account) {
        return fail(NOT_IMPORTED, format!("From_Account \"{}\" is not imported", req.from_account));
    }
    let id = if req.contact_type == 1 { req.to_account.unwrap_or_default() } else { req.to_groupid.unwrap_or_default() };
    let now = sim.now();
    let Some(me) = sim.account_mut(&req.from_account) else { return ok() };
    me.deleted_conversations.insert(key(req.contact_type, &id), now);
    if req.contact_type == 1 && req.clear_ramble == Some(1) {
        me.cleared_roaming.insert(id, now);
    }
    ok()
}
