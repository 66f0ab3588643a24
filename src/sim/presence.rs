//! Handlers of online status: what client logins and logouts left (`sim.client`).

use super::dispatch::serve;
use super::{answer, typed, Answer, Body, Simulator};
use crate::api::openim::query_online_status::{AccountError, OnlineStatus, PlatformStatus, QueryOnlineStatus, QueryOnlineStatusResponse};
use crate::api::openim::querystate::{LegacyPlatformStatus, LegacyState, QueryState, QueryStateResponse};
use crate::api::Envelope;
use crate::protocol::errors::code;

/// An account's overall status: Online if any device is, else PushOnline if any gets
/// pushes, else Offline.
fn overall<'a>(platforms: impl Iterator<Item = &'a String>) -> &'static str {
    let mut best = "Offline";
    for s in platforms {
        match s.as_str() {
            "Online" => return "Online",
            "PushOnline" => best = "PushOnline",
            _ => {}
        }
    }
    best
}

/// Each platform's (name, status).
type Detail = Vec<(String, String)>;

/// An existing account's (id, status, detail if asked).
type Found = (String, &'static str, Option<Detail>);

/// The existing accounts' statuses, and the others as errors.
fn statuses(sim: &Simulator, ids: Vec<String>, detail: bool) -> (Vec<Found>, Vec<AccountError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for id in ids {
        if !sim.account_exists(&id) {
            errors.push(AccountError { to_account: id, error_code: code::NOT_IMPORTED });
            continue;
        }
        let online = sim.person(&id).map(|a| &a.online);
        let status = overall(online.into_iter().flat_map(|o| o.values()));
        let detail = detail.then(|| online.into_iter().flatten().map(|(p, s)| (p.clone(), s.clone())).collect());
        found.push((id, status, detail));
    }
    (found, errors)
}
serve!(read QueryOnlineStatus => query);

pub fn query(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: QueryOnlineStatus = typed(body, code::C2C_TO_ACCOUNT)?;
    let (found, errors) = statuses(sim, req.to_account, req.is_need_detail == Some(1));
    let platforms = |d: Detail| d.into_iter().map(|(platform, status)| PlatformStatus { platform, status }).collect();
    let query_result = found.into_iter().map(|(id, s, detail)| OnlineStatus { to_account: id, status: s.into(), detail: detail.map(platforms) }).collect();
    answer(&QueryOnlineStatusResponse { envelope: Envelope::ok(), query_result, error_list: (!errors.is_empty()).then_some(errors) })
}
serve!(read QueryState => query_legacy);

pub fn query_legacy(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: QueryState = typed(body, code::C2C_TO_ACCOUNT)?;
    let (found, errors) = statuses(sim, req.to_account, req.is_need_detail == Some(1));
    // The legacy answer spells the iPhone platform "IPhone".
    let platforms = |d: Detail| d.into_iter().map(|(p, status)| LegacyPlatformStatus { platform: if p == "iPhone" { "IPhone".into() } else { p }, status }).collect();
    let query_result = found.into_iter().map(|(id, s, detail)| LegacyState { to_account: id, state: s.into(), detail: detail.map(platforms) }).collect();
    answer(&QueryStateResponse { envelope: Envelope::ok(), query_result, error_list: (!errors.is_empty()).then_some(errors) })
}
