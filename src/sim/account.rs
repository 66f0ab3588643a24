//! Handlers of `im_open_login_svc`: importing, checking and deleting accounts, and kicking
//! them out.

use super::dispatch::serve;
use super::state::Account;
use super::{answer, fail, ok, typed, Answer, Body, Simulator};
use crate::api::im_open_login_svc::account_delete::{AccountDelete, AccountDeleteResponse, AccountDeleteResult};
use crate::api::im_open_login_svc::kick::Kick;
use crate::api::im_open_login_svc::account_check::{AccountCheck, AccountCheckResponse, AccountCheckResult};
use crate::api::im_open_login_svc::account_import::AccountImport;
use crate::api::im_open_login_svc::multiaccount_import::{AccountListItem, MultiaccountImport, MultiaccountImportResponse};
use crate::api::Envelope;
use super::callbacks::state::{StateChange, StateInfo};
use crate::protocol::errors::code;
serve!(AccountImport => import);

/// Importing is idempotent: an existing account keeps its state; nick/face are updated.
pub fn import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AccountImport = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let now = sim.now();
    let account = sim.world.accounts.entry(req.user_id).or_insert_with(|| Account { created: now, ..Account::default() });
    set_nick_and_photo(account, req.nick, req.face_url);
    ok()
}

/// What an import writes into the profile: the nick and photo given (the others stay).
fn set_nick_and_photo(account: &mut Account, nick: Option<String>, face_url: Option<String>) {
    for (tag, value) in [("Tag_Profile_IM_Nick", nick), ("Tag_Profile_IM_Image", face_url)] {
        if let Some(value) = value {
            account.profile.insert(tag.into(), value.into());
        }
    }
}
serve!(AccountDelete => delete);

/// Deletes each account with everything it owns, and takes it out of everyone else's friends,
/// blocklists and pending requests and out of every group (a group it owned is left without an
/// owner). The app admin cannot be deleted.
pub fn delete(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AccountDelete = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let mut result_item = Vec::new();
    for item in req.delete_item {
        let (result_code, result_info) = if sim.is_admin(&item.user_id) {
            (code::INVALID_ACCOUNT_PARAM, "the app admin cannot be deleted")
        } else if sim.world.accounts.remove(&item.user_id).is_none() {
            (code::NOT_IMPORTED, "Err_TLS_PT_Open_Login_Account_Not_Exist")
        } else {
            forget(sim, &item.user_id);
            (0, "")
        };
        result_item.push(AccountDeleteResult { result_code, result_info: result_info.into(), user_id: item.user_id });
    }
    answer(&AccountDeleteResponse { envelope: Envelope::ok(), result_item })
}

/// Removes every trace of a deleted account from the others' data.
fn forget(sim: &mut Simulator, id: &str) {
    // Its push attributes and tags go with it.
    sim.world.push_attrs.remove(id);
    sim.world.push_tags.remove(id);
    for a in sim.world.accounts.values_mut() {
        if a.friends.remove(id).is_some() {
            a.standard_seq += 1;
        }
        if a.blocked.remove(id).is_some() {
            a.black_seq += 1;
        }
        a.pending.remove(id);
    }
    for g in sim.world.groups.values_mut() {
        if g.remove_member(id).is_some() && g.owner.as_deref() == Some(id) {
            g.owner = None;
        }
        g.muted.remove(id);
        g.bans.remove(id);
    }
    sim.world.read_time.remove(id);
    // Its follows go both ways, silently (no callback), and its robot flag with it.
    sim.world.follows.forget(id);
    sim.world.official_accounts.forget(id);
    sim.world.robots.remove(id);
}
serve!(Kick => kick);

/// Logs the account out everywhere; UserSigs issued before now stop logging in.
pub fn kick(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: Kick = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    if !sim.account_exists(&req.user_id) {
        return fail(code::NOT_IMPORTED, format!("account \"{}\" is not imported", req.user_id));
    }
    let now = sim.now();
    if let Some(a) = sim.account_mut(&req.user_id) {
        a.kicked_at = now;
        a.online.clear();
    }
    sim.state_change(&req.user_id, "Logout", "Kicked", "RESTAPI");
    ok()
}

impl Simulator {
    /// State.StateChange: `account` logged in (`Login`/`Register`), out (`Logout`/
    /// `Unregister`) or was kicked (`Logout`/`Kicked`, decisions.md).
    pub(crate) fn state_change(&mut self, account: &str, action: &'static str, reason: &'static str, platform: &str) {
        if self.wants::<StateChange>() {
            let body = StateChange { event_time: self.event_time(), info: StateInfo { action, to_account: account.to_owned(), reason }, kicked_device: None };
            self.fire_from(platform, &body);
        }
    }
}
serve!(MultiaccountImport => multi_import);

/// Either request form (the statement's check lets exactly one through). The newer one sets
/// nick and photo as account_import does: an account already there keeps its state and takes
/// the new values (the 2024-12 page); a UserID listed twice takes its last item's.
pub fn multi_import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: MultiaccountImport = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let now = sim.now();
    let listed = req.accounts.unwrap_or_default().into_iter().map(|user_id| AccountListItem { user_id, nick: None, face_url: None });
    for item in listed.chain(req.account_list.unwrap_or_default()) {
        let account = sim.world.accounts.entry(item.user_id).or_insert_with(|| Account { created: now, ..Account::default() });
        set_nick_and_photo(account, item.nick, item.face_url);
    }
    answer(&MultiaccountImportResponse { envelope: Envelope::ok(), fail_accounts: vec![] })
}
serve!(read AccountCheck => check);

pub fn check(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: AccountCheck = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let result_item = req
        .check_item
        .into_iter()
        .map(|item| {
            let imported = sim.account_exists(&item.user_id);
            AccountCheckResult { user_id: item.user_id, result_code: 0, result_info: String::new(), account_status: if imported { "Imported" } else { "NotImported" }.into() }
        })
        .collect();
    answer(&AccountCheckResponse { envelope: Envelope::ok(), result_item })
}
