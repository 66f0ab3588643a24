//! Handlers of live groups' custom attributes (A16): read, upsert, replace, clear. Writes are
//! limited to 5 a second per group (10049); a failed write changes nothing, and a write that
//! succeeds fires Group.CallbackAfterGroupAttrChanged (`write`).

use super::dispatch::serve;
use super::group::{applies, group, group_mut};
use super::state::Group;
use super::callbacks::group::{AttrChange, GroupAfterGroupAttrChanged};
use super::{answer, fail, ok, typed, Answer, Body, Simulator};
use crate::api::group_open_attr_http_svc::get_group_attr::{GetGroupAttr, GetGroupAttrResponse, GroupAttr};
use crate::api::group_open_http_svc::delete_group_attr::DeleteGroupAttr;
use crate::api::group_open_http_svc::modify_group_attr::ModifyGroupAttr;
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;
use std::collections::BTreeMap;

const MAX_KEYS: usize = 16;
const MAX_TOTAL_VALUE_BYTES: usize = 16_000;
const WRITES_PER_SECOND: u32 = 5;
serve!(read GetGroupAttr => get(endpoint));

pub fn get(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupAttr = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let group_attr_ary = g.attrs.iter().map(|(key, value)| GroupAttr { key: key.clone(), value: value.clone() }).collect();
    answer(&GetGroupAttrResponse { envelope: Envelope::ok(), group_attr_ary })
}

/// Checks the write rate and the limits of the new set, then stores it and fires
/// Group.CallbackAfterGroupAttrChanged with `change`. `next` gives the new set and the
/// attributes the write concerns: those written (set, modify) or those removed, with the
/// values they had (clear, delete). Every attribute write goes through here (delete_group_attr
/// too: `AttrChange::Delete`).
pub(crate) fn write(sim: &mut Simulator, endpoint: &'static Endpoint, group_id: &str, change: AttrChange, next: impl FnOnce(&Group) -> (BTreeMap<String, String>, Vec<GroupAttr>)) -> Answer {
    let now = sim.now();
    let g = group(sim, group_id)?;
    applies(endpoint, g)?;
    let writes = if g.attr_write_second == now { g.attr_writes } else { 0 };
    if writes >= WRITES_PER_SECOND {
        return fail(10049, format!("group \"{group_id}\" already had {WRITES_PER_SECOND} attribute writes this second"));
    }
    let group_type = g.ty.rest_name();
    let (attrs, concerned) = next(g);
    if attrs.len() > MAX_KEYS {
        return fail(10047, format!("a group has at most {MAX_KEYS} attributes; this would make {}", attrs.len()));
    }
    let total: usize = attrs.values().map(String::len).sum();
    if total > MAX_TOTAL_VALUE_BYTES {
        return fail(10048, format!("the attribute values would total {total} bytes; the limit is {MAX_TOTAL_VALUE_BYTES}"));
    }
    let g = group_mut(sim, group_id)?;
    g.attrs = attrs;
    g.attr_write_second = now;
    g.attr_writes = writes + 1;
    if sim.wants::<GroupAfterGroupAttrChanged>() {
        let body = GroupAfterGroupAttrChanged {
            group_id: group_id.to_owned(),
            group_type,
            operator_account: sim.options.admin.clone(),
            option_type: change,
            group_attr: concerned,
            event_time: sim.event_time(),
        };
        sim.fire(&body);
    }
    ok()
}

fn listed(attrs: &[GroupAttr]) -> impl Iterator<Item = (String, String)> + '_ {
    attrs.iter().map(|a| (a.key.clone(), a.value.clone()))
}

/// Every attribute of `g`, as the callback lists them.
fn all(g: &Group) -> Vec<GroupAttr> {
    g.attrs.iter().map(|(key, value)| GroupAttr { key: key.clone(), value: value.clone() }).collect()
}
serve!(ModifyGroupAttr => modify(endpoint));

/// The listed keys are set; the others stay.
pub fn modify(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, AttrChange::Modify, |g| (super::state::map_of(g.attrs.clone().into_iter().chain(listed(&req.group_attr))), req.group_attr.clone()))
}
serve!(crate::api::group_open_http_svc::set_group_attr::SetGroupAttr => set(endpoint));

/// The listed keys replace all the others.
pub fn set(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, AttrChange::Set, |_| (super::state::map_of(listed(&req.group_attr)), req.group_attr.clone()))
}
serve!(crate::api::group_open_http_svc::clear_group_attr::ClearGroupAttr => clear(endpoint));

pub fn clear(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, AttrChange::Clear, |g| (BTreeMap::new(), all(g)))
}
serve!(DeleteGroupAttr => delete(endpoint));

/// The listed keys go, the others stay; a key the group does not have is 10050 (and nothing
/// goes). A delete is a write: it counts toward the 5 a second.
pub fn delete(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DeleteGroupAttr = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    if let Some(missing) = req.group_attr.iter().find(|a| !g.attrs.contains_key(&a.key)) {
        return fail(10050, format!("group \"{}\" has no attribute \"{}\" to delete", g.id, missing.key));
    }
    let gone = |k: &str| req.group_attr.iter().any(|a| a.key == k);
    write(sim, endpoint, &req.group_id, AttrChange::Delete, |g| {
        let (removed, kept): (BTreeMap<_, _>, BTreeMap<_, _>) = g.attrs.clone().into_iter().partition(|(k, _)| gone(k));
        (kept, removed.into_iter().map(|(key, value)| GroupAttr { key, value }).collect())
    })
}
