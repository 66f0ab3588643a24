//! Handlers of `im_open_login_svc`: importing and checking accounts.

use super::state::Account;
use super::{answer, ok, typed, Answer, Body, Simulator};
use crate::api::account_check::{AccountCheck, AccountCheckResponse, AccountCheckResult};
use crate::api::account_import::AccountImport;
use crate::api::multiaccount_import::{MultiaccountImport, MultiaccountImportResponse};
use crate::api::Envelope;
use crate::protocol::errors::code;

/// Importing is idempotent: an existing account keeps its state; nick/face are updated.
pub fn import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: AccountImport = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let now = sim.now();
    let account = sim.world.accounts.entry(req.user_id).or_insert_with(|| Account { created: now, ..Account::default() });
    if let Some(nick) = req.nick {
        account.nick = nick;
    }
    if let Some(face) = req.face_url {
        account.face_url = face;
    }
    ok()
}

pub fn multi_import(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: MultiaccountImport = typed(body, code::INVALID_ACCOUNT_PARAM)?;
    let now = sim.now();
    for id in req.accounts {
        sim.world.accounts.entry(id).or_insert_with(|| Account { created: now, ..Account::default() });
    }
    answer(&MultiaccountImportResponse { envelope: Envelope::ok(), fail_accounts: vec![] })
}

pub fn check(sim: &mut Simulator, body: Body<'_>) -> Answer {
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
