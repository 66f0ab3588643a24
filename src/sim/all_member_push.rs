//! Handlers of `all_member_push`: the app's attribute names, each account's push attributes
//! and tags, and `im_push`, which stores one one-to-one message from the admin (or
//! `From_Account`) to every imported account its `Condition` selects. The plan gate, the
//! limits and the codes are the pages' (269/45934–45943; decisions.md, "All-member push, IP
//! list, chat files"). The Push plugin's attribute and tag commands (`timpush/*`) are these
//! handlers, gated by the plugin instead of the plan, and its pushes start here too.

use super::answer::{answer, fail, ok, typed, Answer, Body, Fail};
use super::dispatch::serve;
use super::state::{msg_body, C2cMsg, PushTask};
use super::Simulator;
use crate::api::all_member_push::im_add_tag::ImAddTag;
use crate::api::all_member_push::im_get_attr::{ImGetAttr, ImGetAttrResponse};
use crate::api::all_member_push::im_get_attr_name::{ImGetAttrName, ImGetAttrNameResponse};
use crate::api::all_member_push::im_get_tag::{ImGetTag, ImGetTagResponse};
use crate::api::all_member_push::im_push::{ImPush, ImPushResponse, PushCondition, DAILY_PUSHES, SAME_TASK_SECONDS};
use crate::api::all_member_push::im_remove_all_tags::ImRemoveAllTags;
use crate::api::all_member_push::im_remove_attr::ImRemoveAttr;
use crate::api::all_member_push::im_remove_tag::ImRemoveTag;
use crate::api::all_member_push::im_set_attr::ImSetAttr;
use crate::api::all_member_push::im_set_attr_name::ImSetAttrName;
use crate::api::all_member_push::{UserAttrs, UserAttrsOut, UserTags, ATTR_INDEXES, MAX_ATTR_BYTES, MAX_TAGS_PER_ACCOUNT, MAX_TAGS_PER_CALL};
use crate::api::Envelope;
use crate::api::MsgElement;
use crate::vocab::{Endpoint, Service};
use crate::protocol::errors::code;
use std::collections::BTreeMap;

/// The push service's own codes (1047/74196).
const TOO_MANY_TAGS: u32 = 90032;
pub(super) const INVALID_ATTR: u32 = 90033;
const TAGS_AND_ATTRS: u32 = 90039;
const TAG_IN_BOTH: u32 = 90022;
const TOO_FREQUENT: u32 = 90024;
const NOT_ENABLED: u32 = 90045;
const DAILY_LIMIT: u32 = 90047;

/// Every command of the service is off without the feature (trial plan); the Push plugin's
/// forms of them without the plugin.
fn enabled(sim: &Simulator, e: &Endpoint) -> Result<(), Fail> {
    if e.service == Service::Timpush {
        sim.push_plugin()
    } else if sim.plan_has_all_member_push() {
        Ok(())
    } else {
        fail(NOT_ENABLED, "push to all users is not enabled: it needs the pro, ultimate or enterprise edition (simulator option edition)")
    }
}

/// The index an attribute name has (`im_set_attr_name`).
fn attr_index<'a>(sim: &'a Simulator, name: &str) -> Option<&'a str> {
    sim.world.push_attr_names.iter().find(|(_, n)| *n == name).map(|(i, _)| i.as_str())
}

/// An attribute value as stored: a string of at most 50 bytes.
fn attr_value<'v>(name: &str, value: &'v serde_json::Value) -> Result<&'v str, Fail> {
    match value.as_str() {
        Some(v) if v.len() <= MAX_ATTR_BYTES => Ok(v),
        Some(v) => fail(INVALID_ATTR, format!("the value of attribute \"{name}\" is {} bytes; the limit is {MAX_ATTR_BYTES}", v.len())),
        None => fail(INVALID_ATTR, format!("the value of attribute \"{name}\" must be a string")),
    }
}

/// (attribute index, value) pairs.
type Indexed = Vec<(String, String)>;

/// `Attrs`' names as the app's indexes, each with its value (refusing a name the app has not
/// set, 90033).
fn indexed(sim: &Simulator, attrs: &BTreeMap<String, serde_json::Value>, with_values: bool) -> Result<Indexed, Fail> {
    let mut out = Vec::with_capacity(attrs.len());
    for (name, value) in attrs {
        let Some(index) = attr_index(sim, name) else {
            return fail(INVALID_ATTR, format!("\"{name}\" is not one of the app's attribute names (set them with im_set_attr_name)"));
        };
        let value = if with_values { attr_value(name, value)?.to_owned() } else { String::new() };
        out.push((index.to_owned(), value));
    }
    Ok(out)
}

serve!(ImSetAttrName => im_set_attr_name(endpoint));
/// Names attributes by index; other indexes keep theirs. A name names one attribute.
pub fn im_set_attr_name(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImSetAttrName = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let mut names = sim.world.push_attr_names.clone();
    for (index, name) in &req.attr_names {
        if !ATTR_INDEXES.contains(&index.as_str()) {
            return fail(INVALID_ATTR, format!("AttrNames key \"{index}\" is not an attribute index (\"0\" to \"9\")"));
        }
        match name.as_str() {
            Some(n) if !n.is_empty() && n.len() <= MAX_ATTR_BYTES => names.insert(index.clone(), n.to_owned()),
            Some(n) => return fail(INVALID_ATTR, format!("the name of attribute {index} is {} bytes; a name is 1 to {MAX_ATTR_BYTES} bytes", n.len())),
            None => return fail(INVALID_ATTR, format!("the name of attribute {index} must be a string")),
        };
    }
    // At most 10 names: compared pairwise rather than sorted (a sort costs the wasm KBs).
    let seen: Vec<&String> = names.values().collect();
    if let Some(twice) = seen.iter().enumerate().find_map(|(i, n)| seen.iter().skip(i + 1).any(|m| m == n).then_some(n)) {
        return fail(INVALID_ATTR, format!("\"{twice}\" would name two attributes"));
    }
    sim.world.push_attr_names = names;
    ok()
}

serve!(read ImGetAttrName => im_get_attr_name(endpoint));
pub fn im_get_attr_name(sim: &Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let _req: ImGetAttrName = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    answer(&ImGetAttrNameResponse { envelope: Envelope::ok(), attr_names: sim.world.push_attr_names.clone() })
}

serve!(read ImGetAttr => im_get_attr(endpoint));
/// Each account's attributes by their current names, in request order (`{}`: none).
pub fn im_get_attr(sim: &Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImGetAttr = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let names = &sim.world.push_attr_names;
    let user_attrs = req
        .to_account
        .into_iter()
        .map(|to_account| {
            let attrs = sim.world.push_attrs.get(&to_account).map(|a| super::state::map_of(a.iter().filter_map(|(i, v)| names.get(i).map(|n| (n.clone(), v.clone()))))).unwrap_or_default();
            UserAttrsOut { to_account, attrs }
        })
        .collect();
    answer(&ImGetAttrResponse { envelope: Envelope::ok(), user_attrs })
}

serve!(ImSetAttr => im_set_attr(endpoint));
/// Sets attributes by name (every name and value is checked before anything changes).
pub fn im_set_attr(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImSetAttr = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let changes = attr_changes(sim, &req.user_attrs, true)?;
    for (account, attrs) in changes {
        sim.world.push_attrs.entry(account).or_default().extend(attrs);
    }
    ok()
}

serve!(ImRemoveAttr => im_remove_attr(endpoint));
/// Removes attributes by name (the values in the request are not compared).
pub fn im_remove_attr(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImRemoveAttr = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let named = |names: &[String]| super::state::map_of(names.iter().map(|n| (n.clone(), serde_json::Value::Null)));
    let changes: Vec<(String, Indexed)> = req.user_attrs.iter().map(|item| Ok((item.to_account.clone(), indexed(sim, &named(&item.attrs), false)?))).collect::<Result<_, Fail>>()?;
    for (account, attrs) in changes {
        if let Some(mine) = sim.world.push_attrs.get_mut(&account) {
            for (index, _) in attrs {
                mine.remove(&index);
            }
            if mine.is_empty() {
                sim.world.push_attrs.remove(&account);
            }
        }
    }
    ok()
}

fn attr_changes(sim: &Simulator, items: &[UserAttrs], with_values: bool) -> Result<Vec<(String, Indexed)>, Fail> {
    items.iter().map(|item| Ok((item.to_account.clone(), indexed(sim, &item.attrs, with_values)?))).collect()
}

serve!(read ImGetTag => im_get_tag(endpoint));
/// Each account's tags in the order added, in request order (`[]`: none).
pub fn im_get_tag(sim: &Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImGetTag = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let user_tags = req.to_account.into_iter().map(|to_account| UserTags { tags: sim.world.push_tags.get(&to_account).cloned().unwrap_or_default(), to_account }).collect();
    answer(&ImGetTagResponse { envelope: Envelope::ok(), user_tags })
}

serve!(ImAddTag => im_add_tag(endpoint));
/// Adds tags (one already there stays where it is): at most 10 an account a call and 100 an
/// account in all (90032), checked for the whole request before anything changes.
pub fn im_add_tag(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImAddTag = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    let mut changed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in &req.user_tags {
        if item.tags.len() > MAX_TAGS_PER_CALL {
            return fail(TOO_MANY_TAGS, format!("{} tags for \"{}\"; at most {MAX_TAGS_PER_CALL} an account per call", item.tags.len(), item.to_account));
        }
        let tags = match changed.get_mut(&item.to_account) {
            Some(t) => t,
            None => changed.entry(item.to_account.clone()).or_insert_with(|| sim.world.push_tags.get(&item.to_account).cloned().unwrap_or_default()),
        };
        for tag in &item.tags {
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        if tags.len() > MAX_TAGS_PER_ACCOUNT {
            return fail(TOO_MANY_TAGS, format!("\"{}\" would have {} tags; an account has at most {MAX_TAGS_PER_ACCOUNT} (remove some first)", item.to_account, tags.len()));
        }
    }
    sim.world.push_tags.extend(changed);
    ok()
}

serve!(ImRemoveTag => im_remove_tag(endpoint));
/// Removes tags (one the account does not have is no error).
pub fn im_remove_tag(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImRemoveTag = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    for item in req.user_tags {
        if let Some(tags) = sim.world.push_tags.get_mut(&item.to_account) {
            tags.retain(|t| !item.tags.contains(t));
            if tags.is_empty() {
                sim.world.push_tags.remove(&item.to_account);
            }
        }
    }
    ok()
}

serve!(ImRemoveAllTags => im_remove_all_tags(endpoint));
pub fn im_remove_all_tags(sim: &mut Simulator, e: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ImRemoveAllTags = typed(body, code::C2C_JSON_PARSE)?;
    enabled(sim, e)?;
    for account in &req.to_account {
        sim.world.push_tags.remove(account);
    }
    ok()
}

/// Who a push reaches: every account, or those whose tags or attributes match. A list that
/// is absent (or empty) does not constrain; both lists of a kind must hold.
enum Selection {
    All,
    Tags { and: Vec<String>, or: Vec<String> },
    Attrs { and: Indexed, or: Indexed },
}

impl Selection {
    /// The condition, checked as the page says: tags and attributes not both (90039), no tag
    /// in both lists (90022), attribute names the app's (90033).
    fn of(sim: &Simulator, condition: Option<&PushCondition>) -> Result<Selection, Fail> {
        let Some(c) = condition else { return Ok(Selection::All) };
        let has_tags = c.tags_and.is_some() || c.tags_or.is_some();
        let has_attrs = c.attrs_and.is_some() || c.attrs_or.is_some();
        match (has_tags, has_attrs) {
            (true, true) => fail(TAGS_AND_ATTRS, "a Condition has tags (TagsAnd/TagsOr) or attributes (AttrsAnd/AttrsOr), not both"),
            (true, false) => {
                let (and, or) = (c.tags_and.clone().unwrap_or_default(), c.tags_or.clone().unwrap_or_default());
                if let Some(t) = and.iter().find(|t| or.contains(t)) {
                    return fail(TAG_IN_BOTH, format!("tag \"{t}\" is in both TagsAnd and TagsOr"));
                }
                Ok(Selection::Tags { and, or })
            }
            (false, true) => {
                let empty = BTreeMap::new();
                let and = indexed(sim, c.attrs_and.as_ref().unwrap_or(&empty), true)?;
                let or = indexed(sim, c.attrs_or.as_ref().unwrap_or(&empty), true)?;
                Ok(Selection::Attrs { and, or })
            }
            (false, false) => Ok(Selection::All),
        }
    }

    fn matches(&self, sim: &Simulator, account: &str) -> bool {
        fn holds<T>(and: &[T], or: &[T], has: impl Fn(&T) -> bool) -> bool {
            and.iter().all(&has) && (or.is_empty() || or.iter().any(&has))
        }
        match self {
            Selection::All => true,
            Selection::Tags { and, or } => {
                let tags = sim.world.push_tags.get(account).map_or(&[][..], Vec::as_slice);
                holds(and, or, |t| tags.contains(t))
            }
            Selection::Attrs { and, or } => {
                let attrs = sim.world.push_attrs.get(account);
                holds(and, or, |(i, v)| attrs.and_then(|a| a.get(i)) == Some(v))
            }
        }
    }
}

/// A push task ID shaped like the service's (8-4-4-4-12 hex), from the seeded generator.
fn task_id(sim: &mut Simulator) -> String {
    let (a, b) = (sim.next_random(), sim.next_random());
    format!("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", a >> 32, (a >> 16) & 0xffff, a & 0xffff, b >> 48, b & 0xffff_ffff_ffff)
}

serve!(ImPush => im_push);
/// Stores the message in the one-to-one history of every imported account the condition
/// selects (not the sender, not the app admin), counted as unread; `MsgLifeTime: 0` reaches
/// online users only and stores nothing. A MsgRandom used in the last 7 days is the same task:
/// its TaskId again, nothing sent. With the rate limit on (the default), two pushes in one
/// second (90024) and more than 100 in a Beijing day (90047) are refused.
pub fn im_push(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ImPush = typed(body, code::C2C_JSON_PARSE)?;
    if !sim.plan_has_all_member_push() {
        return fail(NOT_ENABLED, "push to all users is not enabled: it needs the pro, ultimate or enterprise edition (simulator option edition)");
    }
    let stored = Some(req.msg_body.as_slice()).filter(|_| req.msg_life_time != Some(0));
    start(sim, Asked { via: None, from: req.from_account.clone(), random: req.msg_random, who: Who::Condition(req.condition.as_ref()), body: stored, daily: Some(DAILY_PUSHES), same_task: SAME_TASK_SECONDS })
}

/// Whom a push is for: a condition's selection, or listed accounts (`timpush/batch`).
pub(super) enum Who<'a> {
    Condition(Option<&'a PushCondition>),
    Listed(&'a [String]),
}

/// A push to start: `im_push`'s, or the Push plugin's (`via` its command).
pub(super) struct Asked<'a> {
    pub via: Option<&'static str>,
    pub from: Option<String>,
    pub random: u32,
    pub who: Who<'a>,
    /// The message stored in each receiver's history (None: nothing stored).
    pub body: Option<&'a [MsgElement]>,
    /// Pushes a Beijing day, more than a second apart, counted with the pushes of the same
    /// kind (im_push and timpush/push together, webpush apart); None: neither applies.
    pub daily: Option<usize>,
    /// Seconds the same MsgRandom stays the same task.
    pub same_task: u64,
}

/// The pushes counted together a day: im_push's and timpush/push's (one service), webpush's.
fn kind(via: Option<&str>) -> Option<&str> {
    via.filter(|v| *v != "push")
}

/// Starts a push task: the sender (90008), a repeated MsgRandom (its TaskId again), the
/// condition, the frequency, then the receivers, their messages and the task.
pub(super) fn start(sim: &mut Simulator, ask: Asked<'_>) -> Answer {
    let from = ask.from.unwrap_or_else(|| sim.options.admin.clone());
    if !sim.account_exists(&from) {
        return fail(code::C2C_FROM_ACCOUNT, format!("From_Account \"{from}\" does not exist: import it first"));
    }
    let now = sim.now();
    if let Some((id, _)) = sim.world.push_tasks.iter().find(|(_, t)| t.msg_random == ask.random && t.via.as_deref() == ask.via && now.saturating_sub(t.time) < ask.same_task) {
        return answer(&ImPushResponse { envelope: Envelope::ok(), task_id: id.clone() });
    }
    let selection = match ask.who {
        Who::Condition(c) => Selection::of(sim, c)?,
        Who::Listed(_) => Selection::All,
    };
    if let Some(daily) = ask.daily.filter(|_| sim.options.rate_limit) {
        let mine: Vec<u64> = sim.world.push_tasks.values().filter(|t| kind(t.via.as_deref()) == kind(ask.via)).map(|t| t.time).collect();
        if mine.contains(&now) {
            return fail(TOO_FREQUENT, "push too frequent: two pushes must be more than 1 second apart");
        }
        let today = super::config::beijing_day(now);
        if mine.iter().filter(|t| super::config::beijing_day(**t) == today).count() >= daily {
            return fail(DAILY_LIMIT, format!("the daily limit of {daily} pushes is reached (Beijing day {today})"));
        }
    }
    let receivers: Vec<String> = match ask.who {
        Who::Listed(list) => {
            let mut out: Vec<String> = Vec::with_capacity(list.len());
            for a in list.iter().filter(|a| **a != from && sim.account_exists(a)) {
                if !out.contains(a) {
                    out.push(a.clone());
                }
            }
            out
        }
        Who::Condition(_) => sim.world.accounts.keys().filter(|a| **a != from && !sim.is_admin(a) && selection.matches(sim, a)).cloned().collect(),
    };
    let task_id = task_id(sim);
    let task_id = if ask.via == Some("batch") { format!("batch_{task_id}") } else { task_id };
    sim.world.c2c_seq += 1;
    if let Some(body) = ask.body {
        let msg = C2cMsg { seq: sim.world.c2c_seq, random: ask.random, time: now, body: msg_body(&body), recalled: false, need_receipt: false, no_unread: false, peer_read: false, cloud_custom_data: None, ext: None };
        for to in &receivers {
            super::c2c::store(sim, from.clone(), to.clone(), msg.clone());
        }
    }
    sim.world.push_tasks.insert(task_id.clone(), PushTask { msg_random: ask.random, time: now, from, receivers, via: ask.via.map(str::to_owned), revoked: None });
    answer(&ImPushResponse { envelope: Envelope::ok(), task_id })
}
