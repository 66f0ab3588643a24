//! Random operation sequences run against the simulator and against a deliberately naive
//! reference model (plain vectors, full scans, no indexes). Every observable answer must
//! agree: error codes, receipts, read positions, unread counts, C2C unread, friends,
//! blocklists, pending friend requests, AllowType, global mute and online status, live-group
//! bans, group counters, cleared group history, pinned group messages and one-sided
//! one-to-one deletions, and the same again after snapshot → restore.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use tcim::sim::{Options, Simulator};

const T0: u64 = 1_700_000_000;
const USERS: [&str; 6] = ["u0", "u1", "u2", "u3", "u4", "u5"];
const TYPES: [&str; 5] = ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"];
/// Two plain custom IDs (any type but Community) and one Community ID.
const GROUP_IDS: [&str; 3] = ["g0", "g1", "@TGS#_g2"];

#[derive(Debug, Clone)]
enum Op {
    Import(usize),
    Create { g: usize, ty: usize, owner: Option<usize>, members: Vec<usize>, max: Option<u32> },
    Destroy(usize),
    Add(usize, Vec<usize>),
    Delete(usize, Vec<usize>),
    Send { g: usize, from: Option<usize>, receipt: bool, random: u32 },
    MarkRead { g: usize, who: usize, seq: u64 },
    SetUnread { g: usize, who: usize, n: u64 },
    ClientRead { g: usize, who: usize, seq: u64 },
    Join(usize, usize),
    Quit(usize, usize),
    C2c { from: usize, to: usize },
    /// Recall the n-th stored message between two users (or a key that names none).
    Withdraw { from: usize, to: usize, nth: usize },
    MultiImport(Vec<usize>),
    Notify(usize),
    SetRead { reader: usize, peer: usize, back: Option<u64> },
    Advance(u64),
    Roundtrip,
    FriendAdd { from: usize, to: usize, both: bool, force: bool },
    FriendDelete { from: usize, to: usize, both: bool },
    BlackAdd { from: usize, to: usize },
    BlackDelete { from: usize, to: usize },
    /// portrait_set of AllowType: NeedConfirm, AllowAny, DenyAny.
    SetAllow { who: usize, allow: usize },
    /// setnospeaking: seconds (or 4294967295) for one-to-one and group messages.
    Mute { who: usize, c2c: Option<u64>, group: Option<u64> },
    AccountDelete(usize),
    Login { who: usize, platform: usize },
    Kick(usize),
    /// forbid_send_msg: seconds (or 4294967295).
    GroupMute { g: usize, who: usize, secs: u64 },
    /// modify_group_base_info MuteAllMember.
    MuteAll { g: usize, on: bool },
    ChangeOwner { g: usize, who: usize },
    /// group_msg_recall of one seq: nothing the model compares may change.
    Recall { g: usize, seq: u64 },
    /// import_group_msg of one message sent `back` seconds ago.
    ImportMsg { g: usize, from: usize, back: u64 },
    /// import_group_member with an unread count.
    ImportMember { g: usize, who: usize, unread: u64 },
    /// importmsg of a message sent `back` seconds ago: history (not unread) or real time.
    C2cImport { from: usize, to: usize, back: u64, history: bool },
    /// batchsendmsg (no blocklist or mute checks), NoUnread or not.
    BatchSend { from: usize, to: Vec<usize>, quiet: bool },
    /// Conversations name a target: a user (`< USERS.len()`) or a group after them.
    /// The client pins or unpins one.
    Pin { who: usize, target: usize, on: bool },
    /// mark_contact: standard bits set and cleared, and the custom mark when given.
    Mark { who: usize, target: usize, set: Vec<u8>, clear: Vec<u8>, custom: Option<usize> },
    /// create_contact_group with one conversation.
    GroupCreate { who: usize, name: usize, target: usize },
    GroupDelete { who: usize, name: usize },
    /// update_contact_group: rename (`to`) or move one conversation in or out.
    GroupRename { who: usize, name: usize, to: usize },
    GroupMove { who: usize, name: usize, target: usize, add: bool },
    /// recentcontact/delete, with ClearRamble or not.
    ConvDelete { who: usize, target: usize, clear: bool },
    /// Live-group attributes: modify (upsert), set (replace), clear.
    AttrModify { g: usize, key: usize, value: usize },
    AttrSet { g: usize, key: usize, value: usize },
    AttrClear(usize),
    /// ban_group_member of some accounts for some seconds; unban_group_member.
    Ban { g: usize, who: Vec<usize>, secs: u32 },
    Unban { g: usize, who: Vec<usize> },
    /// update_group_counter of one key: Mode absent, Set, Increase or Decrease.
    Counter { g: usize, key: usize, mode: usize, value: i64 },
    /// delete_group_counter of one key, or of all.
    CounterDelete { g: usize, key: Option<usize> },
    /// clear_group_msg up to a seq, or all.
    ClearHistory { g: usize, seq: Option<u64> },
    /// delete_c2c_msg_ramble of the n-th message between two users (either way), or a key
    /// that names none.
    DeleteRamble { who: usize, peer: usize, nth: usize },
    /// send_group_msg with a TopicId: no group here supports topics (the Community is created
    /// without SupportTopic), so 10007 and nothing changes (topics: tests/model_topics.rs).
    TopicSend(usize),
    /// pin_message of a seq, by a user or (None) the App admin; unpin_message of a seq.
    MsgPin { g: usize, seq: u64, by: Option<usize> },
    MsgUnpin { g: usize, seq: u64 },
}

const NAMES: [&str; 3] = ["work", "family", "misc"];
const MARKS: [&str; 2] = ["", "vip"];
const ATTR_KEYS: [&str; 3] = ["a", "b", "c"];
const COUNTER_KEYS: [&str; 3] = ["like", "gift", "views"];
/// update_group_counter's Mode: absent (Set), or named.
const COUNTER_MODES: [Option<&str>; 4] = [None, Some("Set"), Some("Increase"), Some("Decrease")];

const ALLOW: [&str; 3] = ["AllowType_Type_NeedConfirm", "AllowType_Type_AllowAny", "AllowType_Type_DenyAny"];
const PLATFORMS: [&str; 2] = ["Web", "Android"];
const FOREVER: u64 = 4_294_967_295;

fn op() -> impl Strategy<Value = Op> {
    let u = 0..USERS.len();
    let g = 0..GROUP_IDS.len();
    let t = 0..USERS.len() + GROUP_IDS.len();
    prop_oneof![
        2 => u.clone().prop_map(Op::Import),
        2 => (g.clone(), 0..TYPES.len(), proptest::option::of(u.clone()), proptest::collection::vec(u.clone(), 0..5), proptest::option::of(1u32..6)).prop_map(|(g, ty, owner, members, max)| Op::Create { g, ty, owner, members, max }),
        1 => g.clone().prop_map(Op::Destroy),
        2 => (g.clone(), proptest::collection::vec(u.clone(), 1..4)).prop_map(|(g, m)| Op::Add(g, m)),
        1 => (g.clone(), proptest::collection::vec(u.clone(), 1..3)).prop_map(|(g, m)| Op::Delete(g, m)),
        5 => (g.clone(), proptest::option::of(u.clone()), any::<bool>(), 0u32..6).prop_map(|(g, from, receipt, random)| Op::Send { g, from, receipt, random }),
        2 => (g.clone(), u.clone(), 0u64..8).prop_map(|(g, who, seq)| Op::MarkRead { g, who, seq }),
        2 => (g.clone(), u.clone(), 0u64..10).prop_map(|(g, who, n)| Op::SetUnread { g, who, n }),
        2 => (g.clone(), u.clone(), 0u64..8).prop_map(|(g, who, seq)| Op::ClientRead { g, who, seq }),
        1 => (g.clone(), u.clone()).prop_map(|(g, w)| Op::Join(g, w)),
        1 => (g.clone(), u.clone()).prop_map(|(g, w)| Op::Quit(g, w)),
        3 => (u.clone(), u.clone()).prop_map(|(from, to)| Op::C2c { from, to }),
        1 => (u.clone(), u.clone(), 0usize..4).prop_map(|(from, to, nth)| Op::Withdraw { from, to, nth }),
        1 => proptest::collection::vec(u.clone(), 1..4).prop_map(Op::MultiImport),
        1 => g.clone().prop_map(Op::Notify),
        1 => g.clone().prop_map(Op::TopicSend),
        2 => (u.clone(), u.clone(), proptest::option::of(0u64..200)).prop_map(|(reader, peer, back)| Op::SetRead { reader, peer, back }),
        2 => (0u64..400).prop_map(Op::Advance),
        1 => Just(Op::Roundtrip),
        4 => (u.clone(), u.clone(), any::<bool>(), any::<bool>()).prop_map(|(from, to, both, force)| Op::FriendAdd { from, to, both, force }),
        2 => (u.clone(), u.clone(), any::<bool>()).prop_map(|(from, to, both)| Op::FriendDelete { from, to, both }),
        2 => (u.clone(), u.clone()).prop_map(|(from, to)| Op::BlackAdd { from, to }),
        1 => (u.clone(), u.clone()).prop_map(|(from, to)| Op::BlackDelete { from, to }),
        2 => (u.clone(), 0..ALLOW.len()).prop_map(|(who, allow)| Op::SetAllow { who, allow }),
        2 => (u.clone(), proptest::option::of(prop_oneof![0u64..600, Just(FOREVER)]), proptest::option::of(prop_oneof![0u64..600, Just(FOREVER)])).prop_map(|(who, c2c, group)| Op::Mute { who, c2c, group }),
        1 => u.clone().prop_map(Op::AccountDelete),
        1 => (u.clone(), 0..PLATFORMS.len()).prop_map(|(who, platform)| Op::Login { who, platform }),
        1 => u.clone().prop_map(Op::Kick),
        2 => (g.clone(), u.clone(), prop_oneof![0u64..600, Just(FOREVER)]).prop_map(|(g, who, secs)| Op::GroupMute { g, who, secs }),
        1 => (g.clone(), any::<bool>()).prop_map(|(g, on)| Op::MuteAll { g, on }),
        1 => (g.clone(), u.clone()).prop_map(|(g, who)| Op::ChangeOwner { g, who }),
        2 => (g.clone(), 0u64..8).prop_map(|(g, seq)| Op::Recall { g, seq }),
        2 => (g.clone(), u.clone(), 0u64..400).prop_map(|(g, from, back)| Op::ImportMsg { g, from, back }),
        2 => (g.clone(), u.clone(), 0u64..10).prop_map(|(g, who, unread)| Op::ImportMember { g, who, unread }),
        2 => (u.clone(), u.clone(), 0u64..400, any::<bool>()).prop_map(|(from, to, back, history)| Op::C2cImport { from, to, back, history }),
        2 => (u.clone(), proptest::collection::vec(u.clone(), 1..4), any::<bool>()).prop_map(|(from, to, quiet)| Op::BatchSend { from, to, quiet }),
        2 => (u.clone(), t.clone(), any::<bool>()).prop_map(|(who, target, on)| Op::Pin { who, target, on }),
        3 => (u.clone(), t.clone(), proptest::collection::vec(0u8..6, 0..3), proptest::collection::vec(0u8..6, 0..2), proptest::option::of(0..MARKS.len())).prop_map(|(who, target, set, clear, custom)| Op::Mark { who, target, set, clear, custom }),
        2 => (u.clone(), 0..NAMES.len(), t.clone()).prop_map(|(who, name, target)| Op::GroupCreate { who, name, target }),
        1 => (u.clone(), 0..NAMES.len()).prop_map(|(who, name)| Op::GroupDelete { who, name }),
        1 => (u.clone(), 0..NAMES.len(), 0..NAMES.len()).prop_map(|(who, name, to)| Op::GroupRename { who, name, to }),
        2 => (u.clone(), 0..NAMES.len(), t.clone(), any::<bool>()).prop_map(|(who, name, target, add)| Op::GroupMove { who, name, target, add }),
        2 => (u.clone(), t.clone(), any::<bool>()).prop_map(|(who, target, clear)| Op::ConvDelete { who, target, clear }),
        2 => (g.clone(), 0..ATTR_KEYS.len(), 0usize..3).prop_map(|(g, key, value)| Op::AttrModify { g, key, value }),
        1 => (g.clone(), 0..ATTR_KEYS.len(), 0usize..3).prop_map(|(g, key, value)| Op::AttrSet { g, key, value }),
        1 => g.clone().prop_map(Op::AttrClear),
        2 => (g.clone(), proptest::collection::vec(u.clone(), 1..3), 1u32..600).prop_map(|(g, who, secs)| Op::Ban { g, who, secs }),
        1 => (g.clone(), proptest::collection::vec(u.clone(), 1..3)).prop_map(|(g, who)| Op::Unban { g, who }),
        2 => (g.clone(), 0..COUNTER_KEYS.len(), 0..COUNTER_MODES.len(), prop_oneof![-3i64..4, Just(i64::MAX), Just(i64::MIN)]).prop_map(|(g, key, mode, value)| Op::Counter { g, key, mode, value }),
        1 => (g.clone(), proptest::option::of(0..COUNTER_KEYS.len())).prop_map(|(g, key)| Op::CounterDelete { g, key }),
        1 => (g.clone(), proptest::option::of(0u64..8)).prop_map(|(g, seq)| Op::ClearHistory { g, seq }),
        3 => (g.clone(), 1u64..14, proptest::option::of(u.clone())).prop_map(|(g, seq, by)| Op::MsgPin { g, seq, by }),
        1 => (g.clone(), 1u64..14).prop_map(|(g, seq)| Op::MsgUnpin { g, seq }),
        2 => (u.clone(), u.clone(), 0usize..4).prop_map(|(who, peer, nth)| Op::DeleteRamble { who, peer, nth }),
    ]
}

// ---------------------------------------------------------------- the naive model

#[derive(Debug, Clone)]
struct MMember {
    account: String,
    owner: bool,
    joined_after: u64,
    read: u64,
}

#[derive(Debug, Clone)]
struct MMsg {
    sender: String,
    receipt: bool,
    time: u64,
    random: u32,
}

#[derive(Debug, Clone)]
struct MGroup {
    id: String,
    ty: &'static str,
    owner: Option<String>,
    max: usize,
    members: Vec<MMember>,
    msgs: Vec<MMsg>,
    created: u64,
    /// Seqs recalled.
    recalled: Vec<u64>,
    /// (account, until): kept by account, across leaving and rejoining.
    muted: Vec<(String, u64)>,
    mute_all: bool,
    /// Live-group attributes, and the writes in the second of the last one.
    attrs: Vec<(String, String)>,
    attr_second: u64,
    attr_writes: u32,
    /// (account, until): live-group bans, kept by account.
    bans: Vec<(String, u64)>,
    counters: Vec<(String, i64)>,
    /// clear_group_msg's mark: seqs up to it are never unread.
    cleared: u64,
    /// (seq, pinner) in the order pinned, dead ones included.
    pins: Vec<(u64, String)>,
}

/// Pins a group keeps (pin_message: 10070 past it).
const MAX_PINS: usize = 10;

impl MGroup {
    /// Whether seq is a message the members can still read: sent, not recalled, not cleared.
    fn readable(&self, seq: u64) -> bool {
        seq >= 1 && seq <= self.msgs.len() as u64 && !self.recalled.contains(&seq) && seq > self.cleared
    }

    /// The pins that still count, in the order pinned.
    fn live_pins(&self) -> Vec<(u64, String)> {
        self.pins.iter().filter(|(seq, _)| self.readable(*seq)).cloned().collect()
    }
}

/// What an account keeps about one conversation besides its messages.
#[derive(Debug, Clone, Default, PartialEq)]
struct MMarks {
    pinned: bool,
    bits: u64,
    custom: String,
    groups: Vec<u32>,
    updated: u64,
}

#[derive(Debug, Clone, Default)]
struct Model {
    now: u64,
    accounts: Vec<String>,
    groups: Vec<MGroup>,
    /// (from, to, time, MsgKey, recalled)
    c2c: Vec<(String, String, u64, String, bool)>,
    /// Keys of one-to-one messages that are never unread (importmsg history, NoUnread).
    quiet: Vec<String>,
    c2c_seq: u64,
    read_times: Vec<(String, String, u64)>,
    /// Directed friend edges (a has b), in the order added.
    friends: Vec<(String, String)>,
    /// (a blocks b)
    blocks: Vec<(String, String)>,
    /// (to, from): from's request waits for to.
    pending: Vec<(String, String)>,
    allow: Vec<(String, usize)>,
    /// (account, c2c until, group until); u64::MAX: for good.
    mutes: Vec<(String, u64, u64)>,
    /// (account, platform)
    online: Vec<(String, String)>,
    /// (account, conversation key, marks): "1:peer" or "2:group".
    marks: Vec<(String, String, MMarks)>,
    /// (account, conversation-group name, ID)
    cgroups: Vec<(String, String, u32)>,
    /// (account, conversation key, when) of recentcontact/delete; (account, peer, when) of its
    /// ClearRamble.
    conv_deleted: Vec<(String, String, u64)>,
    cleared: Vec<(String, String, u64)>,
    /// (account, peer, MsgKey) deleted from the account's side (delete_c2c_msg_ramble).
    c2c_deleted: Vec<(String, String, String)>,
}

/// A conversation target: (type, peer or group).
fn target(t: usize) -> (u8, &'static str) {
    match USERS.get(t) {
        Some(u) => (1, u),
        None => (2, GROUP_IDS[t - USERS.len()]),
    }
}

fn conv_key(t: usize) -> String {
    let (ty, id) = target(t);
    format!("{ty}:{id}")
}

fn contact(t: usize) -> Value {
    match target(t) {
        (1, id) => json!({ "Type": 1, "To_Account": id }),
        (_, id) => json!({ "Type": 2, "ToGroupId": id }),
    }
}

impl Model {
    fn exists(&self, a: &str) -> bool {
        a == "administrator" || self.accounts.iter().any(|x| x == a)
    }
    fn has(&self, a: &str, b: &str) -> bool {
        self.friends.iter().any(|(x, y)| x == a && y == b)
    }
    fn blocks(&self, a: &str, b: &str) -> bool {
        self.blocks.iter().any(|(x, y)| x == a && y == b)
    }
    fn allow_of(&self, a: &str) -> usize {
        self.allow.iter().rev().find(|(x, _)| x == a).map_or(0, |(_, v)| *v)
    }
    fn mute_of(&self, a: &str) -> (u64, u64) {
        self.mutes.iter().find(|(x, ..)| x == a).map_or((0, 0), |(_, c, g)| (*c, *g))
    }
    fn muted(&self, a: &str, group: bool) -> bool {
        let (c, g) = self.mute_of(a);
        (if group { g } else { c }) > self.now
    }
    /// What a relationship-chain item answers before looking at the relation: an unknown
    /// From_Account (the whole request), oneself, an unknown peer.
    fn refuse_pair(&self, a: &str, b: &str) -> Option<u64> {
        if !self.exists(a) || (a != b && !self.exists(b)) {
            return Some(30003);
        }
        (a == b).then_some(30001)
    }
    fn unpend(&mut self, a: &str, b: &str) {
        self.pending.retain(|(x, y)| !((x == a && y == b) || (x == b && y == a)));
    }
    fn group(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }
    fn member(g: &MGroup, a: &str) -> Option<usize> {
        g.members.iter().position(|m| m.account == a)
    }

    /// Applies an op; returns the ErrorCode the service should answer.
    fn apply(&mut self, op: &Op) -> u64 {
        match op {
            Op::Import(u) => {
                if !self.exists(USERS[*u]) {
                    self.accounts.push(USERS[*u].into());
                }
                0
            }
            Op::Create { g, ty, owner, members, max } => {
                let ty = TYPES[*ty];
                let id = GROUP_IDS[*g].to_string();
                // decisions.md 13: Community IDs start with @TGS#_, others must not start with @TGS#
                if (ty == "Community") != id.starts_with("@TGS#_") {
                    return 10015;
                }
                if ty == "AVChatRoom" && !members.is_empty() {
                    return 10004;
                }
                let owner = owner.map(|o| USERS[o].to_string());
                if let Some(o) = &owner {
                    if !self.exists(o) {
                        return 10019;
                    }
                }
                let mut list: Vec<String> = Vec::new();
                for m in members {
                    let m = USERS[*m].to_string();
                    if !self.exists(&m) {
                        return 10019;
                    }
                    if Some(&m) != owner.as_ref() && !list.contains(&m) {
                        list.push(m);
                    }
                }
                let cap = if ty == "Community" { 100_000 } else if ty == "AVChatRoom" { u32::MAX as usize } else { 6000 };
                let max = max.map_or(cap, |m| (m as usize).min(cap));
                if list.len() + usize::from(owner.is_some()) > max {
                    return 10038;
                }
                if let Some(existing) = self.group(&id) {
                    return if self.groups[existing].owner.is_some() && self.groups[existing].owner == owner { 10025 } else { 10021 };
                }
                let mut grp = MGroup { id, ty, owner: owner.clone(), max, members: vec![], msgs: vec![], created: self.now, recalled: vec![], muted: vec![], mute_all: false, attrs: vec![], attr_second: 0, attr_writes: 0, bans: vec![], counters: vec![], cleared: 0, pins: vec![] };
                for (a, is_owner) in owner.into_iter().map(|o| (o, true)).chain(list.into_iter().map(|m| (m, false))) {
                    grp.members.push(MMember { account: a, owner: is_owner, joined_after: 0, read: 0 });
                }
                self.groups.push(grp);
                0
            }
            Op::Destroy(g) => match self.group(GROUP_IDS[*g]) {
                Some(i) => {
                    self.groups.remove(i);
                    0
                }
                None => 10010,
            },
            Op::Add(g, ms) => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "AVChatRoom" {
                    return 10004;
                }
                let names: Vec<String> = ms.iter().map(|m| USERS[*m].to_string()).collect();
                if names.iter().any(|n| !self.exists(n)) {
                    return 10019;
                }
                let grp = &mut self.groups[gi];
                let mut fresh: Vec<String> = vec![];
                for n in names {
                    if Self::member(grp, &n).is_none() && !fresh.contains(&n) {
                        fresh.push(n);
                    }
                }
                if grp.members.len() + fresh.len() > grp.max {
                    return 10014;
                }
                let last = grp.msgs.len() as u64;
                for n in fresh {
                    grp.members.push(MMember { account: n, owner: false, joined_after: last, read: last });
                }
                0
            }
            Op::Delete(g, ms) => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                let names: Vec<&str> = ms.iter().map(|m| USERS[*m]).collect();
                if grp.members.iter().any(|m| m.owner && names.contains(&m.account.as_str())) {
                    return 10004;
                }
                grp.members.retain(|m| !names.contains(&m.account.as_str()));
                0
            }
            Op::Send { g, from, receipt, random } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let sender = from.map_or("administrator".to_string(), |f| USERS[f].to_string());
                if sender != "administrator" {
                    if !self.exists(&sender) {
                        return 10019;
                    }
                    if Self::member(&self.groups[gi], &sender).is_none() {
                        return 10007;
                    }
                    if self.muted(&sender, true) {
                        return 10017;
                    }
                    let grp = &self.groups[gi];
                    let until = grp.muted.iter().find(|(a, _)| *a == sender).map_or(0, |(_, u)| *u);
                    let owner = grp.members.iter().any(|m| m.account == sender && m.owner);
                    if until > self.now || (grp.mute_all && !owner) {
                        return 10017;
                    }
                }
                let now = self.now;
                let grp = &mut self.groups[gi];
                if grp.msgs.iter().any(|m| m.random == *random && now - m.time <= 300) {
                    return 0;
                }
                grp.msgs.push(MMsg { sender: sender.clone(), receipt: *receipt, time: now, random: *random });
                let seq = grp.msgs.len() as u64;
                if let Some(i) = Self::member(grp, &sender) {
                    grp.members[i].read = seq;
                }
                0
            }
            Op::MarkRead { g, who, seq } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &self.groups[gi];
                if grp.ty == "AVChatRoom" || grp.ty == "Community" {
                    return 10004;
                }
                if !self.exists(USERS[*who]) {
                    return 10019;
                }
                let Some(mi) = Self::member(grp, USERS[*who]) else { return 10004 };
                if *seq == 0 {
                    return 10004; // MsgSeq 0 names no message
                }
                if *seq > grp.msgs.len() as u64 {
                    return 10004;
                }
                let m = &mut self.groups[gi].members[mi];
                m.read = m.read.max(*seq);
                0
            }
            Op::SetUnread { g, who, n } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if !self.exists(USERS[*who]) {
                    return 10019;
                }
                let grp = &mut self.groups[gi];
                let Some(mi) = Self::member(grp, USERS[*who]) else { return 10004 };
                if grp.ty == "ChatRoom" || grp.ty == "AVChatRoom" {
                    return 0;
                }
                let total = grp.msgs.len() as u64;
                grp.members[mi].read = total - (*n).min(total - grp.cleared);
                0
            }
            Op::ClientRead { g, who, seq } => {
                if let Some(gi) = self.group(GROUP_IDS[*g]) {
                    let total = self.groups[gi].msgs.len() as u64;
                    if let Some(mi) = Self::member(&self.groups[gi], USERS[*who]) {
                        let m = &mut self.groups[gi].members[mi];
                        m.read = m.read.max((*seq).min(total));
                    }
                }
                0
            }
            Op::Join(g, w) => {
                let a = USERS[*w].to_string();
                if let Some(gi) = self.group(GROUP_IDS[*g]) {
                    let exists = self.exists(&a);
                    let now = self.now;
                    let grp = &mut self.groups[gi];
                    let banned = grp.bans.iter().any(|(x, until)| *x == a && *until > now);
                    if exists && !banned && Self::member(grp, &a).is_none() && grp.members.len() < grp.max {
                        let last = grp.msgs.len() as u64;
                        grp.members.push(MMember { account: a, owner: false, joined_after: last, read: last });
                    }
                }
                0
            }
            Op::Quit(g, w) => {
                if let Some(gi) = self.group(GROUP_IDS[*g]) {
                    self.groups[gi].members.retain(|m| m.owner || m.account != USERS[*w]);
                }
                0
            }
            Op::C2c { from, to } => {
                if !self.exists(USERS[*from]) {
                    return 90008;
                }
                if !self.exists(USERS[*to]) {
                    return 90012;
                }
                if self.muted(USERS[*from], false) {
                    return 20012;
                }
                if self.blocks(USERS[*to], USERS[*from]) {
                    return 20007;
                }
                self.c2c_seq += 1;
                // MsgKey = MsgSeq_MsgRandom_MsgTimeStamp; the driver always sends MsgRandom 1.
                let key = format!("{}_1_{}", self.c2c_seq, self.now);
                self.c2c.push((USERS[*from].into(), USERS[*to].into(), self.now, key, false));
                0
            }
            Op::Withdraw { from, to, nth } => {
                if !self.exists(USERS[*from]) {
                    return 90008;
                }
                if !self.exists(USERS[*to]) {
                    return 90003;
                }
                match self.c2c.iter_mut().filter(|(f, t, ..)| f == USERS[*from] && t == USERS[*to]).nth(*nth) {
                    Some(m) => {
                        m.4 = true;
                        0
                    }
                    None => 90054,
                }
            }
            Op::MultiImport(us) => {
                for u in us {
                    if !self.exists(USERS[*u]) {
                        self.accounts.push(USERS[*u].into());
                    }
                }
                0
            }
            Op::Notify(g) => {
                if self.group(GROUP_IDS[*g]).is_some() {
                    0
                } else {
                    10010
                }
            }
            Op::TopicSend(g) => {
                if self.group(GROUP_IDS[*g]).is_some() {
                    10007
                } else {
                    10010
                }
            }
            Op::SetRead { reader, peer, back } => {
                if !self.exists(USERS[*reader]) {
                    return 90008;
                }
                if !self.exists(USERS[*peer]) {
                    return 90003;
                }
                let t = back.map_or(self.now, |b| self.now.saturating_sub(b));
                self.read_times.push((USERS[*reader].into(), USERS[*peer].into(), t));
                0
            }
            Op::Advance(s) => {
                self.now += s;
                0
            }
            Op::Roundtrip => 0,
            // Per-item answers: the model returns the item's ResultCode (the request itself
            // succeeds once From_Account exists).
            Op::FriendAdd { from, to, both, force } => {
                let (a, b) = (USERS[*from].to_string(), USERS[*to].to_string());
                if let Some(code) = self.refuse_pair(&a, &b) {
                    return code;
                }
                let (mine, theirs) = (self.has(&a, &b), self.has(&b, &a));
                if mine && (!both || theirs) {
                    return 30001;
                }
                if self.blocks(&a, &b) {
                    return 30515;
                }
                if self.blocks(&b, &a) {
                    return 30525;
                }
                if !force {
                    match self.allow_of(&b) {
                        2 => return 30516,
                        0 => {
                            if !self.pending.contains(&(b.clone(), a.clone())) {
                                self.pending.push((b, a));
                            }
                            return 30539;
                        }
                        _ => {}
                    }
                }
                if !mine {
                    self.friends.push((a.clone(), b.clone()));
                }
                if *both && !theirs {
                    self.friends.push((b.clone(), a.clone()));
                }
                self.unpend(&a, &b);
                0
            }
            Op::FriendDelete { from, to, both } => {
                let (a, b) = (USERS[*from].to_string(), USERS[*to].to_string());
                if !self.exists(&a) {
                    return 30003;
                }
                let gone = |x: &String, y: &String| (x == &a && y == &b) || (*both && x == &b && y == &a);
                if !self.friends.iter().any(|(x, y)| gone(x, y)) {
                    return 31704;
                }
                self.friends.retain(|(x, y)| !gone(x, y));
                0
            }
            Op::BlackAdd { from, to } => {
                let (a, b) = (USERS[*from].to_string(), USERS[*to].to_string());
                if let Some(code) = self.refuse_pair(&a, &b) {
                    return code;
                }
                if self.blocks(&a, &b) {
                    return 30001;
                }
                self.blocks.push((a.clone(), b.clone()));
                self.friends.retain(|(x, y)| !((x == &a && y == &b) || (x == &b && y == &a)));
                self.unpend(&a, &b);
                0
            }
            Op::BlackDelete { from, to } => {
                let (a, b) = (USERS[*from], USERS[*to]);
                if !self.exists(a) {
                    return 30003;
                }
                if !self.blocks(a, b) {
                    return 30001;
                }
                self.blocks.retain(|(x, y)| !(x == a && y == b));
                0
            }
            Op::SetAllow { who, allow } => {
                if !self.exists(USERS[*who]) {
                    return 40003;
                }
                self.allow.push((USERS[*who].into(), *allow));
                0
            }
            Op::Mute { who, c2c, group } => {
                let a = USERS[*who].to_string();
                if c2c.is_none() && group.is_none() {
                    return 130008;
                }
                if !self.exists(&a) {
                    return 130005;
                }
                let until = |s: u64, now: u64| match s {
                    0 => 0,
                    FOREVER => u64::MAX,
                    s => now + s,
                };
                let (mut c, mut g) = self.mute_of(&a);
                if let Some(s) = c2c {
                    c = until(*s, self.now);
                }
                if let Some(s) = group {
                    g = until(*s, self.now);
                }
                self.mutes.retain(|(x, ..)| x != &a);
                self.mutes.push((a, c, g));
                0
            }
            Op::AccountDelete(u) => {
                let a = USERS[*u].to_string();
                if !self.accounts.contains(&a) {
                    return 70107;
                }
                self.accounts.retain(|x| x != &a);
                self.friends.retain(|(x, y)| x != &a && y != &a);
                self.blocks.retain(|(x, y)| x != &a && y != &a);
                self.pending.retain(|(x, y)| x != &a && y != &a);
                self.allow.retain(|(x, _)| x != &a);
                self.mutes.retain(|(x, ..)| x != &a);
                self.online.retain(|(x, _)| x != &a);
                self.read_times.retain(|(r, _, _)| r != &a);
                self.marks.retain(|(x, ..)| x != &a);
                self.cgroups.retain(|(x, ..)| x != &a);
                self.conv_deleted.retain(|(x, ..)| x != &a);
                self.cleared.retain(|(x, ..)| x != &a);
                self.c2c_deleted.retain(|(x, ..)| x != &a);
                for g in &mut self.groups {
                    if g.members.iter().any(|m| m.account == a && m.owner) {
                        g.owner = None;
                    }
                    g.members.retain(|m| m.account != a);
                    g.muted.retain(|(x, _)| x != &a);
                    g.bans.retain(|(x, _)| x != &a);
                }
                0
            }
            Op::Login { who, platform } => {
                if self.exists(USERS[*who]) && !self.online.contains(&(USERS[*who].into(), PLATFORMS[*platform].into())) {
                    self.online.push((USERS[*who].into(), PLATFORMS[*platform].into()));
                }
                0
            }
            Op::Kick(u) => {
                if !self.exists(USERS[*u]) {
                    return 70107;
                }
                self.online.retain(|(x, _)| x != USERS[*u]);
                0
            }
            Op::GroupMute { g, who, secs } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "Private" {
                    return 10007;
                }
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 10019;
                }
                let until = match *secs {
                    0 => 0,
                    FOREVER => u64::MAX,
                    s => self.now + s,
                };
                let grp = &mut self.groups[gi];
                grp.muted.retain(|(x, _)| x != &a);
                if until > 0 {
                    grp.muted.push((a, until));
                }
                0
            }
            Op::Recall { g, seq } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                if grp.ty == "AVChatRoom" {
                    return 10007;
                }
                if *seq == 0 || *seq > grp.msgs.len() as u64 || grp.recalled.contains(seq) {
                    return 10030;
                }
                grp.recalled.push(*seq);
                0
            }
            Op::ImportMsg { g, from, back } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "AVChatRoom" {
                    return 10007;
                }
                let time = self.now.saturating_sub(*back);
                let exists = self.exists(USERS[*from]);
                let grp = &mut self.groups[gi];
                let after = grp.msgs.last().map_or(grp.created, |m| m.time.max(grp.created));
                if time <= after || time >= self.now || !exists {
                    return 10004;
                }
                grp.msgs.push(MMsg { sender: USERS[*from].into(), receipt: false, time, random: time as u32 });
                let len = grp.msgs.len() as u64;
                for m in &mut grp.members {
                    m.read = len;
                }
                0
            }
            Op::ImportMember { g, who, unread } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "AVChatRoom" {
                    return 10007;
                }
                let a = USERS[*who].to_string();
                let exists = self.exists(&a);
                let grp = &mut self.groups[gi];
                if Self::member(grp, &a).is_some() {
                    return 2;
                }
                if !exists || grp.members.len() >= grp.max {
                    return 0;
                }
                let len = grp.msgs.len() as u64;
                grp.members.push(MMember { account: a, owner: false, joined_after: len, read: len - (*unread).min(len) });
                1
            }
            Op::C2cImport { from, to, back, history } => {
                if !self.exists(USERS[*from]) {
                    return 90008;
                }
                if !self.exists(USERS[*to]) {
                    return 90012;
                }
                self.c2c_seq += 1;
                let time = self.now.saturating_sub(*back);
                let key = format!("{}_1_{time}", self.c2c_seq);
                if *history {
                    self.quiet.push(key.clone());
                }
                self.c2c.push((USERS[*from].into(), USERS[*to].into(), time, key, false));
                0
            }
            Op::BatchSend { from, to, quiet } => {
                if !self.exists(USERS[*from]) {
                    return 90008;
                }
                let known: Vec<String> = to.iter().map(|t| USERS[*t].to_string()).filter(|t| self.exists(t)).collect();
                if known.is_empty() {
                    return 90012;
                }
                self.c2c_seq += 1;
                let key = format!("{}_1_{}", self.c2c_seq, self.now);
                if *quiet {
                    self.quiet.push(key.clone());
                }
                for t in known {
                    self.c2c.push((USERS[*from].into(), t, self.now, key.clone(), false));
                }
                0
            }
            Op::MuteAll { g, on } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                self.groups[gi].mute_all = *on;
                0
            }
            Op::Pin { who, target: t, on } => {
                let a = USERS[*who].to_string();
                if self.exists(&a) && self.target_missing(*t).is_none() {
                    self.change_marks(&a, *t, |m| m.pinned = *on);
                }
                0
            }
            Op::Mark { who, target: t, set, clear, custom } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                if let Some(code) = self.target_missing(*t) {
                    return code;
                }
                self.change_marks(&a, *t, |m| {
                    for b in clear {
                        m.bits &= !(1 << b);
                    }
                    for b in set {
                        m.bits |= 1 << b;
                    }
                    if let Some(c) = custom {
                        m.custom = MARKS[*c].into();
                    }
                });
                0
            }
            Op::GroupCreate { who, name, target: t } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                if self.cgroup(&a, NAMES[*name]).is_some() {
                    return 50002;
                }
                let id = self.cgroups.iter().filter(|(x, ..)| x == &a).map(|(.., id)| *id).max().map_or(1, |m| m + 1);
                self.cgroups.push((a.clone(), NAMES[*name].into(), id));
                if self.target_missing(*t).is_none() {
                    self.change_marks(&a, *t, |m| m.groups.push(id));
                }
                0
            }
            Op::GroupDelete { who, name } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                let Some(id) = self.cgroup(&a, NAMES[*name]) else { return 50002 };
                self.cgroups.retain(|(x, n, _)| !(x == &a && n == NAMES[*name]));
                for (x, _, m) in &mut self.marks {
                    if x == &a {
                        m.groups.retain(|g| *g != id);
                    }
                }
                self.tidy();
                0
            }
            Op::GroupRename { who, name, to } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                if self.cgroup(&a, NAMES[*name]).is_none() || (name != to && self.cgroup(&a, NAMES[*to]).is_some()) {
                    return 50002;
                }
                for (x, n, _) in &mut self.cgroups {
                    if x == &a && n == NAMES[*name] {
                        *n = NAMES[*to].into();
                    }
                }
                0
            }
            Op::GroupMove { who, name, target: t, add } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                let Some(id) = self.cgroup(&a, NAMES[*name]) else { return 50002 };
                if !*add || self.target_missing(*t).is_none() {
                    self.change_marks(&a, *t, |m| {
                        m.groups.retain(|g| *g != id);
                        if *add {
                            m.groups.push(id);
                        }
                    });
                }
                0
            }
            Op::ConvDelete { who, target: t, clear } => {
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 50001;
                }
                self.conv_deleted.push((a.clone(), conv_key(*t), self.now));
                if let (1, peer, true) = (target(*t).0, target(*t).1, clear) {
                    self.cleared.push((a, peer.into(), self.now));
                }
                0
            }
            Op::AttrModify { g, .. } | Op::AttrSet { g, .. } | Op::AttrClear(g) => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let now = self.now;
                let grp = &mut self.groups[gi];
                if grp.ty != "AVChatRoom" {
                    return 10007;
                }
                let writes = if grp.attr_second == now { grp.attr_writes } else { 0 };
                if writes >= 5 {
                    return 10049;
                }
                match op {
                    Op::AttrModify { key, value, .. } => {
                        grp.attrs.retain(|(k, _)| k != ATTR_KEYS[*key]);
                        grp.attrs.push((ATTR_KEYS[*key].into(), value.to_string()));
                    }
                    Op::AttrSet { key, value, .. } => grp.attrs = vec![(ATTR_KEYS[*key].into(), value.to_string())],
                    _ => grp.attrs.clear(),
                }
                grp.attr_second = now;
                grp.attr_writes = writes + 1;
                0
            }
            Op::Ban { g, who, secs } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty != "AVChatRoom" {
                    return 10007;
                }
                for w in who {
                    if !self.exists(USERS[*w]) {
                        return 10019;
                    }
                    if self.groups[gi].members.iter().any(|m| m.account == USERS[*w] && m.owner) {
                        return 10004;
                    }
                }
                let until = self.now + u64::from(*secs);
                let grp = &mut self.groups[gi];
                for w in who {
                    grp.bans.retain(|(x, _)| x != USERS[*w]);
                    grp.bans.push((USERS[*w].into(), until));
                    grp.members.retain(|m| m.account != USERS[*w]);
                }
                0
            }
            Op::Unban { g, who } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty != "AVChatRoom" {
                    return 10007;
                }
                if who.iter().any(|w| !self.exists(USERS[*w])) {
                    return 10019;
                }
                self.groups[gi].bans.retain(|(x, _)| !who.iter().any(|w| x == USERS[*w]));
                0
            }
            Op::Counter { g, key, mode, value } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                if grp.ty == "Community" {
                    return 10007;
                }
                let k = COUNTER_KEYS[*key];
                let old = grp.counters.iter().find(|(x, _)| x == k).map_or(0, |(_, v)| *v);
                let new = match COUNTER_MODES[*mode] {
                    Some("Increase") => old.checked_add(*value),
                    Some("Decrease") => old.checked_sub(*value),
                    _ => Some(*value),
                };
                let Some(new) = new else { return 10004 };
                grp.counters.retain(|(x, _)| x != k);
                grp.counters.push((k.into(), new));
                0
            }
            Op::CounterDelete { g, key } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                if grp.ty == "Community" {
                    return 10007;
                }
                grp.counters.retain(|(x, _)| key.is_some_and(|k| x != COUNTER_KEYS[k]));
                0
            }
            Op::ClearHistory { g, seq } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                if grp.ty == "Community" {
                    return 10007;
                }
                let len = grp.msgs.len() as u64;
                grp.cleared = grp.cleared.max(seq.unwrap_or(u64::MAX).min(len));
                0
            }
            Op::MsgPin { g, seq, by } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "AVChatRoom" {
                    return 10007;
                }
                let pinner = match by {
                    Some(w) if !self.exists(USERS[*w]) => return 10019,
                    Some(w) if Self::member(&self.groups[gi], USERS[*w]).is_none() => return 10004,
                    Some(w) => USERS[*w].to_owned(),
                    None => "administrator".to_owned(),
                };
                let grp = &mut self.groups[gi];
                if !grp.readable(*seq) {
                    return 10004;
                }
                let mut live = grp.live_pins();
                if live.iter().any(|(x, _)| x == seq) {
                    return 10071;
                }
                if live.len() >= MAX_PINS {
                    return 10070;
                }
                live.push((*seq, pinner));
                grp.pins = live;
                0
            }
            Op::MsgUnpin { g, seq } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                let grp = &mut self.groups[gi];
                if grp.ty == "AVChatRoom" {
                    return 10007;
                }
                if !grp.readable(*seq) {
                    return 10004;
                }
                let mut live = grp.live_pins();
                let Some(at) = live.iter().position(|(x, _)| x == seq) else { return 10004 };
                live.remove(at);
                grp.pins = live;
                0
            }
            Op::DeleteRamble { who, peer, nth } => {
                let (a, b) = (USERS[*who], USERS[*peer]);
                if !self.exists(a) {
                    return 90008;
                }
                if !self.exists(b) {
                    return 90003;
                }
                if let Some(key) = self.ramble_key(a, b, *nth) {
                    self.c2c_deleted.push((a.into(), b.into(), key));
                }
                0
            }
            Op::ChangeOwner { g, who } => {
                let Some(gi) = self.group(GROUP_IDS[*g]) else { return 10010 };
                if self.groups[gi].ty == "AVChatRoom" {
                    return 10007;
                }
                let a = USERS[*who].to_string();
                if !self.exists(&a) {
                    return 10019;
                }
                let grp = &mut self.groups[gi];
                if Self::member(grp, &a).is_none() {
                    return 10004;
                }
                for m in &mut grp.members {
                    m.owner = m.account == a;
                }
                grp.owner = Some(a);
                0
            }
        }
    }

    /// Why a conversation cannot be marked: its peer is no account (50001), its group does
    /// not exist (50002).
    fn target_missing(&self, t: usize) -> Option<u64> {
        match target(t) {
            (1, u) => (!self.exists(u)).then_some(50001),
            (_, g) => self.group(g).is_none().then_some(50002),
        }
    }
    fn cgroup(&self, a: &str, name: &str) -> Option<u32> {
        self.cgroups.iter().find(|(x, n, _)| x == a && n == name).map(|(.., id)| *id)
    }
    fn change_marks(&mut self, a: &str, t: usize, f: impl FnOnce(&mut MMarks)) {
        let k = conv_key(t);
        let i = match self.marks.iter().position(|(x, y, _)| x == a && *y == k) {
            Some(i) => i,
            None => {
                self.marks.push((a.into(), k, MMarks::default()));
                self.marks.len() - 1
            }
        };
        let before = self.marks[i].2.clone();
        f(&mut self.marks[i].2);
        if self.marks[i].2 != before {
            self.marks[i].2.updated = self.now;
        }
        self.tidy();
    }
    fn tidy(&mut self) {
        self.marks.retain(|(_, _, m)| m.pinned || m.bits != 0 || !m.custom.is_empty() || !m.groups.is_empty());
    }
    fn marks_of(&self, a: &str, k: &str) -> Option<&MMarks> {
        self.marks.iter().find(|(x, y, _)| x == a && y == k).map(|(.., m)| m)
    }

    /// get_list's items for `a` with `flags`, by full scan.
    fn conversations(&self, a: &str, flags: u64) -> Vec<Value> {
        let when = |list: &Vec<(String, String, u64)>, x: &str, y: &str| list.iter().filter(|(p, q, _)| p == x && q == y).map(|(.., t)| *t).max();
        let mut found: Vec<(u8, String, u64)> = vec![];
        for (f, t, time, ..) in &self.c2c {
            let peer = if f == a { t } else if t == a { f } else { continue };
            if *time <= when(&self.cleared, a, peer).unwrap_or(0) {
                continue;
            }
            match found.iter_mut().find(|(_, p, _)| p == peer) {
                Some(e) => e.2 = e.2.max(*time),
                None => found.push((1, peer.clone(), *time)),
            }
        }
        for g in self.groups.iter().filter(|g| g.ty != "AVChatRoom" && Self::member(g, a).is_some()) {
            if let Some(last) = g.msgs.last() {
                found.push((2, g.id.clone(), last.time));
            }
        }
        found.retain(|(ty, id, t)| when(&self.conv_deleted, a, &format!("{ty}:{id}")).is_none_or(|d| *t > d));
        if flags & 2 != 0 {
            for (x, k, _) in &self.marks {
                let (ty, id) = k.split_once(':').unwrap();
                let ty: u8 = ty.parse().unwrap();
                if x == a && !found.iter().any(|(t, i, _)| *t == ty && i == id) && when(&self.conv_deleted, a, k).is_none() {
                    found.push((ty, id.into(), 0));
                }
            }
        }
        let top = |ty: u8, id: &str| flags & 1 != 0 && self.marks_of(a, &format!("{ty}:{id}")).is_some_and(|m| m.pinned);
        found.sort_by(|x, y| top(y.0, &y.1).cmp(&top(x.0, &x.1)).then(y.2.cmp(&x.2)).then_with(|| (x.0, &x.1).cmp(&(y.0, &y.1))));
        found
            .into_iter()
            .map(|(ty, id, t)| {
                let m = self.marks_of(a, &format!("{ty}:{id}")).cloned().unwrap_or_default();
                let mut v = json!({ "Type": ty, "MsgTime": t, "TopFlag": u8::from(top(ty, &id)) });
                v[if ty == 1 { "To_Account" } else { "GroupId" }] = json!(id);
                if flags & 8 != 0 && m.bits != 0 {
                    v["StandardMark"] = json!(bit_string(m.bits));
                }
                if flags & 16 != 0 && !m.custom.is_empty() {
                    v["CustomMark"] = json!(m.custom);
                }
                if flags & 32 != 0 && !m.groups.is_empty() {
                    v["ContactGroupId"] = json!(m.groups);
                }
                v
            })
            .collect()
    }

    /// The n-th message between two users, either way, in the order sent.
    fn ramble_key(&self, a: &str, b: &str, nth: usize) -> Option<String> {
        self.c2c.iter().filter(|(f, t, ..)| (f == a && t == b) || (f == b && t == a)).nth(nth).map(|m| m.3.clone())
    }

    fn deleted_by(&self, a: &str, b: &str, key: &str) -> bool {
        self.c2c_deleted.iter().any(|(x, y, k)| x == a && y == b && k == key)
    }

    /// What admin_getroammsg shows `a` of its conversation with `b`: not cleared, not deleted.
    fn roam_count(&self, a: &str, b: &str) -> usize {
        let cleared = self.cleared.iter().filter(|(x, y, _)| x == a && y == b).map(|(.., t)| *t).max();
        self.c2c.iter().filter(|(f, t, time, key, _)| ((f == a && t == b) || (f == b && t == a)) && cleared.is_none_or(|c| *time > c) && !self.deleted_by(a, b, key)).count()
    }

    fn read_time(&self, reader: &str, peer: &str) -> u64 {
        self.read_times.iter().filter(|(r, p, _)| r == reader && p == peer).map(|(_, _, t)| *t).max().unwrap_or(0)
    }

    fn c2c_unread(&self, reader: &str, peer: &str) -> u64 {
        let rt = self.read_time(reader, peer);
        self.c2c.iter().filter(|(f, t, time, key, recalled)| f == peer && t == reader && *time > rt && !*recalled && !self.quiet.contains(key) && !self.deleted_by(reader, peer, key)).count() as u64
    }

    /// (Code, ReadNum, UnreadNum) for a seq, by full scan.
    fn receipt(&self, g: &MGroup, seq: u64) -> (u64, u64, u64) {
        let Some(msg) = seq.checked_sub(1).and_then(|i| g.msgs.get(i as usize)) else { return (10062, 0, 0) };
        if !msg.receipt {
            return (10062, 0, 0);
        }
        let audience: Vec<&MMember> = g.members.iter().filter(|m| m.joined_after < seq && m.account != msg.sender).collect();
        let read = audience.iter().filter(|m| m.read >= seq).count() as u64;
        (0, read, audience.len() as u64 - read)
    }

    fn unread(&self, g: &MGroup, m: &MMember) -> u64 {
        g.msgs.iter().enumerate().filter(|(i, msg)| (*i as u64 + 1) > m.read.max(g.cleared) && msg.sender != m.account).count() as u64
    }
}

/// Standard marks as characters, bit n at index n, up to the highest set bit.
fn bit_string(bits: u64) -> String {
    let len = 64 - bits.leading_zeros() as usize;
    (0..len).map(|n| if bits >> n & 1 == 1 { '1' } else { '0' }).collect()
}

// ---------------------------------------------------------------- driving the simulator

fn request(op: &Op, now: u64, model: &Model) -> Option<(&'static str, Value)> {
    let body = json!([{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } }]);
    Some(match op {
        Op::Import(u) => ("im_open_login_svc/account_import", json!({ "UserID": USERS[*u] })),
        Op::Create { g, ty, owner, members, max } => {
            let mut b = json!({ "Type": TYPES[*ty], "Name": "n", "GroupId": GROUP_IDS[*g] });
            if let Some(o) = owner {
                b["Owner_Account"] = json!(USERS[*o]);
            }
            if !members.is_empty() {
                b["MemberList"] = members.iter().map(|m| json!({ "Member_Account": USERS[*m] })).collect();
            }
            if let Some(m) = max {
                b["MaxMemberCount"] = json!(m);
            }
            ("group_open_http_svc/create_group", b)
        }
        Op::Destroy(g) => ("group_open_http_svc/destroy_group", json!({ "GroupId": GROUP_IDS[*g] })),
        Op::Add(g, ms) => ("group_open_http_svc/add_group_member", json!({ "GroupId": GROUP_IDS[*g], "MemberList": ms.iter().map(|m| json!({ "Member_Account": USERS[*m] })).collect::<Vec<_>>() })),
        Op::Delete(g, ms) => ("group_open_http_svc/delete_group_member", json!({ "GroupId": GROUP_IDS[*g], "MemberToDel_Account": ms.iter().map(|m| USERS[*m]).collect::<Vec<_>>() })),
        Op::Send { g, from, receipt, random } => {
            let mut b = json!({ "GroupId": GROUP_IDS[*g], "Random": random, "MsgBody": body });
            if let Some(f) = from {
                b["From_Account"] = json!(USERS[*f]);
            }
            if *receipt {
                b["NeedReadReceipt"] = json!(1);
            }
            ("group_open_http_svc/send_group_msg", b)
        }
        Op::MarkRead { g, who, seq } => ("group_open_http_svc/group_msg_receipt", json!({ "GroupId": GROUP_IDS[*g], "From_Account": USERS[*who], "MsgSeqList": [{ "MsgSeq": seq }] })),
        Op::SetUnread { g, who, n } => ("group_open_http_svc/set_unread_msg_num", json!({ "GroupId": GROUP_IDS[*g], "Member_Account": USERS[*who], "UnreadMsgNum": n })),
        Op::C2c { from, to } => ("openim/sendmsg", json!({ "From_Account": USERS[*from], "To_Account": USERS[*to], "MsgRandom": 1, "MsgBody": body })),
        Op::Withdraw { from, to, nth } => {
            // The model's key for the n-th message between the two, or one that names none.
            let key = model.c2c.iter().filter(|(f, t, ..)| f == USERS[*from] && t == USERS[*to]).nth(*nth).map_or_else(|| "999999_1_1".to_owned(), |m| m.3.clone());
            ("openim/admin_msgwithdraw", json!({ "From_Account": USERS[*from], "To_Account": USERS[*to], "MsgKey": key }))
        }
        Op::MultiImport(us) => ("im_open_login_svc/multiaccount_import", json!({ "Accounts": us.iter().map(|u| USERS[*u]).collect::<Vec<_>>() })),
        Op::Notify(g) => ("group_open_http_svc/send_group_system_notification", json!({ "GroupId": GROUP_IDS[*g], "Content": "notice" })),
        Op::TopicSend(g) => ("group_open_http_svc/send_group_msg", json!({ "GroupId": GROUP_IDS[*g], "Random": 1, "MsgBody": body, "TopicId": format!("{}@TOPIC#_t", GROUP_IDS[*g]) })),
        Op::SetRead { reader, peer, back } => {
            let mut b = json!({ "Report_Account": USERS[*reader], "Peer_Account": USERS[*peer] });
            if let Some(back) = back {
                b["MsgReadTime"] = json!(now.saturating_sub(*back).to_string());
            }
            ("openim/admin_set_msg_read", b)
        }
        Op::FriendAdd { from, to, both, force } => {
            let mut b = json!({ "From_Account": USERS[*from], "AddFriendItem": [{ "To_Account": USERS[*to], "AddSource": "AddSource_Type_Model" }] });
            if !both {
                b["AddType"] = json!("Add_Type_Single");
            }
            if *force {
                b["ForceAddFlags"] = json!(1);
            }
            ("sns/friend_add", b)
        }
        Op::FriendDelete { from, to, both } => ("sns/friend_delete", json!({ "From_Account": USERS[*from], "To_Account": [USERS[*to]], "DeleteType": if *both { "Delete_Type_Both" } else { "Delete_Type_Single" } })),
        Op::BlackAdd { from, to } => ("sns/black_list_add", json!({ "From_Account": USERS[*from], "To_Account": [USERS[*to]] })),
        Op::BlackDelete { from, to } => ("sns/black_list_delete", json!({ "From_Account": USERS[*from], "To_Account": [USERS[*to]] })),
        Op::SetAllow { who, allow } => ("profile/portrait_set", json!({ "From_Account": USERS[*who], "ProfileItem": [{ "Tag": "Tag_Profile_IM_AllowType", "Value": ALLOW[*allow] }] })),
        Op::Mute { who, c2c, group } => {
            let mut b = json!({ "Set_Account": USERS[*who] });
            if let Some(c) = c2c {
                b["C2CmsgNospeakingTime"] = json!(c);
            }
            if let Some(g) = group {
                b["GroupmsgNospeakingTime"] = json!(g);
            }
            ("openconfigsvr/setnospeaking", b)
        }
        Op::AccountDelete(u) => ("im_open_login_svc/account_delete", json!({ "DeleteItem": [{ "UserID": USERS[*u] }] })),
        Op::Kick(u) => ("im_open_login_svc/kick", json!({ "UserID": USERS[*u] })),
        Op::GroupMute { g, who, secs } => ("group_open_http_svc/forbid_send_msg", json!({ "GroupId": GROUP_IDS[*g], "Members_Account": [USERS[*who]], "MuteTime": secs })),
        Op::MuteAll { g, on } => ("group_open_http_svc/modify_group_base_info", json!({ "GroupId": GROUP_IDS[*g], "MuteAllMember": if *on { "On" } else { "Off" } })),
        Op::ImportMsg { g, from, back } => {
            let time = now.saturating_sub(*back);
            ("group_open_http_svc/import_group_msg", json!({ "GroupId": GROUP_IDS[*g], "MsgList": [{ "From_Account": USERS[*from], "SendTime": time, "Random": time as u32, "MsgBody": body }] }))
        }
        Op::ImportMember { g, who, unread } => ("group_open_http_svc/import_group_member", json!({ "GroupId": GROUP_IDS[*g], "MemberList": [{ "Member_Account": USERS[*who], "UnreadMsgNum": unread }] })),
        Op::C2cImport { from, to, back, history } => ("openim/importmsg", json!({ "SyncFromOldSystem": if *history { 2 } else { 5 }, "From_Account": USERS[*from], "To_Account": USERS[*to], "MsgRandom": 1, "MsgTimeStamp": now.saturating_sub(*back), "MsgBody": body })),
        Op::BatchSend { from, to, quiet } => {
            let mut b = json!({ "From_Account": USERS[*from], "To_Account": to.iter().map(|t| USERS[*t]).collect::<Vec<_>>(), "MsgRandom": 1, "MsgBody": body });
            if *quiet {
                b["SendMsgControl"] = json!(["NoUnread"]);
            }
            ("openim/batchsendmsg", b)
        }
        Op::Recall { g, seq } => ("group_open_http_svc/group_msg_recall", json!({ "GroupId": GROUP_IDS[*g], "MsgSeqList": [{ "MsgSeq": seq }] })),
        Op::ChangeOwner { g, who } => ("group_open_http_svc/change_group_owner", json!({ "GroupId": GROUP_IDS[*g], "NewOwner_Account": USERS[*who] })),
        Op::Mark { who, target: t, set, clear, custom } => {
            let mut item = json!({ "OptType": if custom.is_some() { 3 } else { 1 }, "ContactItem": contact(*t), "SetMark": set, "ClearMark": clear });
            if let Some(c) = custom {
                item["CustomMark"] = json!(MARKS[*c]);
            }
            ("recentcontact/mark_contact", json!({ "From_Account": USERS[*who], "MarkItem": [item] }))
        }
        Op::GroupCreate { who, name, target: t } => ("recentcontact/create_contact_group", json!({ "From_Account": USERS[*who], "GroupContactItem": [{ "GroupName": NAMES[*name], "ContactItem": [contact(*t)] }] })),
        Op::GroupDelete { who, name } => ("recentcontact/del_contact_group", json!({ "From_Account": USERS[*who], "GroupName": [NAMES[*name]] })),
        Op::GroupRename { who, name, to } => ("recentcontact/update_contact_group", json!({ "From_Account": USERS[*who], "UpdateType": 1, "UpdateGroup": { "UpdateGroupType": 1, "OldGroupName": NAMES[*name], "NewGroupName": NAMES[*to] } })),
        Op::GroupMove { who, name, target: t, add } => ("recentcontact/update_contact_group", json!({ "From_Account": USERS[*who], "UpdateType": 1, "UpdateGroup": { "UpdateGroupType": 2, "OldGroupName": NAMES[*name], "ContactUpdateItem": [{ "ContactOptType": if *add { 1 } else { 2 }, "ContactItem": contact(*t) }] } })),
        Op::ConvDelete { who, target: t, clear } => {
            let (ty, id) = target(*t);
            let mut b = json!({ "From_Account": USERS[*who], "Type": ty, "ClearRamble": u8::from(*clear) });
            b[if ty == 1 { "To_Account" } else { "ToGroupid" }] = json!(id);
            ("recentcontact/delete", b)
        }
        Op::AttrModify { g, key, value } => ("group_open_http_svc/modify_group_attr", json!({ "GroupId": GROUP_IDS[*g], "GroupAttr": [{ "key": ATTR_KEYS[*key], "value": value.to_string() }] })),
        Op::AttrSet { g, key, value } => ("group_open_http_svc/set_group_attr", json!({ "GroupId": GROUP_IDS[*g], "GroupAttr": [{ "key": ATTR_KEYS[*key], "value": value.to_string() }] })),
        Op::AttrClear(g) => ("group_open_http_svc/clear_group_attr", json!({ "GroupId": GROUP_IDS[*g] })),
        Op::Ban { g, who, secs } => ("group_open_http_svc/ban_group_member", json!({ "GroupId": GROUP_IDS[*g], "Members_Account": who.iter().map(|w| USERS[*w]).collect::<Vec<_>>(), "Duration": secs })),
        Op::Unban { g, who } => ("group_open_http_svc/unban_group_member", json!({ "GroupId": GROUP_IDS[*g], "Members_Account": who.iter().map(|w| USERS[*w]).collect::<Vec<_>>() })),
        Op::Counter { g, key, mode, value } => {
            let mut b = json!({ "GroupId": GROUP_IDS[*g], "GroupCounter": [{ "Key": COUNTER_KEYS[*key], "Value": value }] });
            if let Some(m) = COUNTER_MODES[*mode] {
                b["Mode"] = json!(m);
            }
            ("group_open_http_svc/update_group_counter", b)
        }
        Op::CounterDelete { g, key } => {
            let mut b = json!({ "GroupId": GROUP_IDS[*g] });
            if let Some(k) = key {
                b["GroupCounterKeys"] = json!([COUNTER_KEYS[*k]]);
            }
            ("group_open_http_svc/delete_group_counter", b)
        }
        Op::ClearHistory { g, seq } => {
            let mut b = json!({ "GroupId": GROUP_IDS[*g] });
            if let Some(s) = seq {
                b["MsgSeq"] = json!(s);
            }
            ("group_open_http_svc/clear_group_msg", b)
        }
        Op::MsgPin { g, seq, by } => {
            let mut b = json!({ "GroupId": GROUP_IDS[*g], "MsgSeq": seq });
            if let Some(w) = by {
                b["Pinner_Account"] = json!(USERS[*w]);
            }
            ("group_open_http_svc/pin_message", b)
        }
        Op::MsgUnpin { g, seq } => ("group_open_http_svc/unpin_message", json!({ "GroupId": GROUP_IDS[*g], "MsgSeq": seq })),
        Op::DeleteRamble { who, peer, nth } => {
            let key = model.ramble_key(USERS[*who], USERS[*peer], *nth).unwrap_or_else(|| "999999_1_1".to_owned());
            ("openim/delete_c2c_msg_ramble", json!({ "Operator_Account": USERS[*who], "Peer_Account": USERS[*peer], "MsgKeyList": [key] }))
        }
        _ => return None,
    })
}

/// What the model predicts for an answer: the ErrorCode, or for a batch that succeeded, its
/// one item's ResultCode (RetCode for a recall, Result for an import).
fn outcome(api: &str, r: &Value) -> u64 {
    let code = r["ErrorCode"].as_u64().unwrap();
    if code != 0 {
        return code;
    }
    if let Some(item) = r["RecallRetList"].get(0) {
        return item["RetCode"].as_u64().unwrap();
    }
    if let Some(item) = r["ImportMsgResult"].get(0) {
        return item["Result"].as_u64().unwrap();
    }
    if api.ends_with("import_group_member") {
        return r["MemberList"][0]["Result"].as_u64().unwrap();
    }
    r["ResultItem"].get(0).map_or(0, |i| i["ResultCode"].as_u64().unwrap())
}

/// Friends, blocklists, pending requests, AllowType, global mute and online status, each as
/// the REST API and `inspect` report them.
fn compare_people(sim: &mut Simulator, model: &Model) -> Result<(), TestCaseError> {
    let state = sim.inspect();
    for a in USERS {
        let friends = sim.call("sns/friend_check", &json!({ "From_Account": a, "To_Account": USERS, "CheckType": "CheckResult_Type_Both" }).to_string());
        let blocks = sim.call("sns/black_list_check", &json!({ "From_Account": a, "To_Account": USERS, "CheckType": "BlackCheckResult_Type_Both" }).to_string());
        let mute = sim.call("openconfigsvr/getnospeaking", &json!({ "Get_Account": a }).to_string());
        let profile = sim.call("profile/portrait_get", &json!({ "To_Account": [a], "TagList": ["Tag_Profile_IM_AllowType"] }).to_string());
        if !model.exists(a) {
            prop_assert_eq!(&friends["ErrorCode"], &json!(30003));
            prop_assert_eq!(&blocks["ErrorCode"], &json!(30003));
            prop_assert_eq!(&mute["ErrorCode"], &json!(130005));
            prop_assert_eq!(&profile["UserProfileItem"][0]["ResultCode"], &json!(40003));
            continue;
        }
        for (i, b) in USERS.iter().enumerate() {
            let rel = |x: bool, y: bool, names: [&'static str; 4]| match (x, y) {
                (true, true) => names[0],
                (true, false) => names[1],
                (false, true) => names[2],
                (false, false) => names[3],
            };
            let code = if model.exists(b) { 0 } else { 30003 };
            let f = &friends["InfoItem"][i];
            prop_assert_eq!((f["Relation"].as_str().unwrap(), f["ResultCode"].as_u64().unwrap()), (rel(model.has(a, b), model.has(b, a), ["CheckResult_Type_BothWay", "CheckResult_Type_AWithB", "CheckResult_Type_BWithA", "CheckResult_Type_NoRelation"]), code), "friends {} {}", a, b);
            let k = &blocks["BlackListCheckItem"][i];
            prop_assert_eq!((k["Relation"].as_str().unwrap(), k["ResultCode"].as_u64().unwrap()), (rel(model.blocks(a, b), model.blocks(b, a), ["BlackCheckResult_Type_BothWay", "BlackCheckResult_Type_AWithB", "BlackCheckResult_Type_BWithA", "BlackCheckResult_Type_NO"]), code), "blocks {} {}", a, b);
        }
        // friend_get lists them in the order added.
        let listed = sim.call("sns/friend_get", &json!({ "From_Account": a, "StartIndex": 0 }).to_string());
        let got: Vec<&str> = listed["UserDataItem"].as_array().unwrap().iter().map(|i| i["To_Account"].as_str().unwrap()).collect();
        let want: Vec<&str> = model.friends.iter().filter(|(x, _)| x == a).map(|(_, y)| y.as_str()).collect();
        prop_assert_eq!(got, want, "friend_get of {}", a);
        let left = |until: u64| if until == u64::MAX { FOREVER } else { until.saturating_sub(model.now) };
        let (c, g) = model.mute_of(a);
        prop_assert_eq!((mute["C2CmsgNospeakingTime"].as_u64().unwrap(), mute["GroupmsgNospeakingTime"].as_u64().unwrap()), (left(c), left(g)), "mute of {}", a);
        prop_assert_eq!(&profile["UserProfileItem"][0]["ProfileItem"][0]["Value"], &json!(ALLOW[model.allow_of(a)]));
        let online = sim.call("openim/query_online_status", &json!({ "To_Account": [a] }).to_string());
        let is_online = model.online.iter().any(|(x, _)| x == a);
        prop_assert_eq!(&online["QueryResult"][0]["Status"], &json!(if is_online { "Online" } else { "Offline" }), "status of {}", a);
        if a != "administrator" {
            let view = state["accounts"].as_array().unwrap().iter().find(|v| v["userId"] == *a).unwrap();
            let mut pending: Vec<&str> = model.pending.iter().filter(|(to, _)| to == a).map(|(_, from)| from.as_str()).collect();
            pending.sort();
            prop_assert_eq!(&view["pending"], &json!(pending), "pending requests of {}", a);
        }
    }
    Ok(())
}

fn compare_observables(sim: &mut Simulator, model: &Model) -> Result<(), TestCaseError> {
    for id in GROUP_IDS {
        let info = sim.call("group_open_http_svc/get_group_member_info", &json!({ "GroupId": id }).to_string());
        let Some(g) = model.group(id).map(|i| &model.groups[i]) else {
            prop_assert_eq!(&info["ErrorCode"], &json!(10010));
            continue;
        };
        let mut got: Vec<(String, u64)> = info["MemberList"].as_array().unwrap().iter().map(|m| (m["Member_Account"].as_str().unwrap().to_owned(), m["MsgSeq"].as_u64().unwrap())).collect();
        let mut want: Vec<(String, u64)> = g.members.iter().map(|m| (m.account.clone(), m.read)).collect();
        got.sort();
        want.sort();
        prop_assert_eq!(got, want, "read positions of {}", id);
        // Roles (owner changes) and mutes (kept by account).
        if g.ty != "AVChatRoom" {
            let roles = sim.call("group_open_http_svc/get_role_in_group", &json!({ "GroupId": id, "User_Account": USERS }).to_string());
            let got: Vec<&str> = roles["UserIdList"].as_array().unwrap().iter().map(|r| r["Role"].as_str().unwrap()).collect();
            let want: Vec<&str> = USERS.iter().map(|u| g.members.iter().find(|m| m.account == *u).map_or("NotMember", |m| if m.owner { "Owner" } else { "Member" })).collect();
            prop_assert_eq!(got, want, "roles in {}", id);
        }
        let muted = sim.call("group_open_http_svc/get_group_muted_account", &json!({ "GroupId": id }).to_string());
        let got: Vec<(String, u64)> = muted["MutedAccountList"].as_array().unwrap().iter().map(|m| (m["Member_Account"].as_str().unwrap().to_owned(), m["MutedUntil"].as_u64().unwrap())).collect();
        let mut want: Vec<(String, u64)> = g.muted.iter().filter(|(_, until)| *until > model.now).map(|(a, until)| (a.clone(), (*until).min(FOREVER))).collect();
        want.sort();
        prop_assert_eq!(got, want, "mutes in {}", id);
        let seqs: Vec<Value> = (1..=g.msgs.len() as u64 + 1).map(|s| json!({ "MsgSeq": s })).collect();
        let r = sim.call("group_open_http_svc/get_group_msg_receipt", &json!({ "GroupId": id, "MsgSeqList": seqs }).to_string());
        if g.ty == "AVChatRoom" || g.ty == "Community" {
            prop_assert_eq!(&r["ErrorCode"], &json!(10004));
        } else {
            for item in r["GroupMsgReceiptList"].as_array().unwrap() {
                let seq = item["MsgSeq"].as_u64().unwrap();
                let (code, read, unread) = model.receipt(g, seq);
                prop_assert_eq!((item["Code"].as_u64().unwrap(), item["ReadNum"].as_u64().unwrap(), item["UnreadNum"].as_u64().unwrap()), (code, read, unread), "receipt of {} seq {}", id, seq);
            }
        }
    }
    let state = sim.inspect();
    for g in state["groups"].as_array().unwrap() {
        let mg = &model.groups[model.group(g["groupId"].as_str().unwrap()).unwrap()];
        for m in g["members"].as_array().unwrap() {
            let mm = mg.members.iter().find(|x| x.account == m["account"].as_str().unwrap()).unwrap();
            prop_assert_eq!(m["unread"].as_u64().unwrap(), model.unread(mg, mm), "unread of {} in {}", mm.account, mg.id);
        }
    }
    for reader in USERS {
        let peers: Vec<&str> = USERS.to_vec();
        let r = sim.call("openim/get_c2c_unread_msg_num", &json!({ "To_Account": reader, "Peer_Account": &peers[..6] }).to_string());
        if !model.exists(reader) {
            prop_assert_eq!(&r["ErrorCode"], &json!(90003));
            continue;
        }
        for item in r["C2CUnreadMsgNumList"].as_array().unwrap() {
            let peer = item["Peer_Account"].as_str().unwrap();
            prop_assert_eq!(item["C2CUnreadMsgNum"].as_u64().unwrap(), model.c2c_unread(reader, peer), "{} ← {}", reader, peer);
        }
        let errors = r.get("ErrorList").and_then(Value::as_array).map_or(0, Vec::len);
        prop_assert_eq!(errors, USERS.iter().filter(|u| !model.exists(u)).count());
    }
    Ok(())
}

/// Conversation lists (with every AssistFlags bit, none, and some), conversation groups and
/// marks, and live-group attributes.
fn compare_conversations(sim: &mut Simulator, model: &Model) -> Result<(), TestCaseError> {
    for a in USERS {
        for flags in [63u64, 0, 1, 42] {
            let r = sim.call("recentcontact/get_list", &json!({ "From_Account": a, "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": flags }).to_string());
            if !model.exists(a) {
                prop_assert_eq!(&r["ErrorCode"], &json!(50001));
                continue;
            }
            prop_assert_eq!(&r["SessionItem"], &json!(model.conversations(a, flags)), "conversations of {} with AssistFlags {}", a, flags);
        }
        if !model.exists(a) {
            continue;
        }
        let r = sim.call("recentcontact/get_contact_group", &json!({ "From_Account": a, "StartIndex": 0 }).to_string());
        let mut marked: Vec<(&String, &MMarks)> = model.marks.iter().filter(|(x, _, m)| x == a && (m.bits != 0 || !m.custom.is_empty() || !m.groups.is_empty())).map(|(_, k, m)| (k, m)).collect();
        marked.sort_by_key(|(k, _)| k.as_str());
        let want: Vec<Value> = marked
            .into_iter()
            .map(|(k, m)| {
                let (ty, id) = k.split_once(':').unwrap();
                let mut v = json!({ "Type": ty.parse::<u8>().unwrap(), "Timestamp": m.updated });
                v[if ty == "1" { "To_Account" } else { "ToGroupId" }] = json!(id);
                if m.bits != 0 {
                    v["StandardMark"] = json!(bit_string(m.bits));
                }
                if !m.custom.is_empty() {
                    v["CustomMark"] = json!(m.custom);
                }
                if !m.groups.is_empty() {
                    v["ContactGroupId"] = json!(m.groups);
                }
                v
            })
            .collect();
        prop_assert_eq!(&r["ContactItem"], &json!(want), "marked conversations of {}", a);
        let mut groups: Vec<(u32, &str)> = model.cgroups.iter().filter(|(x, ..)| x == a).map(|(_, n, id)| (*id, n.as_str())).collect();
        groups.sort();
        let want: Vec<Value> = groups.into_iter().map(|(id, n)| json!({ "GroupName": n, "GroupId": id })).collect();
        prop_assert_eq!(&r["GroupItem"], &json!(want), "conversation groups of {}", a);
    }
    for g in model.groups.iter().filter(|g| g.ty == "AVChatRoom") {
        let r = sim.call("group_open_attr_http_svc/get_group_attr", &json!({ "GroupId": g.id }).to_string());
        let mut want = g.attrs.clone();
        want.sort();
        let want: Vec<Value> = want.into_iter().map(|(k, v)| json!({ "key": k, "value": v })).collect();
        prop_assert_eq!(&r["GroupAttrAry"], &json!(want), "attributes of {}", g.id);
        let r = sim.call("group_open_http_svc/get_group_ban_member", &json!({ "GroupId": g.id, "Offset": 0 }).to_string());
        let mut want: Vec<(u64, &str)> = g.bans.iter().filter(|(_, until)| *until > model.now).map(|(a, until)| (*until, a.as_str())).collect();
        want.sort();
        let want: Vec<Value> = want.into_iter().map(|(until, a)| json!({ "Member_Account": a, "BannedUntil": until })).collect();
        prop_assert_eq!(&r["BannedAccountList"], &json!(want), "bans of {}", g.id);
        // Who is in the room: the members, the latest joined first (get_members), and which
        // of all the users are among them (check_members); a banned account never is.
        let r = sim.call("group_open_avchatroom_http_svc/get_members", &json!({ "GroupId": g.id, "Timestamp": 0 }).to_string());
        let listed: Vec<&str> = r["MemberList"].as_array().unwrap().iter().map(|m| m["Member_Account"].as_str().unwrap()).collect();
        let want: Vec<&str> = g.members.iter().rev().map(|m| m.account.as_str()).collect();
        prop_assert_eq!(listed, want, "live members of {}", g.id);
        let r = sim.call("group_open_avchatroom_http_svc/check_members", &json!({ "GroupId": g.id, "Member_Account": USERS }).to_string());
        let want: Vec<&str> = USERS.iter().copied().filter(|a| g.members.iter().any(|m| m.account == *a)).collect();
        prop_assert_eq!(&r["Member_Account"], &json!(want), "check_members of {}", g.id);
    }
    for g in model.groups.iter().filter(|g| g.ty != "Community") {
        let r = sim.call("group_open_http_svc/get_group_counter", &json!({ "GroupId": g.id }).to_string());
        let mut want = g.counters.clone();
        want.sort();
        let want: Vec<Value> = want.into_iter().map(|(k, v)| json!({ "Key": k, "Value": v })).collect();
        prop_assert_eq!(&r["GroupCounter"], &json!(want), "counters of {}", g.id);
    }
    // Pinned messages: those still readable, the latest pinned first.
    for g in model.groups.iter().filter(|g| g.ty != "AVChatRoom") {
        let r = sim.call("group_open_http_svc/get_pinned_messages", &json!({ "GroupId": g.id }).to_string());
        let want: Vec<Value> = g.live_pins().into_iter().rev().map(|(seq, by)| json!({ "MsgSeq": seq, "Pinner_Account": by })).collect();
        prop_assert_eq!(&r["PinnedMsgList"], &json!(want), "pins of {}", g.id);
    }
    // One-to-one roaming as each side sees it (cleared and deleted messages gone from it).
    for a in USERS.iter().filter(|a| model.exists(a)) {
        for b in USERS.iter().filter(|b| model.exists(b) && a != *b) {
            let want = model.roam_count(a, b);
            if want == 0 && !model.c2c.iter().any(|(f, t, ..)| (f == a && t == b) || (f == b && t == a)) {
                continue;
            }
            let r = sim.call("openim/admin_getroammsg", &json!({ "Operator_Account": a, "Peer_Account": b, "MaxCnt": 100, "MinTime": 0, "MaxTime": 4_000_000_000u64 }).to_string());
            prop_assert_eq!(r["MsgCnt"].as_u64().unwrap() as usize, want, "roaming of {} with {}: {}", a, b, r);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(1000), ..ProptestConfig::default() })]

    #[test]
    fn simulator_matches_the_naive_model(populated in any::<bool>(), ops in proptest::collection::vec(op(), 1..60)) {
        let mut sim = Simulator::new(Options { now: Some(T0), rate_limit: false, ..Options::default() });
        let mut model = Model { now: T0, ..Model::default() };
        // Half the runs start from a populated world (every account, a live group and a
        // public one), so that sequences spend their ops on state rather than on 10010s.
        let start = [
            Op::MultiImport((0..USERS.len()).collect()),
            Op::Create { g: 0, ty: 3, owner: None, members: vec![], max: None },
            Op::Create { g: 1, ty: 1, owner: Some(0), members: vec![1, 2, 3], max: None },
        ];
        for op in start.iter().filter(|_| populated).chain(&ops) {
            // The request is built before the model applies the op (a withdraw names the key
            // the model knows now).
            let req = request(op, model.now, &model);
            let expected = model.apply(op);
            match op {
                Op::ClientRead { g, who, seq } => {
                    let _ = sim.client_json(&json!({ "action": "readGroup", "groupId": GROUP_IDS[*g], "account": USERS[*who], "seq": seq }).to_string());
                }
                Op::Join(g, w) => {
                    let _ = sim.client_json(&json!({ "action": "joinGroup", "groupId": GROUP_IDS[*g], "account": USERS[*w] }).to_string());
                }
                Op::Quit(g, w) => {
                    let _ = sim.client_json(&json!({ "action": "quitGroup", "groupId": GROUP_IDS[*g], "account": USERS[*w] }).to_string());
                }
                Op::Advance(s) => sim.advance(*s),
                Op::Pin { who, target: t, on } => {
                    let (ty, id) = target(*t);
                    let conversation = format!("{}_{id}", if ty == 1 { "c2c" } else { "group" });
                    let _ = sim.client_json(&json!({ "action": "pinConversation", "account": USERS[*who], "conversationId": conversation, "pinned": on }).to_string());
                }
                Op::Login { who, platform } => {
                    let _ = sim.client_json(&json!({ "action": "login", "account": USERS[*who], "platform": PLATFORMS[*platform] }).to_string());
                }
                Op::Roundtrip => {
                    let snap = sim.snapshot();
                    sim = Simulator::restore(&snap, tcim::sim::system_now, None).unwrap();
                    prop_assert_eq!(sim.snapshot(), snap);
                }
                _ => {
                    let (api, body) = req.unwrap();
                    let r = sim.call(api, &body.to_string());
                    prop_assert_eq!(outcome(api, &r), expected, "{} {} → {}", api, body, r);
                }
            }
            compare_observables(&mut sim, &model)?;
            compare_people(&mut sim, &model)?;
            compare_conversations(&mut sim, &model)?;
        }
    }
}
