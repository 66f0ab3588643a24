//! The in-memory simulator: answers every covered endpoint as the service does, from one
//! coherent state. `call` is the REST surface (as the app admin); `client` holds the actions
//! the REST API does not have but tests need (a member reading a group, ...).

mod account;
mod c2c;
pub mod callbacks;
pub mod client;
mod config;
mod contacts;
pub mod edition;
mod fenwick;
mod group;
mod group_admin;
mod group_attr;
mod group_import;
pub mod http;
mod presence;
mod profile;
mod sns;
pub mod state;

use crate::api::read::{read_or_why, read_text, reads, ReadJson, Reader};
use crate::api::Envelope;
use crate::catalog;
use crate::protocol::errors::code;
use crate::validate;
use crate::vocab::{split_api, Diagnostic, Endpoint, Node, Service};
use serde::Serialize;
use serde_json::Value;
use state::World;
use std::collections::BTreeMap;

/// `new Simulator(options)`: absent options keep their defaults; an unknown one is refused (a
/// misspelling must not pass silently).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[ts(rename = "SimulatorOptions")]
pub struct Options {
    /// The app's SDKAppID, default 1400000000.
    #[ts(as = "Option<u32>", optional)]
    pub sdk_app_id: u32,
    /// The app admin account, default "administrator" (implicit: it needs no import).
    #[ts(as = "Option<String>", optional)]
    pub admin: String,
    /// When set, `handle()`/`fetch()` verify the usersig like the service. Never snapshotted.
    #[serde(skip_serializing)]
    #[ts(optional)]
    pub secret_key: Option<String>,
    /// Start of a manual virtual clock, Unix seconds; absent: real time.
    #[ts(as = "Option<f64>", optional)]
    pub now: Option<u64>,
    /// The paid "group message read receipts" switch, default true.
    #[ts(as = "Option<bool>", optional)]
    pub group_read_receipts: bool,
    /// Enforce each endpoint's calls-per-second limit, default true.
    #[ts(as = "Option<bool>", optional)]
    pub rate_limit: bool,
    /// The app's custom profile fields (`Tag_Profile_Custom_*`), as declared in the console;
    /// others answer 40009. Default none, as for a new app.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub profile_custom_tags: Vec<String>,
    /// The app's custom friend fields (`Tag_SNS_Custom_*`); others answer 30001.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub friend_custom_tags: Vec<String>,
    /// The console switch for broadcasting to live groups (send_broadcast_msg), which needs
    /// the Pro, Ultimate or Enterprise plan; default false (10007), as for a new app.
    #[ts(as = "Option<bool>", optional)]
    pub broadcast_messages: bool,
    /// Third-party callbacks, as configured in the console; absent: none fire (a new app).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub callbacks: Option<callbacks::CallbackOptions>,
    /// The plan (`edition.rs`): member caps, group counts, history kept, conversations kept,
    /// read receipts; absent: none of these limits.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(type = "\"trial\" | \"pro\" | \"ultimate\" | \"enterprise\"", optional)]
    pub edition: Option<String>,
}

/// Options inside a snapshot are read the way `new Simulator` reads them.
impl ReadJson for Options {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let text = r.skip()?;
        match serde_json::from_str(text) {
            Ok(options) => Some(options),
            Err(e) => r.refuse(|| format!("invalid options: {e}")),
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options { sdk_app_id: 1_400_000_000, admin: "administrator".into(), secret_key: None, now: None, group_read_receipts: true, rate_limit: true, profile_custom_tags: vec![], friend_custom_tags: vec![], broadcast_messages: false, callbacks: None, edition: None }
    }
}

/// What one step of a call answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The answer's JSON text.
    Answer(String),
    /// A Before-callback to ask the app first.
    Before(callbacks::Fired),
}

/// A failed request: the service's code and a helpful ErrorInfo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fail {
    pub code: u32,
    pub info: String,
}

/// A failure, as whatever error its caller returns (a `Fail`, or a handler's `Stop`).
pub fn fail<T, E: From<Fail>>(code: u32, info: impl Into<String>) -> Result<T, E> {
    Err(E::from(Fail { code, info: info.into() }))
}

/// Why a handler (or a client action, with `E` its error) stopped short: it failed, or it
/// must ask the app a Before-callback first, with nothing changed yet (the gate's own stop,
/// not a failure: the caller hands the callback out and runs the call again with the
/// app's verdict).
#[derive(Debug)]
pub enum Stop<E = Fail> {
    Fail(E),
    Ask(Box<callbacks::Fired>),
}

impl<E> From<E> for Stop<E> {
    fn from(e: E) -> Self {
        Stop::Fail(e)
    }
}

impl<E> Stop<E> {
    /// The result of a step: its outcome (success or failure), or the Before-callback it
    /// stopped for.
    pub(crate) fn settle<T>(result: Result<T, Stop<E>>) -> Result<Result<T, E>, callbacks::Fired> {
        match result {
            Ok(t) => Ok(Ok(t)),
            Err(Stop::Fail(e)) => Ok(Err(e)),
            Err(Stop::Ask(before)) => Err(*before),
        }
    }
}

/// What a handler answers when the call succeeds.
#[derive(Debug)]
pub enum Reply {
    /// A typed response (with its OK envelope) serialized once, in the documented field
    /// order: the hot path, which never builds a `Value`.
    Text(String),
    /// The fields of an answer built by hand; the dispatcher adds the envelope.
    Value(Value),
}

pub type Answer = Result<Reply, Stop>;
/// An answer once no Before-callback is pending.
pub type Finished = Result<Reply, Fail>;

/// The answer of a call that succeeds with nothing more to say (most writes): the envelope
/// alone, as `EnvelopeOnly` serializes it (a test keeps them equal), written once.
pub const OK_TEXT: &str = r#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#;

/// Success with the envelope alone.
pub fn ok() -> Answer {
    Ok(Reply::Text(OK_TEXT.to_owned()))
}

/// Writes a typed answer (a response struct whose envelope is `Envelope::ok()`): its fields in
/// declaration order, the envelope first, as the service writes them.
pub fn answer<T: Serialize>(value: &T) -> Answer {
    Ok(Reply::Text(to_json(value)))
}

/// JSON text of a value that always serializes (plain structs, strings and numbers).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The clock: manual (virtual) or real time plus an offset moved by `advance`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Clock {
    pub manual: Option<u64>,
    pub offset: i64,
}
reads!(Clock { manual: "manual", offset: "offset" });

/// Calls per endpoint within the current second.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RateWindow {
    pub second: u64,
    pub calls: BTreeMap<String, u32>,
}
reads!(RateWindow { second: "second", calls: "calls" });

/// The snapshot format (versioned), as read.
struct Snapshot {
    format: String,
    version: u32,
    options: Options,
    clock: Clock,
    rng: u64,
    rate: RateWindow,
    world: World,
}
reads!(Snapshot { format: "format", version: "version", options: "options", clock: "clock", rng: "rng", rate: "rate", world: "world" });

/// The same, as written: borrowed, so a snapshot never copies the world (a copy of 100,000
/// messages is ~50 MB that the wasm memory keeps once it has grown for it).
#[derive(Serialize)]
struct SnapshotOut<'a> {
    format: &'a str,
    version: u32,
    options: &'a Options,
    clock: Clock,
    rng: u64,
    rate: &'a RateWindow,
    world: &'a World,
}

const SNAPSHOT_FORMAT: &str = "tcim-simulator";
const SNAPSHOT_VERSION: u32 = 2;

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

    /// Parses options JSON (`{}` for defaults).
    pub fn from_options_json(text: &str, real_now: fn() -> u64) -> Result<Simulator, String> {
        let options: Options = if text.trim().is_empty() { Options::default() } else { serde_json::from_str(text).map_err(|e| format!("invalid simulator options: {e}"))? };
        Self::from_options(options, real_now)
    }

    /// A simulator with options read elsewhere (JS values, JSON), checked as `new Simulator` checks them.
    pub fn from_options(options: Options, real_now: fn() -> u64) -> Result<Simulator, String> {
        if options.admin.is_empty() || options.admin.len() > 32 {
            return Err("invalid simulator options: admin must be 1-32 bytes".into());
        }
        if let Some(c) = &options.callbacks {
            c.check().map_err(|e| format!("invalid simulator options: {e}"))?;
        }
        if let Some(e) = &options.edition {
            edition::plan(e).map_err(|e| format!("invalid simulator options: {e}"))?;
        }
        for (tags, prefix, name) in [(&options.profile_custom_tags, crate::api::items::PROFILE_CUSTOM_PREFIX, "profileCustomTags"), (&options.friend_custom_tags, crate::api::items::FRIEND_CUSTOM_PREFIX, "friendCustomTags")] {
            if let Some(bad) = tags.iter().find(|t| !t.strip_prefix(prefix).is_some_and(crate::api::items::is_custom_key)) {
                return Err(format!("invalid simulator options: {name} holds \"{bad}\"; each must be {prefix} and a key of 1-16 letters, digits or _"));
            }
        }
        Ok(Self::with_clock(options, real_now))
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

    /// The REST surface as the app admin: `api` in any accepted spelling, a JSON body.
    /// Always answers the service's JSON object.
    pub fn call(&mut self, api: &str, body: &str) -> Value {
        match Stop::settle(self.dispatch(api, body)) {
            Ok(result) => respond(result),
            Err(before) => serde_json::from_str(&self.unanswered(api, body, before)).unwrap_or(Value::Null),
        }
    }

    /// `call`, answering JSON text (what the wasm and HTTP surfaces send on). A typed
    /// answer goes out as serialized by its handler, envelope first as the service writes it.
    /// A Before-callback has nobody to answer it here: it is fired (the outbox shows it) and
    /// counts as failed, so the app's failure policy decides (`call_step` asks instead).
    pub fn call_text(&mut self, api: &str, body: &str) -> String {
        match Stop::settle(self.dispatch(api, body)) {
            Ok(result) => text_answer(result),
            Err(before) => self.unanswered(api, body, before),
        }
    }

    /// Finishes a call whose Before-callback nobody answers: it is fired (the outbox shows
    /// it) and counts as failed.
    fn unanswered(&mut self, api: &str, body: &str, before: callbacks::Fired) -> String {
        self.outbox.push(before);
        match self.call_step(api, body, Some(callbacks::Verdict::Failed("nobody answers Before-callbacks through call()".into()))) {
            Step::Answer(text) => text,
            Step::Before(_) => text_answer(fail(code::INTERNAL, "a Before-callback was asked twice")),
        }
    }

    /// `call_text` for the endpoint at `index` in the catalog (the JS glue resolves and
    /// caches names, so hot calls skip the name lookup).
    pub fn call_text_at(&mut self, index: usize, body: &str) -> String {
        match Stop::settle(self.dispatch_endpoint(index, body)) {
            Ok(result) => text_answer(result),
            Err(before) => {
                let api = catalog::ENDPOINTS.get(index).map(|e| e.api()).unwrap_or_default();
                self.unanswered(&api, body, before)
            }
        }
    }

    /// `call_text` in steps, for apps with Before-callbacks: `verdict` is the app's answer to
    /// the Before-callback the previous step handed out (`Verdict::from_json`). Answers
    /// `Step::Answer` or, when a Before-callback must be asked first, `Step::Before` with
    /// nothing changed.
    pub fn call_step(&mut self, api: &str, body: &str, verdict: Option<callbacks::Verdict>) -> Step {
        match self.with_verdict(verdict, |sim| sim.dispatch(api, body)) {
            Ok(result) => Step::Answer(text_answer(result)),
            Err(before) => Step::Before(before),
        }
    }

    fn dispatch(&mut self, api: &str, body: &str) -> Answer {
        let index = resolve(api)?;
        self.dispatch_endpoint(index, body)
    }

    /// Validates and answers a call to the endpoint at `index` in the catalog.
    fn dispatch_endpoint(&mut self, index: usize, body: &str) -> Answer {
        let (Some(&endpoint), Some(handler)) = (catalog::ENDPOINTS.get(index), handler_at(index)) else {
            return fail(code::BAD_RESOURCE, format!("request resource error: no endpoint #{index}"));
        };
        let answer = self.validate_and_handle(endpoint, handler, body);
        if endpoint.service.has_error_display() {
            return with_error_display(answer);
        }
        answer
    }

    fn validate_and_handle(&mut self, endpoint: &'static Endpoint, handler: Handler, body: &str) -> Answer {
        self.check_rate(endpoint)?;
        // The streaming validator reads most bodies without building a tree; the handler
        // then reads the text itself (a repeated key's last value counts, as with
        // JSON.parse). Whatever the stream leaves aside takes the tree.
        let streamed = if endpoint.check.is_none() { validate::stream::validate(endpoint.request, body, false).ok() } else { None };
        let diagnostics = match streamed {
            Some(diagnostics) => diagnostics,
            None => {
                let node = Node::parse(body).map_err(|e| {
                    if validate::is_number_out_of_range(&e) {
                        return invalid(endpoint, &Diagnostic::error("", "out_of_range", format!("a number is too large for any integer field: {e}")));
                    }
                    Fail { code: service_codes(endpoint.service).parse, info: format!("the request body is not valid JSON: {e}") }
                })?;
                validate::validate_node(endpoint, &node)
            }
        };
        if let Some(d) = diagnostics.iter().find(|d| d.is_error()) {
            return Err(invalid(endpoint, d).into());
        }
        handler(self, endpoint, Body { text: body })
    }

    fn check_rate(&mut self, endpoint: &Endpoint) -> Result<(), Fail> {
        if !self.options.rate_limit || self.resuming {
            return Ok(());
        }
        let now = self.now();
        if self.rate.second != now {
            self.rate = RateWindow { second: now, calls: BTreeMap::new() };
        }
        let calls = match self.rate.calls.get_mut(endpoint.command) {
            Some(c) => c,
            None => self.rate.calls.entry(endpoint.command.to_owned()).or_insert(0),
        };
        if *calls >= endpoint.rate_limit {
            return fail(code::RATE_LIMIT, format!("REST API call frequency exceeds the limit: {} allows {} calls per second", endpoint.command, endpoint.rate_limit));
        }
        *calls += 1;
        Ok(())
    }

    /// The whole state as versioned JSON (the secret key is never included).
    pub fn snapshot(&self) -> String {
        // Sized from the last one: growing a buffer by doubling leaves the wasm memory at
        // up to twice the text's size for good.
        let mut out = Vec::with_capacity(self.snapshot_len.get().saturating_add(self.snapshot_len.get() / 8).max(4096));
        let snap = SnapshotOut { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, options: &self.options, clock: self.clock, rng: self.rng, rate: &self.rate, world: &self.world };
        if serde_json::to_writer(&mut out, &snap).is_err() {
            return String::new();
        }
        self.snapshot_len.set(out.len());
        String::from_utf8(out).unwrap_or_default()
    }

    /// A simulator identical to the one snapshotted (same answers to the same future calls).
    pub fn restore(text: &str, real_now: fn() -> u64, secret_key: Option<String>) -> Result<Simulator, String> {
        let snap: Snapshot = read_or_why(text).map_err(|e| format!("not a tcim simulator snapshot: {e}"))?;
        if snap.format != SNAPSHOT_FORMAT {
            return Err(format!("not a tcim simulator snapshot (format \"{}\")", snap.format));
        }
        if snap.version != SNAPSHOT_VERSION {
            return Err(format!("unsupported snapshot version {} (this tcim reads version {SNAPSHOT_VERSION})", snap.version));
        }
        let mut world = snap.world;
        for (id, g) in world.groups.iter_mut() {
            if g.id != *id || g.messages.iter().enumerate().any(|(i, m)| m.seq != i as u64 + 1) || g.members.values().any(|m| m.read_seq > g.last_seq() || m.joined_at_seq > g.last_seq()) {
                return Err(format!("corrupt snapshot: group \"{id}\" is inconsistent"));
            }
            g.reindex();
        }
        let mut sim = Self::with_clock(Options { secret_key, ..snap.options }, real_now);
        (sim.clock, sim.rng, sim.rate, sim.world) = (snap.clock, snap.rng, snap.rate, world);
        // The next snapshot is about as long as the text restored.
        sim.snapshot_len.set(text.len());
        Ok(sim)
    }

    /// The state as plain data for the playground and tests.
    pub fn inspect(&self) -> Value {
        serde_json::from_str(&self.inspect_json()).unwrap_or(Value::Null)
    }

    /// `inspect` as JSON text (what the wasm sends to JS).
    pub fn inspect_json(&self) -> String {
        client::inspect_json(self)
    }
}

/// A handler: reads the validated body, checks the state, answers.
type Handler = fn(&mut Simulator, &'static Endpoint, Body<'_>) -> Answer;

/// `(name, handler, reads)` rows named as the handler is written (`module::function`), the
/// name each endpoint states in its `handler`; `(endpoint)` marks the handlers that also take
/// the endpoint (for its group-type table), `#[read]` those that only read: they take the
/// simulator as `&Simulator`, so the compiler holds them to it (and `tcim serve --state`
/// need not journal them).
macro_rules! handlers {
    ($($(#[$read:ident])? $module:ident::$function:ident $(($endpoint:ident))?),* $(,)?) => {
        &[$((concat!(stringify!($module), "::", stringify!($function)), handlers!(@call $module::$function $($endpoint)?), handlers!(@reads $($read)?))),*]
    };
    (@reads read) => { true };
    (@reads) => { false };
    (@call $module:ident::$function:ident) => {
        |s, _, b| $module::$function(s, b)
    };
    (@call $module:ident::$function:ident endpoint) => {
        |s, e, b| $module::$function(s, e, b)
    };
}

/// Every handler, by name, and whether it only reads.
pub(crate) const HANDLERS: &[(&str, Handler, bool)] = handlers![
    account::import,
    account::multi_import,
    #[read] account::check,
    group::create,
    group::destroy,
    group::add_members,
    group::delete_members,
    #[read] group::member_info,
    #[read] group::joined_list,
    group::send_msg,
    #[read] group::get_simple,
    group::mark_read(endpoint),
    #[read] group::receipts(endpoint),
    #[read] group::receipt_detail(endpoint),
    group::system_notification,
    group::set_unread(endpoint),
    c2c::send,
    #[read] c2c::unread,
    #[read] c2c::roam,
    c2c::withdraw,
    c2c::set_read,
    account::delete,
    account::kick,
    #[read] presence::query,
    #[read] presence::query_legacy,
    #[read] profile::get,
    profile::set,
    sns::friend_add,
    sns::friend_import,
    sns::friend_update,
    sns::friend_delete,
    sns::friend_delete_all,
    #[read] sns::friend_check,
    #[read] sns::friend_get,
    #[read] sns::friend_get_list,
    sns::black_list_add,
    sns::black_list_delete,
    #[read] sns::black_list_get,
    #[read] sns::black_list_check,
    sns::group_add,
    sns::group_delete,
    #[read] sns::group_get,
    config::set_no_speaking,
    #[read] config::get_no_speaking,
    #[read] config::app_info,
    #[read] config::history,
    #[read] group_admin::list,
    #[read] group_admin::info,
    group_admin::modify_base,
    group_admin::modify_member(endpoint),
    group_admin::change_owner(endpoint),
    #[read] group_admin::roles(endpoint),
    group_admin::mute(endpoint),
    #[read] group_admin::muted,
    #[read] group_admin::shutted,
    #[read] group_admin::online(endpoint),
    group_admin::recall(endpoint),
    group_admin::recall_by_sender(endpoint),
    #[read] group_attr::get(endpoint),
    group_attr::modify(endpoint),
    group_attr::set(endpoint),
    group_attr::clear(endpoint),
    group_import::group,
    group_import::members(endpoint),
    group_import::messages(endpoint),
    c2c::batch_send,
    c2c::import,
    c2c::modify,
    c2c::read_receipt,
    group_admin::broadcast,
    #[read] contacts::list,
    contacts::delete,
    contacts::mark,
    contacts::create_group,
    contacts::update_group,
    contacts::delete_group,
    #[read] contacts::search_groups,
    #[read] contacts::get_groups,
];

/// The endpoints whose handlers only read (`#[read]` in `HANDLERS`): answering them changes
/// nothing, so `tcim serve --state` does not journal them.
pub fn read_only_endpoints() -> Vec<String> {
    catalog::ENDPOINTS.iter().filter(|e| HANDLERS.iter().any(|(name, _, reads)| *reads && *name == e.handler)).map(|e| e.api()).collect()
}

/// The handler each endpoint names, in catalog order, found by name once: the index the JS
/// glue caches then reaches its handler directly.
fn handler_at(index: usize) -> Option<Handler> {
    static BY_INDEX: std::sync::OnceLock<Vec<Option<Handler>>> = std::sync::OnceLock::new();
    let table = BY_INDEX.get_or_init(|| catalog::ENDPOINTS.iter().map(|e| HANDLERS.iter().find(|(name, _, _)| *name == e.handler).map(|(_, h, _)| *h)).collect());
    table.get(index).copied().flatten()
}

/// Finds the endpoint's catalog index or answers like the service for unknown paths
/// (decisions.md 8).
fn resolve(api: &str) -> Result<usize, Fail> {
    if let Some(index) = catalog::find_index(api) {
        return Ok(index);
    }
    match split_api(api).and_then(|(service, _)| Service::from_name(service)) {
        Some(Service::Group) => fail(code::INVALID_COMMAND, format!("invalid command word in \"{api}\"")),
        _ => fail(code::BAD_RESOURCE, format!("request resource error: \"{api}\" is not a REST API path (expected v4/<service>/<command>)")),
    }
}

/// How a service answers a body it cannot parse or a parameter that breaks a rule.
struct ServiceCodes {
    parse: u32,
    invalid: u32,
    /// (field, finding code) → the service's code; `None` matches any. The field is the
    /// top-level one or the last segment of the path. The first matching row wins; `invalid`
    /// when none does.
    specific: &'static [(Option<&'static str>, Option<&'static str>, u32)],
}

/// The services' codes (reference.md §2.3 and the pages of each endpoint).
fn service_codes(service: Service) -> &'static ServiceCodes {
    // Group attributes have codes of their own for a key over 32 bytes, a value over 4000 and
    // more than 16 keys (A16).
    const GROUP: ServiceCodes = ServiceCodes {
        parse: code::JSON_PARSE,
        invalid: code::INVALID_PARAM,
        specific: &[(None, Some("invalid_group_id"), code::INVALID_GROUP_ID), (Some("GroupId"), Some("too_long"), code::INVALID_GROUP_ID), (Some("key"), Some("too_long"), 10045), (Some("value"), Some("too_long"), 10046), (Some("GroupAttr"), Some("too_many_items"), 10047)],
    };
    const ACCOUNT: ServiceCodes = ServiceCodes { parse: code::JSON_PARSE, invalid: code::INVALID_ACCOUNT_PARAM, specific: &[] };
    // One-to-one message pages give each field its own code.
    const OPENIM: ServiceCodes = ServiceCodes {
        parse: code::C2C_JSON_PARSE,
        invalid: code::INVALID_ACCOUNT_PARAM,
        specific: &[
            (Some("To_Account"), None, code::C2C_TO_ACCOUNT),
            (Some("Peer_Account"), None, code::C2C_TO_ACCOUNT),
            (Some("From_Account"), None, code::C2C_FROM_ACCOUNT),
            (Some("Report_Account"), None, code::C2C_FROM_ACCOUNT),
            (Some("Operator_Account"), None, code::C2C_FROM_ACCOUNT),
            (Some("MsgRandom"), None, code::C2C_MSG_RANDOM),
            (Some("MsgTimeStamp"), None, 90006),
            (Some("MsgBody"), None, code::C2C_BAD_BODY),
            (Some("MsgLifeTime"), None, code::C2C_LIFETIME),
            (Some("SyncOtherMachine"), None, 90031),
            (Some("SyncFromOldSystem"), None, 90030),
            (Some("MsgKey"), None, code::C2C_BAD_MSGKEY),
        ],
    };
    // portrait_set: a value over 500 bytes, an invalid enum value, a value of the wrong type,
    // an unknown tag (269/1640).
    const PROFILE: ServiceCodes = ServiceCodes {
        parse: 40001,
        invalid: 40001,
        specific: &[(Some("ProfileItem"), Some("too_long"), 40601), (Some("ProfileItem"), Some("invalid_enum"), 40605), (Some("ProfileItem"), Some("wrong_type"), 40610), (None, Some("unknown_tag"), 40009), (Some("To_Account"), Some("missing_field"), 40002)],
    };
    const SNS: ServiceCodes = ServiceCodes { parse: 30001, invalid: 30001, specific: &[] };
    // setnospeaking: no Set_Account, an invalid one, neither time (269/4230).
    const CONFIG: ServiceCodes = ServiceCodes {
        parse: 130001,
        invalid: 130001,
        specific: &[(Some("Set_Account"), Some("missing_field"), 130004), (Some("Get_Account"), Some("missing_field"), 130004), (Some("Set_Account"), None, 130005), (Some("Get_Account"), None, 130005), (Some(""), Some("missing_field"), 130008)],
    };
    const MSG: ServiceCodes = ServiceCodes { parse: code::C2C_JSON_PARSE, invalid: code::C2C_JSON_PARSE, specific: &[] };
    // Conversations: 50002 for any bad parameter (A21).
    const CONTACTS: ServiceCodes = ServiceCodes { parse: 50002, invalid: 50002, specific: &[] };
    match service {
        Service::Group => &GROUP,
        Service::Account => &ACCOUNT,
        Service::OpenIm => &OPENIM,
        Service::Profile => &PROFILE,
        Service::Sns => &SNS,
        Service::OpenConfig => &CONFIG,
        Service::OpenMsg => &MSG,
        Service::GroupAttr => &GROUP,
        Service::RecentContact => &CONTACTS,
    }
}

/// The service's answer for a request that breaks a rule.
fn invalid(endpoint: &Endpoint, d: &Diagnostic) -> Fail {
    let field = d.path.split('/').nth(1).unwrap_or_default();
    let last = d.path.rsplit('/').next().unwrap_or_default();
    let codes = service_codes(endpoint.service);
    let code = codes.specific.iter().find(|(f, finding, _)| f.is_none_or(|f| f == field || f == last) && finding.is_none_or(|c| c == d.code)).map_or(codes.invalid, |(_, _, c)| *c);
    let at = if d.path.is_empty() { String::new() } else { format!(" (at {})", d.path) };
    Fail { code, info: format!("invalid parameter: {}{at}", d.message) }
}

/// Profile and relationship-chain answers end with `"ErrorDisplay": ""`, success or not.
fn with_error_display(answer: Answer) -> Answer {
    let text = match answer {
        Err(Stop::Ask(before)) => return Err(Stop::Ask(before)),
        Ok(Reply::Value(Value::Object(mut map))) => {
            map.insert("ErrorDisplay".into(), Value::from(""));
            return Ok(Reply::Value(Value::Object(map)));
        }
        Ok(Reply::Text(text)) => text,
        Ok(Reply::Value(other)) => return Ok(Reply::Value(other)),
        Err(Stop::Fail(f)) => to_json(&Envelope::fail(f.code, f.info)),
    };
    let mut text = text;
    if text.ends_with('}') {
        text.pop();
        text.push_str(",\"ErrorDisplay\":\"\"}");
    }
    Ok(Reply::Text(text))
}

/// An answer as JSON text: a typed answer as its handler serialized it, anything else
/// envelope first.
pub(crate) fn text_answer(result: Finished) -> String {
    match result {
        Ok(Reply::Text(text)) if text.starts_with("{\"ActionStatus\":") => text,
        other => {
            let (envelope, fields) = envelope_and_fields(other);
            envelope_first(&envelope, &fields)
        }
    }
}

/// The envelope an answer carries, and its other fields.
fn envelope_and_fields(result: Finished) -> (Envelope, Value) {
    match result {
        Ok(Reply::Value(v)) => (Envelope::ok(), v),
        Ok(Reply::Text(text)) => {
            let fields: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            // A text may carry a failure (see `with_error_display`).
            let mut envelope = match (fields.get("ErrorCode").and_then(Value::as_u64), fields.get("ErrorInfo").and_then(Value::as_str)) {
                (Some(code), Some(info)) if code != 0 => Envelope::fail(u32::try_from(code).unwrap_or(u32::MAX), info),
                _ => Envelope::ok(),
            };
            // batchsendmsg's "SomeError" (OK with failed receivers) stays as written.
            if let Some(status) = fields.get("ActionStatus").and_then(Value::as_str) {
                status.clone_into(&mut envelope.action_status);
            }
            (envelope, fields)
        }
        Err(f) => (Envelope::fail(f.code, f.info), Value::Null),
    }
}

/// The envelope, then the other fields: the order the service writes.
fn envelope_first(envelope: &Envelope, fields: &Value) -> String {
    #[derive(Serialize)]
    struct EnvelopeFirst<'a> {
        #[serde(flatten)]
        envelope: &'a Envelope,
        #[serde(flatten)]
        fields: BTreeMap<&'a str, &'a Value>,
    }
    let fields = fields.as_object().into_iter().flatten().filter(|(k, _)| !matches!(k.as_str(), "ActionStatus" | "ErrorInfo" | "ErrorCode")).map(|(k, v)| (k.as_str(), v)).collect();
    to_json(&EnvelopeFirst { envelope, fields })
}


fn respond(result: Finished) -> Value {
    let (envelope, fields) = envelope_and_fields(result);
    let mut map = match fields {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    map.insert("ActionStatus".into(), Value::from(envelope.action_status));
    map.insert("ErrorInfo".into(), Value::from(envelope.error_info));
    map.insert("ErrorCode".into(), Value::from(envelope.error_code));
    Value::Object(map)
}

/// A validated request body: its JSON text, which handlers read into their wire type.
#[derive(Clone, Copy)]
pub(crate) struct Body<'a> {
    /// Validated JSON text (a repeated key's last value counts).
    text: &'a str,
}

impl Body<'_> {
    /// As a JSON value.
    pub(crate) fn value(&self) -> Value {
        serde_json::from_str(self.text).unwrap_or(Value::Null)
    }
}

/// Reads a validated body into its wire type, straight from the text.
pub(crate) fn typed<T: ReadJson>(body: Body<'_>, invalid_code: u32) -> Result<T, Fail> {
    // The validator accepted the body, so this is not expected to fail; if it ever does, it
    // is still the service's invalid-parameter answer.
    read_text(body.text).map_or_else(|| fail(invalid_code, "invalid parameter: the body does not have the shape of the request"), Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each endpoint names a handler that exists, and each handler serves an endpoint.
    #[test]
    fn every_endpoint_has_its_handler_and_every_handler_an_endpoint() {
        for (i, e) in catalog::ENDPOINTS.iter().enumerate() {
            assert!(handler_at(i).is_some(), "{} names the handler \"{}\", which sim::HANDLERS does not have", e.api(), e.handler);
        }
        for (name, _, _) in HANDLERS {
            assert!(catalog::ENDPOINTS.iter().any(|e| e.handler == *name), "the handler {name} serves no endpoint");
        }
    }
}
