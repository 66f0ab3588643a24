//! Live-group bans (ban_group_member, unban_group_member, get_group_ban_member): a banned
//! account is taken out of the group and, until its ban ends (the simulator's clock) or is
//! lifted, cannot speak in it (send_group_msg) or join it again (client `joinGroup`).

use super::dispatch::serve;
use super::group::{applies, group, group_mut, need_account, Change};
use super::state::{Ban, Role};
use super::{answer, fail, ok, typed, Answer, Body, Simulator};
use crate::api::group_open_http_svc::ban_group_member::BanGroupMember;
use crate::api::group_open_http_svc::get_group_ban_member::{BannedAccount, GetGroupBanMember, GetGroupBanMemberResponse, BAN_PAGE_MAX};
use crate::api::group_open_http_svc::unban_group_member::UnbanGroupMember;
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;
serve!(BanGroupMember => ban(endpoint));

/// Bans every listed account (a ban given again replaces the earlier one); those in the group
/// leave it, as kicked. The owner cannot be banned: nothing changes then.
pub fn ban(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: BanGroupMember = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_live_bans()?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    for a in &req.members_account {
        need_account(sim, a)?;
        if g.members.get(a).is_some_and(|m| m.role == Role::Owner) {
            return fail(code::INVALID_PARAM, format!("\"{a}\" owns group \"{}\" and cannot be banned from it", g.id));
        }
    }
    let until = now.saturating_add(u64::from(req.duration));
    let description = req.description.unwrap_or_default();
    let g = group_mut(sim, &req.group_id)?;
    let mut gone = Vec::new();
    for a in &req.members_account {
        g.bans.insert(a.clone(), Ban { until, description: description.clone() });
        if g.remove_member(a).is_some() {
            gone.push(a.clone());
        }
    }
    if !gone.is_empty() {
        let admin = sim.options.admin.clone();
        sim.member_change(&req.group_id, Change::Left("Kicked"), &admin, &gone, "RESTAPI");
    }
    ok()
}
serve!(UnbanGroupMember => unban(endpoint));

/// Lifts the listed accounts' bans (an account not banned is left as it is); they may join
/// again, and are not put back in the group.
pub fn unban(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: UnbanGroupMember = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_live_bans()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    for a in &req.members_account {
        need_account(sim, a)?;
    }
    let g = group_mut(sim, &req.group_id)?;
    for a in &req.members_account {
        g.bans.remove(a);
    }
    ok()
}
serve!(read GetGroupBanMember => list(endpoint));

/// The bans still running, the earliest-ending first (269/89989), `Limit` from `Offset`;
/// `NextOffset` 0 when nothing is left.
pub fn list(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupBanMember = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_live_bans()?;
    let now = sim.now();
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let mut running: Vec<(u64, &str)> = g.bans.iter().filter(|(_, b)| b.until > now).map(|(a, b)| (b.until, a.as_str())).collect();
    // By end, then account (`g.bans` is keyed by account).
    super::state::sort_by_order(&mut running, |(until, _)| *until);
    let limit = match req.limit {
        None | Some(0) => BAN_PAGE_MAX,
        Some(l) => l,
    } as usize;
    let start = usize::try_from(req.offset).unwrap_or(usize::MAX).min(running.len());
    let rest = running.get(start..).unwrap_or_default();
    let page = rest.get(..limit.min(rest.len())).unwrap_or_default();
    let next = start + page.len();
    let next_offset = if next < running.len() { next as u64 } else { 0 };
    let banned_account_list = page.iter().map(|(until, a)| BannedAccount { member_account: (*a).to_owned(), banned_until: *until }).collect();
    answer(&GetGroupBanMemberResponse { envelope: Envelope::ok(), banned_account_list, next_offset })
}
