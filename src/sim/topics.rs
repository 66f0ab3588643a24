//! Community topics as every handler finds them: a group's topic map, one topic, and the
//! message sequence a request's optional `TopicId` names (the group's own or the topic's).
//! Kept apart from the topic handlers so that message handlers can use it without an import
//! circle.

use super::state::{Group, MsgLog, Topic};
use super::{fail, Fail};
use crate::protocol::errors::code;
use std::collections::BTreeMap;

/// The topics of a group that supports them; 10007 for a group that does not (not a
/// Community, or created without `SupportTopic: 1`).
pub(crate) fn topic_map(g: &Group) -> Result<&BTreeMap<String, Topic>, Fail> {
    g.topics.as_ref().map_or_else(|| fail(code::NO_PERMISSION, format!("group \"{}\" does not support topics (a Community group created with SupportTopic: 1 does)", g.id)), Ok)
}

pub(crate) fn topic_map_mut(g: &mut Group) -> Result<&mut BTreeMap<String, Topic>, Fail> {
    let id = g.id.clone();
    g.topics.as_mut().map_or_else(|| fail(code::NO_PERMISSION, format!("group \"{id}\" does not support topics (a Community group created with SupportTopic: 1 does)")), Ok)
}

/// A topic of the group, or 10010 (the code the pages give for a topic that does not exist).
pub(crate) fn topic<'a>(g: &'a Group, topic_id: &str) -> Result<&'a Topic, Fail> {
    topic_map(g)?.get(topic_id).map_or_else(|| fail(code::GROUP_NOT_FOUND, format!("topic \"{topic_id}\" does not exist in group \"{}\"", g.id)), Ok)
}

/// `topic` to change.
pub(crate) fn topic_mut<'a>(g: &'a mut Group, topic_id: &str) -> Result<&'a mut Topic, Fail> {
    let group_id = g.id.clone();
    topic_map_mut(g)?.get_mut(topic_id).map_or_else(|| fail(code::GROUP_NOT_FOUND, format!("topic \"{topic_id}\" does not exist in group \"{group_id}\"")), Ok)
}

/// The message sequence a request with an optional `TopicId` names: the group's own, or the
/// topic's (10007 for a group without topics, 10010 for a topic it does not have). An empty
/// `TopicId` names no topic. Every handler that takes `TopicId` for messages finds them here.
pub(crate) fn msg_log<'a>(g: &'a Group, topic_id: Option<&str>) -> Result<&'a dyn MsgLog, Fail> {
    match topic_id.filter(|t| !t.is_empty()) {
        None => Ok(g),
        Some(id) => Ok(topic(g, id)?),
    }
}

/// `msg_log` to change.
pub(crate) fn msg_log_mut<'a>(g: &'a mut Group, topic_id: Option<&str>) -> Result<&'a mut dyn MsgLog, Fail> {
    match topic_id.filter(|t| !t.is_empty()) {
        None => Ok(g),
        Some(id) => Ok(topic_mut(g, id)?),
    }
}

/// The mutes a request with an optional `TopicId` names: the group's own (which hold in every
/// topic too), or those of the topic alone (forbid_send_msg, get_group_muted_account); 10007
/// and 10010 as `msg_log`.
pub(crate) fn mutes<'a>(g: &'a Group, topic_id: Option<&str>) -> Result<&'a BTreeMap<String, u64>, Fail> {
    match topic_id.filter(|t| !t.is_empty()) {
        None => Ok(&g.muted),
        Some(id) => Ok(&topic(g, id)?.muted),
    }
}

/// `mutes` to change.
pub(crate) fn mutes_mut<'a>(g: &'a mut Group, topic_id: Option<&str>) -> Result<&'a mut BTreeMap<String, u64>, Fail> {
    match topic_id.filter(|t| !t.is_empty()) {
        None => Ok(&mut g.muted),
        Some(id) => Ok(&mut topic_mut(g, id)?.muted),
    }
}

/// Until when `account` may not speak in the sequence `topic_id` names (0: it may): the
/// group's mute, or in a topic the later of the group's and the topic's own.
pub(crate) fn muted_in(g: &Group, topic_id: Option<&str>, account: &str, now: u64) -> u64 {
    let own = mutes(g, topic_id).map_or(0, |m| super::state::mute_left(m, account, now));
    own.max(g.muted_until(account, now))
}
