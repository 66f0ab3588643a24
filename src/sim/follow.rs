//! Handlers of `follow`: following and unfollowing, the fan / follow / mutual lists page by
//! page, relations and counts, on the one follow graph (`follow_graph.rs`). The pages ask for
//! the Pro, Pro-plus or Enterprise edition: a trial app is refused (decisions.md, "Robots and
//! follows").

use super::answer::{answer, fail, typed, Answer, Body};
use super::callbacks::follow::{FollowAfterFollowAdd, FollowAfterFollowDelete, Followed};
use super::dispatch::serve;
use super::follow_graph::Follow;
use super::{Fail, Simulator};
use crate::api::follow::follow_add::{FollowAdd, FollowAddResponse};
use crate::api::follow::follow_check::{FollowCheck, FollowCheckResponse, FollowRelation};
use crate::api::follow::follow_delete::{FollowDelete, FollowDeleteResponse};
use crate::api::follow::follow_get::{FollowEntry, FollowGet, FollowGetResponse, DEFAULT_PAGE, FANS, FOLLOWING};
use crate::api::follow::follow_get_info::{FollowGetInfo, FollowGetInfoResponse, FollowInfo};
use crate::api::items::{AccountResult, TagValue};
use crate::api::Envelope;

/// The relationship-chain codes the follow commands answer: a bad parameter or a relation
/// refused, and an account that does not exist.
const INVALID: u32 = 30001;
const NO_ACCOUNT: u32 = 30003;

/// The editions that have follows.
fn gate(sim: &Simulator, from: &str) -> Result<(), Fail> {
    if let Some(plan) = sim.plan().filter(|p| !p.follows) {
        return fail(INVALID, format!("follows need the Pro, Pro-plus (ultimate) or Enterprise edition (this app: {})", plan.name));
    }
    if !sim.account_exists(from) {
        return fail(NO_ACCOUNT, format!("From_Account \"{from}\" does not exist: import it first"));
    }
    Ok(())
}

fn item(to: &str, code: u32, info: impl Into<String>) -> AccountResult {
    AccountResult { to_account: to.into(), result_code: code, result_info: info.into() }
}

serve!(FollowAdd => follow_add);
/// Follows each account that exists, is not From_Account and has not blocked it; one already
/// followed succeeds and stays as it was. The callback lists the new follows.
pub fn follow_add(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FollowAdd = typed(body, INVALID)?;
    gate(sim, &req.from_account)?;
    let from = req.from_account;
    let now = sim.now();
    let mut result_item = Vec::new();
    let mut added = Vec::new();
    for to in req.follow_item.into_iter().map(|i| i.to_account) {
        let result = if to == from {
            item(&to, INVALID, "an account cannot follow itself")
        } else if !sim.account_exists(&to) {
            item(&to, NO_ACCOUNT, format!("\"{to}\" does not exist"))
        } else if sim.person(&to).is_some_and(|t| t.blocked.contains_key(&from)) {
            item(&to, INVALID, format!("\"{to}\" has blocked \"{from}\""))
        } else {
            if sim.world.follows.add(&from, &to, now) {
                added.push(Followed { to_account: to.clone() });
            }
            AccountResult::ok(&to)
        };
        result_item.push(result);
    }
    if !added.is_empty() && sim.wants::<FollowAfterFollowAdd>() {
        let body = FollowAfterFollowAdd { from_account: from, follow_list: added, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&FollowAddResponse { envelope: Envelope::ok(), result_item, error_display: String::new() })
}

serve!(FollowDelete => follow_delete);
/// Unfollows each account; one not followed succeeds and stays as it was. The callback lists
/// the follows removed.
pub fn follow_delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FollowDelete = typed(body, INVALID)?;
    gate(sim, &req.from_account)?;
    let from = req.from_account;
    let mut result_item = Vec::new();
    let mut removed = Vec::new();
    for to in req.to_account {
        if !sim.account_exists(&to) {
            result_item.push(item(&to, NO_ACCOUNT, format!("\"{to}\" does not exist")));
            continue;
        }
        if sim.world.follows.remove(&from, &to) {
            removed.push(to.clone());
        }
        result_item.push(AccountResult::ok(&to));
    }
    if !removed.is_empty() && sim.wants::<FollowAfterFollowDelete>() {
        let body = FollowAfterFollowDelete { from_account: from, to_account: removed, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&FollowDeleteResponse { envelope: Envelope::ok(), result_item, error_display: String::new() })
}

serve!(read FollowGet => follow_get);
/// One page of the list, newest follow first. The cursor is the order of the last follow of
/// the page before: a page starts after it, so follows added or removed meanwhile neither
/// repeat nor skip an entry that stays.
pub fn follow_get(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FollowGet = typed(body, INVALID)?;
    gate(sim, &req.from_account)?;
    let after = match req.start_cursor.as_str() {
        "" => u64::MAX,
        c => match c.parse::<u64>() {
            Ok(order) => order,
            Err(_) => return fail(INVALID, format!("StartCursor \"{c}\" is not a NextCursor this service answered")),
        },
    };
    let graph = &sim.world.follows;
    let from = req.from_account.as_str();
    let mut list: Vec<(&String, &Follow)> = match req.follow_type {
        FANS => graph.fans_of(from).collect(),
        FOLLOWING => graph.following_of(from).collect(),
        _ => graph.mutual_of(from).collect(),
    };
    list.retain(|(_, f)| f.order < after);
    super::state::sort_by_order(&mut list, |(_, f)| !f.order);
    let want = if req.want_num == 0 { DEFAULT_PAGE } else { req.want_num as usize };
    let next_cursor = if list.len() > want { list.get(want - 1).map(|(_, f)| f.order.to_string()).unwrap_or_default() } else { String::new() };
    let follow_item = list
        .into_iter()
        .take(want)
        .map(|(id, f)| {
            let profile = sim.person(id).map(|a| &a.profile);
            let profile_item = profile.into_iter().flatten().map(|(tag, value)| TagValue { tag: tag.clone(), value: value.clone() }).collect();
            FollowEntry { to_account: id.clone(), follow_time: f.time, profile_item }
        })
        .collect();
    answer(&FollowGetResponse { envelope: Envelope::ok(), follow_item, next_cursor, error_display: String::new() })
}

serve!(read FollowCheck => follow_check);
/// `FollowType` 1 when From_Account follows the account, 2 when the account follows it, 3 both
/// (the client SDKs' V2TIM_FOLLOW_TYPE_* numbering).
pub fn follow_check(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FollowCheck = typed(body, INVALID)?;
    gate(sim, &req.from_account)?;
    let graph = &sim.world.follows;
    let result_item = req
        .to_account
        .into_iter()
        .map(|to| {
            if !sim.account_exists(&to) {
                let info = format!("\"{to}\" does not exist");
                return FollowRelation { to_account: to, result_code: NO_ACCOUNT, result_info: info, follow_type: 0 };
            }
            let follow_type = u8::from(graph.follows(&req.from_account, &to)) | u8::from(graph.follows(&to, &req.from_account)) << 1;
            FollowRelation { to_account: to, result_code: 0, result_info: String::new(), follow_type }
        })
        .collect();
    answer(&FollowCheckResponse { envelope: Envelope::ok(), result_item, error_display: String::new() })
}

serve!(read FollowGetInfo => follow_get_info);
/// Each account's fans, follows and mutual follows.
pub fn follow_get_info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FollowGetInfo = typed(body, INVALID)?;
    gate(sim, &req.from_account)?;
    let follow_info = req
        .to_account
        .into_iter()
        .map(|to| {
            if !sim.account_exists(&to) {
                let info = format!("\"{to}\" does not exist");
                return FollowInfo { to_account: to, result_code: NO_ACCOUNT, result_info: info, follower_count: 0, following_count: 0, mutual_following_count: 0 };
            }
            let (fans, following, mutual) = sim.world.follows.counts(&to);
            FollowInfo { to_account: to, result_code: 0, result_info: String::new(), follower_count: fans, following_count: following, mutual_following_count: mutual }
        })
        .collect();
    answer(&FollowGetInfoResponse { envelope: Envelope::ok(), follow_info, error_display: String::new() })
}
