//! Handlers of live groups' custom attributes (A16): read, upsert, replace, clear. Writes are
//! limited to 5 a second per group (10049); a failed write changes nothing.

use super::dispatch::serve;
use super::group::{applies, group, group_mut};
use super::state::Group;
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

/// Checks the write rate and the limits of the new set, then stores it.
fn write(sim: &mut Simulator, endpoint: &'static Endpoint, group_id: &str, next: impl FnOnce(&Group) -> BTreeMap<String, String>) -> Answer {
    let now = sim.now();
    let g = group(sim, group_id)?;
    applies(endpoint, g)?;
    let writes = if g.attr_write_second == now { g.attr_writes } else { 0 };
    if writes >= WRITES_PER_SECOND {
        return fail(10049, format!("group \"{group_id}\" already had {WRITES_PER_SECOND} attribute writes this second"));
    }
    let attrs = next(g);
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
    ok()
}

fn listed(attrs: &[GroupAttr]) -> impl Iterator<Item = (String, String)> + '_ {
    attrs.iter().map(|a| (a.key.clone(), a.value.clone()))
}
serve!(ModifyGroupAttr => modify(endpoint));

/// The listed keys are set; the others stay.
pub fn modify(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, |g| g.attrs.clone().into_iter().chain(listed(&req.group_attr)).collect())
}
serve!(crate::api::group_open_http_svc::set_group_attr::SetGroupAttr => set(endpoint));

/// The listed keys replace all the others.
pub fn set(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, |_| listed(&req.group_attr).collect())
}
serve!(crate::api::group_open_http_svc::clear_group_attr::ClearGroupAttr => clear(endpoint));

pub fn clear(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupAttr = typed(body, code::INVALID_PARAM)?;
    write(sim, endpoint, &req.group_id, |_| BTreeMap::new())
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
    write(sim, endpoint, &req.group_id, |g| g.attrs.iter().filter(|(k, _)| !req.group_attr.iter().any(|a| a.key == **k)).map(|(k, v)| (k.clone(), v.clone())).collect())
}
