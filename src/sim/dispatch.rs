//! Dispatch: a call's path to its endpoint (unknown paths answered as the service does), its
//! rate limit, its validation (refusals with each service's codes) and its handler, found by
//! the request type the endpoint states (`serve!`).

use super::answer::{fail, respond, text_answer, with_error_display, Answer, Body, Fail, Stop};
use super::callbacks;
use super::callbacks::alert::AlertRequestOverLimit;
use super::snapshot::RateWindow;
use super::Simulator;
use crate::api::ApiRequest;
use crate::catalog;
use crate::catalog::not_simulated::Unknown;
use crate::protocol::errors::code;
use crate::validate;
use crate::vocab::{split_api, Diagnostic, Endpoint, Node, Service};
use serde_json::Value;
use std::collections::BTreeMap;

/// What one step of a call answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The answer's JSON text.
    Answer(String),
    /// A Before-callback to ask the app first.
    Before(callbacks::Fired),
}

impl Simulator {
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
        if let Some(d) = diagnostics.iter().find(|d| d.is_error() && !d.service_ignores()) {
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
        let count = *calls;
        // "接口请求频率超过阈值80%时" (CN 269/105418): once a second per command, at the call
        // that passes 80% of its limit, whatever that call then answers (the rate counts it).
        let past = |n: u32| u64::from(n) * 5 > u64::from(endpoint.rate_limit) * 4;
        if past(count) && !past(count.saturating_sub(1)) && self.wants::<AlertRequestOverLimit>() {
            let body = AlertRequestOverLimit { service_name: endpoint.service.name(), command: endpoint.command, request: count, limit: endpoint.rate_limit };
            self.fire(&body);
        }
        Ok(())
    }

}

/// A handler: reads the validated body, checks the state, answers.
type Handler = fn(&mut Simulator, &'static Endpoint, Body<'_>) -> Answer;

/// The simulator serves this request type's endpoint. Implemented with `serve!` beside the
/// handler; the table below needs it for every endpoint of the catalog, so an endpoint
/// without a handler does not compile.
pub(crate) trait Handle: ApiRequest {
    fn handle(sim: &mut Simulator, endpoint: &'static Endpoint, body: Body<'_>) -> Answer;
}

/// `serve!(Request => handler)` beside a handler links it to its endpoint by type:
/// `(endpoint)` passes the endpoint too (for its group-type table), and `read` marks a handler
/// that only reads. A read handler takes `&Simulator`, so the compiler holds it to that, and
/// its endpoint's statement must say `.read_only()` (a compile-time check) — which is how
/// `tcim serve --state` knows not to journal it.
macro_rules! serve {
    (read $request:ty => $handler:ident $(($endpoint:ident))?) => {
        $crate::sim::dispatch::serve!(@impl $request, true, |sim, _e, body| $crate::sim::dispatch::serve!(@call $handler(&*sim, _e, body) $($endpoint)?));
    };
    ($request:ty => $handler:ident $(($endpoint:ident))?) => {
        $crate::sim::dispatch::serve!(@impl $request, false, |sim, _e, body| $crate::sim::dispatch::serve!(@call $handler(sim, _e, body) $($endpoint)?));
    };
    (@call $handler:ident($sim:expr, $e:ident, $body:ident)) => { $handler($sim, $body) };
    (@call $handler:ident($sim:expr, $e:ident, $body:ident) endpoint) => { $handler($sim, $e, $body) };
    (@impl $request:ty, $reads:literal, |$sim:ident, $e:ident, $body:ident| $call:expr) => {
        impl $crate::sim::dispatch::Handle for $request {
            fn handle($sim: &mut $crate::sim::Simulator, $e: &'static $crate::vocab::Endpoint, $body: $crate::sim::answer::Body<'_>) -> $crate::sim::answer::Answer {
                $call
            }
        }
        const _: () = assert!(<$request as $crate::api::ApiRequest>::ENDPOINT.read_only == $reads, "a read handler's endpoint says .read_only(), and only then");
    };
}
pub(crate) use serve;

/// Every endpoint's handler, in catalog order: the index the JS glue caches reaches its
/// handler directly.
macro_rules! handler_table {
    ($($request:path),*) => { &[$(<$request as Handle>::handle),*] };
}
static HANDLERS: &[Handler] = crate::api::with_requests!(handler_table);

/// The endpoints whose handlers only read (`.read_only()`): answering them changes nothing,
/// so `tcim serve --state` does not journal them.
pub fn read_only_endpoints() -> Vec<String> {
    catalog::ENDPOINTS.iter().filter(|e| e.read_only).map(|e| e.api()).collect()
}

fn handler_at(index: usize) -> Option<Handler> {
    HANDLERS.get(index).copied()
}

/// Finds the endpoint's catalog index or answers like the service for unknown paths
/// (decisions.md 8).
fn resolve(api: &str) -> Result<usize, Fail> {
    if let Some(index) = catalog::find_index(api) {
        return Ok(index);
    }
    let (code, what) = match split_api(api).and_then(|(service, _)| Service::from_name(service)) {
        Some(Service::Group) => (code::INVALID_COMMAND, "invalid command word"),
        _ => (code::BAD_RESOURCE, "request resource error"),
    };
    // Say what the path is, so that a command tcim lacks does not read like the caller's typo.
    let why = match catalog::not_simulated::explain(api) {
        Unknown::NotSimulated(title) => format!("\"{api}\" ({title}) is a command of the service that tcim does not simulate yet (endpoints() lists those it does)"),
        Unknown::Typo(known) => format!("\"{api}\" is not a command of the service: did you mean \"v4/{known}\"?"),
        Unknown::Unknown if split_api(api).is_some() => format!("\"{api}\" is not a command of the service that tcim knows"),
        Unknown::Unknown => format!("\"{api}\" is not a REST API path (expected v4/<service>/<command>)"),
    };
    fail(code, format!("{what}: {why}"))
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
        specific: &[(Some("MsgBody"), Some("too_large"), 10020), (None, Some("invalid_group_id"), code::INVALID_GROUP_ID), (Some("GroupId"), Some("too_long"), code::INVALID_GROUP_ID), (Some("key"), Some("too_long"), 10045), (Some("value"), Some("too_long"), 10046), (Some("GroupAttr"), Some("too_many_items"), 10047)],
    };
    // The public codes: the account service's, and a new service's until its pages say otherwise.
    const PUBLIC: ServiceCodes = ServiceCodes { parse: code::JSON_PARSE, invalid: code::INVALID_ACCOUNT_PARAM, specific: &[] };
    // Official accounts: a malformed body is 20001, a bad parameter 6017 (CN 269/102302 ff.).
    const OFFICIAL: ServiceCodes = ServiceCodes { parse: 20001, invalid: 6017, specific: &[] };
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
            (Some("MsgBody"), Some("too_large"), 93000),
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
    // Follows are relationship-chain commands: 30001 for a bad parameter, as sns (decisions.md).
    const SNS: ServiceCodes = ServiceCodes { parse: 30001, invalid: 30001, specific: &[] };
    // Robots: 10004 for a bad parameter (269/89991).
    const ROBOT: ServiceCodes = ServiceCodes { parse: code::JSON_PARSE, invalid: code::INVALID_PARAM, specific: &[] };
    // setnospeaking: no Set_Account, an invalid one, neither time (269/4230).
    const CONFIG: ServiceCodes = ServiceCodes {
        parse: 130001,
        invalid: 130001,
        specific: &[(Some("Set_Account"), Some("missing_field"), 130004), (Some("Get_Account"), Some("missing_field"), 130004), (Some("Set_Account"), None, 130005), (Some("Get_Account"), None, 130005), (Some(""), Some("missing_field"), 130008)],
    };
    const MSG: ServiceCodes = ServiceCodes { parse: code::C2C_JSON_PARSE, invalid: code::C2C_JSON_PARSE, specific: &[] };
    // Conversations: 50002 for any bad parameter (A21).
    const CONTACTS: ServiceCodes = ServiceCodes { parse: 50002, invalid: 50002, specific: &[] };
    // All-member push: the push service's codes (269/45934, 1047/74196); the first row that
    // matches wins, so a list's own limit comes before the 100-account one.
    const PUSH: ServiceCodes = ServiceCodes {
        parse: code::C2C_JSON_PARSE,
        invalid: code::C2C_JSON_PARSE,
        specific: &[
            (Some("MsgRandom"), None, code::C2C_MSG_RANDOM),
            (Some("MsgBody"), None, code::C2C_BAD_BODY),
            (Some("MsgLifeTime"), None, code::C2C_LIFETIME),
            (Some("From_Account"), None, code::C2C_FROM_ACCOUNT),
            (Some("Tags"), Some("too_many_items"), 90032),
            (Some("TagsAnd"), Some("too_many_items"), 90032),
            (Some("TagsOr"), Some("too_many_items"), 90032),
            (None, Some("too_many_items"), 90018),
            (Some("To_Account"), None, code::C2C_JSON_PARSE),
            (None, Some("too_long"), 90020),
            (None, Some("empty_string"), 90040),
        ],
    };
    match service {
        Service::Group => &GROUP,
        Service::Account => &PUBLIC,
        Service::OpenIm => &OPENIM,
        Service::Profile => &PROFILE,
        Service::Sns => &SNS,
        Service::OpenConfig => &CONFIG,
        Service::OpenMsg => &MSG,
        Service::GroupAttr => &GROUP,
        Service::RecentContact => &CONTACTS,
        Service::ConfigSvc => &PUBLIC,
        Service::AllMemberPush => &PUSH,
        Service::ImCosMsg => &MSG,
        Service::OpenimRobotHttpSvc => &ROBOT,
        Service::Follow => &SNS,
        Service::MillionGroupOpenHttpSvc => &GROUP,
        Service::GroupOpenAvchatroomHttpSvc => &GROUP,
        Service::OpenimMsgExtHttpSvc => &PUBLIC,
        Service::UserSearch => &PUBLIC,
        Service::GroupSearch => &PUBLIC,
        Service::GroupMemberSearch => &PUBLIC,
        Service::ImMsgAudit => &PUBLIC,
        Service::ImMsgAuditMgr => &PUBLIC,
        Service::Timpush => &PUSH,
        Service::OfficialAccountOpenHttpSvc => &OFFICIAL,
    }
}

/// The code a service answers for a parameter that breaks a rule (the public 70402 for a
/// service tcim does not have yet): what a new handler passes to `typed`.
pub fn service_codes_invalid(service: &str) -> u32 {
    Service::from_name(service).map_or(code::INVALID_ACCOUNT_PARAM, |s| service_codes(s).invalid)
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
