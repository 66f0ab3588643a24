//! Handlers of `openconfigsvr` (global mute, operations figures) and `open_msg_svc` (chat-log
//! archives, of which tcim keeps none).

use super::dispatch::serve;
use super::{answer, fail, ok, typed, Answer, Body, Simulator};
use crate::api::open_msg_svc::get_history::{GetHistory, GetHistoryResponse};
use crate::api::openconfigsvr::getappinfo::{AppInfoDay, GetAppInfo, GetAppInfoResponse, FIGURES};
use crate::api::openconfigsvr::getnospeaking::{GetNoSpeaking, GetNoSpeakingResponse};
use crate::api::openconfigsvr::setnospeaking::{SetNoSpeaking, FOREVER};
use crate::api::Envelope;

/// Codes of the global-mute pages (269/4230).
const INVALID_ACCOUNT: u32 = 130005;

/// Seconds of mute → the second it ends (`u64::MAX`: for good; 0: not muted).
fn until(now: u64, seconds: u64) -> u64 {
    match seconds {
        0 => 0,
        FOREVER => u64::MAX,
        s => now.saturating_add(s),
    }
}

/// The second a mute ends → what getnospeaking reports: seconds left, 0 or 4294967295.
fn left(now: u64, until: u64) -> u64 {
    if until == u64::MAX {
        FOREVER
    } else {
        until.saturating_sub(now)
    }
}
serve!(SetNoSpeaking => set_no_speaking);

pub fn set_no_speaking(sim: &mut Simulator, body: Body<'_>) -> Answer {
    let req: SetNoSpeaking = typed(body, INVALID_ACCOUNT)?;
    let now = sim.now();
    let Some(a) = sim.account_mut(&req.set_account) else {
        return fail(INVALID_ACCOUNT, format!("Set_Account \"{}\" is not imported", req.set_account));
    };
    if let Some(s) = req.c2c_msg_nospeaking_time {
        a.c2c_muted_until = until(now, s);
    }
    if let Some(s) = req.group_msg_nospeaking_time {
        a.group_muted_until = until(now, s);
    }
    ok()
}
serve!(read GetNoSpeaking => get_no_speaking);

pub fn get_no_speaking(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetNoSpeaking = typed(body, INVALID_ACCOUNT)?;
    if !sim.account_exists(&req.get_account) {
        return fail(INVALID_ACCOUNT, format!("Get_Account \"{}\" is not imported", req.get_account));
    }
    let now = sim.now();
    let (c2c, group) = sim.person(&req.get_account).map_or((0, 0), |a| (left(now, a.c2c_muted_until), left(now, a.group_muted_until)));
    answer(&GetNoSpeakingResponse { envelope: Envelope::ok(), c2c_msg_nospeaking_time: c2c, group_msg_nospeaking_time: group })
}

/// Whether `account` may not send one-to-one (`group` false) or group messages now.
pub fn muted(sim: &Simulator, account: &str, group: bool) -> bool {
    let now = sim.now();
    sim.person(account).is_some_and(|a| (if group { a.group_muted_until } else { a.c2c_muted_until }) > now)
}
serve!(read GetAppInfo => app_info);

/// The figures the state can tell, for today (Beijing time); activity tcim does not count is "0".
pub fn app_info(sim: &Simulator, body: Body<'_>) -> Answer {
    let req: GetAppInfo = typed(body, 90001)?;
    let w = &sim.world;
    let now = sim.now();
    let friendships: usize = w.accounts.values().map(|a| a.friends.len()).sum();
    let online = w.accounts.values().filter(|a| !a.online.is_empty()).count();
    let c2c_msgs: usize = w.c2c.values().flat_map(|m| m.values()).map(Vec::len).sum();
    let group_msgs: usize = w.groups.values().map(|g| g.messages.len()).sum();
    let known = |name: &str| -> Option<String> {
        Some(match name {
            "AppName" => "tcim".into(),
            "AppId" => sim.options.sdk_app_id.to_string(),
            "Company" => String::new(),
            "RegistUserNumTotal" => w.accounts.len().to_string(),
            "RegistUserNumOneDay" => w.accounts.values().filter(|a| beijing_day(a.created) == beijing_day(now)).count().to_string(),
            "MaxOnlineNum" | "LoginUserNum" => online.to_string(),
            "ChainIncrease" => friendships.to_string(),
            "C2CUpMsgNum" => c2c_msgs.to_string(),
            "GroupUpMsgNum" => group_msgs.to_string(),
            "UpMsgNum" => (c2c_msgs + group_msgs).to_string(),
            "GroupAllGroupNum" => w.groups.len().to_string(),
            "GroupDestroyGroupNum" => w.destroyed.len().to_string(),
            "Date" => beijing_day(now),
            _ => return None,
        })
    };
    let wanted: Vec<&str> = match &req.request_field {
        Some(fields) if !fields.is_empty() => FIGURES.iter().copied().filter(|f| fields.iter().any(|x| x == f)).collect(),
        _ => FIGURES.to_vec(),
    };
    let day: AppInfoDay = super::state::map_of(wanted.into_iter().map(|f| (f.to_owned(), known(f).unwrap_or_else(|| "0".into()))));
    answer(&GetAppInfoResponse { envelope: Envelope::ok(), result: vec![day] })
}

/// `YYYYMMDD` of a Unix second in Beijing time (UTC+8).
pub fn beijing_day(t: u64) -> String {
    let days = (t + 8 * 3600) / 86_400;
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}")
}

/// Howard Hinnant's days → (year, month, day) for days since 1970-01-01.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}
serve!(read GetHistory => history);

/// No archives: every well-formed hour answers an empty `File` list (decisions.md).
pub fn history(_sim: &Simulator, body: Body<'_>) -> Answer {
    let _req: GetHistory = typed(body, 90001)?;
    answer(&GetHistoryResponse { envelope: Envelope::ok(), file: vec![] })
}
