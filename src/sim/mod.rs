//! The in-memory simulator: answers every covered endpoint as the service does, from one
//! coherent state. `call` is the REST surface (as the app admin); `client` holds the actions
//! the REST API does not have but tests need (a member reading a group, ...).

mod account;
pub mod answer;
mod c2c;
pub mod callbacks;
pub mod client;
mod config;
mod contacts;
pub mod dispatch;
pub mod edition;
mod fenwick;
mod group;
mod group_admin;
mod group_attr;
mod group_bans;
mod group_counters;
mod group_pins;
mod group_history;
mod group_members;
mod group_import;
pub mod http;
pub mod options;
mod presence;
mod profile;
mod sns;
mod config_svc;
mod all_member_push;
mod im_cos_msg;
mod openim_robot_http_svc;
mod follow;
mod permission_groups;
mod million_group_open_http_svc;
mod group_open_avchatroom_http_svc;
mod openim_msg_ext_http_svc;
mod cloud_search;
mod moderation;
pub mod follow_graph;
pub mod robots;
pub mod snapshot;
pub mod state;
mod topics;
mod timpush;
mod order;
mod official_account_open_http_svc;
pub mod official_accounts;

pub use answer::{answer, fail, ok, Answer, Fail, Finished, Reply, Stop, OK_TEXT};
pub(crate) use answer::{sorted_answer, typed, Body};
pub use dispatch::{read_only_endpoints, service_codes_invalid, Step};
pub use options::Options;
pub use snapshot::{Clock, RateWindow};
use state::World;

pub struct Simulator {
    pub options: Options,
    clock: Clock,
    /// Source of real time (Unix seconds); the binding layer passes `Date.now`.
    real_now: fn() -> u64,
    rng: u64,
    rate: RateWindow,
    pub(crate) world: World,
    /// Fired callbacks the JS layer has yet to take, and how many were dropped unread.
    outbox: Vec<callbacks::Fired>,
    outbox_dropped: u64,
    /// The app's answer to the Before-callback of the call being resumed.
    verdict: Option<callbacks::Verdict>,
    /// A resumed call already counted toward the rate limit.
    resuming: bool,
    /// The real clock's reading while pinned (`pin_real_now`): a journal records the second
    /// each request ran in and replays it there.
    pinned_real: Option<u64>,
    /// The last snapshot's length (a capacity hint; not state).
    snapshot_len: std::cell::Cell<usize>,
}

/// Real time on native targets. (wasm32 has no system clock; the binding passes its own.)
pub fn system_now() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    }
    #[cfg(target_arch = "wasm32")]
    {
        0
    }
}

impl Simulator {
    pub fn new(options: Options) -> Simulator {
        Self::with_clock(options, system_now)
    }

    pub fn with_clock(options: Options, real_now: fn() -> u64) -> Simulator {
        let clock = Clock { manual: options.now, offset: 0 };
        // Deterministic: the same options give the same IDs.
        let rng = 0x9E37_79B9_7F4A_7C15 ^ u64::from(options.sdk_app_id);
        Simulator { options, clock, real_now, rng, rate: RateWindow::default(), world: World::default(), outbox: vec![], outbox_dropped: 0, verdict: None, resuming: false, pinned_real: None, snapshot_len: std::cell::Cell::new(0) }
    }


    pub fn now(&self) -> u64 {
        let base = self.clock.manual.or(self.pinned_real).unwrap_or_else(self.real_now);
        base.saturating_add_signed(self.clock.offset)
    }

    /// Reads the real clock as `t` until unpinned (`None`); a manual clock ignores it. Not
    /// part of the state: it is how a journal replays each request in its own second.
    pub fn pin_real_now(&mut self, t: Option<u64>) {
        self.pinned_real = t;
    }

    /// Moves the clock forward (a manual clock moves; a real one gains an offset).
    pub fn advance(&mut self, seconds: u64) {
        match &mut self.clock.manual {
            Some(t) => *t = t.saturating_add(seconds),
            None => self.clock.offset = self.clock.offset.saturating_add(i64::try_from(seconds).unwrap_or(i64::MAX)),
        }
    }

    /// splitmix64: deterministic values for IDs.
    pub(crate) fn next_random(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn is_admin(&self, account: &str) -> bool {
        account == self.options.admin
    }

    /// Whether an account exists (the admin always does).
    pub fn account_exists(&self, account: &str) -> bool {
        self.is_admin(account) || self.world.accounts.contains_key(account)
    }

    /// An existing account's data (the admin's is empty until something is stored for it).
    pub(crate) fn person(&self, account: &str) -> Option<&state::Account> {
        static NO_DATA: state::Account = state::Account::EMPTY;
        self.world.accounts.get(account).or_else(|| self.is_admin(account).then_some(&NO_DATA))
    }

    /// An existing account's data, to change (the admin's is stored from its first change).
    pub(crate) fn account_mut(&mut self, account: &str) -> Option<&mut state::Account> {
        if self.is_admin(account) && !self.world.accounts.contains_key(account) {
            let created = self.now();
            self.world.accounts.insert(account.to_owned(), state::Account { created, ..state::Account::EMPTY });
        }
        self.world.accounts.get_mut(account)
    }

}
