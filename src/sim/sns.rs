//! Handlers of `sns`: friends, friend lists and blocklists. Relations are one-way edges in
//! each account's own lists ("both ways" is two edges); every batch answers per item, in
//! request order, and never fails the whole request for one bad item.

use super::dispatch::serve;
use super::state::{keys_in_order, Account, Blocked, Friend, Pending};
use super::{answer, fail, ok, typed, Answer, Body, Fail, Simulator};
use crate::api::sns::black_list_check::{BlackListCheck, BlackListCheckResponse, BlackRelation};
use crate::api::sns::black_list_get::{BlackListGet, BlackListGetResponse, Blocked as BlockedItem};
use crate::api::sns::friend_add::FriendAdd;
use crate::api::sns::friend_check::{FriendCheck, FriendCheckResponse, FriendRelation};
use crate::api::sns::friend_delete::FriendDelete;
use crate::api::sns::friend_delete_all::FriendDeleteAll;
use crate::api::sns::friend_get::{FriendData, FriendGet, FriendGetResponse};
use crate::api::sns::friend_get_list::{FriendGetList, FriendGetListResponse, FriendInfo};
use crate::api::sns::friend_import::FriendImport;
use crate::api::sns::friend_update::FriendUpdate;
use crate::api::sns::group_add::{FriendGroupAdd, FriendGroupAddResponse};
use crate::api::sns::group_delete::{FriendGroupDelete, FriendGroupDeleteResponse};
use crate::api::sns::group_get::{FriendGroup, FriendGroupGet, FriendGroupGetResponse};
use crate::api::items::{AccountResult, AccountResults, BlockListChange, TagValue, FRIEND_CUSTOM_PREFIX, FRIEND_GROUP_TAG, REMARK_TAG};
use crate::api::Envelope;
use super::callbacks::sns::{BlackPair, FriendPair, SnsBlackListAdd, SnsBlackListDelete, SnsFriendAdd, SnsFriendDelete};
use serde_json::Value;

/// Codes of the relationship chain (269/1671).
pub mod sns_code {
    pub const INVALID: u32 = 30001;
    pub const NOT_IMPORTED: u32 = 30003;
    pub const FORBID_SEND_OUT: u32 = 30009;
    pub const MY_LIST_FULL: u32 = 30010;
    pub const GROUP_LIMIT: u32 = 30011;
    pub const BLACKLIST_FULL: u32 = 30013;
    pub const PEER_LIST_FULL: u32 = 30014;
    pub const PEER_IN_MY_BLACKLIST: u32 = 30515;
    pub const PEER_DENIES_ANY: u32 = 30516;
    pub const IN_PEER_BLACKLIST: u32 = 30525;
    pub const NEEDS_CONFIRM: u32 = 30539;
    pub const NOT_FRIEND: u32 = 31704;
    pub const GROUP_ADD_NOT_FRIEND: u32 = 32216;
}
use sns_code as c;

/// The documented limits (269/1501).
pub const MAX_FRIENDS: usize = 3000;
pub const MAX_BLOCKED: usize = 1000;
pub const MAX_FRIEND_GROUPS: usize = 32;
/// Friends per friend_get page (the older page says 100; decisions.md).
pub const FRIEND_PAGE: usize = 100;

/// An item's failure: its code and the service's ResultInfo.
type ItemFail = (u32, &'static str);

fn results(items: Vec<(String, Result<(), ItemFail>)>) -> Answer {
    let mut fail_account = Vec::new();
    let result_item = items
        .into_iter()
        .map(|(to, r)| match r {
            Ok(()) => AccountResult::ok(&to),
            Err((code, info)) => {
                fail_account.push(to.clone());
                AccountResult { to_account: to, result_code: code, result_info: info.into() }
            }
        })
        .collect();
    answer(&AccountResults { envelope: Envelope::ok(), result_item, fail_account: (!fail_account.is_empty()).then_some(fail_account) })
}

impl Simulator {
    /// `From_Account` of a relationship-chain call: it must exist (30003).
    fn need_from(&self, id: &str) -> Result<(), Fail> {
        if self.account_exists(id) {
            Ok(())
        } else {
            fail(c::NOT_IMPORTED, format!("From_Account \"{id}\" is not imported"))
        }
    }

    /// Custom friend tags must be declared for the app (30001, nothing changes).
    fn declared_friend_tags<'a>(&self, tags: impl IntoIterator<Item = &'a str>) -> Result<(), Fail> {
        for tag in tags {
            if tag.starts_with(FRIEND_CUSTOM_PREFIX) && !self.options.friend_custom_tags.iter().any(|t| t == tag) {
                return fail(c::INVALID, format!("{tag} is not a custom friend field of this app (declare it with the friendCustomTags option or --friend-tag)"));
            }
        }
        Ok(())
    }

    fn next_sns_order(&mut self) -> u64 {
        self.world.sns_counter += 1;
        self.world.sns_counter
    }

    /// Adds the lists `account` lacks, unless that makes more than 32 (30011).
    fn ensure_friend_groups(&mut self, account: &str, names: &[String]) -> Result<(), ItemFail> {
        let Some(a) = self.account_mut(account) else { return Ok(()) };
        let new: Vec<&String> = names.iter().filter(|n| !n.is_empty() && !a.friend_groups.contains(n)).collect();
        if new.is_empty() {
            return Ok(());
        }
        if a.friend_groups.len() + new.len() > MAX_FRIEND_GROUPS {
            return Err((c::GROUP_LIMIT, "Err_SNS_Group_Num_Exceed_Threshold"));
        }
        a.friend_groups.extend(new.into_iter().cloned());
        a.group_seq += 1;
        Ok(())
    }

    /// Puts `friend` in `account`'s list.
    fn add_edge(&mut self, account: &str, friend_id: &str, friend: Friend) {
        if let Some(a) = self.account_mut(account) {
            a.standard_seq += 1;
            if !friend.custom.is_empty() {
                a.custom_seq += 1;
            }
            a.friends.insert(friend_id.to_owned(), friend);
        }
    }

    /// Takes `friend` out of `account`'s list; whether it was there.
    pub(crate) fn remove_edge(&mut self, account: &str, friend: &str) -> bool {
        let Some(a) = self.world.accounts.get_mut(account) else { return false };
        let removed = a.friends.remove(friend).is_some();
        if removed {
            a.standard_seq += 1;
        }
        removed
    }

    fn has_edge(&self, account: &str, friend: &str) -> bool {
        self.person(account).is_some_and(|a| a.friends.contains_key(friend))
    }

    fn blocks(&self, account: &str, other: &str) -> bool {
        self.person(account).is_some_and(|a| a.blocked.contains_key(other))
    }
}

/// The checks every item naming another account starts with.
fn peer(sim: &Simulator, from: &str, to: &str, info_self: &'static str) -> Result<(), ItemFail> {
    if to == from {
        return Err((c::INVALID, info_self));
    }
    if !sim.account_exists(to) {
        return Err((c::NOT_IMPORTED, "Err_SNS_Account_Not_Exist"));
    }
    Ok(())
}

fn profile_str<'a>(a: Option<&'a Account>, tag: &str, default: &'a str) -> &'a str {
    a.and_then(|a| a.profile.get(tag)).and_then(Value::as_str).unwrap_or(default)
}
serve!(FriendAdd => friend_add);

pub fn friend_add(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendAdd = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    let both = req.add_type.as_deref() != Some("Add_Type_Single");
    let force = req.force_add_flags == Some(1);
    let now = sim.now();
    let mut out = Vec::new();
    // (whose list gained whom), for Sns.CallbackFriendAdd.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for item in req.add_friend_item {
        let to = item.to_account.clone();
        let r = (|| {
            peer(sim, &from, &to, "Err_SNS_FriendAdd_Add_Self")?;
            let mine = sim.has_edge(&from, &to);
            if mine && (!both || sim.has_edge(&to, &from)) {
                return Err((c::INVALID, "Err_SNS_FriendAdd_Friend_Exist"));
            }
            if sim.blocks(&from, &to) {
                return Err((c::PEER_IN_MY_BLACKLIST, "Err_SNS_FriendAdd_Friend_In_Self_BlackList"));
            }
            if sim.blocks(&to, &from) {
                return Err((c::IN_PEER_BLACKLIST, "Err_SNS_FriendAdd_Self_In_Friend_BlackList"));
            }
            let from_profile = sim.person(&from);
            if !force && profile_str(from_profile, "Tag_Profile_IM_AdminForbidType", "") == "AdminForbid_Type_SendOut" {
                return Err((c::FORBID_SEND_OUT, "Err_SNS_FriendAdd_Forbid_Send_Out"));
            }
            if !mine && from_profile.map_or(0, |a| a.friends.len()) >= MAX_FRIENDS {
                return Err((c::MY_LIST_FULL, "Err_SNS_FriendAdd_My_Friend_Num_Exceed_Threshold"));
            }
            if both && !sim.has_edge(&to, &from) && sim.person(&to).map_or(0, |a| a.friends.len()) >= MAX_FRIENDS {
                return Err((c::PEER_LIST_FULL, "Err_SNS_FriendAdd_Friend_Friend_Num_Exceed_Threshold"));
            }
            if !force {
                match profile_str(sim.person(&to), "Tag_Profile_IM_AllowType", "AllowType_Type_NeedConfirm") {
                    "AllowType_Type_DenyAny" => return Err((c::PEER_DENIES_ANY, "Err_SNS_FriendAdd_Friend_Allow_Type_Forbid")),
                    "AllowType_Type_NeedConfirm" => {
                        let pending = Pending { time: now, add_source: item.add_source.clone(), add_wording: item.add_wording.clone().unwrap_or_default(), both };
                        if let Some(t) = sim.account_mut(&to) {
                            t.pending.insert(from.clone(), pending);
                        }
                        return Err((c::NEEDS_CONFIRM, "Err_SNS_FriendAdd_Friend_Need_Confirm"));
                    }
                    _ => {}
                }
            }
            let groups: Vec<String> = item.group_name.iter().filter(|g| !g.is_empty()).cloned().collect();
            sim.ensure_friend_groups(&from, &groups)?;
            let source = item.add_source.clone();
            if !mine {
                let order = sim.next_sns_order();
                let friend = Friend { add_time: now, order, add_source: source.clone(), add_wording: item.add_wording.unwrap_or_default(), remark: item.remark.unwrap_or_default(), remark_time: now, groups, custom: Default::default() };
                sim.add_edge(&from, &to, friend);
                pairs.push((from.clone(), to.clone()));
            }
            if both && !sim.has_edge(&to, &from) {
                let order = sim.next_sns_order();
                sim.add_edge(&to, &from, Friend { add_time: now, order, add_source: source, ..Friend::default() });
                pairs.push((to.clone(), from.clone()));
            }
            for (a, b) in [(&from, &to), (&to, &from)] {
                if let Some(x) = sim.world.accounts.get_mut(a.as_str()) {
                    x.pending.remove(b.as_str());
                }
            }
            Ok(())
        })();
        out.push((to, r));
    }
    if sim.wants::<SnsFriendAdd>() && !pairs.is_empty() {
        let pair_list = pairs.into_iter().map(|(from_account, to_account)| FriendPair { from_account, to_account, initiator_account: Some(from.clone()) }).collect();
        let body = SnsFriendAdd { pair_list, client_cmd: "friend_add", admin_account: sim.options.admin.clone(), force_flag: u8::from(force), event_time: Some(sim.event_time()) };
        sim.fire(&body);
    }
    results(out)
}

impl Simulator {
    /// Sns.CallbackFriendDelete for the friendships that ended (whose list lost whom).
    fn friends_deleted(&mut self, pairs: &[(String, String)]) {
        if self.wants::<SnsFriendDelete>() && !pairs.is_empty() {
            let pair_list = pairs.iter().map(|(a, b)| FriendPair { from_account: a.clone(), to_account: b.clone(), initiator_account: None }).collect();
            self.fire(&SnsFriendDelete { pair_list, event_time: Some(self.event_time()) });
        }
    }
}
serve!(FriendImport => friend_import);

pub fn friend_import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendImport = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    sim.declared_friend_tags(req.add_friend_item.iter().flat_map(|i| i.custom_item.iter().flatten()).map(|t| t.tag.as_str()))?;
    let now = sim.now();
    let mut out = Vec::new();
    for item in req.add_friend_item {
        let to = item.to_account.clone();
        let r = (|| {
            peer(sim, &from, &to, "Err_SNS_FriendImport_Add_Self")?;
            if sim.has_edge(&from, &to) {
                return Err((c::INVALID, "Err_SNS_FriendImport_Friend_Exist"));
            }
            if sim.person(&from).map_or(0, |a| a.friends.len()) >= MAX_FRIENDS {
                return Err((c::MY_LIST_FULL, "Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold"));
            }
            let groups: Vec<String> = item.group_name.unwrap_or_default().into_iter().filter(|g| !g.is_empty()).collect();
            sim.ensure_friend_groups(&from, &groups)?;
            let order = sim.next_sns_order();
            let custom = super::state::map_of(item.custom_item.unwrap_or_default().into_iter().map(|t| (t.tag, t.value)));
            let add_time = item.add_time.unwrap_or(now);
            let friend = Friend { add_time, order, add_source: item.add_source, add_wording: item.add_wording.unwrap_or_default(), remark: item.remark.unwrap_or_default(), remark_time: item.remark_time.unwrap_or(add_time), groups, custom };
            sim.add_edge(&from, &to, friend);
            Ok(())
        })();
        out.push((to, r));
    }
    results(out)
}
serve!(FriendUpdate => friend_update);

pub fn friend_update(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendUpdate = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    sim.declared_friend_tags(req.update_item.iter().flat_map(|i| &i.sns_item).map(|t| t.tag.as_str()))?;
    let now = sim.now();
    let mut out = Vec::new();
    for item in req.update_item {
        let to = item.to_account.clone();
        let r = (|| {
            if !sim.has_edge(&from, &to) {
                return Err((c::INVALID, "Err_SNS_FriendUpdate_Friend_Not_Exist"));
            }
            let lists: Vec<String> = item.sns_item.iter().filter(|t| t.tag == FRIEND_GROUP_TAG).flat_map(|t| t.value.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned)).collect();
            sim.ensure_friend_groups(&from, &lists).map_err(|_| (c::GROUP_LIMIT, "Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold"))?;
            let Some(a) = sim.world.accounts.get_mut(&from) else { return Ok(()) };
            let Some(f) = a.friends.get_mut(&to) else { return Ok(()) };
            let (mut standard, mut custom) = (false, false);
            for TagValue { tag, value } in item.sns_item {
                match tag.as_str() {
                    REMARK_TAG => {
                        f.remark = value.as_str().unwrap_or_default().to_owned();
                        f.remark_time = now;
                        standard = true;
                    }
                    FRIEND_GROUP_TAG => {
                        f.groups = value.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
                        f.groups.dedup();
                        standard = true;
                    }
                    _ => {
                        f.custom.insert(tag, value);
                        custom = true;
                    }
                }
            }
            a.standard_seq += u64::from(standard);
            a.custom_seq += u64::from(custom);
            Ok(())
        })();
        out.push((to, r));
    }
    results(out)
}
serve!(FriendDelete => friend_delete);

pub fn friend_delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendDelete = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    let both = req.delete_type.as_deref() != Some("Delete_Type_Single");
    let mut out = Vec::new();
    let mut pairs = Vec::new();
    for to in req.to_account {
        let r = (|| {
            let mine = sim.has_edge(&from, &to);
            let theirs = both && sim.has_edge(&to, &from);
            if !mine && !theirs {
                return Err((c::NOT_FRIEND, "Err_SNS_FriendDelete_Not_Friend"));
            }
            if sim.remove_edge(&from, &to) {
                pairs.push((from.clone(), to.clone()));
            }
            if both && sim.remove_edge(&to, &from) {
                pairs.push((to.clone(), from.clone()));
            }
            Ok(())
        })();
        out.push((to, r));
    }
    sim.friends_deleted(&pairs);
    results(out)
}
serve!(FriendDeleteAll => friend_delete_all);

pub fn friend_delete_all(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendDeleteAll = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    let both = req.delete_type.as_deref() == Some("Delete_Type_Both");
    let friends: Vec<String> = sim.person(&from).map(|a| a.friends.keys().cloned().collect()).unwrap_or_default();
    for to in &friends {
        sim.remove_edge(&from, to);
        if both {
            sim.remove_edge(to, &from);
        }
    }
    ok()
}

/// A relation's name from the two directions, in a check's vocabulary.
fn relation(names: [&'static str; 4], a_has_b: bool, b_has_a: bool) -> &'static str {
    let [both_way, a_with_b, b_with_a, none] = names;
    match (a_has_b, b_has_a) {
        (true, true) => both_way,
        (true, false) => a_with_b,
        (false, true) => b_with_a,
        (false, false) => none,
    }
}

const FRIEND_RELATIONS: [&str; 4] = ["CheckResult_Type_BothWay", "CheckResult_Type_AWithB", "CheckResult_Type_BWithA", "CheckResult_Type_NoRelation"];
const BLACK_RELATIONS: [&str; 4] = ["BlackCheckResult_Type_BothWay", "BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_BWithA", "BlackCheckResult_Type_NO"];

/// One B of a check: (B, relation, ResultCode, ResultInfo).
type Checked = (String, &'static str, u32, &'static str);

/// Each B's relation to A in a friend or blocklist check, and the Bs that failed.
fn check_relations(sim: &Simulator, from: &str, to: Vec<String>, both: bool, names: [&'static str; 4], has: fn(&Simulator, &str, &str) -> bool) -> (Vec<Checked>, Vec<String>) {
    let mut fails = Vec::new();
    let items = to
        .into_iter()
        .map(|b| {
            if !sim.account_exists(&b) {
                fails.push(b.clone());
                return (b, relation(names, false, false), c::NOT_IMPORTED, "Err_SNS_Account_Not_Exist");
            }
            let rel = relation(names, has(sim, from, &b), both && has(sim, &b, from));
            (b, rel, 0, "")
        })
        .collect();
    (items, fails)
}
serve!(read FriendCheck => friend_check);

pub fn friend_check(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FriendCheck = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let both = req.check_type == "CheckResult_Type_Both";
    let (items, fails) = check_relations(sim, &req.from_account, req.to_account, both, FRIEND_RELATIONS, Simulator::has_edge);
    let info_item = items.into_iter().map(|(to, rel, code, info)| FriendRelation { to_account: to, relation: rel.into(), result_code: code, result_info: info.into() }).collect();
    answer(&FriendCheckResponse { envelope: Envelope::ok(), info_item, fail_account: (!fails.is_empty()).then_some(fails) })
}
serve!(read BlackListCheck => black_list_check);

pub fn black_list_check(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: BlackListCheck = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let both = req.check_type == "BlackCheckResult_Type_Both";
    let (items, fails) = check_relations(sim, &req.from_account, req.to_account, both, BLACK_RELATIONS, Simulator::blocks);
    let black_list_check_item = items.into_iter().map(|(to, rel, code, info)| BlackRelation { to_account: to, relation: rel.into(), result_code: code, result_info: info.into() }).collect();
    answer(&BlackListCheckResponse { envelope: Envelope::ok(), black_list_check_item, fail_account: (!fails.is_empty()).then_some(fails) })
}

/// A friend's fields as `{Tag, Value}` items: the standard ones that have a value (in the
/// documented sample's order), then the custom ones, each part left out when `standard` or
/// `custom` is false.
pub fn friend_fields(f: &Friend, standard: bool, custom: bool) -> Vec<TagValue> {
    let mut out = Vec::new();
    let mut push = |tag: &str, value: Value| out.push(TagValue { tag: tag.into(), value });
    if standard {
        push("Tag_SNS_IM_AddSource", f.add_source.clone().into());
        if !f.remark.is_empty() {
            push(REMARK_TAG, f.remark.clone().into());
        }
        if !f.groups.is_empty() {
            push(FRIEND_GROUP_TAG, f.groups.clone().into());
        }
        push("Tag_SNS_IM_AddTime", f.add_time.into());
    }
    if custom {
        for (tag, value) in &f.custom {
            push(tag, value.clone());
        }
    }
    out
}
serve!(read FriendGet => friend_get);

pub fn friend_get(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FriendGet = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let Some(a) = sim.person(&req.from_account) else { return fail(c::NOT_IMPORTED, "From_Account is not imported") };
    let friends = keys_in_order(&a.friends, |f| f.order);
    let start = usize::try_from(req.start_index).unwrap_or(usize::MAX).min(friends.len());
    let page = friends.get(start..).unwrap_or_default().iter().take(FRIEND_PAGE).filter_map(|id| a.friends.get(*id).map(|f| (id, f)));
    let standard = req.standard_sequence != Some(a.standard_seq) || a.standard_seq == 0;
    let custom = req.custom_sequence != Some(a.custom_seq) || a.custom_seq == 0;
    let user_data_item: Vec<FriendData> = page.map(|(id, f)| FriendData { to_account: (*id).to_owned(), value_item: friend_fields(f, standard, custom) }).collect();
    let next = start + user_data_item.len();
    let complete = next >= friends.len();
    answer(&FriendGetResponse {
        envelope: Envelope::ok(),
        user_data_item,
        standard_sequence: a.standard_seq,
        custom_sequence: a.custom_seq,
        friend_num: friends.len() as u64,
        complete_flag: u8::from(complete),
        next_start_index: if complete { 0 } else { next as u64 },
    })
}
serve!(read FriendGetList => friend_get_list);

pub fn friend_get_list(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FriendGetList = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    sim.declared_friend_tags(req.tag_list.iter().map(String::as_str))?;
    sim.declared_profile_tags(req.tag_list.iter().map(String::as_str)).map_err(|f| Fail { code: c::INVALID, ..f })?;
    let mut fails = Vec::new();
    let info_item = req
        .to_account
        .into_iter()
        .map(|to| match sim.person(&req.from_account).and_then(|a| a.friends.get(&to)) {
            None => {
                fails.push(to.clone());
                FriendInfo { to_account: to, sns_profile_item: None, result_code: c::INVALID, result_info: "Err_SNS_FriendGetList_Friend_Not_Exist".into() }
            }
            Some(f) => {
                let fields = friend_fields(f, true, true);
                let profile = super::profile::profile_fields(sim, &to, &req.tag_list);
                // The documented order: friend fields, profile fields, custom friend fields, custom profile fields.
                let mut items: Vec<TagValue> = Vec::new();
                let wanted = |t: &TagValue| req.tag_list.contains(&t.tag);
                items.extend(fields.iter().filter(|t| wanted(t) && !t.tag.starts_with(FRIEND_CUSTOM_PREFIX)).cloned());
                items.extend(profile.iter().filter(|t| !super::profile::is_custom(&t.tag)).cloned());
                items.extend(fields.iter().filter(|t| wanted(t) && t.tag.starts_with(FRIEND_CUSTOM_PREFIX)).cloned());
                items.extend(profile.into_iter().filter(|t| super::profile::is_custom(&t.tag)));
                FriendInfo { to_account: to, sns_profile_item: Some(items), result_code: 0, result_info: String::new() }
            }
        })
        .collect();
    answer(&FriendGetListResponse { envelope: Envelope::ok(), info_item, fail_account: (!fails.is_empty()).then_some(fails) })
}
serve!(crate::api::sns::black_list_add::BlackListAdd => black_list_add);

pub fn black_list_add(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: BlockListChange = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    let now = sim.now();
    let mut out = Vec::new();
    let mut pairs = Vec::new();
    let mut added = Vec::new();
    for to in req.to_account {
        let r = (|| {
            peer(sim, &from, &to, "Err_SNS_BlackListAdd_Add_Self")?;
            if sim.blocks(&from, &to) {
                return Err((c::INVALID, "Err_SNS_BlackListAdd_Already_Exist"));
            }
            if sim.person(&from).map_or(0, |a| a.blocked.len()) >= MAX_BLOCKED {
                return Err((c::BLACKLIST_FULL, "Err_SNS_BlackListAdd_BlackList_Num_Exceed_Threshold"));
            }
            let order = sim.next_sns_order();
            if let Some(a) = sim.account_mut(&from) {
                a.blocked.insert(to.clone(), Blocked { time: now, order });
                a.black_seq += 1;
                a.pending.remove(&to);
            }
            // A block ends the friendship both ways (and fires Sns.CallbackFriendDelete).
            if sim.remove_edge(&from, &to) {
                pairs.push((from.clone(), to.clone()));
            }
            if sim.remove_edge(&to, &from) {
                pairs.push((to.clone(), from.clone()));
            }
            if let Some(b) = sim.world.accounts.get_mut(&to) {
                b.pending.remove(&from);
            }
            added.push(to.clone());
            Ok(())
        })();
        out.push((to, r));
    }
    // The block first, then the friendships it ended (decisions.md, Callbacks on REST calls).
    if sim.wants::<SnsBlackListAdd>() && !added.is_empty() {
        let body = SnsBlackListAdd { pair_list: black_pairs(&from, added), event_time: Some(sim.event_time()) };
        sim.fire(&body);
    }
    sim.friends_deleted(&pairs);
    results(out)
}

/// From_Account's blocklist gained (or lost) each of `to`.
fn black_pairs(from: &str, to: Vec<String>) -> Vec<BlackPair> {
    to.into_iter().map(|to_account| BlackPair { from_account: from.to_owned(), to_account }).collect()
}
serve!(crate::api::sns::black_list_delete::BlackListDelete => black_list_delete);

pub fn black_list_delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: BlockListChange = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    let mut out = Vec::new();
    let mut removed_ones = Vec::new();
    for to in req.to_account {
        let removed = sim.world.accounts.get_mut(&from).is_some_and(|a| {
            let removed = a.blocked.remove(&to).is_some();
            a.black_seq += u64::from(removed);
            removed
        });
        if removed {
            removed_ones.push(to.clone());
        }
        out.push((to, if removed { Ok(()) } else { Err((c::INVALID, "Err_SNS_BlackListDelete_Not_Exist")) }));
    }
    if sim.wants::<SnsBlackListDelete>() && !removed_ones.is_empty() {
        let body = SnsBlackListDelete { pair_list: black_pairs(&from, removed_ones), event_time: Some(sim.event_time()) };
        sim.fire(&body);
    }
    results(out)
}
serve!(read BlackListGet => black_list_get);

pub fn black_list_get(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: BlackListGet = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let Some(a) = sim.person(&req.from_account) else { return fail(c::NOT_IMPORTED, "From_Account is not imported") };
    let list = keys_in_order(&a.blocked, |b| b.order);
    let start = usize::try_from(req.start_index).unwrap_or(usize::MAX).min(list.len());
    let page: Vec<BlockedItem> = list.get(start..).unwrap_or_default().iter().take(req.max_limited as usize).filter_map(|id| a.blocked.get(*id).map(|b| BlockedItem { to_account: (*id).to_owned(), add_black_time_stamp: b.time })).collect();
    let next = start + page.len();
    let next = if next >= list.len() { 0 } else { next as u64 };
    answer(&BlackListGetResponse { envelope: Envelope::ok(), black_list_item: page, start_index: next, curruent_sequence: a.black_seq, current_sequence: a.black_seq })
}
serve!(FriendGroupAdd => group_add);

pub fn group_add(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendGroupAdd = typed(body, c::INVALID)?;
    let from = req.from_account;
    sim.need_from(&from)?;
    if let Err((code, info)) = sim.ensure_friend_groups(&from, &req.group_name) {
        return fail(code, format!("{info}: an account has at most {MAX_FRIEND_GROUPS} friend lists"));
    }
    let to = req.to_account.unwrap_or_default();
    let mut out = Vec::new();
    for t in &to {
        let r = match sim.world.accounts.get_mut(&from).and_then(|a| a.friends.get_mut(t)) {
            None => Err((c::GROUP_ADD_NOT_FRIEND, "Err_SNS_GroupAdd_ToTinyId_Not_Friend")),
            Some(f) => {
                for name in &req.group_name {
                    if !f.groups.contains(name) {
                        f.groups.push(name.clone());
                    }
                }
                Ok(())
            }
        };
        out.push((t.clone(), r));
    }
    let Some(a) = sim.account_mut(&from) else { return fail(c::NOT_IMPORTED, "From_Account is not imported") };
    a.standard_seq += u64::from(out.iter().any(|(_, r)| r.is_ok()));
    let current_sequence = a.group_seq;
    let (result_item, fail_account) = if to.is_empty() {
        (None, None)
    } else {
        let fails: Vec<String> = out.iter().filter(|(_, r)| r.is_err()).map(|(t, _)| t.clone()).collect();
        let items = out.into_iter().map(|(t, r)| r.map_or_else(|(code, info)| AccountResult { to_account: t.clone(), result_code: code, result_info: info.into() }, |()| AccountResult::ok(&t))).collect();
        (Some(items), (!fails.is_empty()).then_some(fails))
    };
    answer(&FriendGroupAddResponse { envelope: Envelope::ok(), result_item, fail_account, current_sequence })
}
serve!(FriendGroupDelete => group_delete);

pub fn group_delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: FriendGroupDelete = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let Some(a) = sim.account_mut(&req.from_account) else { return fail(c::NOT_IMPORTED, "From_Account is not imported") };
    a.friend_groups.retain(|g| !req.group_name.contains(g));
    for f in a.friends.values_mut() {
        f.groups.retain(|g| !req.group_name.contains(g));
    }
    a.group_seq += 1;
    answer(&FriendGroupDeleteResponse { envelope: Envelope::ok(), current_sequence: a.group_seq })
}
serve!(read FriendGroupGet => group_get);

pub fn group_get(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: FriendGroupGet = typed(body, c::INVALID)?;
    sim.need_from(&req.from_account)?;
    let Some(a) = sim.person(&req.from_account) else { return fail(c::NOT_IMPORTED, "From_Account is not imported") };
    let need_friend = req.need_friend.is_some();
    let friends = keys_in_order(&a.friends, |f| f.order);
    let result_item = a
        .friend_groups
        .iter()
        .filter(|g| req.group_name.as_ref().is_none_or(|only| only.is_empty() || only.contains(g)))
        .map(|g| {
            let members: Vec<String> = friends.iter().filter(|id| a.friends.get(**id).is_some_and(|f| f.groups.contains(g))).map(|id| (*id).to_owned()).collect();
            FriendGroup { group_name: g.clone(), friend_number: members.len() as u64, to_account: need_friend.then_some(members) }
        })
        .collect();
    answer(&FriendGroupGetResponse { envelope: Envelope::ok(), result_item, current_sequence: a.group_seq })
}
