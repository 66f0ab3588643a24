//! Handlers of `openim_msg_ext_http_svc`: key–value extensions on one-to-one and group messages
//! sent with `SupportMessageExtension: 1`. Every REST call is the app admin's, whose writes the
//! pages exempt from the Seq check, so a write always applies (decisions.md, message extensions).

use super::answer::{answer, fail, typed, Answer, Body, Fail};
use super::dispatch::serve;
use super::group::{applies, group};
use super::state::{ExtKv, MsgExt};
use super::callbacks::c2c::C2cAfterMsgExtension;
use super::callbacks::group::GroupAfterMsgExtension;
use super::Simulator;
use crate::api::openim_msg_ext_http_svc::get_key_values::{GetKeyValues, GetKeyValuesResponse};
use crate::api::openim_msg_ext_http_svc::group_get_key_values::{GroupGetKeyValues, GroupGetKeyValuesResponse};
use crate::api::openim_msg_ext_http_svc::group_set_key_values::{GroupSetKeyValues, GroupSetKeyValuesResponse};
use crate::api::openim_msg_ext_http_svc::set_key_values::{ExtensionResult, ExtensionKeyValue, KeyValueSeq, SetKeyValues, SetKeyValuesResponse, KVS_PER_MESSAGE, KVS_PER_PULL};
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;

/// The editions sold with message extensions: "Pro edition, Pro Plus edition, Enterprise
/// edition" (trtc.io/document/51194, 51195, 52169; pro plus is `ultimate` here).
const EXT_EDITIONS: &[&str] = &["pro", "ultimate", "enterprise"];

/// The plan gate and the console switch: with neither given, everything is on.
fn gate(sim: &Simulator, refusal: u32) -> Result<(), Fail> {
    match sim.plan().filter(|p| !EXT_EDITIONS.contains(&p.name)) {
        Some(p) => fail(refusal, format!("message extensions need the Pro, Pro Plus (ultimate) or Enterprise edition (this app: {})", p.name)),
        None if !sim.options.message_extensions => fail(refusal, "message extensions are switched off for this app (the console's \"Set message extension\"; option messageExtensions)"),
        None => Ok(()),
    }
}

/// `OperateType` values.
const SET: u8 = 1;
const DELETE: u8 = 2;

/// Applies one write to a message's extensions: the request takes the next Seq, and every key
/// it sets or deletes is stamped with it; clearing records it as `ClearSeq`. `Err` (nothing
/// changed) names what is wrong.
fn write(ext: &mut MsgExt, operate_type: u8, list: Option<&[ExtensionKeyValue]>) -> Result<Vec<ExtensionResult>, String> {
    let list = match (operate_type, list) {
        (SET | DELETE, None) => return Err("ExtensionList is required when OperateType is 1 or 2".into()),
        (SET | DELETE, Some(list)) => list,
        _ => &[],
    };
    if operate_type == SET {
        let mut keys: Vec<&str> = ext.kvs.keys().map(String::as_str).collect();
        keys.extend(list.iter().map(|kv| kv.key.as_str()).filter(|k| !ext.kvs.contains_key(*k)));
        // Counted, not sorted: a key listed twice counts once.
        let count = keys.iter().enumerate().filter(|(i, k)| !keys.iter().take(*i).any(|e| e == *k)).count();
        if count > KVS_PER_MESSAGE {
            return Err(format!("a message has at most {KVS_PER_MESSAGE} extension keys: this write would leave it {count}"));
        }
    }
    let seq = ext.latest_seq + 1;
    ext.latest_seq = seq;
    if operate_type != SET && operate_type != DELETE {
        ext.kvs.clear();
        ext.clear_seq = seq;
        return Ok(vec![]);
    }
    let results = list
        .iter()
        .map(|kv| {
            let value = if operate_type == SET {
                ext.kvs.insert(kv.key.clone(), ExtKv { value: kv.value.clone(), seq });
                kv.value.clone()
            } else {
                ext.kvs.remove(&kv.key);
                String::new()
            };
            ExtensionResult { error_code: 0, extension: KeyValueSeq { key: kv.key.clone(), value, seq } }
        })
        .collect();
    Ok(results)
}

/// The keys with `Seq ≥ start`, by Seq (then key), at most a page: `(CompleteFlag, keys)`.
fn pull(ext: &MsgExt, start: u64) -> (u8, Vec<KeyValueSeq>) {
    let mut kvs: Vec<KeyValueSeq> = ext.kvs.iter().filter(|(_, kv)| kv.seq >= start).map(|(k, kv)| KeyValueSeq { key: k.clone(), value: kv.value.clone(), seq: kv.seq }).collect();
    // By Seq, then key (`ext.kvs` iterates in key order).
    super::state::sort_by_order(&mut kvs, |kv| kv.seq);
    let complete = kvs.len() <= KVS_PER_PULL;
    kvs.truncate(KVS_PER_PULL);
    (u8::from(complete), kvs)
}

fn need(sim: &Simulator, account: &str, code: u32, role: &str) -> Result<(), Fail> {
    if sim.account_exists(account) {
        Ok(())
    } else {
        fail(code, format!("{role} \"{account}\" does not exist: import it first"))
    }
}

/// Where a message's extensions are: one-to-one (sender, receiver, index) or group (id, index).
enum At {
    C2c(String, String, usize),
    Group(String, usize),
}

/// Finds the one-to-one message `key` to `to` (from `from`, or from anyone when `From_Account`
/// is left out); a recalled message is gone.
fn find_c2c(sim: &Simulator, from: Option<&str>, to: &str, key: &str) -> Result<At, Fail> {
    gate(sim, code::INVALID_ACCOUNT_PARAM)?;
    if let Some(from) = from {
        need(sim, from, code::C2C_FROM_ACCOUNT, "From_Account")?;
    }
    need(sim, to, code::C2C_TO_NOT_FOUND, "To_Account")?;
    let found = sim
        .world
        .c2c
        .iter()
        .filter(|(sender, _)| from.is_none_or(|f| f == sender.as_str()))
        .filter_map(|(sender, peers)| Some((sender, peers.get(to)?)))
        .find_map(|(sender, list)| list.iter().enumerate().find(|(_, m)| !m.recalled && m.key() == key).map(|(i, m)| (sender, m, i)));
    match found {
        None => fail(code::C2C_BAD_MSGKEY, format!("MsgKey \"{key}\" is not a stored message to \"{to}\"")),
        Some((_, m, _)) if m.ext.is_none() => fail(code::INVALID_ACCOUNT_PARAM, format!("message \"{key}\" was not sent with SupportMessageExtension: 1")),
        Some((sender, _, i)) => Ok(At::C2c(sender.clone(), to.to_owned(), i)),
    }
}

/// Finds group message `seq`; a recalled message is gone.
fn find_group(sim: &Simulator, endpoint: &Endpoint, id: &str, seq: u64) -> Result<At, Fail> {
    gate(sim, code::NOT_ULTIMATE)?;
    let g = group(sim, id)?;
    applies(endpoint, g)?;
    let index = usize::try_from(seq).ok().and_then(|s| s.checked_sub(1));
    match index.and_then(|i| g.messages.get(i)).filter(|m| !m.recalled) {
        None => fail(code::INVALID_PARAM, format!("group \"{id}\" has no message with MsgSeq {seq}")),
        Some(m) if m.ext.is_none() => fail(code::INVALID_PARAM, format!("message {seq} of group \"{id}\" was not sent with SupportMessageExtension: 1")),
        Some(_) => Ok(At::Group(id.to_owned(), index.unwrap_or_default())),
    }
}

fn ext<'a>(sim: &'a Simulator, at: &At) -> Option<&'a MsgExt> {
    match at {
        At::C2c(from, to, i) => sim.world.c2c.get(from)?.get(to)?.get(*i)?.ext.as_ref(),
        At::Group(id, i) => sim.world.groups.get(id)?.messages.get(*i)?.ext.as_ref(),
    }
}

fn ext_mut<'a>(sim: &'a mut Simulator, at: &At) -> Option<&'a mut MsgExt> {
    match at {
        At::C2c(from, to, i) => sim.world.c2c.get_mut(from)?.get_mut(to)?.get_mut(*i)?.ext.as_mut(),
        At::Group(id, i) => sim.world.groups.get_mut(id)?.messages.get_mut(*i)?.ext.as_mut(),
    }
}

/// Writes at `at`: a refusal (`code`) changes nothing.
fn set_at(sim: &mut Simulator, at: &At, refusal: u32, operate_type: u8, list: Option<&[ExtensionKeyValue]>) -> Result<Vec<ExtensionResult>, Fail> {
    let Some(ext) = ext_mut(sim, at) else { return fail(code::INTERNAL, "message extensions vanished") };
    let mut next = ext.clone();
    let results = match write(&mut next, operate_type, list) {
        Ok(results) => results,
        Err(info) => return fail(refusal, info),
    };
    *ext = next;
    Ok(results)
}

/// Reads at `at`: `(CompleteFlag, LatestSeq, ClearSeq, keys)`.
fn get_at(sim: &Simulator, at: &At, start: u64) -> Result<(u8, u64, u64, Vec<KeyValueSeq>), Fail> {
    let Some(ext) = ext(sim, at) else { return fail(code::INTERNAL, "message extensions vanished") };
    let (complete, kvs) = pull(ext, start);
    Ok((complete, ext.latest_seq, ext.clear_seq, kvs))
}

serve!(read GetKeyValues => get_key_values);
pub fn get_key_values(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetKeyValues = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let at = find_c2c(sim, req.from_account.as_deref(), &req.to_account, &req.msg_key)?;
    let (complete_flag, latest_seq, clear_seq, extension_list) = get_at(sim, &at, req.start_seq.unwrap_or(0))?;
    answer(&GetKeyValuesResponse { envelope: Envelope::ok(), complete_flag, latest_seq, clear_seq, extension_list })
}

/// What the After-callbacks report of a write: its keys with their Seqs, and the message's
/// latest Seq.
fn written(sim: &Simulator, at: &At, results: &[ExtensionResult]) -> (Vec<KeyValueSeq>, u64) {
    (results.iter().map(|r| r.extension.clone()).collect(), ext(sim, at).map_or(0, |e| e.latest_seq))
}

serve!(SetKeyValues => set_key_values);
/// C2C.CallbackAfterC2CMsgExtension follows a write (its page: after it succeeds).
pub fn set_key_values(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SetKeyValues = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let at = find_c2c(sim, req.from_account.as_deref(), &req.to_account, &req.msg_key)?;
    let extension_list = set_at(sim, &at, code::INVALID_ACCOUNT_PARAM, req.operate_type, req.extension_list.as_deref())?;
    if let (true, At::C2c(from, to, _)) = (sim.wants::<C2cAfterMsgExtension>(), &at) {
        let (list, seq) = written(sim, &at, &extension_list);
        let body = C2cAfterMsgExtension { from_account: from.clone(), to_account: to.clone(), msg_key: req.msg_key, operate_type: req.operate_type, extension_list: list, seq, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&SetKeyValuesResponse { envelope: Envelope::ok(), extension_list })
}

serve!(read GroupGetKeyValues => group_get_key_values(endpoint));
pub fn group_get_key_values(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GroupGetKeyValues = typed(body, code::INVALID_PARAM)?;
    let at = find_group(sim, endpoint, &req.group_id, req.msg_seq)?;
    let (complete_flag, latest_seq, clear_seq, extension_list) = get_at(sim, &at, req.start_seq.unwrap_or(0))?;
    answer(&GroupGetKeyValuesResponse { envelope: Envelope::ok(), complete_flag, latest_seq, clear_seq, extension_list })
}

serve!(GroupSetKeyValues => group_set_key_values(endpoint));
pub fn group_set_key_values(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GroupSetKeyValues = typed(body, code::INVALID_PARAM)?;
    let at = find_group(sim, endpoint, &req.group_id, req.msg_seq)?;
    let extension_list = set_at(sim, &at, code::INVALID_PARAM, req.operate_type, req.extension_list.as_deref())?;
    if sim.wants::<GroupAfterMsgExtension>() {
        let (list, seq) = written(sim, &at, &extension_list);
        let body = GroupAfterMsgExtension { group_id: req.group_id, msg_seq: req.msg_seq, operate_type: req.operate_type, extension_list: list, seq, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&GroupSetKeyValuesResponse { envelope: Envelope::ok(), extension_list })
}
