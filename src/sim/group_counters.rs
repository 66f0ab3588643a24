//! Group counters (get_group_counter, update_group_counter, delete_group_counter): per group,
//! at most 20 keys of signed 64-bit values. Increase and Decrease start a new key from 0; a
//! result outside int64 is refused and changes nothing.

use super::dispatch::serve;
use super::group::{applies, group, group_mut};
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::group_open_http_svc::delete_group_counter::DeleteGroupCounter;
use crate::api::group_open_http_svc::get_group_counter::{GetGroupCounter, GetGroupCounterResponse, GroupCounter};
use crate::api::group_open_http_svc::update_group_counter::{UpdateGroupCounter, UpdateGroupCounterResponse};
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;
use std::collections::BTreeMap;

/// Keys a group may have (the counter feature page: 单个群内 key 的个数不超过 20 个).
const MAX_KEYS: usize = 20;

/// A mode's arithmetic: the counter's value (0 for a new key) and the request's value give
/// the new value, or none outside int64.
type Combine = fn(i64, i64) -> Option<i64>;

/// How each `Mode` combines a counter's value with the request's.
const MODES: &[(&str, Combine)] = &[("Set", |_, v| Some(v)), ("Increase", i64::checked_add), ("Decrease", i64::checked_sub)];
serve!(read GetGroupCounter => get(endpoint));

/// Every counter, or those of the keys asked for that are set, by key.
pub fn get(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetGroupCounter = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_counters()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let wanted = |k: &String| req.group_counter_keys.as_ref().is_none_or(|keys| keys.contains(k));
    let group_counter = g.counters.iter().filter(|(k, _)| wanted(k)).map(|(key, value)| GroupCounter { key: key.clone(), value: *value }).collect();
    answer(&GetGroupCounterResponse { envelope: Envelope::ok(), group_counter })
}
serve!(UpdateGroupCounter => update(endpoint));

/// Applies the items in order; answers each key changed with its new value.
pub fn update(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: UpdateGroupCounter = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_counters()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let mode = req.mode.as_deref().unwrap_or("Set");
    let Some((_, combine)) = MODES.iter().find(|(name, _)| *name == mode) else {
        return fail(code::INVALID_PARAM, format!("Mode must be Set, Increase or Decrease, got \"{mode}\""));
    };
    let mut counters: BTreeMap<String, i64> = g.counters.clone();
    let mut changed: Vec<&str> = Vec::new();
    for item in &req.group_counter {
        let old = counters.get(&item.key).copied().unwrap_or(0);
        let new = combine(old, item.value).ok_or_else(|| Fail { code: code::INVALID_PARAM, info: format!("counter \"{}\": {mode} {} on {old} leaves the signed 64-bit range", item.key, item.value) })?;
        counters.insert(item.key.clone(), new);
        if !changed.contains(&item.key.as_str()) {
            changed.push(&item.key);
        }
    }
    if counters.len() > MAX_KEYS {
        return fail(code::INVALID_PARAM, format!("a group has at most {MAX_KEYS} counters; this would make {}", counters.len()));
    }
    let group_counter = changed.iter().map(|k| GroupCounter { key: (*k).to_owned(), value: counters.get(*k).copied().unwrap_or(0) }).collect();
    group_mut(sim, &req.group_id)?.counters = counters;
    answer(&UpdateGroupCounterResponse { envelope: Envelope::ok(), group_counter })
}
serve!(DeleteGroupCounter => delete(endpoint));

/// Deletes the keys named (a key not set is passed over), or every counter.
pub fn delete(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: DeleteGroupCounter = typed(body, code::INVALID_PARAM)?;
    sim.plan_has_counters()?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let g = group_mut(sim, &req.group_id)?;
    match &req.group_counter_keys {
        Some(keys) => g.counters.retain(|k, _| !keys.contains(k)),
        None => g.counters.clear(),
    }
    ok()
}
