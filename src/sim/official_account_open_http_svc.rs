//! Handlers of `official_account_open_http_svc`: official accounts (state in
//! `official_accounts.rs`). The profile and subscriber pages answer 6017 for a bad parameter
//! and 130xxx for the account; the message pages answer with the group codes (10004, 10010).
//! The ultimate and enterprise editions have them (10059 otherwise; decisions.md).

use super::answer::{answer, fail, ok, typed, Answer, Body};
use super::callbacks::official::*;
use super::callbacks::Gate;
use super::dispatch::serve;
use super::group::asked;
use super::official_accounts::{OaMsg, OfficialAccount, Subscriber};
use super::state::msg_body;
use super::{Fail, Simulator};
use crate::api::official_account_open_http_svc::add_subscriber::{AddSubscriber, AddSubscriberResponse};
use crate::api::official_account_open_http_svc::create_official_account::{CreateOfficialAccount, CreateOfficialAccountResponse};
use crate::api::official_account_open_http_svc::delete_subscriber::{DeleteSubscriber, DeleteSubscriberResponse};
use crate::api::official_account_open_http_svc::destroy_official_account::DestroyOfficialAccount;
use crate::api::official_account_open_http_svc::get_official_account_info::{GetOfficialAccountInfo, GetOfficialAccountInfoResponse};
use crate::api::official_account_open_http_svc::get_subscribed_official_account_list::{GetSubscribedOfficialAccountList, GetSubscribedOfficialAccountListResponse, MAX_PAGE as LIST_PAGE};
use crate::api::official_account_open_http_svc::get_subscriber_info::{GetSubscriberInfo, GetSubscriberInfoResponse, SubscriberInfo};
use crate::api::official_account_open_http_svc::modify_official_account_base_info::ModifyOfficialAccountBaseInfo;
use crate::api::official_account_open_http_svc::modify_subscriber_info::ModifySubscriberInfo;
use crate::api::official_account_open_http_svc::official_account_msg_get_simple::{OfficialAccountMsgGetSimple, OfficialAccountMsgGetSimpleResponse, RspMsg, DEFAULT_PAGE};
use crate::api::official_account_open_http_svc::official_account_msg_recall::{OfficialAccountMsgRecall, OfficialAccountMsgRecallResponse, RecallRet};
use crate::api::official_account_open_http_svc::send_official_account_msg::{SendOfficialAccountMsg, SendOfficialAccountMsgResponse};
use crate::api::official_account_open_http_svc::{BaseInfo, SelfInfo, SubscribeResult, DEFAULT_MAX_SUBSCRIBERS};
use crate::api::Envelope;
use crate::protocol::errors::code;

/// The profile and subscriber pages' codes: a bad parameter, no such account, a custom ID of
/// the wrong shape, one taken.
const INVALID: u32 = 6017;
const NO_ACCOUNT: u32 = 130004;
const BAD_ID: u32 = 130007;
const ID_TAKEN: u32 = 130008;
/// The same content within 5 minutes is a duplicate (1047/60810).
const DUPLICATE_WINDOW: u64 = 300;

/// The plan gate, then the account.
fn account<'a>(sim: &'a Simulator, id: &str, missing: u32) -> Result<&'a OfficialAccount, Fail> {
    sim.plan_has_official_accounts()?;
    match sim.world.official_accounts.accounts.get(id) {
        Some(a) => Ok(a),
        None => fail(missing, format!("official account \"{id}\" does not exist")),
    }
}

fn account_mut<'a>(sim: &'a mut Simulator, id: &str) -> Result<&'a mut OfficialAccount, Fail> {
    match sim.world.official_accounts.accounts.get_mut(id) {
        Some(a) => Ok(a),
        None => fail(NO_ACCOUNT, format!("official account \"{id}\" does not exist")),
    }
}

/// An account's profile with the fields `filter` names (absent: all).
fn base_info(id: &str, a: &OfficialAccount, filter: Option<&[String]>) -> BaseInfo {
    BaseInfo {
        official_account: id.to_owned(),
        create_time: asked(filter, "CreateTime", a.created),
        name: asked(filter, "Name", a.name.clone()),
        owner_account: asked(filter, "Owner_Account", a.owner.clone()),
        last_msg_time: asked(filter, "LastMsgTime", a.last_msg_time),
        subscriber_num: asked(filter, "SubscriberNum", a.subscribers.len() as u64),
        introduction: asked(filter, "Introduction", a.introduction.clone()),
        face_url: asked(filter, "FaceUrl", a.face_url.clone()),
        organization: asked(filter, "Organization", a.organization.clone()),
        custom_string: asked(filter, "CustomString", a.custom_string.clone()),
        self_info: None,
    }
}

serve!(CreateOfficialAccount => create_official_account);
/// A custom ID must start `@TOA#_`, not `@TOA#_@TOA#`, and be printable ASCII (130007); a
/// taken one is 130008. Without one an ID is made up: `@TOA#_@TOA#` and a counter in hex
/// (custom IDs may not start so).
pub fn create_official_account(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: CreateOfficialAccount = typed(body, INVALID)?;
    sim.plan_has_official_accounts()?;
    if !sim.account_exists(&req.owner_account) {
        return fail(INVALID, format!("Owner_Account \"{}\" is not imported", req.owner_account));
    }
    let oas = &sim.world.official_accounts;
    let id = match req.official_account_user_id.as_deref() {
        Some(id) => {
            if !id.starts_with("@TOA#_") || id.starts_with("@TOA#_@TOA#") || !id.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
                return fail(BAD_ID, format!("\"{id}\": a custom ID is printable ASCII starting @TOA#_ (not @TOA#_@TOA#)"));
            }
            if oas.accounts.contains_key(id) {
                return fail(ID_TAKEN, format!("official account \"{id}\" exists"));
            }
            id.to_owned()
        }
        None => format!("@TOA#_@TOA#{:X}", oas.next_id),
    };
    let operator = sim.options.admin.clone();
    sim.gate(false, "RESTAPI", |sim| OfficialAccountBeforeCreate { operator_account: operator.clone(), owner_account: req.owner_account.clone(), name: req.name.clone(), event_time: sim.event_time() })?;
    let now = sim.now();
    let oas = &mut sim.world.official_accounts;
    if req.official_account_user_id.is_none() {
        oas.next_id += 1;
    }
    let a = OfficialAccount {
        owner: req.owner_account.clone(),
        name: req.name.clone(),
        introduction: req.introduction.unwrap_or_default(),
        face_url: req.face_url.unwrap_or_default(),
        organization: req.organization.unwrap_or_default(),
        custom_string: req.custom_string.unwrap_or_default(),
        max_subscribers: req.max_subscriber_num.unwrap_or(DEFAULT_MAX_SUBSCRIBERS),
        created: now,
        last_msg_time: 0,
        subscribers: Default::default(),
        messages: Vec::new(),
    };
    oas.accounts.insert(id.clone(), a);
    if sim.wants::<OfficialAccountAfterCreate>() {
        let body = OfficialAccountAfterCreate { operator_account: operator, official_account: id.clone(), owner_account: req.owner_account, name: req.name, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&CreateOfficialAccountResponse { envelope: Envelope::ok(), official_account_user_id: id })
}

serve!(DestroyOfficialAccount => destroy_official_account);
/// The account goes with its subscriptions and messages.
pub fn destroy_official_account(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DestroyOfficialAccount = typed(body, INVALID)?;
    account(sim, &req.official_account, NO_ACCOUNT)?;
    let Some(a) = sim.world.official_accounts.accounts.remove(&req.official_account) else { return fail(NO_ACCOUNT, "") };
    if sim.wants::<OfficialAccountAfterDestroyed>() {
        let body = OfficialAccountAfterDestroyed { official_account: req.official_account, owner_account: a.owner, name: a.name, event_time: sim.event_time() };
        sim.fire(&body);
    }
    ok()
}

serve!(ModifyOfficialAccountBaseInfo => modify_official_account_base_info);
/// Changes the fields given; MaxSubscriberNum may not go below the subscribers it has (6017).
pub fn modify_official_account_base_info(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ModifyOfficialAccountBaseInfo = typed(body, INVALID)?;
    let a = account(sim, &req.official_account, NO_ACCOUNT)?;
    if let Some(max) = req.max_subscriber_num.filter(|m| (*m as usize) < a.subscribers.len()) {
        return fail(INVALID, format!("MaxSubscriberNum {max} is below the {} subscribers it has", a.subscribers.len()));
    }
    let a = account_mut(sim, &req.official_account)?;
    let set = |field: &mut String, value: &Option<String>| {
        if let Some(v) = value {
            v.clone_into(field);
        }
    };
    set(&mut a.name, &req.name);
    set(&mut a.introduction, &req.introduction);
    set(&mut a.face_url, &req.face_url);
    set(&mut a.organization, &req.organization);
    set(&mut a.custom_string, &req.custom_string);
    if let Some(max) = req.max_subscriber_num {
        a.max_subscribers = max;
    }
    if sim.wants::<OfficialAccountAfterInfoChanged>() {
        let body = OfficialAccountAfterInfoChanged {
            official_account: req.official_account,
            operator_account: sim.options.admin.clone(),
            introduction: req.introduction,
            name: req.name,
            face_url: req.face_url,
            organization: req.organization,
            event_time: sim.event_time(),
        };
        sim.fire(&body);
    }
    ok()
}

serve!(read GetOfficialAccountInfo => get_official_account_info);
/// Every account asked for must exist (130004 names the first that does not).
pub fn get_official_account_info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetOfficialAccountInfo = typed(body, INVALID)?;
    sim.plan_has_official_accounts()?;
    let filter = req.response_filter.as_ref().and_then(|f| f.base_info_filter.as_deref());
    let mut official_account_info_list = Vec::new();
    for item in &req.official_account_id_list {
        let a = account(sim, &item.official_account, NO_ACCOUNT)?;
        official_account_info_list.push(base_info(&item.official_account, a, filter));
    }
    answer(&GetOfficialAccountInfoResponse { envelope: Envelope::ok(), official_account_info_list })
}

serve!(SendOfficialAccountMsg => send_official_account_msg);
/// Stores the message as the account's next MsgSeq (its subscribers read it from the
/// account's history); an online-only one is delivered, not stored. The same MsgBody within 5
/// minutes is a duplicate: the first one's answer, nothing stored.
pub fn send_official_account_msg(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SendOfficialAccountMsg = typed(body, code::INVALID_PARAM)?;
    let a = account(sim, &req.official_account, code::GROUP_NOT_FOUND)?;
    let now = sim.now();
    let mut stored = msg_body(&req.msg_body);
    let seq = a.messages.len() as u64 + 1;
    if let Some((i, first)) = a.messages.iter().enumerate().rev().take_while(|(_, m)| now.saturating_sub(m.time) <= DUPLICATE_WINDOW).find(|(_, m)| !m.recalled && m.body.get() == stored.get()) {
        return answer(&SendOfficialAccountMsgResponse { envelope: Envelope::ok(), msg_time: first.time, msg_key: first.key(i as u64 + 1) });
    }
    let forbid = |what: &str| req.forbid_callback_control.as_ref().is_some_and(|f| f.iter().any(|x| x == what));
    let online_only = u8::from(req.online_only_flag == Some(1));
    let mut cloud_custom_data = req.cloud_custom_data.clone();
    let before = |sim: &Simulator| OfficialAccountBeforeSendMsg {
        official_account: req.official_account.clone(),
        online_only_flag: online_only,
        msg_body: serde_json::to_value(&req.msg_body).unwrap_or_default(),
        cloud_custom_data: req.cloud_custom_data.clone().unwrap_or_default(),
        event_time: sim.event_time(),
    };
    let gate = sim.gate(forbid("ForbidBeforeSendMsgCallback"), "RESTAPI", before)?;
    if let Gate::Drop = gate {
        return answer(&SendOfficialAccountMsgResponse { envelope: Envelope::ok(), msg_time: now, msg_key: String::new() });
    }
    if let Some(b) = gate.msg_body() {
        stored = msg_body(&b);
    }
    if let Some(d) = gate.cloud_custom_data() {
        cloud_custom_data = Some(d);
    }
    let msg = OaMsg { random: req.random, time: now, body: stored, recalled: false, cloud_custom_data };
    let msg_key = if online_only == 1 { String::new() } else { msg.key(seq) };
    let after = (!forbid("ForbidAfterSendMsgCallback") && sim.wants::<OfficialAccountAfterSendMsg>()).then(|| OfficialAccountAfterSendMsg {
        official_account: req.official_account.clone(),
        msg_key: msg_key.clone(),
        msg_time: now,
        online_only_flag: online_only,
        msg_body: serde_json::from_str(msg.body.get()).unwrap_or_default(),
        cloud_custom_data: msg.cloud_custom_data.clone().unwrap_or_default(),
        event_time: sim.event_time(),
    });
    if online_only == 0 {
        let a = account_mut(sim, &req.official_account)?;
        a.messages.push(msg);
        a.last_msg_time = now;
    }
    if let Some(body) = after {
        sim.fire(&body);
    }
    answer(&SendOfficialAccountMsgResponse { envelope: Envelope::ok(), msg_time: now, msg_key })
}

/// The MsgSeq a MsgKey names (`MsgSeq_1_MsgTime`), when it names one of the account's messages.
fn seq_of(a: &OfficialAccount, key: &str) -> Option<u64> {
    let seq: u64 = key.split('_').next()?.parse().ok()?;
    let m = a.messages.get(usize::try_from(seq).ok()?.checked_sub(1)?)?;
    (m.key(seq) == key).then_some(seq)
}

serve!(OfficialAccountMsgRecall => official_account_msg_recall);
/// Each MsgKey: 0 when recalled now or before, 10030 when it names no message of the account.
pub fn official_account_msg_recall(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: OfficialAccountMsgRecall = typed(body, code::INVALID_PARAM)?;
    account(sim, &req.official_account, code::GROUP_NOT_FOUND)?;
    let a = account_mut(sim, &req.official_account)?;
    let mut recall_ret_list = Vec::new();
    let mut withdrawn = Vec::new();
    for key in req.msg_key_list {
        let seq = seq_of(a, &key);
        let m = seq.and_then(|s| a.messages.get_mut(s as usize - 1));
        let ret_code = match m {
            Some(m) => {
                if !m.recalled {
                    m.recalled = true;
                    withdrawn.push(WithdrawMsg { msg_key: key.clone() });
                }
                0
            }
            None => code::RECALL_NOT_FOUND,
        };
        recall_ret_list.push(RecallRet { msg_key: key, ret_code });
    }
    if !withdrawn.is_empty() && sim.wants::<OfficialAccountAfterMsgWithdraw>() {
        let body = OfficialAccountAfterMsgWithdraw { official_account: req.official_account, withdraw_msg_list: withdrawn, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&OfficialAccountMsgRecallResponse { envelope: Envelope::ok(), recall_ret_list })
}

serve!(read OfficialAccountMsgGetSimple => official_account_msg_get_simple);
/// Newest first, before LastMsgKey (absent: from the newest); recalled messages only with
/// WithRecalledMsg 1, as IsPlaceMsg 2 with an empty MsgBody.
pub fn official_account_msg_get_simple(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: OfficialAccountMsgGetSimple = typed(body, code::INVALID_PARAM)?;
    let a = account(sim, &req.official_account, code::GROUP_NOT_FOUND)?;
    let before = match req.last_msg_key.as_deref().filter(|k| !k.is_empty()) {
        None => a.messages.len() as u64 + 1,
        Some(k) => match seq_of(a, k) {
            Some(seq) => seq,
            None => return fail(code::INVALID_PARAM, format!("LastMsgKey \"{k}\" names no message of this account")),
        },
    };
    let with_recalled = req.with_recalled_msg == Some(1);
    let want = req.req_msg_number.unwrap_or(DEFAULT_PAGE) as usize;
    let mut older = (1..before).rev().filter_map(|seq| a.messages.get(seq as usize - 1).map(|m| (seq, m))).filter(|(_, m)| with_recalled || !m.recalled);
    let page: Vec<(u64, &OaMsg)> = older.by_ref().take(want).collect();
    let is_finished = u8::from(older.next().is_none());
    let last_msg_key = page.last().map(|(seq, m)| m.key(*seq)).unwrap_or_default();
    let rsp_msg_list = page
        .into_iter()
        .map(|(seq, m)| RspMsg {
            from_account: req.official_account.clone(),
            is_place_msg: if m.recalled { 2 } else { 0 },
            msg_body: if m.recalled { serde_json::Value::Array(vec![]) } else { serde_json::from_str(m.body.get()).unwrap_or_default() },
            msg_key: m.key(seq),
            msg_random: m.random,
            msg_seq: seq,
            msg_time_stamp: m.time,
            cloud_custom_data: m.cloud_custom_data.clone(),
        })
        .collect();
    answer(&OfficialAccountMsgGetSimpleResponse { envelope: Envelope::ok(), official_account: req.official_account, is_finished, last_msg_key, rsp_msg_list })
}

fn result(account: String, result: u8) -> SubscribeResult {
    SubscribeResult { subscriber_account: account, result }
}

serve!(AddSubscriber => add_subscriber);
/// Each account: 1 subscribed, 2 already, 0 not imported or the account full. The account
/// reaching its MaxSubscriberNum fires CallbackAfterOfficialAccountFull.
pub fn add_subscriber(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AddSubscriber = typed(body, INVALID)?;
    account(sim, &req.official_account, NO_ACCOUNT)?;
    let operator = sim.options.admin.clone();
    let list = |s: &AddSubscriber| s.subscriber_list.iter().map(|x| SubscriberAccount { subscriber_account: x.subscriber_account.clone() }).collect();
    sim.gate(false, "RESTAPI", |sim| OfficialAccountBeforeAddSubscriber { official_account: req.official_account.clone(), operator_account: operator.clone(), subscribe_account_list: list(&req), event_time: sim.event_time() })?;
    let now = sim.now();
    let exists: Vec<bool> = req.subscriber_list.iter().map(|s| sim.account_exists(&s.subscriber_account)).collect();
    let oas = &mut sim.world.official_accounts;
    let Some(a) = oas.accounts.get_mut(&req.official_account) else { return fail(NO_ACCOUNT, "") };
    let mut subscriber_list = Vec::new();
    let mut added = Vec::new();
    let mut became_full = false;
    for (s, exists) in req.subscriber_list.into_iter().zip(exists) {
        let id = s.subscriber_account;
        let r = if a.subscribers.contains_key(&id) {
            2
        } else if !exists || a.subscribers.len() >= a.max_subscribers as usize {
            0
        } else {
            a.subscribers.insert(id.clone(), Subscriber { time: now, order: oas.next_order, custom_string: String::new() });
            oas.next_order += 1;
            became_full |= a.subscribers.len() == a.max_subscribers as usize;
            added.push(SubscriberAccount { subscriber_account: id.clone() });
            1
        };
        subscriber_list.push(result(id, r));
    }
    if !added.is_empty() && sim.wants::<OfficialAccountAfterAddSubscriber>() {
        let body = OfficialAccountAfterAddSubscriber { official_account: req.official_account.clone(), operator_account: operator, subscribe_account_list: added, event_time: sim.event_time() };
        sim.fire(&body);
    }
    if became_full && sim.wants::<OfficialAccountAfterFull>() {
        let body = OfficialAccountAfterFull { official_account: req.official_account, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&AddSubscriberResponse { envelope: Envelope::ok(), subscriber_list })
}

serve!(DeleteSubscriber => delete_subscriber);
/// Each account: 1 removed, 2 not a subscriber.
pub fn delete_subscriber(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: DeleteSubscriber = typed(body, INVALID)?;
    account(sim, &req.official_account, NO_ACCOUNT)?;
    let a = account_mut(sim, &req.official_account)?;
    let mut removed = Vec::new();
    let subscriber_list = req
        .subscriber_to_del_account
        .into_iter()
        .map(|id| {
            let gone = a.subscribers.remove(&id).is_some();
            if gone {
                removed.push(SubscriberAccount { subscriber_account: id.clone() });
            }
            result(id, if gone { 1 } else { 2 })
        })
        .collect();
    if !removed.is_empty() && sim.wants::<OfficialAccountAfterDeleteSubscriber>() {
        let body = OfficialAccountAfterDeleteSubscriber { official_account: req.official_account, operator_account: sim.options.admin.clone(), subscribe_account_list: removed, event_time: sim.event_time() };
        sim.fire(&body);
    }
    answer(&DeleteSubscriberResponse { envelope: Envelope::ok(), subscriber_list })
}

serve!(ModifySubscriberInfo => modify_subscriber_info);
/// Sets the subscriber's CustomString; one not subscribed is 6017.
pub fn modify_subscriber_info(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: ModifySubscriberInfo = typed(body, INVALID)?;
    account(sim, &req.official_account, NO_ACCOUNT)?;
    let a = account_mut(sim, &req.official_account)?;
    let Some(s) = a.subscribers.get_mut(&req.subscriber_account) else {
        return fail(INVALID, format!("\"{}\" does not subscribe to \"{}\"", req.subscriber_account, req.official_account));
    };
    s.custom_string = req.custom_string;
    ok()
}

serve!(read GetSubscriberInfo => get_subscriber_info);
/// Subscribers in the order they subscribed, after the `Next` cursor (the order of the last
/// one of the page before), so subscriptions added or removed meanwhile neither repeat nor
/// skip one that stays. Without Limit, all of them.
pub fn get_subscriber_info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetSubscriberInfo = typed(body, INVALID)?;
    let a = account(sim, &req.official_account, NO_ACCOUNT)?;
    let after = match req.next.as_str() {
        "" => None,
        n => match n.parse::<u64>() {
            Ok(order) => Some(order),
            Err(_) => return fail(INVALID, format!("Next \"{n}\" is not a Next this service answered")),
        },
    };
    let mut list = a.in_order();
    list.retain(|(_, s)| after.is_none_or(|o| s.order > o));
    let want = req.limit.map_or(usize::MAX, |l| l as usize);
    let next = if list.len() > want { list.get(want - 1).map(|(_, s)| s.order.to_string()).unwrap_or_default() } else { String::new() };
    let subscriber_list = list
        .into_iter()
        .take(want)
        .map(|(id, s)| SubscriberInfo { subscriber_account: id.clone(), subscribe_time: s.time, custom_string: s.custom_string.clone(), msg_flag: "AcceptAndNotify".into(), last_send_msg_time: 0 })
        .collect();
    answer(&GetSubscriberInfoResponse { envelope: Envelope::ok(), next, subscriber_num: a.subscribers.len() as u64, subscriber_list })
}

serve!(read GetSubscribedOfficialAccountList => get_subscribed_official_account_list);
/// The user's subscriptions in the order subscribed, `Limit` from `Offset`; each with its
/// SelfInfo. An account not imported is 6017.
pub fn get_subscribed_official_account_list(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetSubscribedOfficialAccountList = typed(body, INVALID)?;
    sim.plan_has_official_accounts()?;
    if !sim.account_exists(&req.subscriber_account) {
        return fail(INVALID, format!("Subscriber_Account \"{}\" is not imported", req.subscriber_account));
    }
    let all = sim.world.official_accounts.subscribed_by(&req.subscriber_account);
    let filter = req.response_filter.as_ref();
    let (base, own) = (filter.and_then(|f| f.base_info_filter.as_deref()), filter.and_then(|f| f.self_info_filter.as_deref()));
    let offset = req.offset.unwrap_or(0) as usize;
    let limit = req.limit.map_or(LIST_PAGE as usize, |l| l as usize);
    let official_account_info_list: Vec<BaseInfo> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(id, a, s)| BaseInfo { self_info: Some(SelfInfo { subscribe_time: asked(own, "SubscribeTime", s.time), custom_string: asked(own, "CustomString", s.custom_string.clone()) }), ..base_info(id, a, base) })
        .collect();
    let next = (offset + official_account_info_list.len()) as u64;
    let complete_flag = u8::from(next as usize >= all.len());
    answer(&GetSubscribedOfficialAccountListResponse { envelope: Envelope::ok(), official_account_info_list, total_count: all.len() as u64, complete_flag, next })
}
