//! What client SDKs do that the REST API cannot: a member reading a group up to a seq, a
//! user reading a conversation, joining and leaving. Kept apart from the REST surface; tests
//! and the playground use them to make state move. Also `inspect()`.

use super::state::{keys_in_order, map_of, sort_by_order, Account, Group, GroupMsg, Member, Pin, Role, Topic};
use crate::api::openim::query_online_status::PLATFORMS;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use super::callbacks::group::GroupBeforeApplyJoinGroup;
use super::callbacks::Verdict;
use super::group::Change;
use crate::api::group_open_http_svc::send_group_msg::{GroupAtInfo, SendGroupMsg};
use super::{Simulator, Step, Stop};

/// Declares the client actions once: the members an action may have, each with its JSON
/// name, then each action with the members it needs and, after `;`, those it may have. From
/// it come `ClientAction` (its serde attributes name the TypeScript; a test holds serde's
/// names to the members'), the strict reader of `{"action": …, …}` (`ActionFields`: not
/// serde, whose internally tagged enums buffer through `Content`, ~10 KB of wasm for this one
/// enum) and each action's checks (a member it does not take is refused). An action's field
/// has its member's type, or the reader does not compile.
macro_rules! client_actions {
    (
        members { $($member:ident: $mty:ty = $mname:literal),* $(,)? }
        $(
            $(#[$vattr:meta])*
            $variant:ident = $vname:literal { $($(#[$rattr:meta])* $req:ident: $rty:ty),* ; $($(#[$oattr:meta])* $opt:ident: $oty:ty),* }
        )*
    ) => {
        /// A client action as JS writes it: `{ "action": "readGroup", "groupId": …, … }`; a
        /// member the action does not take is refused.
        #[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
        #[serde(tag = "action", rename_all_fields = "camelCase", deny_unknown_fields)]
        pub enum ClientAction {
            $(
                $(#[$vattr])*
                #[serde(rename = $vname)]
                $variant {
                    $($(#[$rattr])* $req: $rty,)*
                    $($(#[$oattr])* #[serde(default)] #[ts(optional)] $opt: Option<$oty>,)*
                },
            )*
        }

        /// Every member a client action may have.
        #[derive(Default)]
        struct ActionFields {
            action: String,
            $($member: Option<$mty>,)*
        }
        $crate::read::reads!(strict ActionFields { action: "action", $($member: $mname),* });

        /// The members' JSON names.
        #[allow(non_upper_case_globals)]
        mod member {
            $(pub const $member: &str = $mname;)*
        }

        /// Each action and its members: required, then optional.
        const ACTIONS: &[(&str, &[&str], &[&str])] = &[$(($vname, &[$(member::$req),*], &[$(member::$opt),*])),*];

        impl ActionFields {
            /// Which members are there.
            fn present(&self) -> impl Iterator<Item = (&'static str, bool)> {
                [$((member::$member, self.$member.is_some())),*].into_iter()
            }

            /// The action these members make (once `checked`).
            fn build(self) -> Option<ClientAction> {
                match self.action.as_str() {
                    $($vname => Some(ClientAction::$variant { $($req: self.$req.unwrap_or_default(),)* $($opt: self.$opt,)* }),)*
                    _ => None,
                }
            }
        }
    };
}

client_actions! {
    members {
        group_id: String = "groupId",
        account: String = "account",
        seq: u64 = "seq",
        reader: String = "reader",
        peer: String = "peer",
        time: u64 = "time",
        platform: String = "platform",
        user_sig: String = "userSig",
        conversation_id: String = "conversationId",
        pinned: bool = "pinned",
        topic_id: String = "topicId",
        text: String = "text",
        at_all: bool = "atAll",
        member: String = "member",
        seconds: u64 = "seconds",
    }
    /// A member's client reports it has read the group up to `seq` (cumulative); with
    /// `topicId`, the Community topic up to the topic's `seq`.
    ReadGroup = "readGroup" { group_id: String, account: String, seq: u64; topic_id: String }
    /// `reader`'s client reads the conversation with `peer` up to `time` (default now).
    ReadC2c = "readC2c" { reader: String, peer: String; time: u64 }
    /// A user joins through the client SDK (the only way into an AVChatRoom).
    JoinGroup = "joinGroup" { group_id: String, account: String; }
    /// A member leaves the group.
    QuitGroup = "quitGroup" { group_id: String, account: String; }
    /// `account` logs in on `platform` (iPhone, Android, Web, PC, iPad or Mac) and is
    /// `Online` there. With `userSig`, the ticket must be the account's, unexpired, and issued
    /// no earlier than its last kick (checked against `secretKey` when the simulator has one).
    Login = "login" { account: String, platform: String; user_sig: String }
    /// The app on `platform` goes to the background or is killed: still gets offline pushes
    /// (`PushOnline`).
    Background = "background" { account: String, platform: String; }
    /// `account` logs out on `platform` (absent: everywhere).
    Logout = "logout" { account: String; platform: String }
    /// `account` pins (or, with `pinned: false`, unpins) a conversation: `conversationId` is
    /// the SDK's `c2c_<UserID>` or `group_<GroupID>`.
    PinConversation = "pinConversation" { account: String, conversation_id: String; /** Default true. */ pinned: bool }
    /// A member's client sends a text message to the group, or with `topicId` to the
    /// Community topic; `atAll` mentions everyone. Where the Community makes permission
    /// groups the basis (`EnablePermission: 1`) the member needs a send permission, and the
    /// @all one for `atAll` (decisions.md).
    SendGroupMsg = "sendGroupMsg" { group_id: String, account: String, text: String; topic_id: String, at_all: bool }
    /// `account`'s client mutes `member` for `seconds` (0 unmutes) in the group, or with
    /// `topicId` in that Community topic only: the owner may, admins (a live group's too) may
    /// mute members; where permission groups are the basis, the mute permission decides.
    MuteGroupMember = "muteGroupMember" { group_id: String, account: String, member: String, seconds: u64; topic_id: String }
    /// `account`'s client recalls message `seq` of the group, or with `topicId` of that
    /// Community topic, within two minutes of its sending: its own, or another's as the owner,
    /// an admin (members' messages) or, where permission groups are the basis, with the recall
    /// permission.
    RecallGroupMsg = "recallGroupMsg" { group_id: String, account: String, seq: u64; topic_id: String }
    /// `account`'s client removes `member` from the group: the owner may, admins may remove
    /// members (not in Work groups, never in live groups); where permission groups are the
    /// basis, the manage-members permission decides.
    KickGroupMember = "kickGroupMember" { group_id: String, account: String, member: String; }
}

/// A refusal as a client action's error: its reason and code.
fn coded(f: super::Fail) -> String {
    format!("{} ({})", f.info, f.code)
}

/// A login platform (query_online_status's names) as State.StateChange's `OptPlatform`
/// writes it (upper-case `IOS` there only, CN 2570).
fn state_platform(platform: &str) -> &'static str {
    match platform {
        "iPhone" => "IOS",
        "Android" => "Android",
        "Web" => "Web",
        "PC" => "Windows",
        "iPad" => "iPad",
        "Mac" => "Mac",
        _ => "Unknown",
    }
}

/// A client action from its JSON (`{"action": "readGroup", ...}`), or why it is none.
fn action_from_json(text: &str) -> Result<ClientAction, String> {
    let fields = match text.trim_start().starts_with('{') {
        true => crate::read::read_or_why::<ActionFields>(text),
        false => Err("it is a JSON object like {\"action\": \"readGroup\", ...}".to_owned()),
    };
    fields.and_then(ActionFields::action).map_err(|e| format!("invalid client action: {e}"))
}

impl ActionFields {
    /// The action these members make: each required member present, no member another
    /// action takes.
    fn action(self) -> Result<ClientAction, String> {
        let Some((name, required, optional)) = ACTIONS.iter().find(|(n, ..)| *n == self.action) else {
            let names: Vec<&str> = ACTIONS.iter().map(|(n, ..)| *n).collect();
            return Err(format!("unknown action \"{}\": expected one of {}", self.action, names.join(", ")));
        };
        for (member, there) in self.present() {
            if there && !required.contains(&member) && !optional.contains(&member) {
                return Err(format!("{name} takes no \"{member}\" (it takes {})", required.iter().chain(optional.iter()).copied().collect::<Vec<_>>().join(", ")));
            }
            if !there && required.contains(&member) {
                return Err(format!("{name} needs \"{member}\""));
            }
        }
        self.build().ok_or_else(|| format!("unknown action \"{name}\""))
    }
}

impl Simulator {
    /// Runs a client action given as JSON (`{"action": "readGroup", ...}`). Errors are
    /// plain sentences; a failed action changes nothing.
    pub fn client_json(&mut self, text: &str) -> Result<(), String> {
        self.client(action_from_json(text)?)
    }

    /// `client_json` in steps, as `call_step`: `Step::Answer` holds `null` when the action
    /// ran and the reason (a JSON string) when it did not.
    pub fn client_step(&mut self, text: &str, verdict: Option<Verdict>) -> Step {
        match self.with_verdict(verdict, |sim| action_from_json(text).map_err(Stop::Fail).and_then(|action| sim.client_once(action))) {
            Ok(Ok(())) => Step::Answer("null".into()),
            Ok(Err(why)) => Step::Answer(serde_json::to_string(&why).unwrap_or_else(|_| "\"failed\"".into())),
            Err(before) => Step::Before(before),
        }
    }

    /// Runs a client action. A Before-callback it asks has nobody to answer it here: it is
    /// fired (the outbox shows it) and counts as failed (`client_step` asks instead).
    pub fn client(&mut self, action: ClientAction) -> Result<(), String> {
        let before = match Stop::settle(self.client_once(action.clone())) {
            Ok(done) => return done,
            Err(before) => before,
        };
        self.outbox.push(before);
        let failed = Verdict::Failed("nobody answers Before-callbacks through client()".into());
        self.with_verdict(Some(failed), |sim| sim.client_once(action)).unwrap_or_else(|b| Err(format!("{} was asked twice", b.command)))
    }

    /// One step of a client action (only joining asks a Before-callback).
    fn client_once(&mut self, action: ClientAction) -> Result<(), Stop<String>> {
        match action {
            ClientAction::ReadGroup { group_id, account, seq, topic_id } => {
                let g = self.world.groups.get_mut(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                let log = super::topics::msg_log_mut(g, topic_id.as_deref()).map_err(|f| f.info)?;
                let current = log.read_seq(&account).ok_or_else(|| format!("\"{account}\" is not a member of \"{group_id}\""))?;
                log.set_read_seq(&account, current.max(seq));
                Ok(())
            }
            ClientAction::SendGroupMsg { group_id, account, text, topic_id, at_all } => {
                let g = self.world.groups.get(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                let at_all = at_all.unwrap_or(false);
                super::permission_groups::may_send(g, &account, topic_id.as_deref(), at_all).map_err(coded)?;
                // The client's Random comes from the seeded stream; a send that fails gives it
                // back (a failed action changes nothing).
                let rng = self.rng;
                let group_at_info = at_all.then(|| vec![GroupAtInfo { group_at_all_flag: Some(1), group_at_account: None }]);
                let req = SendGroupMsg { topic_id, group_at_info, ..SendGroupMsg::text(&group_id, (self.next_random() >> 32) as u32, &text).from(&account) };
                let origin = super::group::Origin { operator: account.clone(), platform: "Unknown" };
                let sent = super::group::deliver(self, &req, &origin);
                if sent.is_err() {
                    self.rng = rng;
                }
                match sent {
                    Ok(_) => Ok(()),
                    Err(Stop::Fail(f)) => Err(Stop::Fail(coded(f))),
                    Err(Stop::Ask(before)) => Err(Stop::Ask(before)),
                }
            }
            ClientAction::MuteGroupMember { group_id, account, member, seconds, topic_id } => Ok(super::group_admin::client_mute(self, &group_id, &account, &member, seconds, topic_id.as_deref()).map_err(coded)?),
            ClientAction::RecallGroupMsg { group_id, account, seq, topic_id } => Ok(super::group_admin::client_recall(self, &group_id, &account, seq, topic_id.as_deref()).map_err(coded)?),
            ClientAction::KickGroupMember { group_id, account, member } => Ok(super::group_admin::client_kick(self, &group_id, &account, &member).map_err(coded)?),
            ClientAction::ReadC2c { reader, peer, time } => {
                for a in [&reader, &peer] {
                    if !self.account_exists(a) {
                        return Err(Stop::Fail(format!("account \"{a}\" does not exist")));
                    }
                }
                let t = time.unwrap_or_else(|| self.now());
                // A client action names no platform: OptPlatform "Unknown" (docs/decisions.md).
                self.report_read(&reader, &peer, t, "Unknown");
                Ok(())
            }
            ClientAction::JoinGroup { group_id, account } => self.join(&group_id, &account),
            ClientAction::Login { account, platform, user_sig } => {
                self.check_login(&account, &platform, user_sig.as_deref())?;
                self.state_change(&account, "Login", "Register", state_platform(&platform));
                Ok(self.set_online(&account, platform, "Online")?)
            }
            ClientAction::Background { account, platform } => {
                let logged_in = self.person(&account).is_some_and(|a| a.online.contains_key(&platform));
                if !logged_in {
                    return Err(Stop::Fail(format!("\"{account}\" is not logged in on {platform}")));
                }
                Ok(self.set_online(&account, platform, "PushOnline")?)
            }
            ClientAction::Logout { account, platform } => {
                if !self.account_exists(&account) {
                    return Err(Stop::Fail(format!("account \"{account}\" does not exist")));
                }
                self.state_change(&account, "Logout", "Unregister", platform.as_deref().map_or("Unknown", state_platform));
                if let Some(a) = self.world.accounts.get_mut(&account) {
                    match platform {
                        Some(p) => {
                            a.online.remove(&p);
                        }
                        None => a.online.clear(),
                    }
                }
                Ok(())
            }
            ClientAction::PinConversation { account, conversation_id, pinned } => Ok(self.pin(&account, &conversation_id, pinned.unwrap_or(true))?),
            ClientAction::QuitGroup { group_id, account } => {
                let g = self.world.groups.get_mut(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                match g.members.get(&account).map(|m| m.role) {
                    None => Err(Stop::Fail(format!("\"{account}\" is not a member of \"{group_id}\""))),
                    Some(Role::Owner) => Err(Stop::Fail(format!("\"{account}\" owns \"{group_id}\" and cannot quit it"))),
                    Some(_) => {
                        g.remove_member(&account);
                        self.member_change(&group_id, Change::Left("Quit"), &account, std::slice::from_ref(&account), "Unknown");
                        self.live_member_state(&group_id, &account, "Offline", "Quit");
                        Ok(())
                    }
                }
            }
        }
    }

    /// A client user applies to join a group (Group.CallbackBeforeApplyJoinGroup decides).
    fn join(&mut self, group_id: &str, account: &str) -> Result<(), Stop<String>> {
        if !self.account_exists(account) {
            return Err(Stop::Fail(format!("account \"{account}\" does not exist")));
        }
        let g = self.world.groups.get(group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
        if g.members.contains_key(account) {
            return Err(Stop::Fail(format!("\"{account}\" is already a member of \"{group_id}\"")));
        }
        let banned = g.banned_until(account, self.now());
        if banned > 0 {
            return Err(Stop::Fail(format!("\"{account}\" is banned from \"{group_id}\" until {banned} (ban_group_member)")));
        }
        if g.members.len() >= g.max_members as usize {
            self.group_full(group_id, "Unknown");
            return Err(Stop::Fail(format!("group \"{group_id}\" is full")));
        }
        let group_type = g.ty.rest_name();
        let gate = self.gate(false, "Unknown", |sim| GroupBeforeApplyJoinGroup { group_id: group_id.to_owned(), group_type, requestor_account: account.to_owned(), event_time: sim.event_time() });
        match gate {
            Err(Stop::Fail(f)) => return Err(Stop::Fail(format!("the app refused the application ({}: {})", f.code, f.info))),
            Err(Stop::Ask(before)) => return Err(Stop::Ask(before)),
            Ok(_) => {}
        }
        let Some(g) = self.world.groups.get(group_id) else { return Err(Stop::Fail(format!("group \"{group_id}\" does not exist"))) };
        let (last, fills) = (g.last_seq(), g.members.len() + 1 == g.max_members as usize);
        let member = super::group::new_member(self, Role::Member, last);
        if let Some(g) = self.world.groups.get_mut(group_id) {
            g.add_member(account, member);
        }
        self.member_change(group_id, Change::Joined("Apply"), account, &[account.to_owned()], "Unknown");
        self.live_member_state(group_id, account, "Online", "Join");
        if fills {
            self.group_full(group_id, "Unknown");
        }
        Ok(())
    }

}

impl Simulator {
    /// A client login as the service checks it: a known platform, an existing account and,
    /// when given, a ticket that is the account's and was issued after its last kick.
    fn check_login(&self, account: &str, platform: &str, user_sig: Option<&str>) -> Result<(), String> {
        if !PLATFORMS.contains(&platform) {
            return Err(format!("platform \"{platform}\" is not one of {}", PLATFORMS.join(", ")));
        }
        let Some(a) = self.person(account) else {
            return Err(format!("login refused (70107): account \"{account}\" does not exist"));
        };
        let Some(sig) = user_sig else { return Ok(()) };
        let now = self.now();
        let issued = match &self.options.secret_key {
            Some(key) => {
                let verdict = crate::usersig::verify_user_sig(u64::from(self.options.sdk_app_id), key, account, sig, now);
                match verdict.issued_at {
                    Some(time) if verdict.ok => time,
                    _ => return Err(format!("login refused ({}): {}", verdict.code, verdict.message)),
                }
            }
            None => crate::usersig::issued_at(sig, account).map_err(|why| format!("login refused (70003): {why}"))?,
        };
        if a.kicked_at > 0 && issued < a.kicked_at {
            return Err(format!("login refused (70001): this UserSig was issued at {issued}, before \"{account}\" was kicked at {}; generate a new one", a.kicked_at));
        }
        Ok(())
    }

    fn set_online(&mut self, account: &str, platform: String, status: &str) -> Result<(), String> {
        let a = self.account_mut(account).ok_or_else(|| format!("account \"{account}\" does not exist"))?;
        a.online.insert(platform, status.to_owned());
        Ok(())
    }
}

/// The whole state as plain data (camelCase), for the playground and tests: JSON text with
/// each object's keys in alphabetical order (as `serde_json::Value` writes them, which
/// `Simulator::inspect` returns).
pub fn inspect_json(sim: &Simulator) -> String {
    let w = &sim.world;
    let mut c2c = Vec::new();
    for (from, tos) in &w.c2c {
        for (to, msgs) in tos {
            c2c.push(Conversation { extensions: c2c_extensions(msgs), from, last_msg_key: msgs.last().map(|m| m.key()), messages: msgs.len(), read_time: w.read_time(to, from), to, unread: w.c2c_unread(to, from) });
        }
    }
    let view = Inspect {
        accounts: w.accounts.iter().map(|(user_id, a)| account_view(sim, user_id, a)).collect(),
        admin: &sim.options.admin,
        banned_objects: (!w.banned_objects.is_empty()).then(|| w.banned_objects.keys().map(String::as_str).collect()),
        c2c,
        destroyed_groups: &w.destroyed,
        groups: w.groups.values().map(|g| group_view(g, sim.now())).collect(),
        moderation: moderation_view(w),
        now: sim.now(),
        official_accounts: official_accounts_view(w),
        push: push_view(w),
        sdk_app_id: sim.options.sdk_app_id,
        streams: (!w.streams.is_empty()).then(|| w.streams.iter().map(|(msg_key, s)| StreamView { chunks: &s.chunks, finished: s.finished, from: &s.from, msg_key, to: &s.to }).collect()),
    };
    serde_json::to_string(&view).unwrap_or_default()
}

// The views' fields are in alphabetical order: serde writes them in declaration order.

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "SimulatorState")]
#[serde(rename_all = "camelCase")]
pub(crate) struct Inspect<'a> {
    accounts: Vec<AccountView<'a>>,
    admin: &'a str,
    /// Banned chat files (im_cos_msg), by URL; absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    banned_objects: Option<Vec<&'a str>>,
    c2c: Vec<Conversation<'a>>,
    destroyed_groups: &'a BTreeSet<String>,
    groups: Vec<GroupView<'a>>,
    /// Moderation's word lists (local words, cloud keywords); absent when both are empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    moderation: Option<ModerationView<'a>>,
    now: u64,
    /// Official accounts with their subscribers and messages; absent when there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    official_accounts: Option<Vec<OfficialAccountView<'a>>>,
    /// All-member push: attribute names, accounts' attributes and tags, pushes made; absent
    /// when the app has none of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    push: Option<PushView<'a>>,
    sdk_app_id: u32,
    /// Robots' streaming messages (send_stream_msg), by MsgKey; absent when there are none.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    streams: Option<Vec<StreamView<'a>>>,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedModeration")]
#[serde(rename_all = "camelCase")]
pub(crate) struct ModerationView<'a> {
    /// Keyword → label, in the app's one cloud library.
    cloud_keywords: BTreeMap<&'a str, &'a str>,
    /// The local words, by Id.
    local_words: Vec<LocalWordView<'a>>,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedLocalWord")]
#[serde(rename_all = "camelCase")]
pub(crate) struct LocalWordView<'a> {
    /// 1 replace, 2 intercept.
    filter_type: u8,
    id: u64,
    keyword: &'a str,
    replaced_content: &'a str,
    /// 1 a word, 2 a regular expression.
    word_type: u8,
}

fn moderation_view(w: &super::state::World) -> Option<ModerationView<'_>> {
    if w.audit_words.is_empty() && w.audit_keywords.is_empty() {
        return None;
    }
    let cloud_keywords = map_of(w.audit_keywords.values().flat_map(|lib| lib.iter().map(|(k, kw)| (k.as_str(), kw.label.as_str()))));
    let local_words = w.audit_words.values().map(|x| LocalWordView { filter_type: x.filter_type, id: x.id, keyword: &x.keyword, replaced_content: &x.replaced_content, word_type: x.word_type }).collect();
    Some(ModerationView { cloud_keywords, local_words })
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedOfficialAccount")]
#[serde(rename_all = "camelCase")]
pub(crate) struct OfficialAccountView<'a> {
    created: u64,
    custom_string: &'a str,
    face_url: &'a str,
    id: &'a str,
    introduction: &'a str,
    last_msg_time: u64,
    max_subscribers: u32,
    /// Its messages by MsgSeq, recalled ones too.
    messages: Vec<OfficialMsgView>,
    name: &'a str,
    organization: &'a str,
    owner: &'a str,
    /// In the order they subscribed.
    subscribers: Vec<SubscriberView<'a>>,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedOfficialMessage")]
#[serde(rename_all = "camelCase")]
pub(crate) struct OfficialMsgView {
    #[ts(type = "unknown")]
    body: serde_json::Value,
    msg_key: String,
    msg_seq: u64,
    random: u32,
    recalled: bool,
    time: u64,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedSubscriber")]
#[serde(rename_all = "camelCase")]
pub(crate) struct SubscriberView<'a> {
    custom_string: &'a str,
    subscribe_time: u64,
    user_id: &'a str,
}

fn official_accounts_view(w: &super::state::World) -> Option<Vec<OfficialAccountView<'_>>> {
    let oas = &w.official_accounts.accounts;
    (!oas.is_empty()).then(|| {
        oas.iter()
            .map(|(id, a)| {
                OfficialAccountView {
                    created: a.created,
                    custom_string: &a.custom_string,
                    face_url: &a.face_url,
                    id,
                    introduction: &a.introduction,
                    last_msg_time: a.last_msg_time,
                    max_subscribers: a.max_subscribers,
                    messages: (1u64..).zip(&a.messages).map(|(seq, m)| OfficialMsgView { body: super::state::body_value(&m.body), msg_key: m.key(seq), msg_seq: seq, random: m.random, recalled: m.recalled, time: m.time }).collect(),
                    name: &a.name,
                    organization: &a.organization,
                    owner: &a.owner,
                    subscribers: a.in_order().into_iter().map(|(user_id, s)| SubscriberView { custom_string: &s.custom_string, subscribe_time: s.time, user_id }).collect(),
                }
            })
            .collect()
    })
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedStream")]
#[serde(rename_all = "camelCase")]
pub(crate) struct StreamView<'a> {
    chunks: &'a [String],
    finished: bool,
    from: &'a str,
    msg_key: &'a str,
    to: &'a str,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedPush")]
#[serde(rename_all = "camelCase")]
pub(crate) struct PushView<'a> {
    /// Attribute index ("0"–"9") → name.
    attr_names: &'a BTreeMap<String, String>,
    /// Account → attribute name → value.
    attrs: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
    /// Account → tags, in the order added.
    tags: &'a BTreeMap<String, Vec<String>>,
    /// The pushes, oldest first.
    tasks: Vec<PushTaskView<'a>>,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedPushTask")]
#[serde(rename_all = "camelCase")]
pub(crate) struct PushTaskView<'a> {
    from: &'a str,
    msg_random: u32,
    /// The accounts it reached.
    receivers: &'a [String],
    task_id: &'a str,
    time: u64,
    /// The Push plugin command that started it (`push`, `batch`, `webpush`); absent: im_push.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    via: Option<&'a str>,
    /// When it was revoked (`timpush/revoke`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    revoked: Option<u64>,
}

fn push_view(w: &super::state::World) -> Option<PushView<'_>> {
    if w.push_attr_names.is_empty() && w.push_attrs.is_empty() && w.push_tags.is_empty() && w.push_tasks.is_empty() {
        return None;
    }
    let attrs = map_of(w.push_attrs.iter().map(|(account, by_index)| (account.as_str(), map_of(by_index.iter().filter_map(|(i, v)| w.push_attr_names.get(i).map(|n| (n.as_str(), v.as_str())))))));
    let mut tasks: Vec<PushTaskView<'_>> = w.push_tasks.iter().map(|(id, t)| PushTaskView { from: &t.from, msg_random: t.msg_random, receivers: &t.receivers, task_id: id, time: t.time, via: t.via.as_deref(), revoked: t.revoked }).collect();
    sort_by_order(&mut tasks, |t| t.time);
    Some(PushView { attr_names: &w.push_attr_names, attrs, tags: &w.push_tags, tasks })
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedAccount")]
#[serde(rename_all = "camelCase")]
pub(crate) struct AccountView<'a> {
    /// Blocked accounts, in the order blocked.
    blocked: Vec<&'a str>,
    /// Global one-to-one mute: until this second (0 none; null for good).
    c2c_muted_until: Option<u64>,
    /// The conversation list (recentcontact/get_list's), newest first, with unread counts.
    conversations: Vec<ConversationItem>,
    created: u64,
    /// One-to-one messages deleted from this account's side only (delete_c2c_msg_ramble):
    /// MsgKeys by peer (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    deleted_c2c: Option<&'a BTreeMap<String, BTreeSet<String>>>,
    /// Accounts it follows, oldest follow first; absent when none.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    following: Option<Vec<&'a str>>,
    friend_groups: &'a [String],
    /// Friends, in the order added.
    friends: Vec<FriendView<'a>>,
    group_muted_until: Option<u64>,
    kicked_at: u64,
    nick: &'a str,
    /// Logged-in platforms: "Online" or "PushOnline".
    online: &'a BTreeMap<String, String>,
    /// Accounts whose friend requests wait for this one's confirmation.
    pending: Vec<&'a str>,
    #[ts(type = "Record<string, string | number>")]
    profile: &'a BTreeMap<String, serde_json::Value>,
    /// A robot account: "valid", or "deleted" after delete_robot; absent for other accounts.
    #[ts(optional, type = "\"valid\" | \"deleted\"")]
    #[serde(skip_serializing_if = "Option::is_none")]
    robot: Option<&'static str>,
    user_id: &'a str,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedFriend")]
#[serde(rename_all = "camelCase")]
pub(crate) struct FriendView<'a> {
    add_source: &'a str,
    add_time: u64,
    #[ts(type = "Record<string, string | number>")]
    custom: &'a BTreeMap<String, serde_json::Value>,
    groups: &'a [String],
    remark: &'a str,
    user_id: &'a str,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedConversationItem")]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConversationItem {
    custom_mark: String,
    /// Names of the conversation groups it is in.
    groups: Vec<String>,
    /// The peer (one-to-one) or the group.
    id: String,
    msg_time: u64,
    pinned: bool,
    /// Standard marks as get_list writes them (character n is bit n); empty: none.
    standard_mark: String,
    #[serde(rename = "type")]
    #[ts(type = "\"c2c\" | \"group\"")]
    kind: &'static str,
    unread: u64,
}

fn account_view<'a>(sim: &'a Simulator, user_id: &'a str, a: &'a Account) -> AccountView<'a> {
    let w = &sim.world;
    let conversations = super::contacts::conversations(sim, user_id, super::contacts::ALL_FLAGS)
        .into_iter()
        .map(|l| {
            let unread = if l.ty == 1 { w.c2c_unread(user_id, &l.id) } else { w.groups.get(&l.id).map_or(0, |g| g.unread(user_id)) };
            let m = l.marks.unwrap_or_default();
            let groups = m.groups.iter().filter_map(|id| a.contact_groups.iter().find(|(_, g)| *g == id).map(|(name, _)| name.clone())).collect();
            ConversationItem { kind: if l.ty == 1 { "c2c" } else { "group" }, id: l.id, msg_time: l.msg_time, unread, pinned: m.pinned, standard_mark: super::contacts::standard_mark(m.standard).unwrap_or_default(), custom_mark: m.custom, groups }
        })
        .collect();
    let forever = |t: u64| (t != u64::MAX).then_some(t);
    AccountView {
        blocked: keys_in_order(&a.blocked, |b| b.order),
        c2c_muted_until: forever(a.c2c_muted_until),
        conversations,
        created: a.created,
        deleted_c2c: (!a.deleted_c2c.is_empty()).then_some(&a.deleted_c2c),
        following: w.follows.following.get(user_id).map(|m| keys_in_order(m, |f| f.order)),
        friend_groups: &a.friend_groups,
        friends: keys_in_order(&a.friends, |f| f.order).into_iter().filter_map(|id| a.friends.get(id).map(|f| FriendView { add_source: &f.add_source, add_time: f.add_time, custom: &f.custom, groups: &f.groups, remark: &f.remark, user_id: id })).collect(),
        group_muted_until: forever(a.group_muted_until),
        kicked_at: a.kicked_at,
        nick: a.profile.get("Tag_Profile_IM_Nick").and_then(serde_json::Value::as_str).unwrap_or_default(),
        online: &a.online,
        pending: a.pending.keys().map(String::as_str).collect(),
        profile: &a.profile,
        robot: w.robots.get(user_id).map(|r| if r.valid { "valid" } else { "deleted" }),
        user_id,
    }
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedConversation")]
#[serde(rename_all = "camelCase")]
pub(crate) struct Conversation<'a> {
    /// Key–value extensions of its messages sent with them, by MsgKey (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    extensions: Option<Vec<C2cExtView<'a>>>,
    from: &'a str,
    last_msg_key: Option<String>,
    messages: usize,
    read_time: u64,
    to: &'a str,
    unread: u64,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedGroup")]
#[serde(rename_all = "camelCase")]
pub(crate) struct GroupView<'a> {
    /// Live-group bans still running, the earliest-ending first (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    bans: Option<Vec<BanView<'a>>>,
    /// create_group `EnablePermission: 1`: the members' default Community permissions (not
    /// enabled: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    default_permission: Option<u64>,
    /// clear_group_msg's mark: messages up to this seq are cleared for the members.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    cleared_seq: Option<u64>,
    /// Group counters by key (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "Record<string, number>")]
    counters: Option<&'a BTreeMap<String, i64>>,
    group_id: &'a str,
    /// Live-group admins (modify_admin), in the room or not (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    live_admins: Option<&'a BTreeSet<String>>,
    max_members: u32,
    members: Vec<MemberView<'a>>,
    messages: Vec<MessageView<'a>>,
    /// Mutes in the group (and so in all its topics), until when by account, as kept (a time
    /// past: ended; none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    muted: Option<&'a BTreeMap<String, u64>>,
    name: &'a str,
    next_msg_seq: u64,
    notifications: Vec<NotificationView<'a>>,
    owner: &'a Option<String>,
    /// Community permission groups by ID (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "Record<string, { name: string; permission: number; customString: string; members: string[]; topics?: Record<string, number> }>")]
    permission_groups: Option<BTreeMap<&'a str, PermissionGroupView<'a>>>,
    /// Pinned messages of the group's own history, in the order pinned (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "{ seq: number; pinner: string; time: number }[]")]
    pins: Option<&'a [Pin]>,
    /// Community topics by topic ID (a group without topics: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    topics: Option<BTreeMap<&'a str, TopicView<'a>>>,
    #[serde(rename = "type")]
    #[ts(type = "\"Private\" | \"Public\" | \"ChatRoom\" | \"AVChatRoom\" | \"Community\"")]
    ty: &'static str,
}

/// A Community topic as `inspect` shows it: its profile (under the names it always had), its
/// own messages and each member's place in it (camelCase, as the rest of `inspect`).
#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedTopic")]
pub(crate) struct TopicView<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    owner: Option<&'a str>,
    introduction: &'a str,
    notification: &'a str,
    face_url: &'a str,
    custom_string: &'a str,
    created: u64,
    mute_all: bool,
    #[serde(rename = "nextMsgSeq")]
    next_msg_seq: u64,
    messages: Vec<MessageView<'a>>,
    /// Pinned messages of the topic, in the order pinned (none: left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "{ seq: number; pinner: string; time: number }[]")]
    pins: Option<&'a [Pin]>,
    /// Members by account: read position and unread count in the topic.
    members: BTreeMap<&'a str, TopicMemberView>,
    /// Mutes in this topic alone, until when by account, as kept (a time past: ended; none:
    /// left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    muted: Option<&'a BTreeMap<String, u64>>,
}

/// A mute map as kept (the snapshot's own form, so no new serializer), or `None` when empty.
fn mutes_view(muted: &BTreeMap<String, u64>) -> Option<&BTreeMap<String, u64>> {
    (!muted.is_empty()).then_some(muted)
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedTopicMember")]
#[serde(rename_all = "camelCase")]
pub(crate) struct TopicMemberView {
    read_seq: u64,
    unread: u64,
}

fn topic_view(t: &Topic) -> TopicView<'_> {
    TopicView {
        name: &t.name,
        owner: t.owner.as_deref(),
        introduction: &t.introduction,
        notification: &t.notification,
        face_url: &t.face_url,
        custom_string: &t.custom_string,
        created: t.created,
        mute_all: t.mute_all,
        next_msg_seq: t.last_seq() + 1,
        // Community groups have no read receipts: no counts to show.
        messages: t.messages.iter().map(|m| message_view(None, m)).collect(),
        pins: (!t.pins.is_empty()).then_some(t.pins.as_slice()),
        members: map_of(t.reads.iter().map(|(a, r)| (a.as_str(), TopicMemberView { read_seq: r.read_seq, unread: t.unread(a) }))),
        muted: mutes_view(&t.muted),
    }
}

/// A permission group as `inspect` shows it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PermissionGroupView<'a> {
    custom_string: &'a str,
    members: &'a [String],
    name: &'a str,
    permission: u64,
    /// Topic permissions by topic ID (none: left out).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    topics: &'a BTreeMap<String, u64>,
}

/// A running ban as `inspect` shows it.
#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedBan")]
pub(crate) struct BanView<'a> {
    account: &'a str,
    description: &'a str,
    until: u64,
}

fn group_view(g: &Group, now: u64) -> GroupView<'_> {
    let mut members: Vec<(&String, &Member)> = g.members.iter().collect();
    sort_by_order(&mut members, |(_, m)| m.join_order);
    let mut bans: Vec<BanView<'_>> = g.bans.iter().filter(|(_, b)| b.until > now).map(|(account, b)| BanView { account, description: &b.description, until: b.until }).collect();
    // By account within the same end: `g.bans` is keyed by account.
    sort_by_order(&mut bans, |b| b.until);
    GroupView {
        bans: (!bans.is_empty()).then_some(bans),
        default_permission: g.default_permission,
        cleared_seq: g.cleared_seq,
        counters: (!g.counters.is_empty()).then_some(&g.counters),
        group_id: &g.id,
        live_admins: (!g.live_admins.is_empty()).then_some(&g.live_admins),
        max_members: g.max_members,
        members: members.into_iter().map(|(account, m)| MemberView { account, join_time: m.join_time, read_seq: m.read_seq, role: m.role.name(), unread: g.unread(account) }).collect(),
        messages: g.messages.iter().map(|m| message_view(Some(g), m)).collect(),
        muted: mutes_view(&g.muted),
        name: &g.name,
        next_msg_seq: g.last_seq() + 1,
        notifications: g.notifications.iter().map(|n| NotificationView { content: &n.content, time: n.time, to: &n.to }).collect(),
        owner: &g.owner,
        permission_groups: (!g.permission_groups.is_empty()).then(|| map_of(g.permission_groups.iter().map(|(id, pg)| (id.as_str(), PermissionGroupView { custom_string: &pg.custom_string, members: &pg.members, name: &pg.name, permission: pg.permission, topics: &pg.topics })))),
        pins: (!g.pins.is_empty()).then_some(g.pins.as_slice()),
        topics: g.topics.as_ref().map(|t| map_of(t.iter().map(|(id, t)| (id.as_str(), topic_view(t))))),
        ty: g.ty.rest_name(),
    }
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedMember")]
#[serde(rename_all = "camelCase")]
pub(crate) struct MemberView<'a> {
    account: &'a str,
    join_time: u64,
    read_seq: u64,
    #[ts(type = "\"Owner\" | \"Admin\" | \"Member\"")]
    role: &'static str,
    unread: u64,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedMessage")]
#[serde(rename_all = "camelCase")]
pub(crate) struct MessageView<'a> {
    /// The stored body, written as Value writes it (keys sorted).
    #[ts(type = "unknown")]
    body: serde_json::Value,
    /// Key–value extensions, on messages sent with `SupportMessageExtension: 1` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    extensions: Option<ExtView<'a>>,
    need_receipt: bool,
    random: u32,
    read_num: Option<u64>,
    recalled: bool,
    sender: &'a str,
    seq: u64,
    time: u64,
    unread_num: Option<u64>,
}

/// A message of the group's own sequence (with its receipt counts) or of a topic's (`None`).
fn message_view<'a>(g: Option<&Group>, m: &'a GroupMsg) -> MessageView<'a> {
    let receipt = if m.need_receipt { g.and_then(|g| g.receipt(m.seq)) } else { None };
    MessageView {
        body: super::state::body_value(&m.body),
        extensions: m.ext.as_ref().map(ext_view),
        need_receipt: m.need_receipt,
        random: m.random,
        read_num: receipt.map(|r| r.read),
        recalled: m.recalled,
        sender: &m.sender,
        seq: m.seq,
        time: m.time,
        unread_num: receipt.map(|r| r.unread),
    }
}

/// A message's key–value extensions as `inspect` shows them.
#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedExtensions")]
#[serde(rename_all = "camelCase")]
pub(crate) struct ExtView<'a> {
    clear_seq: u64,
    keys: Vec<ExtKeyView<'a>>,
    latest_seq: u64,
}

#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedExtensionKey")]
pub(crate) struct ExtKeyView<'a> {
    key: &'a str,
    seq: u64,
    value: &'a str,
}

/// A one-to-one message's extensions, with its MsgKey.
#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedC2cExtensions")]
#[serde(rename_all = "camelCase")]
pub(crate) struct C2cExtView<'a> {
    extensions: ExtView<'a>,
    msg_key: String,
}

fn ext_view(ext: &super::state::MsgExt) -> ExtView<'_> {
    ExtView { clear_seq: ext.clear_seq, keys: ext.kvs.iter().map(|(key, kv)| ExtKeyView { key, seq: kv.seq, value: &kv.value }).collect(), latest_seq: ext.latest_seq }
}

fn c2c_extensions(msgs: &[super::state::C2cMsg]) -> Option<Vec<C2cExtView<'_>>> {
    let list: Vec<C2cExtView<'_>> = msgs.iter().filter_map(|m| Some(C2cExtView { extensions: ext_view(m.ext.as_ref()?), msg_key: m.key() })).collect();
    (!list.is_empty()).then_some(list)
}

/// A system notification as `inspect` shows it (keys sorted, unlike its snapshot form).
#[derive(Serialize, ts_rs::TS)]
#[ts(rename = "InspectedNotification")]
pub(crate) struct NotificationView<'a> {
    content: &'a str,
    time: u64,
    to: &'a [String],
}

impl Simulator {
    /// The state as plain data for the playground and tests.
    pub fn inspect(&self) -> serde_json::Value {
        serde_json::from_str(&self.inspect_json()).unwrap_or(serde_json::Value::Null)
    }

    /// `inspect` as JSON text (what the wasm sends to JS).
    pub fn inspect_json(&self) -> String {
        inspect_json(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde (the TypeScript) names each action's fields as `client_actions!` names its
    /// members, and each action as its row.
    #[test]
    fn serde_names_the_members_as_the_statement_does() {
        let s = String::new;
        let all = [
            ClientAction::ReadGroup { group_id: s(), account: s(), seq: 1, topic_id: Some(s()) },
            ClientAction::ReadC2c { reader: s(), peer: s(), time: Some(1) },
            ClientAction::JoinGroup { group_id: s(), account: s() },
            ClientAction::QuitGroup { group_id: s(), account: s() },
            ClientAction::Login { account: s(), platform: s(), user_sig: Some(s()) },
            ClientAction::Background { account: s(), platform: s() },
            ClientAction::Logout { account: s(), platform: Some(s()) },
            ClientAction::PinConversation { account: s(), conversation_id: s(), pinned: Some(true) },
            ClientAction::SendGroupMsg { group_id: s(), account: s(), text: s(), topic_id: Some(s()), at_all: Some(true) },
            ClientAction::MuteGroupMember { group_id: s(), account: s(), member: s(), seconds: 60, topic_id: Some(s()) },
            ClientAction::RecallGroupMsg { group_id: s(), account: s(), seq: 1, topic_id: Some(s()) },
            ClientAction::KickGroupMember { group_id: s(), account: s(), member: s() },
        ];
        assert_eq!(all.len(), ACTIONS.len());
        for (action, (name, required, optional)) in all.iter().zip(ACTIONS) {
            let v = serde_json::to_value(action).unwrap();
            let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).filter(|k| *k != "action").collect();
            let mut members: Vec<&str> = required.iter().chain(optional.iter()).copied().collect();
            keys.sort_unstable();
            members.sort_unstable();
            assert_eq!((v["action"].as_str().unwrap(), keys), (*name, members));
        }
    }
}
