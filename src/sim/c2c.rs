//! Handlers of `openim`: one-to-one messages, their read times and unread counts.

use super::dispatch::serve;
use super::state::{body_value, msg_body, C2cMsg, MsgExt};
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::openim::admin_getroammsg::{AdminGetRoamMsg, AdminGetRoamMsgResponse, RoamMsg};
use crate::api::openim::admin_msgwithdraw::AdminMsgWithdraw;
use crate::api::openim::get_c2c_unread_msg_num::{C2cUnread, GetC2cUnreadMsgNum, GetC2cUnreadMsgNumResponse, PeerError};
use crate::api::openim::batchsendmsg::{BatchSendMsg, BatchSendMsgResponse};
use crate::api::openim::c2c_msg_read_receipt::C2cMsgReadReceipt;
use crate::api::openim::delete_c2c_msg_ramble::{DeleteC2cMsgRamble, DeleteC2cMsgRambleResponse};
use crate::api::openim::modify_c2c_msg::ModifyC2cMsg;
use crate::api::openim::importmsg::ImportMsg;
use crate::api::openim::query_online_status::AccountError;
use crate::api::openim::sendmsg::{SendMsg, SendMsgResponse};
use crate::api::Envelope;
use crate::protocol::errors::code;
use super::callbacks::c2c::{C2cAfterMsgReadReceipt, C2cAfterMsgReport, C2cAfterMsgWithDraw, C2cAfterSendMsg, C2cBeforeSendMsg};
use super::callbacks::bot::BotOnC2cMessage;
use super::callbacks::Gate;
use serde_json::Value;

/// Recalled messages carry this in `MsgFlagBits`.
const FLAG_RECALLED: u32 = 8;

fn need(sim: &Simulator, account: &str, code: u32, role: &str) -> Result<(), Fail> {
    if sim.account_exists(account) {
        Ok(())
    } else {
        fail(code, format!("{role} \"{account}\" does not exist: import it first"))
    }
}
serve!(SendMsg => send);

pub fn send(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let mut req: SendMsg = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let from = req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone());
    need(sim, &from, code::C2C_FROM_ACCOUNT, "From_Account")?;
    need(sim, &req.to_account, code::C2C_TO_NOT_FOUND, "To_Account")?;
    if super::config::muted(sim, &from, false) {
        return fail(code::C2C_SENDER_MUTED, format!("\"{from}\" is muted for one-to-one messages (setnospeaking)"));
    }
    if sim.person(&req.to_account).is_some_and(|t| t.blocked.contains_key(&from)) {
        return fail(code::C2C_BLOCKED, format!("\"{}\" has blocked \"{from}\"", req.to_account));
    }
    if let Some(moderated) = sim.moderate_message(&req.msg_body, &from, super::moderation::Contact::C2c(&req.to_account), req.cloud_custom_data.as_deref())? {
        req.msg_body = moderated;
    }
    let time = req.msg_time_stamp.map_or_else(|| sim.now(), u64::from);
    let mut msg = C2cMsg {
        seq: sim.world.c2c_seq + 1,
        random: req.msg_random,
        time,
        body: msg_body(&req.msg_body),
        recalled: false,
        need_receipt: req.is_need_read_receipt == Some(1),
        no_unread: no_unread(req.send_msg_control.as_deref()),
        peer_read: false,
        cloud_custom_data: req.cloud_custom_data,
        ext: (req.support_message_extension == Some(1)).then(MsgExt::default),
    };
    let key = msg.key();
    let forbid = |what: &str| req.forbid_callback_control.as_ref().is_some_and(|f| f.iter().any(|x| x == what));
    let online_only = u8::from(req.msg_life_time == Some(0));
    let before = |_: &Simulator| C2cBeforeSendMsg {
        from_account: from.clone(),
        to_account: req.to_account.clone(),
        msg_seq: msg.seq,
        msg_random: msg.random,
        msg_time: msg.time,
        msg_key: key.clone(),
        online_only_flag: online_only,
        msg_body: body_value(&msg.body),
        cloud_custom_data: msg.cloud_custom_data.clone().unwrap_or_default(),
    };
    let gate = sim.gate(forbid("ForbidBeforeSendMsgCallback"), "RESTAPI", before)?;
    if let Gate::Drop = gate {
        // Dropped by the app: the sender sees success, nothing is stored.
        return answer(&SendMsgResponse { envelope: Envelope::ok(), msg_time: time, msg_key: key, msg_id: None });
    }
    if let Some(b) = gate.msg_body() {
        msg.body = msg_body(&b);
    }
    if let Some(d) = gate.cloud_custom_data() {
        msg.cloud_custom_data = Some(d);
    }
    // The After-callback carries the message as stored (rewritten by the app, maybe).
    let after = (sim.wants::<C2cAfterSendMsg>() && !forbid("ForbidAfterSendMsgCallback")).then(|| C2cAfterSendMsg {
        from_account: from.clone(),
        to_account: req.to_account.clone(),
        msg_seq: msg.seq,
        msg_random: msg.random,
        msg_time: msg.time,
        msg_key: key.clone(),
        online_only_flag: online_only,
        send_msg_result: 0,
        error_info: "send msg succeed".into(),
        unread_msg_num: 0,
        msg_body: body_value(&msg.body),
        cloud_custom_data: msg.cloud_custom_data.clone().unwrap_or_default(),
    });
    // A message to a robot fires Bot.OnC2CMessage as well (1047/68952).
    let bot = (sim.is_robot(&req.to_account) && sim.wants::<BotOnC2cMessage>()).then(|| BotOnC2cMessage {
        from_account: from.clone(),
        to_account: req.to_account.clone(),
        msg_seq: msg.seq,
        msg_random: msg.random,
        msg_time: msg.time,
        msg_key: key.clone(),
        online_only_flag: online_only,
        send_msg_result: 0,
        error_info: "send msg succeed".into(),
        msg_body: body_value(&msg.body),
        cloud_custom_data: msg.cloud_custom_data.clone().unwrap_or_default(),
        event_time: sim.event_time(),
    });
    sim.world.c2c_seq += 1;
    // MsgLifeTime 0: delivered to online devices only, not stored.
    if req.msg_life_time != Some(0) {
        store(sim, from.clone(), req.to_account.clone(), msg);
    }
    if let Some(mut after) = after {
        // Counted once the message is stored.
        after.unread_msg_num = sim.world.c2c_unread_total(&req.to_account);
        sim.fire(&after);
    }
    if let Some(bot) = bot {
        sim.fire(&bot);
    }
    answer(&SendMsgResponse { envelope: Envelope::ok(), msg_time: time, msg_key: key, msg_id: None })
}


/// `SendMsgControl: ["NoUnread"]`.
fn no_unread(control: Option<&[String]>) -> bool {
    control.is_some_and(|c| c.iter().any(|x| x == "NoUnread"))
}

/// Stores a message in the conversation, in time order (then seq order within a second),
/// even when its time is in the past.
pub(super) fn store(sim: &mut Simulator, from: String, to: String, msg: C2cMsg) {
    let list = sim.world.c2c.entry(from).or_default().entry(to).or_default();
    // Most messages are the newest of their conversation: appended without a search.
    if list.last().is_none_or(|m| (m.time, m.seq) <= (msg.time, msg.seq)) {
        list.push(msg);
        return;
    }
    let at = list.partition_point(|m| (m.time, m.seq) <= (msg.time, msg.seq));
    list.insert(at, msg);
}
serve!(BatchSendMsg => batch_send);

/// One message to many: no callbacks, no friendship, blocklist or mute checks (A17). Every
/// receiver gets the same key; unknown receivers are listed, and the answer is SomeError.
pub fn batch_send(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: BatchSendMsg = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let from = req.from_account.clone().unwrap_or_else(|| sim.options.admin.clone());
    need(sim, &from, code::C2C_FROM_ACCOUNT, "From_Account")?;
    let (known, unknown): (Vec<String>, Vec<String>) = req.to_account.iter().cloned().partition(|t| sim.account_exists(t));
    if known.is_empty() {
        return fail(code::C2C_TO_NOT_FOUND, "invalid To_Account: none of the receivers exists");
    }
    let time = sim.now();
    let seq = match req.msg_seq {
        Some(s) => s,
        None => {
            sim.world.c2c_seq += 1;
            sim.world.c2c_seq
        }
    };
    let stored = req.msg_life_time != Some(0) && req.online_only_flag != Some(1);
    let body = msg_body(&req.msg_body);
    let key = format!("{seq}_{}_{time}", req.msg_random);
    if stored {
        for to in known {
            let msg = C2cMsg { seq, random: req.msg_random, time, body: body.clone(), recalled: false, need_receipt: req.is_need_read_receipt == Some(1), no_unread: no_unread(req.send_msg_control.as_deref()), peer_read: false, cloud_custom_data: req.cloud_custom_data.clone(), ext: None };
            store(sim, from.clone(), to, msg);
        }
    }
    let errors: Vec<AccountError> = unknown.into_iter().map(|to_account| AccountError { to_account, error_code: code::NOT_IMPORTED }).collect();
    let envelope = if errors.is_empty() { Envelope::ok() } else { Envelope { action_status: "SomeError".into(), error_info: String::new(), error_code: 0 } };
    answer(&BatchSendMsgResponse { envelope, msg_key: key, error_list: (!errors.is_empty()).then_some(errors) })
}
serve!(ImportMsg => import);

/// Imports one message (A18): SyncFromOldSystem 2 is history (not unread); 1 and 5 count as
/// unread. A message with the same seq, random and time already in the conversation (either
/// direction) is a duplicate: the first import wins.
pub fn import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ImportMsg = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.from_account, code::C2C_FROM_ACCOUNT, "From_Account")?;
    need(sim, &req.to_account, code::C2C_TO_NOT_FOUND, "To_Account")?;
    let seq = match req.msg_seq {
        Some(s) => s,
        None => {
            sim.world.c2c_seq += 1;
            sim.world.c2c_seq
        }
    };
    let w = &sim.world;
    let same = |m: &C2cMsg| m.seq == seq && m.random == req.msg_random && m.time == req.msg_time_stamp;
    if w.c2c_messages(&req.from_account, &req.to_account).iter().any(same) || w.c2c_messages(&req.to_account, &req.from_account).iter().any(same) {
        return ok();
    }
    let msg = C2cMsg { seq, random: req.msg_random, time: req.msg_time_stamp, body: msg_body(&req.msg_body), recalled: false, need_receipt: false, no_unread: req.sync_from_old_system == 2, peer_read: false, cloud_custom_data: req.cloud_custom_data, ext: None };
    store(sim, req.from_account, req.to_account, msg);
    ok()
}
serve!(read GetC2cUnreadMsgNum => unread);

pub fn unread(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetC2cUnreadMsgNum = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.to_account, code::C2C_TO_ACCOUNT, "To_Account")?;
    let w = &sim.world;
    let Some(peers) = req.peer_account.filter(|p| !p.is_empty()) else {
        let total = w.c2c_unread_total(&req.to_account);
        return answer(&GetC2cUnreadMsgNumResponse { envelope: Envelope::ok(), all_c2c_unread_msg_num: Some(total), c2c_unread_msg_num_list: None, error_list: None });
    };
    let mut list = Vec::new();
    let mut errors = Vec::new();
    for peer in peers {
        if sim.account_exists(&peer) {
            list.push(C2cUnread { c2c_unread_msg_num: w.c2c_unread(&req.to_account, &peer), peer_account: peer });
        } else {
            errors.push(PeerError { peer_account: peer, error_code: code::NOT_IMPORTED });
        }
    }
    answer(&GetC2cUnreadMsgNumResponse { envelope: Envelope::ok(), all_c2c_unread_msg_num: None, c2c_unread_msg_num_list: Some(list), error_list: (!errors.is_empty()).then_some(errors) })
}
serve!(read AdminGetRoamMsg => roam);

/// History both ways, newest first, paged by `MaxCnt` and `LastMsgKey`.
pub fn roam(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: AdminGetRoamMsg = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.operator_account, code::C2C_FROM_ACCOUNT, "Operator_Account")?;
    need(sim, &req.peer_account, code::C2C_TO_ACCOUNT, "Peer_Account")?;
    let w = &sim.world;
    let (a, b) = (req.operator_account.as_str(), req.peer_account.as_str());
    // What the operator cleared (recentcontact/delete ClearRamble) is gone from its side only.
    let cleared = sim.person(a).and_then(|p| p.cleared_roaming.get(b)).copied();
    // Deleted from its side only (delete_c2c_msg_ramble).
    let deleted = w.deleted_c2c(a, b);
    // Cleared or deleted by this account, or older than the plan keeps history.
    let floor = sim.history_floor();
    let visible = |m: &C2cMsg| cleared.is_none_or(|c| m.time > c) && m.time >= floor && deleted.is_none_or(|d| !d.contains(&m.key()));
    let mut all: Vec<(&str, &str, &C2cMsg)> = w.c2c_messages(a, b).iter().map(|m| (a, b, m)).chain(w.c2c_messages(b, a).iter().map(|m| (b, a, m))).filter(|(_, _, m)| visible(m) && m.time >= u64::from(req.min_time) && m.time <= u64::from(req.max_time)).collect();
    super::state::sort_by_order(&mut all, |(_, _, m)| super::state::newest_first(m.time, m.seq));
    let start = match req.last_msg_key.as_deref().filter(|k| !k.is_empty()) {
        Some(key) => match all.iter().position(|(_, _, m)| m.key() == key) {
            Some(i) => i + 1,
            None => return fail(code::INVALID_ACCOUNT_PARAM, format!("LastMsgKey \"{key}\" is not a message of this conversation in the time range")),
        },
        None => 0,
    };
    let rest = all.get(start..).unwrap_or_default();
    let page = rest.get(..(req.max_cnt as usize).min(rest.len())).unwrap_or_default();
    let complete = page.len() == rest.len();
    let msg_list: Vec<RoamMsg> = page
        .iter()
        .map(|(from, to, m)| RoamMsg {
            from_account: (*from).to_owned(),
            to_account: (*to).to_owned(),
            msg_seq: m.seq,
            msg_random: m.random,
            msg_time_stamp: m.time,
            msg_flag_bits: if m.recalled { FLAG_RECALLED } else { 0 },
            is_peer_read: u8::from(m.peer_read || w.is_read(to, from, m)),
            msg_key: m.key(),
            msg_body: if m.recalled { Value::Array(vec![]) } else { body_value(&m.body) },
            cloud_custom_data: if m.recalled { None } else { m.cloud_custom_data.clone() },
        })
        .collect();
    let last = page.last();
    answer(&AdminGetRoamMsgResponse {
        envelope: Envelope::ok(),
        complete: u8::from(complete),
        msg_cnt: msg_list.len() as u64,
        last_msg_time: last.map_or(0, |(_, _, m)| m.time),
        last_msg_key: last.map(|(_, _, m)| m.key()).unwrap_or_default(),
        msg_list,
    })
}
serve!(AdminMsgWithdraw => withdraw);

pub fn withdraw(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AdminMsgWithdraw = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.from_account, code::C2C_FROM_ACCOUNT, "From_Account")?;
    need(sim, &req.to_account, code::C2C_TO_ACCOUNT, "To_Account")?;
    let m = message_mut(sim, &req.from_account, &req.to_account, &req.msg_key)?;
    // A recalled message's extensions go with it (decisions.md, message extensions).
    m.recalled = true;
    m.ext = None;
    if sim.wants::<C2cAfterMsgWithDraw>() {
        let unread_msg_num = sim.world.c2c_unread_total(&req.to_account);
        let body = C2cAfterMsgWithDraw { from_account: req.from_account, to_account: req.to_account, msg_key: req.msg_key, unread_msg_num, event_time: sim.event_time() };
        sim.fire(&body);
    }
    ok()
}

/// The stored message `key` from `from` to `to`, to change.
fn message_mut<'a>(sim: &'a mut Simulator, from: &str, to: &str, key: &str) -> Result<&'a mut C2cMsg, Fail> {
    let msg = sim.world.c2c.get_mut(from).and_then(|m| m.get_mut(to)).and_then(|list| list.iter_mut().find(|m| m.key() == key));
    msg.map_or_else(|| fail(code::C2C_BAD_MSGKEY, format!("MsgKey \"{key}\" is not a message from \"{from}\" to \"{to}\"")), Ok)
}
serve!(ModifyC2cMsg => modify);

/// Overwrites the body and/or custom data; the key, time and read state stay.
pub fn modify(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ModifyC2cMsg = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.from_account, code::C2C_FROM_ACCOUNT, "From_Account")?;
    need(sim, &req.to_account, code::C2C_TO_NOT_FOUND, "To_Account")?;
    let m = message_mut(sim, &req.from_account, &req.to_account, &req.msg_key)?;
    if let Some(body) = req.msg_body {
        m.body = msg_body(&body);
    }
    if let Some(data) = req.cloud_custom_data {
        m.cloud_custom_data = Some(data);
    }
    ok()
}
serve!(C2cMsgReadReceipt => read_receipt);

/// Marks the messages peer-read (IsPeerRead in admin_getroammsg); unread counts stay (that
/// is admin_set_msg_read's job). All the keys must name messages from the peer to the
/// operator, or nothing changes.
pub fn read_receipt(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: C2cMsgReadReceipt = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.operator_account, code::C2C_FROM_ACCOUNT, "Operator_Account")?;
    need(sim, &req.peer_account, code::C2C_TO_ACCOUNT, "Peer_Account")?;
    for item in &req.c2c_msg_info {
        if item.from_account != req.peer_account || item.to_account != req.operator_account {
            return fail(code::INVALID_ACCOUNT_PARAM, format!("invalid parameter: each C2CMsgInfo item must be from Peer_Account \"{}\" to Operator_Account \"{}\"", req.peer_account, req.operator_account));
        }
    }
    // The answer is the envelope alone (decisions.md): a refusal names the messages that
    // failed (each once, in request order, the first few) and marks none.
    const NAMED: usize = 5;
    let mut failed: Vec<&str> = Vec::new();
    for i in &req.c2c_msg_info {
        if !failed.contains(&i.msg_key.as_str()) && message_mut(sim, &i.from_account, &i.to_account, &i.msg_key).is_err() {
            failed.push(&i.msg_key);
        }
    }
    if let Some(first) = failed.first() {
        let mut info = format!("MsgKey \"{first}\"");
        for k in failed.iter().skip(1).take(NAMED - 1) {
            info.push_str(&format!(", \"{k}\""));
        }
        if failed.len() > NAMED {
            info.push_str(&format!(" and {} more", failed.len() - NAMED));
        }
        info.push_str(&format!(" {} no message from \"{}\" to \"{}\"", if failed.len() == 1 { "names" } else { "name" }, req.peer_account, req.operator_account));
        return fail(code::C2C_BAD_MSGKEY, info);
    }
    for item in &req.c2c_msg_info {
        message_mut(sim, &item.from_account, &item.to_account, &item.msg_key)?.peer_read = true;
    }
    if sim.wants::<C2cAfterMsgReadReceipt>() {
        let body = C2cAfterMsgReadReceipt { operator_account: req.operator_account, peer_account: req.peer_account, c2c_msg_info: req.c2c_msg_info, event_time: sim.event_time() };
        sim.fire(&body);
    }
    ok()
}
serve!(crate::api::openim::admin_set_msg_read::AdminSetMsgRead => set_read);

/// admin_set_msg_read (decisions.md 6): everything from the peer with MsgTime ≤ MsgReadTime
/// (default now) is read by the reporting account. Marking read never un-reads.
pub fn set_read(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let body = body.value();
    let text = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
    let (report, peer) = (text("Report_Account"), text("Peer_Account"));
    // A digit string (documented) or an integer (what several SDKs send).
    let read_time = match body.get("MsgReadTime") {
        Some(Value::String(s)) => s.parse::<u64>().map_err(|_| Fail { code: code::INVALID_ACCOUNT_PARAM, info: format!("MsgReadTime \"{s}\" is not Unix seconds") })?,
        Some(v) => v.as_u64().ok_or_else(|| Fail { code: code::INVALID_ACCOUNT_PARAM, info: "MsgReadTime is not Unix seconds".into() })?,
        None => sim.now(),
    };
    need(sim, &report, code::C2C_FROM_ACCOUNT, "Report_Account")?;
    need(sim, &peer, code::C2C_TO_ACCOUNT, "Peer_Account")?;
    sim.report_read(&report, &peer, read_time, "RESTAPI");
    ok()
}

impl Simulator {
    /// `reader` has read everything from `peer` up to `time` (never un-reads), reported
    /// from `platform`: C2C.CallbackAfterMsgReport.
    pub(crate) fn report_read(&mut self, reader: &str, peer: &str, time: u64, platform: &str) {
        let slot = self.world.read_time.entry(reader.to_owned()).or_default().entry(peer.to_owned()).or_insert(0);
        *slot = (*slot).max(time);
        let last = *slot;
        if self.wants::<C2cAfterMsgReport>() {
            let body = C2cAfterMsgReport { report_account: reader.to_owned(), peer_account: peer.to_owned(), last_read_time: last, unread_msg_num: self.world.c2c_unread_total(reader) };
            self.fire_from(platform, &body);
        }
    }
}
serve!(DeleteC2cMsgRamble => delete_ramble);

/// Whether `key` is written as a MsgKey is (`MsgSeq_MsgRandom_MsgTimeStamp`).
fn well_formed_key(key: &str) -> bool {
    let mut parts = key.split('_');
    let ok = (parts.next().and_then(|s| s.parse::<u64>().ok()), parts.next().and_then(|s| s.parse::<u32>().ok()), parts.next().and_then(|s| s.parse::<u64>().ok()));
    matches!(ok, (Some(_), Some(_), Some(_))) && parts.next().is_none()
}

/// Deletes messages of the conversation (either direction) from the operator's side only:
/// its roaming and unread counts stop showing them, the peer's do not. Keys not written as
/// MsgKeys come back in `InvalidMsgKeyList`; a well-formed key of no message here is passed over.
pub fn delete_ramble(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteC2cMsgRamble = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    need(sim, &req.operator_account, code::C2C_FROM_ACCOUNT, "Operator_Account")?;
    need(sim, &req.peer_account, code::C2C_TO_ACCOUNT, "Peer_Account")?;
    let (a, b) = (req.operator_account.as_str(), req.peer_account.as_str());
    let (valid, invalid): (Vec<&String>, Vec<&String>) = req.msg_key_list.iter().partition(|k| well_formed_key(k));
    let w = &sim.world;
    let found: Vec<String> = valid.into_iter().filter(|k| w.c2c_messages(a, b).iter().chain(w.c2c_messages(b, a)).any(|m| m.key() == **k)).cloned().collect();
    if !found.is_empty() {
        if let Some(me) = sim.account_mut(a) {
            me.deleted_c2c.entry(b.to_owned()).or_default().extend(found);
        }
    }
    let invalid_msg_key_list = (!invalid.is_empty()).then(|| invalid.into_iter().cloned().collect());
    answer(&DeleteC2cMsgRambleResponse { envelope: Envelope::ok(), invalid_msg_key_list })
}
