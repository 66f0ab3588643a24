//! Handlers of `million_group_open_http_svc`: Community topics. A topic lives in its group's
//! `topics` map (`None` unless the group was created with `SupportTopic: 1`); other handlers
//! (permission groups, messages with `TopicId`) find topics through `sim::topics`.

use super::answer::{answer, typed, Answer, Body};
use super::callbacks::topic::{GroupAfterCreateTopic, GroupAfterTopicDestroyed, GroupAfterTopicInfoChanged, GroupBeforeCreateTopic};
use super::dispatch::serve;
use super::group::{applies, group, group_mut, need_account};
use super::group_admin::online_members;
use super::state::Topic;
use super::topics::{topic, topic_map, topic_map_mut, topic_mut};
use super::{fail, ok, Simulator, Stop};
use crate::api::million_group_open_http_svc::create_topic::{CreateTopic, CreateTopicResponse};
use crate::api::million_group_open_http_svc::destroy_topic::{DestroyResultItem, DestroyTopic, DestroyTopicResponse};
use crate::api::million_group_open_http_svc::get_topic::{GetTopic, GetTopicResponse, TopicAndSelfInfo, TopicInfo, TopicSelfInfo};
use crate::api::million_group_open_http_svc::import_topic::{ImportTopic, ImportTopicResponse};
use crate::api::million_group_open_http_svc::modify_topic::ModifyTopic;
use crate::api::million_group_open_http_svc::get_online_member_num::{GetCommunityOnlineMemberNum, GetCommunityOnlineMemberNumResponse};
use crate::api::Envelope;
use crate::vocab::Endpoint;
use crate::protocol::errors::code;

/// What separates a topic ID's group part from its own part (`@TGS#_…@TOPIC#_…`, CN 1047/49471).
const TOPIC_MARK: &str = "@TOPIC#_";
/// An assigned topic ID's own part: `@TOPIC#c` + 10 letters/digits, like the page's sample.
const AUTO_PREFIX: &str = "@TOPIC#c";
const ID_ALPHABET: &[u8; 36] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// The profile create_topic and import_topic share.
struct NewTopic<'a> {
    group_id: &'a str,
    /// create_topic asks Group.CallbackBeforeCreateTopic and fires the After one; an import
    /// fires none (as import_group).
    callbacks: bool,
    topic_id: Option<&'a str>,
    topic: Topic,
}

/// Checks and stores a new topic; answers its ID.
fn add_topic(sim: &mut Simulator, new: NewTopic<'_>) -> Result<String, Stop> {
    if let Some(owner) = &new.topic.owner {
        need_account(sim, owner)?;
    }
    let g = group(sim, new.group_id)?;
    let topics = topic_map(g)?;
    let id = match new.topic_id {
        Some(id) => {
            let prefix = format!("{}{TOPIC_MARK}", g.id);
            let Some(custom) = id.strip_prefix(&prefix).filter(|c| !c.is_empty()) else {
                return fail(code::INVALID_PARAM, format!("a custom topic ID is the group ID, then {TOPIC_MARK}, then your part: \"{prefix}…\", got \"{id}\""));
            };
            if let Some(why) = custom_part_fault(custom) {
                return fail(code::INVALID_PARAM, format!("the custom part \"{custom}\" of topic ID \"{id}\" {why}"));
            }
            if topics.contains_key(id) {
                return fail(code::GROUP_ID_TAKEN, format!("topic ID \"{id}\" is already used"));
            }
            Some(id.to_owned())
        }
        None => None,
    };
    let group_type = g.ty.rest_name();
    if new.callbacks {
        // Asked before the topic ID is drawn: asking changes nothing, the random stream included.
        sim.gate(false, "RESTAPI", |sim| GroupBeforeCreateTopic { group_id: new.group_id.to_owned(), group_type, operator_account: sim.options.admin.clone(), name: new.topic.name.clone(), event_time: sim.event_time() })?;
    }
    let id = match id {
        Some(id) => id,
        None => auto_topic_id(sim, new.group_id),
    };
    let callback = (new.callbacks && sim.wants::<GroupAfterCreateTopic>()).then(|| GroupAfterCreateTopic {
        group_id: new.group_id.to_owned(),
        topic_id: id.clone(),
        group_type,
        operator_account: sim.options.admin.clone(),
        owner_account: new.topic.owner.clone().unwrap_or_default(),
        name: new.topic.name.clone(),
        event_time: sim.event_time(),
    });
    let g = group_mut(sim, new.group_id)?;
    let mut topic = new.topic;
    topic.admit(g.members.keys());
    topic_map_mut(g)?.insert(id.clone(), topic);
    if let Some(body) = callback {
        sim.fire(&body);
    }
    Ok(id)
}

/// What the custom part of a topic ID may not hold (the group system page, "Custom Topic
/// IDs": no `@TGS#_` or `@TOPIC#_@TOPIC#`, which assigned IDs use, and printable ASCII only).
const CUSTOM_PART_FORBIDS: &[&str] = &["@TGS#_", "@TOPIC#_@TOPIC#"];

/// Why `custom` cannot be the custom part of a topic ID, if it cannot.
fn custom_part_fault(custom: &str) -> Option<String> {
    if let Some(bad) = CUSTOM_PART_FORBIDS.iter().find(|f| custom.contains(*f)) {
        return Some(format!("may not contain \"{bad}\""));
    }
    custom.bytes().any(|b| !(0x20..=0x7e).contains(&b)).then(|| "must be printable ASCII (0x20-0x7e)".to_owned())
}

/// A free `…@TOPIC#_@TOPIC#c` + 10 ID from the seeded random state.
fn auto_topic_id(sim: &mut Simulator, group_id: &str) -> String {
    loop {
        let mut id = format!("{group_id}{TOPIC_MARK}{AUTO_PREFIX}");
        let mut r = sim.next_random();
        for _ in 0..10 {
            id.push(char::from(ID_ALPHABET.get((r % 36) as usize).copied().unwrap_or(b'A')));
            r /= 36;
        }
        let taken = sim.world.groups.get(group_id).and_then(|g| g.topics.as_ref()).is_some_and(|t| t.contains_key(&id));
        if !taken {
            return id;
        }
    }
}

serve!(CreateTopic => create_topic);

/// Creates a topic now.
pub fn create_topic(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: CreateTopic = typed(body, code::INVALID_PARAM)?;
    let topic = Topic {
        name: req.topic_name,
        owner: req.from_account,
        introduction: req.introduction.unwrap_or_default(),
        notification: req.notification.unwrap_or_default(),
        face_url: req.face_url.unwrap_or_default(),
        custom_string: req.custom_string.unwrap_or_default(),
        created: sim.now(),
        ..Topic::empty()
    };
    let topic_id = add_topic(sim, NewTopic { group_id: &req.group_id, callbacks: true, topic_id: req.topic_id.as_deref(), topic })?;
    answer(&CreateTopicResponse { envelope: Envelope::ok(), topic_id })
}

serve!(ImportTopic => import_topic);

/// Creates a topic with the creation time given (default now); not in the future.
pub fn import_topic(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ImportTopic = typed(body, code::INVALID_PARAM)?;
    let created = req.create_time.unwrap_or_else(|| sim.now());
    if created > sim.now() {
        return fail(code::INVALID_PARAM, format!("CreateTime {created} is in the future (now {})", sim.now()));
    }
    let topic = Topic {
        name: req.topic_name,
        owner: req.from_account,
        introduction: req.introduction.unwrap_or_default(),
        notification: req.notification.unwrap_or_default(),
        face_url: req.face_url.unwrap_or_default(),
        custom_string: req.custom_string.unwrap_or_default(),
        created,
        ..Topic::empty()
    };
    let topic_id = add_topic(sim, NewTopic { group_id: &req.group_id, callbacks: false, topic_id: req.topic_id.as_deref(), topic })?;
    answer(&ImportTopicResponse { envelope: Envelope::ok(), topic_id })
}

serve!(DestroyTopic => destroy_topic);

/// Disbands the topics that exist; each topic answers 0 or 10010 on its own.
pub fn destroy_topic(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DestroyTopic = typed(body, code::INVALID_PARAM)?;
    let event_time = sim.event_time();
    let wants = sim.wants::<GroupAfterTopicDestroyed>();
    let g = group_mut(sim, &req.group_id)?;
    let group_type = g.ty.rest_name();
    let topics = topic_map_mut(g)?;
    let destroy_result_item: Vec<DestroyResultItem> = req
        .topic_id_list
        .iter()
        .map(|id| match topics.remove(id) {
            Some(_) => DestroyResultItem { topic_id: id.clone(), error_code: 0, error_info: String::new() },
            None => DestroyResultItem { topic_id: id.clone(), error_code: code::GROUP_NOT_FOUND, error_info: format!("topic \"{id}\" does not exist") },
        })
        .collect();
    let topic_id_list: Vec<String> = destroy_result_item.iter().filter(|r| r.error_code == 0).map(|r| r.topic_id.clone()).collect();
    if wants && !topic_id_list.is_empty() {
        sim.fire(&GroupAfterTopicDestroyed { group_id: req.group_id.clone(), group_type, topic_id_list, event_time });
    }
    answer(&DestroyTopicResponse { envelope: Envelope::ok(), destroy_result_item })
}

serve!(read GetTopic => get_topic);

/// The topics named (each 0 or 10010), or every topic; the filter keeps the fields it names.
pub fn get_topic(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetTopic = typed(body, code::INVALID_PARAM)?;
    if let Some(from) = &req.from_account {
        need_account(sim, from)?;
    }
    let g = group(sim, &req.group_id)?;
    let topics = topic_map(g)?;
    let ids: Vec<&String> = match req.topic_id_list.as_deref() {
        Some(list) if !list.is_empty() => list.iter().collect(),
        _ => topics.keys().collect(),
    };
    // From_Account's place in each topic, when it is a member; muted until the later of its
    // group mute and its mute in the topic.
    let now = sim.now();
    let self_info = |t: &Topic| {
        let account = req.from_account.as_deref()?;
        let member = g.members.get(account)?;
        let shut_up_time = g.muted_until(account, now).max(super::state::mute_left(&t.muted, account, now));
        Some(TopicSelfInfo { msg_seq: t.reads.get(account)?.read_seq, msg_flag: member.msg_flag.clone(), shut_up_time })
    };
    let wants = |field: &str| req.response_filter.as_ref().is_none_or(|f| f.iter().any(|x| x == field));
    let pick = |field: &str, v: &String| wants(field).then(|| v.clone());
    let topic_and_self_info = ids
        .into_iter()
        .map(|id| match topics.get(id) {
            Some(t) => TopicAndSelfInfo {
                topic_info: Some(TopicInfo {
                    topic_id: pick("TopicId", id),
                    topic_name: pick("TopicName", &t.name),
                    group_id: pick("GroupID", &g.id),
                    face_url: pick("FaceUrl", &t.face_url),
                    notification: pick("Notification", &t.notification),
                    introduction: pick("Introduction", &t.introduction),
                    custom_string: pick("CustomString", &t.custom_string),
                    create_time: wants("CreateTime").then_some(t.created),
                    last_msg_time: wants("LastMsgTime").then(|| t.messages.last().map_or(0, |m| m.time)),
                    next_msg_seq: wants("NextMsgSeq").then_some(t.last_seq() + 1),
                    shut_up_all_flag: wants("ShutUpAllFlag").then_some(u8::from(t.mute_all)),
                }),
                self_info: self_info(t),
                error_code: 0,
                error_info: String::new(),
            },
            None => TopicAndSelfInfo { topic_info: None, self_info: None, error_code: code::GROUP_NOT_FOUND, error_info: format!("topic \"{id}\" does not exist") },
        })
        .collect();
    answer(&GetTopicResponse { envelope: Envelope::ok(), topic_and_self_info })
}

serve!(ModifyTopic => modify_topic);

/// Changes the fields given; the others stay.
pub fn modify_topic(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ModifyTopic = typed(body, code::INVALID_PARAM)?;
    let group_type = group(sim, &req.group_id)?.ty.rest_name();
    topic(group(sim, &req.group_id)?, &req.topic_id)?;
    // Only the name, introduction, notice and photo fire it, each present when set (as
    // Group.CallbackAfterGroupInfoChanged).
    let profile_set = req.topic_name.is_some() || req.introduction.is_some() || req.notification.is_some() || req.face_url.is_some();
    let callback = (profile_set && sim.wants::<GroupAfterTopicInfoChanged>()).then(|| GroupAfterTopicInfoChanged {
        group_id: req.group_id.clone(),
        topic_id: req.topic_id.clone(),
        group_type,
        operator_account: sim.options.admin.clone(),
        name: req.topic_name.clone(),
        introduction: req.introduction.clone(),
        notification: req.notification.clone(),
        face_url: req.face_url.clone(),
        event_time: sim.event_time(),
    });
    let t = topic_mut(group_mut(sim, &req.group_id)?, &req.topic_id)?;
    let set = |field: &mut String, v: Option<String>| {
        if let Some(v) = v {
            *field = v;
        }
    };
    set(&mut t.name, req.topic_name);
    set(&mut t.face_url, req.face_url);
    set(&mut t.notification, req.notification);
    set(&mut t.introduction, req.introduction);
    set(&mut t.custom_string, req.custom_string);
    if let Some(m) = &req.mute_all_member {
        t.mute_all = m == "On";
    }
    if let Some(body) = callback {
        sim.fire(&body);
    }
    ok()
}

serve!(read GetCommunityOnlineMemberNum => get_online_member_num(endpoint));

/// The Community's members logged in now (the live groups' count, on the Community path).
pub fn get_online_member_num(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetCommunityOnlineMemberNum = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    answer(&GetCommunityOnlineMemberNumResponse { envelope: Envelope::ok(), online_member_num: online_members(sim, g) })
}
