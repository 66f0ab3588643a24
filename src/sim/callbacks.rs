//! Third-party callbacks (groups-messages-callbacks.md part B): what the service would POST
//! to the app's callback URL, fired by the actions that fire them. The simulator decides
//! what fires, with which body, and applies a Before-callback's verdict; the JS layer
//! delivers them (to a handler or over HTTP), signs and logs them.
//!
//! A Before-callback is asked in two steps, so that wasm never waits: the first step stops
//! before anything changes and hands out the callback (`Simulator::asking`); the caller gets
//! the app's reply and calls again with it (`Simulator::call_step` with a verdict), and the
//! handler then runs to the end with that verdict.

use super::{Fail, Simulator};
use crate::protocol::errors::code;
use std::ops::RangeInclusive;
use serde::Serialize;
use serde_json::{json, Value};

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
    #[ts(type = "(callback: { command: string; query: Record<string, string>; body: Record<string, unknown> }) => unknown", optional)]
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

/// Every callback tcim fires, with the documented sample body (CN 1522 ff., part B of the
/// reference): `COMMANDS` (what `commands` may name) and, outside the wasm, `SAMPLES` (what
/// `tcim trigger` posts; the JS gets them generated, so the wasm carries no sample).
macro_rules! commands {
    ($($name:literal => $sample:literal,)*) => {
        pub const COMMANDS: &[&str] = &[$($name),*];
        #[cfg(not(target_arch = "wasm32"))]
        pub const SAMPLES: &[(&str, &str)] = &[$(($name, $sample)),*];
    };
}

commands! {
    "C2C.CallbackBeforeSendMsg" => r#"{"CallbackCommand":"C2C.CallbackBeforeSendMsg","From_Account":"jared","To_Account":"Jonh","MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,"MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data"}"#,
    "C2C.CallbackAfterSendMsg" => r#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"jared","To_Account":"Jonh","MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,"MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":1,"SendMsgResult":0,"ErrorInfo":"send msg succeed","UnreadMsgNum":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data"}"#,
    "C2C.CallbackAfterMsgReport" => r#"{"CallbackCommand":"C2C.CallbackAfterMsgReport","Report_Account":"jared","Peer_Account":"Jonh","LastReadTime":1614754606,"UnreadMsgNum":7}"#,
    "C2C.CallbackAfterMsgReadReceipt" => r#"{"CallbackCommand":"C2C.CallbackAfterMsgReadReceipt","Operator_Account":"jared","Peer_Account":"Jonh","C2CMsgInfo":[{"From_Account":"Jonh","To_Account":"jared","MsgKey":"33973751_24064952_1769139583"}],"EventTime":1769139587754}"#,
    "C2C.CallbackAfterMsgWithDraw" => r#"{"CallbackCommand":"C2C.CallbackAfterMsgWithDraw","From_Account":"jared","To_Account":"Jonh","MsgKey":"48374_2837546_1557481126","UnreadMsgNum":7,"EventTime":1670574414123}"#,
    "Group.CallbackBeforeSendMsg" => r#"{"CallbackCommand":"Group.CallbackBeforeSendMsg","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#,
    "Group.CallbackSendMsgException" => r#"{"CallbackCommand":"Group.CallbackSendMsgException","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"OnlineOnlyFlag":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","ErrorCode":10023,"ErrorInfo":"msg count exceeds limit,please retry later","EventTime":1670574414123}"#,
    "Group.CallbackAfterSendMsg" => r#"{"CallbackCommand":"Group.CallbackAfterSendMsg","GroupId":"@TGS#2J4SZEAEL","Type":"Public","From_Account":"jared","Operator_Account":"admin","Random":123456,"MsgSeq":123,"MsgTime":1490686222,"OnlineOnlyFlag":0,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"red packet"}}],"CloudCustomData":"your cloud custom data","EventTime":1670574414123}"#,
    "Group.CallbackAfterReadReceipt" => r#"{"CallbackCommand":"Group.CallbackAfterReadReceipt","GroupId":"@TGS#2TTV7VSII","Type":"Public","GroupMsgReceiptList":[{"MsgSeq":1,"ReadNum":1,"UnreadNum":6,"ReadReceiptMembers":[{"Member_Account":"user0"}]}],"EventTime":1670574414123}"#,
    "Group.CallbackAfterRecallMsg" => r#"{"CallbackCommand":"Group.CallbackAfterRecallMsg","Operator_Account":"admin","Type":"Public","GroupId":"@TGS#2J4SZEAEL","MsgSeqList":[{"MsgSeq":130}],"EventTime":1670574414123}"#,
    "Group.CallbackBeforeCreateGroup" => r#"{"CallbackCommand":"Group.CallbackBeforeCreateGroup","Operator_Account":"leckie","Owner_Account":"leckie","Type":"Public","Name":"MyFirstGroup","CreateGroupNum":123,"MemberList":[{"Member_Account":"bob"},{"Member_Account":"peter"}],"EventTime":1670574414123}"#,
    "Group.CallbackAfterCreateGroup" => r#"{"CallbackCommand":"Group.CallbackAfterCreateGroup","GroupId":"@TGS#2J4SZEAEL","Operator_Account":"group_root","Owner_Account":"leckie","Type":"Public","Name":"MyFirstGroup","MemberList":[{"Member_Account":"bob"},{"Member_Account":"peter"}],"UserDefinedDataList":[{"Key":"UserDefined1","Value":"hello"}],"EventTime":1670574414123}"#,
    "Group.CallbackBeforeApplyJoinGroup" => r#"{"CallbackCommand":"Group.CallbackBeforeApplyJoinGroup","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Requestor_Account":"jared","EventTime":1670574414123}"#,
    "Group.CallbackBeforeInviteJoinGroup" => r#"{"CallbackCommand":"Group.CallbackBeforeInviteJoinGroup","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Operator_Account":"leckie","DestinationMembers":[{"Member_Account":"jared"},{"Member_Account":"leckie"}],"EventTime":1670574414123}"#,
    "Group.CallbackAfterNewMemberJoin" => r#"{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#2J4SZEAEL","Type":"Public","JoinType":"Apply","Operator_Account":"leckie","NewMemberList":[{"Member_Account":"jared"},{"Member_Account":"tommy"}],"EventTime":1670574414123}"#,
    "Group.CallbackAfterMemberExit" => r#"{"CallbackCommand":"Group.CallbackAfterMemberExit","GroupId":"@TGS#2J4SZEAEL","Type":"Public","ExitType":"Kicked","Operator_Account":"leckie","ExitMemberList":[{"Member_Account":"jared"}],"EventTime":1670574414123}"#,
    "Group.CallbackAfterGroupDestroyed" => r#"{"CallbackCommand":"Group.CallbackAfterGroupDestroyed","Operator_Account":"administrator","GroupId":"@TGS#2J4SZEAEL","Type":"Public","Owner_Account":"leckie","Name":"MyFirstGroup","MemberList":[{"Member_Account":"leckie"},{"Member_Account":"peter"}],"EventTime":1670574414123}"#,
    "Sns.CallbackFriendAdd" => r#"{"CallbackCommand":"Sns.CallbackFriendAdd","PairList":[{"From_Account":"id","To_Account":"id1","Initiator_Account":"id"}],"ClientCmd":"friend_add","Admin_Account":"","ForceFlag":1}"#,
    "Sns.CallbackFriendDelete" => r#"{"CallbackCommand":"Sns.CallbackFriendDelete","PairList":[{"From_Account":"id","To_Account":"id1"},{"From_Account":"id","To_Account":"id2"}]}"#,
    "State.StateChange" => r#"{"CallbackCommand":"State.StateChange","EventTime":1629883332497,"Info":{"Action":"Login","To_Account":"testuser316","Reason":"Register"},"KickedDevice":[{"Platform":"Windows"},{"Platform":"Android"}]}"#,
}

/// At most this many fired callbacks wait for the JS layer to take them; past it the oldest
/// are dropped and counted.
const OUTBOX: usize = 10_000;

/// A refused message when the Before-callback failed and the app refuses then.
const BEFORE_FAILED: u32 = 80_003;

/// How the service reads the app's reply to one Before-callback (part B0 and each
/// callback's page): `ErrorCode` 0 allows, 1 refuses with `refused`, a code in `custom`
/// refuses with that code and the reply's `ErrorInfo`.
pub(crate) struct Before {
    pub command: &'static str,
    refused: u32,
    custom: RangeInclusive<u32>,
    /// Messages only: `ErrorCode` 2 drops the action silently.
    drops: bool,
    /// Messages only: the console's timeout policy (deliver or 80003) is about messages
    /// (CN 1671); any other Before-callback that fails lets its action go on.
    policy: bool,
}

/// The two message Before-callbacks take 120001–130000 for their own refusals (CN 1632;
/// one range for both, docs/decisions.md).
pub(crate) const MESSAGE_CODES: RangeInclusive<u32> = 120_001..=130_000;
/// The group Before-callbacks of creating and joining take 10100–10200 (CN 1662, 1666, EN 34370).
const GROUP_CODES: RangeInclusive<u32> = 10_100..=10_200;

pub(crate) const C2C_BEFORE_SEND: Before = Before { command: "C2C.CallbackBeforeSendMsg", refused: code::C2C_CALLBACK_REFUSED, custom: MESSAGE_CODES, drops: true, policy: true };
pub(crate) const GROUP_BEFORE_SEND: Before = Before { command: "Group.CallbackBeforeSendMsg", refused: code::CALLBACK_REFUSED, custom: MESSAGE_CODES, drops: true, policy: true };
pub(crate) const BEFORE_CREATE_GROUP: Before = Before { command: "Group.CallbackBeforeCreateGroup", refused: code::CALLBACK_REFUSED, custom: GROUP_CODES, drops: false, policy: false };
pub(crate) const BEFORE_INVITE: Before = Before { command: "Group.CallbackBeforeInviteJoinGroup", refused: code::CALLBACK_REFUSED, custom: GROUP_CODES, drops: false, policy: false };
pub(crate) const BEFORE_APPLY: Before = Before { command: "Group.CallbackBeforeApplyJoinGroup", refused: code::CALLBACK_REFUSED, custom: GROUP_CODES, drops: false, policy: false };

/// What a Before-callback decided.
pub enum Gate {
    /// Go on, with the app's reply when it answered (it may rewrite the message or refuse
    /// some of the members: `Gate::msg_body` and friends read it).
    Allow(Option<Value>),
    /// The sender sees success; nothing is stored and no After-callback fires.
    Drop,
}

impl Gate {
    fn reply_field(&self, key: &str) -> Option<&Value> {
        match self {
            Gate::Allow(Some(reply)) => reply.get(key),
            _ => None,
        }
    }

    /// The replacement `MsgBody` (an array: the gate has checked).
    pub fn msg_body(&self) -> Option<Value> {
        self.reply_field("MsgBody").cloned()
    }

    /// The replacement `CloudCustomData`.
    pub fn cloud_custom_data(&self) -> Option<String> {
        self.reply_field("CloudCustomData").and_then(Value::as_str).map(str::to_owned)
    }

    /// `RefusedMembers_Account`: the members the app keeps out of an invitation.
    pub fn refused_members(&self) -> Vec<String> {
        let list = self.reply_field("RefusedMembers_Account").and_then(Value::as_array);
        list.into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
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
    /// Before-callback it may ask: its result, or the Before-callback it stopped for (with
    /// nothing changed). A resumed step does not count again toward the rate limit.
    pub(crate) fn with_verdict<T>(&mut self, verdict: Option<Verdict>, run: impl FnOnce(&mut Self) -> T) -> Result<T, Fired> {
        self.resuming = verdict.is_some();
        self.verdict = verdict;
        self.asking = None;
        let out = run(self);
        self.resuming = false;
        self.verdict = None;
        match self.asking.take() {
            Some(before) => Err(before),
            None => Ok(out),
        }
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

    /// `Some(command)` when the app has it switched on: callers build a body only then (the
    /// hot paths pay nothing for callbacks an app does not have).
    pub(crate) fn on(&self, command: &'static str) -> Option<&'static str> {
        self.callback_on(command).then_some(command)
    }

    /// Fires an After-callback (when switched on) from a REST call.
    pub(crate) fn fire(&mut self, command: &'static str, body: Value) {
        self.fire_from(command, "RESTAPI", body);
    }

    /// Fires an After-callback from a client on `platform`.
    pub(crate) fn fire_from(&mut self, command: &'static str, platform: &str, mut body: Value) {
        if !self.callback_on(command) {
            return;
        }
        with_command(command, &mut body);
        if self.outbox.len() >= OUTBOX {
            self.outbox.remove(0);
            self.outbox_dropped += 1;
        }
        self.outbox.push(Fired { command, platform: platform.to_owned(), body });
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

    /// A Before-callback's gate. Not switched on (or `skip`): allow. No verdict yet: the
    /// callback is handed out (`asking`) and the call stops before changing anything. With
    /// the app's verdict: allow (maybe rewritten), drop, or refuse with the rule's code (1),
    /// the reply's own code or, when the callback failed and the app refuses messages then,
    /// 80003.
    pub(crate) fn gate(&mut self, rule: &Before, skip: bool, platform: &str, body: impl FnOnce(&Self) -> Value) -> Result<Gate, Fail> {
        let command = rule.command;
        // A verdict given counts even with the callback off: a journal replays the app's
        // answers with callbacks off, so that nothing fires twice.
        if skip || (!self.callback_on(command) && self.verdict.is_none()) {
            return Ok(Gate::Allow(None));
        }
        let Some(verdict) = self.verdict.take() else {
            let mut b = body(self);
            with_command(command, &mut b);
            self.asking = Some(Fired { command, platform: platform.to_owned(), body: b });
            return Err(Fail { code: 0, info: String::new() });
        };
        let failed = |why: &str, sim: &Self| match sim.options.callbacks.as_ref().and_then(|c| c.on_failure.as_deref()) {
            Some("refuse") if rule.policy => Err(Fail { code: BEFORE_FAILED, info: format!("{command} failed ({why}) and the app refuses messages then") }),
            _ => Ok(Gate::Allow(None)),
        };
        let reply = match verdict {
            Verdict::Failed(why) => return failed(&why, self),
            Verdict::Reply(reply) => reply,
        };
        let code = reply.get("ErrorCode").and_then(Value::as_u64);
        let info = reply.get("ErrorInfo").and_then(Value::as_str).unwrap_or_default();
        match code.map(|c| u32::try_from(c).unwrap_or(u32::MAX)) {
            Some(0) => {
                if rule.drops && reply.get("MsgBody").is_some_and(|b| !b.is_array()) {
                    return failed("its MsgBody is not an array", self);
                }
                Ok(Gate::Allow(Some(reply)))
            }
            Some(1) => Err(Fail { code: rule.refused, info: format!("refused by the app's {command}") }),
            Some(2) if rule.drops => Ok(Gate::Drop),
            Some(c) if rule.custom.contains(&c) => Err(Fail { code: c, info: info.to_owned() }),
            _ => {
                let codes = if rule.drops { "0, 1, 2" } else { "0, 1" };
                failed(&format!("its reply has no ErrorCode {codes} or {}-{}", rule.custom.start(), rule.custom.end()), self)
            }
        }
    }
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

/// Every body starts with its command.
fn with_command(command: &str, body: &mut Value) {
    if let Value::Object(map) = body {
        let mut with = serde_json::Map::new();
        with.insert("CallbackCommand".into(), Value::from(command));
        with.append(map);
        *map = with;
    }
}

/// Sets `key` of a callback body (an object; anything else is left alone).
pub(crate) fn put(body: &mut Value, key: &str, value: Value) {
    if let Value::Object(map) = body {
        map.insert(key.to_owned(), value);
    }
}

/// `[{ "Member_Account": … }]`.
pub(crate) fn member_list<'a>(accounts: impl IntoIterator<Item = &'a str>) -> Value {
    Value::Array(accounts.into_iter().map(|a| json!({ "Member_Account": a })).collect())
}
