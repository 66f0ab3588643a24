//! Third-party callbacks (groups-messages-callbacks.md part B): what the service would POST
//! to the app's callback URL, fired by the actions that fire them. The simulator decides
//! what fires, with which body, and applies a Before-callback's verdict; the JS layer
//! delivers them (to a handler or over HTTP), signs and logs them.
//!
//! Each callback is one statement in its area's file (`statement.rs` says what a statement
//! gives); this module keeps the console's settings, the outbox and the Before-callbacks'
//! gate.
//!
//! A Before-callback is asked in two steps, so that wasm never waits: the first step stops
//! before anything changes and hands out the callback (`Stop::Ask`); the caller gets
//! the app's reply and calls again with it (`Simulator::call_step` with a verdict), and the
//! handler then runs to the end with that verdict.

use super::{fail, Simulator, Stop};
use crate::protocol::errors::code;
use std::ops::RangeInclusive;
use serde::Serialize;
use serde_json::Value;

/// `Options.callbacks`: the console's callback settings. The URL, token and timeout are the
/// delivering layer's (JS); the simulator reads which commands are on and the failure policy.
#[derive(Debug, Clone, PartialEq, Default, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename = "CallbackOptions")]
pub struct CallbackOptions {
    /// Where callbacks are POSTed (`tcim serve`, `callAsync`); without a URL they go to the
    /// handler given to `onCallback`.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The console's callback token: adds `Sign` and `RequestTime` to the query. Never
    /// snapshotted (like `secretKey`).
    #[serde(skip_serializing)]
    #[ts(optional)]
    pub token: Option<String>,
    /// `"all"` (the default) or the `CallbackCommand`s switched on.
    #[ts(type = "\"all\" | string[]", optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commands: Option<Value>,
    /// How long a Before-callback may take, default 2000 (the documented 2 s).
    #[ts(as = "Option<f64>", optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_ms: Option<u64>,
    /// What a Before-callback that times out, cannot be reached or answers nonsense does:
    /// `"deliver"` the message anyway (default) or `"refuse"` it with 80003.
    #[ts(type = "\"deliver\" | \"refuse\"", optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_failure: Option<String>,
    /// How many After-callbacks may wait for HTTP delivery, default 10000; past it new ones
    /// are dropped (and counted, and logged).
    #[ts(as = "Option<f64>", optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_max: Option<u64>,
    /// (JS only: the function `onCallback` takes; it never reaches the simulator.)
    #[serde(skip)]
    #[ts(type = "(callback: FiredCallback) => unknown", optional)]
    pub handler: Option<()>,
}

/// One fired callback: its command, the query parameters the service adds (but `ClientIP`,
/// which the delivering layer knows) and the JSON body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fired {
    pub command: &'static str,
    /// `OptPlatform`: `RESTAPI` for REST calls, the client's platform for client actions.
    pub platform: String,
    pub body: Value,
}

pub mod alert;
pub mod bot;
pub mod c2c;
pub mod content;
pub mod follow;
pub mod group;
pub mod live;
pub mod official;
pub mod profile;
pub mod reply;
pub mod sns;
pub mod state;
pub mod statement;
pub mod topic;

pub use statement::{BeforeBody, Body};
use reply::BeforeCallbackReply;

/// Lists the callbacks tcim fires, in the order the reference pages them: `COMMANDS` (what
/// `commands` may name) and, outside the wasm, `SAMPLES` (what `tcim trigger` posts; the JS
/// gets them generated, so the wasm carries no sample), `CALLBACKS` (what the generators
/// read) and `DOCS_ZH` (the meanings in Chinese). Adding a callback is its statement in its
/// area's file plus its name here.
macro_rules! registry {
    ($($area:ident::$ty:ident),* $(,)?) => {
        pub const COMMANDS: &[&str] = &[$(<$area::$ty as Body>::COMMAND),*];
        /// Each command's body table.
        const BODIES: &[(&str, &crate::vocab::rules::Obj)] = &[$((<$area::$ty as Body>::COMMAND, <$area::$ty as Body>::TABLE)),*];
        #[cfg(not(target_arch = "wasm32"))]
        pub const CALLBACKS: &[&statement::Statement] = &[$(&$area::$ty::STATEMENT),*];
        #[cfg(not(target_arch = "wasm32"))]
        pub const SAMPLES: &[(&str, &str)] = &[$(($area::$ty::STATEMENT.command, $area::$ty::STATEMENT.sample)),*];
    };
}

registry! {
    c2c::C2cBeforeSendMsg,
    c2c::C2cAfterSendMsg,
    c2c::C2cAfterMsgReport,
    c2c::C2cAfterMsgReadReceipt,
    c2c::C2cAfterMsgWithDraw,
    c2c::C2cAfterMsgExtension,
    group::GroupBeforeSendMsg,
    group::GroupSendMsgException,
    group::GroupAfterSendMsg,
    group::GroupAfterReadReceipt,
    group::GroupAfterRecallMsg,
    group::GroupBeforeCreateGroup,
    group::GroupAfterCreateGroup,
    group::GroupBeforeApplyJoinGroup,
    group::GroupBeforeInviteJoinGroup,
    group::GroupAfterNewMemberJoin,
    group::GroupAfterMemberExit,
    group::GroupAfterGroupDestroyed,
    group::GroupAfterGroupInfoChanged,
    group::GroupAfterGroupFull,
    group::GroupAfterChangeGroupOwner,
    group::GroupAfterMemberFieldChanged,
    group::GroupAfterGroupAttrChanged,
    group::GroupAfterMsgExtension,
    sns::SnsFriendAdd,
    sns::SnsFriendDelete,
    sns::SnsBlackListAdd,
    sns::SnsBlackListDelete,
    profile::ProfilePortraitSet,
    state::StateChange,
    alert::AlertRequestOverLimit,
    bot::BotOnC2cMessage,
    bot::BotOnGroupMessage,
    follow::FollowAfterFollowAdd,
    follow::FollowAfterFollowDelete,
    live::GroupOnMemberStateChange,
    topic::GroupBeforeCreateTopic,
    topic::GroupAfterCreateTopic,
    topic::GroupAfterTopicDestroyed,
    topic::GroupAfterTopicInfoChanged,
    content::ContentResultNotify,
    official::OfficialAccountBeforeCreate,
    official::OfficialAccountAfterCreate,
    official::OfficialAccountAfterInfoChanged,
    official::OfficialAccountAfterDestroyed,
    official::OfficialAccountBeforeAddSubscriber,
    official::OfficialAccountAfterAddSubscriber,
    official::OfficialAccountAfterFull,
    official::OfficialAccountAfterDeleteSubscriber,
    official::OfficialAccountBeforeSendMsg,
    official::OfficialAccountAfterSendMsg,
    official::OfficialAccountAfterMsgWithdraw,
}

/// The statement of a command.
#[cfg(not(target_arch = "wasm32"))]
pub fn statement(command: &str) -> Option<&'static statement::Statement> {
    CALLBACKS.iter().copied().find(|s| s.command == command)
}

/// What is wrong with a fired body, checked against its command's table as `validate`
/// checks a request: a missing or unknown field, a value of the wrong type (for tests: every
/// body the simulator fires must be the body it declares).
pub fn check_body(command: &str, body: &Value) -> Vec<crate::vocab::Diagnostic> {
    let Some((_, table)) = BODIES.iter().find(|(c, _)| *c == command) else {
        return vec![crate::vocab::Diagnostic::error("", "unknown_callback", format!("{command} is not a callback tcim declares"))];
    };
    let text = body.to_string();
    let Ok(node) = crate::vocab::Node::parse(&text) else {
        return vec![crate::vocab::Diagnostic::error("", "invalid_json", "not JSON".to_owned())];
    };
    let mut checker = crate::vocab::Checker::new();
    checker.check_root(&node, table);
    checker.finish()
}
/// At most this many fired callbacks wait for the JS layer to take them; past it the oldest
/// are dropped and counted.
const OUTBOX: usize = 10_000;

/// A refused message when the Before-callback failed and the app refuses then.
const BEFORE_FAILED: u32 = 80_003;

/// How the service reads the app's reply to one Before-callback (part B0 and each
/// callback's page): `ErrorCode` 0 allows, 1 refuses with `refused`, a code in `custom`
/// refuses with that code and the reply's `ErrorInfo`.
#[derive(Debug)]
pub struct Before {
    pub refused: u32,
    pub custom: RangeInclusive<u32>,
    /// Messages only: `ErrorCode` 2 drops the action silently.
    pub drops: bool,
    /// Messages only: the console's timeout policy (deliver or 80003) is about messages
    /// (CN 1671); any other Before-callback that fails lets its action go on.
    pub policy: bool,
}

/// The two message Before-callbacks take 120001–130000 for their own refusals (CN 1632;
/// one range for both, docs/decisions.md).
pub(crate) const MESSAGE_CODES: RangeInclusive<u32> = 120_001..=130_000;
/// The group Before-callbacks of creating and joining take 10100–10200 (CN 1662, 1666, EN 34370).
const GROUP_CODES: RangeInclusive<u32> = 10_100..=10_200;

/// The rules of the message Before-callbacks: `refused` is the service's code for "the app said 1".
pub(crate) const fn message_rule(refused: u32) -> Before {
    Before { refused, custom: MESSAGE_CODES, drops: true, policy: true }
}
/// The rules of the Before-callbacks of creating and joining groups.
pub(crate) const GROUP_RULE: Before = Before { refused: code::CALLBACK_REFUSED, custom: GROUP_CODES, drops: false, policy: false };
/// What a Before-callback decided.
pub enum Gate {
    /// Go on, with the app's reply when it answered (it may rewrite the message or refuse
    /// some of the members: `Gate::msg_body` and friends read it).
    Allow(Option<BeforeCallbackReply>),
    /// The sender sees success; nothing is stored and no After-callback fires.
    Drop,
}

impl Gate {
    fn reply(&self) -> Option<&BeforeCallbackReply> {
        match self {
            Gate::Allow(reply) => reply.as_ref(),
            Gate::Drop => None,
        }
    }

    /// The replacement `MsgBody` (an array: the gate has checked).
    pub fn msg_body(&self) -> Option<Value> {
        self.reply()?.msg_body.clone()
    }

    /// The replacement `CloudCustomData`.
    pub fn cloud_custom_data(&self) -> Option<String> {
        self.reply()?.cloud_custom_data.clone()
    }

    /// `RefusedMembers_Account`: the members the app keeps out of an invitation.
    pub fn refused_members(&self) -> Vec<String> {
        self.reply().and_then(|r| r.refused_members_account.clone()).unwrap_or_default()
    }
}

impl CallbackOptions {
    /// What the console would refuse: a command tcim does not fire, a policy that is neither
    /// deliver nor refuse.
    pub fn check(&self) -> Result<(), String> {
        match &self.commands {
            None => {}
            Some(Value::String(all)) if all == "all" => {}
            Some(Value::Array(list)) => {
                for c in list {
                    let name = c.as_str().unwrap_or_default();
                    if !COMMANDS.contains(&name) {
                        return Err(format!("callbacks.commands: {c} is not a callback tcim fires (one of {})", COMMANDS.join(", ")));
                    }
                }
            }
            Some(other) => return Err(format!("callbacks.commands must be \"all\" or a list of CallbackCommand names, got {other}")),
        }
        match self.on_failure.as_deref() {
            None | Some("deliver" | "refuse") => Ok(()),
            Some(other) => Err(format!("callbacks.onFailure must be \"deliver\" or \"refuse\", got \"{other}\"")),
        }
    }
}

impl Simulator {
    /// Runs one step of a call or client action with the app's `verdict` on the
    /// Before-callback it may ask: its outcome, or the Before-callback it stopped for (with
    /// nothing changed). A resumed step does not count again toward the rate limit.
    pub(crate) fn with_verdict<T, E>(&mut self, verdict: Option<Verdict>, run: impl FnOnce(&mut Self) -> Result<T, Stop<E>>) -> Result<Result<T, E>, Fired> {
        self.resuming = verdict.is_some();
        self.verdict = verdict;
        let out = run(self);
        self.resuming = false;
        self.verdict = None;
        Stop::settle(out)
    }

    /// Whether the app has this callback switched on.
    pub(crate) fn callback_on(&self, command: &str) -> bool {
        let Some(c) = &self.options.callbacks else { return false };
        match &c.commands {
            None => true,
            Some(Value::String(all)) => all == "all",
            Some(Value::Array(list)) => list.iter().any(|x| x.as_str() == Some(command)),
            Some(_) => false,
        }
    }

    /// Whether the app has callback `B` switched on: callers build a body only then (the
    /// hot paths pay nothing for callbacks an app does not have).
    pub(crate) fn wants<B: Body>(&self) -> bool {
        self.callback_on(B::COMMAND)
    }

    /// Fires an After-callback (when switched on) from a REST call.
    pub(crate) fn fire<B: Body>(&mut self, body: &B) {
        self.fire_from("RESTAPI", body);
    }

    /// Fires an After-callback from a client on `platform`.
    pub(crate) fn fire_from<B: Body>(&mut self, platform: &str, body: &B) {
        if !self.wants::<B>() {
            return;
        }
        if self.outbox.len() >= OUTBOX {
            self.outbox.remove(0);
            self.outbox_dropped += 1;
        }
        self.outbox.push(fired(platform, body));
    }

    /// The callbacks fired since the last call, oldest first, and how many were dropped
    /// because nobody took them.
    pub fn take_callbacks(&mut self) -> (Vec<Fired>, u64) {
        (std::mem::take(&mut self.outbox), std::mem::take(&mut self.outbox_dropped))
    }

    /// The event time callbacks carry, in milliseconds.
    pub(crate) fn event_time(&self) -> u64 {
        self.now().saturating_mul(1000)
    }

    /// Before-callback `B`'s gate. Not switched on (or `skip`): allow. No verdict yet: the
    /// call stops before changing anything (`Stop::Ask`) and hands out the callback. With
    /// the app's verdict: allow (maybe rewritten), drop, or refuse with the rule's code (1),
    /// the reply's own code or, when the callback failed and the app refuses messages then,
    /// 80003.
    pub(crate) fn gate<B: BeforeBody>(&mut self, skip: bool, platform: &str, body: impl FnOnce(&Self) -> B) -> Result<Gate, Stop> {
        let (command, rule) = (B::COMMAND, &B::RULE);
        // A verdict given counts even with the callback off: a journal replays the app's
        // answers with callbacks off, so that nothing fires twice.
        if skip || (!self.wants::<B>() && self.verdict.is_none()) {
            return Ok(Gate::Allow(None));
        }
        let Some(verdict) = self.verdict.take() else {
            return Err(Stop::Ask(Box::new(fired(platform, &body(self)))));
        };
        let failed = |why: &str, sim: &Self| match sim.options.callbacks.as_ref().and_then(|c| c.on_failure.as_deref()) {
            Some("refuse") if rule.policy => fail(BEFORE_FAILED, format!("{command} failed ({why}) and the app refuses messages then")),
            _ => Ok(Gate::Allow(None)),
        };
        let reply = match verdict {
            Verdict::Failed(why) => return failed(&why, self),
            Verdict::Reply(reply) => reply,
        };
        let reply = BeforeCallbackReply::read_loose(&reply);
        let info = reply.error_info.clone().unwrap_or_default();
        match reply.error_code {
            Some(0) => {
                if rule.drops && reply.msg_body.as_ref().is_some_and(|b| !b.is_array()) {
                    return failed("its MsgBody is not an array", self);
                }
                Ok(Gate::Allow(Some(reply)))
            }
            Some(1) => fail(rule.refused, format!("refused by the app's {command}")),
            Some(2) if rule.drops => Ok(Gate::Drop),
            Some(c) if rule.custom.contains(&c) => fail(c, info),
            _ => {
                let codes = if rule.drops { "0, 1, 2" } else { "0, 1" };
                failed(&format!("its reply has no ErrorCode {codes} or {}-{}", rule.custom.start(), rule.custom.end()), self)
            }
        }
    }
}

/// A fired callback: its body, with `CallbackCommand` (as every body has it) among its
/// members. (A `Value` writes its members sorted by name, as the service's bodies have
/// always come out of tcim.)
fn fired<B: Body>(platform: &str, body: &B) -> Fired {
    let mut value = serde_json::to_value(body).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("CallbackCommand".into(), Value::from(B::COMMAND));
    }
    Fired { command: B::COMMAND, platform: platform.to_owned(), body: value }
}

/// The app's answer to a Before-callback, as the delivering layer hands it back.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The reply's JSON body.
    Reply(Value),
    /// It timed out, could not be reached or did not answer JSON: why.
    Failed(String),
}

impl Verdict {
    /// `{"reply": {...}}` or `{"failed": "why"}`.
    pub fn from_json(text: &str) -> Result<Verdict, String> {
        let v: Value = serde_json::from_str(text).map_err(|e| format!("invalid verdict: {e}"))?;
        if let Some(reply) = v.get("reply") {
            return Ok(Verdict::Reply(reply.clone()));
        }
        match v.get("failed") {
            Some(why) => Ok(Verdict::Failed(why.as_str().unwrap_or("failed").to_owned())),
            None => Err("invalid verdict: expected {\"reply\": {...}} or {\"failed\": \"why\"}".into()),
        }
    }
}
