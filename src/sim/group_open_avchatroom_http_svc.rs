//! Live groups (`group_open_avchatroom_http_svc`): who is in the room (the members that client
//! `joinGroup` / `quitGroup`, kicks and bans leave), their marks, and the room's admins.

use super::answer::{answer, ok, typed, Answer, Body};
use super::callbacks::group::member_items;
use super::callbacks::live::GroupOnMemberStateChange;
use super::dispatch::serve;
use super::group::{applies, group, group_mut, need_account};
use super::{fail, Fail, Simulator};
use crate::api::group_open_avchatroom_http_svc::check_members::{CheckMembers, CheckMembersResponse};
use crate::api::group_open_avchatroom_http_svc::get_admin_list::{GetAdminList, GetAdminListResponse, LiveAdmin};
use crate::api::group_open_avchatroom_http_svc::get_members::{GetMembers, GetMembersResponse, LiveMember, MEMBERS_LISTED, MEMBERS_PAGE, MEMBERS_WITHOUT_FEATURE};
use crate::api::group_open_avchatroom_http_svc::modify_admin::{ModifyAdmin, LIVE_ADMINS_MAX};
use crate::api::group_open_avchatroom_http_svc::modify_user_info::{ModifyUserInfo, FIRST_CUSTOM_MARK, MARKS_PER_GROUP, MEMBERS_PER_MARK, SPECIAL_MARK};
use crate::api::Envelope;
use crate::protocol::errors::code;
use crate::vocab::Endpoint;

/// The plans with the console's "live group online member list" (直播群在线成员列表) feature the
/// five pages require: "旗舰版或企业版" (CN 77266, 79267, 95618, 102857, 102858).
const PLANS_WITH_MEMBER_LIST: &[&str] = &["ultimate", "enterprise"];

impl Simulator {
    /// Whether the app's plan has the online member list (with no edition, everything is on).
    fn has_member_list(&self) -> bool {
        self.plan().is_none_or(|p| PLANS_WITH_MEMBER_LIST.contains(&p.name))
    }

    /// 10059 unless the plan has the online member list.
    fn need_member_list(&self, what: &str) -> Result<(), Fail> {
        match self.plan() {
            Some(p) if !self.has_member_list() => fail(code::NOT_ULTIMATE, format!("{what} needs the ultimate or enterprise edition with the live group online member list (this app: {})", p.name)),
            _ => Ok(()),
        }
    }

    /// Group.CallbackOnMemberStateChange for a member of a live group entering (`Online`,
    /// `Join`) or quitting it (`Offline`, `Quit`); only with the online member list, which
    /// the callback's page requires too.
    pub(crate) fn live_member_state(&mut self, group_id: &str, account: &str, event_type: &'static str, event_cause: &'static str) {
        let live = self.world.groups.get(group_id).is_some_and(|g| g.ty == crate::vocab::GroupType::AVChatRoom);
        if live && self.has_member_list() {
            let body = GroupOnMemberStateChange { group_id: group_id.to_owned(), event_type, event_cause, member_list: member_items([account]) };
            self.fire_from("Unknown", &body);
        }
    }

    /// An account's nickname and avatar, as the live-group lists show them.
    fn nick_and_avatar(&self, account: &str) -> (String, String) {
        let tag = |t: &str| self.person(account).and_then(|a| a.profile.get(t)).and_then(serde_json::Value::as_str).unwrap_or_default().to_owned();
        (tag("Tag_Profile_IM_Nick"), tag("Tag_Profile_IM_Image"))
    }
}

serve!(read GetMembers => get_members(endpoint));

/// The room's members, the latest joined first, 250 a page; only the latest 1,000 are listed
/// (30 on plans without the member list, as the English page says). `Timestamp` is the cursor
/// the previous page's `NextTimestamp` gave: the join order of the next member, plus one
/// (many members join within one second of the virtual clock, so a join time cannot be one).
pub fn get_members(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetMembers = typed(body, code::INVALID_PARAM)?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let listed = if sim.has_member_list() { MEMBERS_LISTED } else { MEMBERS_WITHOUT_FEATURE };
    // A mark's members are listed apart from the 1,000 (both modify_user_info pages).
    let marked = |a: &str| req.mark.is_none_or(|m| g.marks.get(a).is_some_and(|ms| ms.contains(&m)));
    let mut members: Vec<(&String, &super::state::Member)> = g.members.iter().filter(|(a, _)| marked(a)).collect();
    super::state::sort_by_order(&mut members, |(_, m)| !m.join_order);
    members.truncate(listed);
    let rest = members.into_iter().filter(|(_, m)| req.timestamp == 0 || m.join_order < req.timestamp);
    let mut page: Vec<(&String, &super::state::Member)> = rest.take(MEMBERS_PAGE + 1).collect();
    let next_timestamp = if page.len() > MEMBERS_PAGE { page.pop().map_or(0, |(_, m)| m.join_order + 1) } else { 0 };
    let member_list = page
        .into_iter()
        .map(|(a, m)| {
            let (nick_name, avatar) = sim.nick_and_avatar(a);
            LiveMember { member_account: a.clone(), join_time: m.join_time, nick_name, avatar }
        })
        .collect();
    answer(&GetMembersResponse { envelope: Envelope::ok(), member_list, next_timestamp })
}

serve!(ModifyUserInfo => modify_user_info(endpoint));

/// Sets (`CommandType` 1) or removes (2) marks: 500 or from 1000 on, at most 10 distinct marks
/// a group and 1,000 members a mark; a mark other than 500 only on a member in the room.
pub fn modify_user_info(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyUserInfo = typed(body, code::INVALID_PARAM)?;
    sim.need_member_list("modify_user_info")?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let mut marks = g.marks.clone();
    for item in &req.member_list {
        need_account(sim, &item.member_account)?;
        for &mark in &item.marks {
            if mark != SPECIAL_MARK && mark < FIRST_CUSTOM_MARK {
                return fail(code::INVALID_PARAM, format!("mark {mark} is neither the special mark {SPECIAL_MARK} nor {FIRST_CUSTOM_MARK} or above"));
            }
            if req.command_type == 1 && mark != SPECIAL_MARK && !g.members.contains_key(&item.member_account) {
                return fail(code::INVALID_PARAM, format!("\"{}\" is not in live group \"{}\": only mark {SPECIAL_MARK} may be set on an account outside the room", item.member_account, g.id));
            }
        }
        let own = marks.entry(item.member_account.clone()).or_default();
        if req.command_type == 1 {
            own.extend(&item.marks);
        } else {
            own.retain(|m| !item.marks.contains(m));
        }
        super::state::sort_by_order(own, |m| *m);
        own.dedup();
    }
    marks.retain(|_, ms| !ms.is_empty());
    let mut per_mark: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
    for &m in marks.values().flatten() {
        *per_mark.entry(m).or_default() += 1;
    }
    if per_mark.len() > MARKS_PER_GROUP {
        return fail(code::INVALID_PARAM, format!("live group \"{}\" would use {} distinct marks: at most {MARKS_PER_GROUP}", g.id, per_mark.len()));
    }
    if let Some((m, n)) = per_mark.iter().find(|(_, &n)| n > MEMBERS_PER_MARK) {
        return fail(code::INVALID_PARAM, format!("mark {m} would be on {n} members: at most {MEMBERS_PER_MARK}"));
    }
    group_mut(sim, &req.group_id)?.marks = marks;
    ok()
}

serve!(ModifyAdmin => modify_admin(endpoint));

/// Makes accounts admins (`CommandType` 1; they need not be in the room) or no longer (2); a
/// room has at most 5. The owner is not one of them: it owns the room already.
pub fn modify_admin(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: ModifyAdmin = typed(body, code::INVALID_PARAM)?;
    sim.need_member_list("modify_admin")?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let mut admins = g.live_admins.clone();
    for a in &req.admin_account {
        need_account(sim, a)?;
        if req.command_type == 1 {
            if g.owner.as_deref() == Some(a.as_str()) {
                return fail(code::INVALID_PARAM, format!("\"{a}\" owns live group \"{}\" and cannot also be its admin", g.id));
            }
            admins.insert(a.clone());
        } else {
            admins.remove(a);
        }
    }
    if admins.len() > LIVE_ADMINS_MAX {
        return fail(code::INVALID_PARAM, format!("live group \"{}\" would have {} admins: at most {LIVE_ADMINS_MAX}", g.id, admins.len()));
    }
    group_mut(sim, &req.group_id)?.live_admins = admins;
    ok()
}

serve!(read GetAdminList => get_admin_list(endpoint));

/// The room's admins (modify_admin), by UserID, in the room or not.
pub fn get_admin_list(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: GetAdminList = typed(body, code::INVALID_PARAM)?;
    sim.need_member_list("get_admin_list")?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let admin_list = g
        .live_admins
        .iter()
        .map(|a| {
            let (nick_name, avatar) = sim.nick_and_avatar(a);
            LiveAdmin { admin_account: a.clone(), avatar, nick_name }
        })
        .collect();
    answer(&GetAdminListResponse { envelope: Envelope::ok(), admin_list })
}

serve!(read CheckMembers => check_members(endpoint));

/// Those of the accounts that are in the room now (a banned account is not: a ban takes it
/// out), in the request's order; unknown accounts are simply not in it.
pub fn check_members(sim: &Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer {
    let req: CheckMembers = typed(body, code::INVALID_PARAM)?;
    sim.need_member_list("check_members")?;
    let g = group(sim, &req.group_id)?;
    applies(endpoint, g)?;
    let member_account = req.member_account.iter().filter(|a| g.members.contains_key(a.as_str())).cloned().collect();
    answer(&CheckMembersResponse { envelope: Envelope::ok(), member_account })
}
