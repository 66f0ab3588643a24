//! The service's commands that tcim does not simulate yet (`../shared/spec/coverage.md` §2.2),
//! so that a call to one is answered with what it is, not as a path that does not exist; and
//! the known command a mistyped path most likely meant. A row leaves when its endpoint joins
//! the catalog (a test holds the two apart).

use crate::vocab::endpoint::split_api;
use super::ENDPOINTS;

/// `service/command`, and what it does.
/// Empty since every command the study knows is simulated (tests/known_commands.rs); kept for
/// the commands the service adds next.
pub const NOT_SIMULATED: &[(&str, &str)] = &[];

/// What tcim can say about a path that names no endpoint of its catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    /// A command of the service that tcim does not simulate yet: its title.
    NotSimulated(&'static str),
    /// Most likely a typo of this known command (`service/command`).
    Typo(String),
    /// Nothing known comes close.
    Unknown,
}

/// How far (in edits) a path may be from a known command to be taken for a typo of it: a
/// fifth of its length, at least 2 (`get_group_att` → `get_group_attr`, `gethistory` →
/// `get_history`, `get_group_member` → `get_group_member_info`).
fn typo_distance(len: usize) -> usize {
    (len / 5).max(2)
}

/// Every known command: the catalog's, then the ones not simulated yet.
fn known() -> impl Iterator<Item = String> {
    ENDPOINTS.iter().map(|e| e.api()).chain(NOT_SIMULATED.iter().map(|(api, _)| (*api).to_owned()))
}

/// What `api` (any accepted spelling) is, when the catalog does not have it.
pub fn explain(api: &str) -> Unknown {
    let Some((service, command)) = split_api(api) else { return Unknown::Unknown };
    let path = format!("{service}/{command}");
    if let Some((_, title)) = NOT_SIMULATED.iter().find(|(known, _)| *known == path) {
        return Unknown::NotSimulated(title);
    }
    // The same command under another service (`im_open_login_svc/query_online_status`)…
    let same_command = ENDPOINTS.iter().find(|e| e.command == command).map(|e| e.api());
    // …else, of the known paths within a typo's distance, the likeliest: Jaro–Winkler weighs
    // a shared start, which a truncated name keeps (`get_group_member` is more likely
    // `get_group_member_info` than `add_group_member`, though one edit further).
    let nearest = || {
        known()
            .filter(|known| strsim::levenshtein(known, &path) <= typo_distance(path.len()))
            .map(|known| (strsim::jaro_winkler(&known, &path), known))
            .max_by(|(a, _), (b, _)| a.total_cmp(b))
            .map(|(_, known)| known)
    };
    same_command.or_else(nearest).map_or(Unknown::Unknown, Unknown::Typo)
}
