//! The simulator's state: accounts, groups with members and messages, one-to-one
//! conversations with read times. Everything here is plain data that snapshots as JSON;
//! the receipt index is derived and rebuilt on restore.

use super::fenwick::Fenwick;
use super::follow_graph::FollowGraph;
use super::official_accounts::OfficialAccounts;
use super::robots::{Robot, Stream};
use crate::read::Named;
use crate::vocab::GroupType;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
pub use super::order::{map_of, newest_first, sort_by_order};

/// A state type stated once: its fields give the struct, the snapshot's writer (serde, each
/// member named as its field) and its reader (`ReadJson`, the same names; a member missing
/// from an older snapshot takes `ReadJson::absent`). Fields after `derived` are rebuilt on
/// restore, neither written nor read.
macro_rules! snapshotted {
    (
        $(#[$attr:meta])*
        pub struct $ty:ident {
            $($(#[$fattr:meta])* pub $field:ident: $fty:ty,)*
        }
        $(derived { $($(#[$dattr:meta])* pub $dfield:ident: $dty:ty,)* })?
    ) => {
        $(#[$attr])*
        pub struct $ty {
            $($(#[$fattr])* pub $field: $fty,)*
            $($($(#[$dattr])* #[serde(skip)] pub $dfield: $dty,)*)?
        }

        impl $crate::read::ReadJson for $ty {
            fn read(r: &mut $crate::read::Reader<'_>) -> Option<Self> {
                $(let mut $field = None;)*
                r.object(&mut |r, key| {
                    match key {
                        $(stringify!($field) => $field = Some(r.field(key)?),)*
                        _ => {
                            r.skip()?;
                        }
                    }
                    Some(())
                })?;
                Some($ty {
                    $($field: match $field.or_else($crate::read::ReadJson::absent) {
                        Some(v) => v,
                        None => {
                            r.missing(stringify!($field));
                            return None;
                        }
                    },)*
                    $($($dfield: Default::default(),)*)?
                })
            }
        }
    };
}

/// A list added to a state type after its snapshot format was fixed: one missing from an older
/// snapshot reads as empty (a plain `Vec` member is required, as request lists are).
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct LaterList<T>(pub Vec<T>);

// By hand: the derive would ask `T: Default`, which an empty list does not need.
impl<T> Default for LaterList<T> {
    fn default() -> Self {
        LaterList(Vec::new())
    }
}

impl<T> LaterList<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T> std::ops::Deref for LaterList<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> std::ops::DerefMut for LaterList<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T: crate::read::ReadJson> crate::read::ReadJson for LaterList<T> {
    fn read(r: &mut crate::read::Reader<'_>) -> Option<Self> {
        Vec::<T>::read(r).map(LaterList)
    }
    fn absent() -> Option<Self> {
        Some(LaterList(Vec::new()))
    }
}

/// A stored message body (compact JSON).
pub type MsgBody = Box<serde_json::value::RawValue>;

/// Stores a body as compact JSON text.
pub fn msg_body<T: Serialize>(value: &T) -> MsgBody {
    serde_json::value::to_raw_value(value).unwrap_or_else(|_| empty_body())
}

pub fn empty_body() -> MsgBody {
    serde_json::value::RawValue::from_string("[]".to_owned()).unwrap_or_default()
}

/// A stored body as a JSON value, for answers that include it.
pub fn body_value(body: &MsgBody) -> serde_json::Value {
    serde_json::from_str(body.get()).unwrap_or(serde_json::Value::Null)
}

snapshotted! {
    /// An account and everything that is its own: profile, login state, global mute, friends,
    /// friend lists and blocklist (so deleting it deletes them).
    #[derive(Debug, Clone, PartialEq, Serialize, Default)]
    pub struct Account {
        pub created: u64,
        /// Profile fields by tag (account_import's Nick and FaceUrl are Tag_Profile_IM_Nick and
        /// Tag_Profile_IM_Image).
        pub profile: BTreeMap<String, serde_json::Value>,
        /// UserSigs issued before this second no longer log in (kick); 0: never kicked.
        pub kicked_at: u64,
        /// Logged-in platforms and their status (`Online` or `PushOnline`); none: `Offline`.
        pub online: BTreeMap<String, String>,
        /// Global mute of one-to-one and group messages: until this second (`u64::MAX`: for good).
        pub c2c_muted_until: u64,
        pub group_muted_until: u64,
        pub friends: BTreeMap<String, Friend>,
        /// Friend lists, in the order created.
        pub friend_groups: Vec<String>,
        pub blocked: BTreeMap<String, Blocked>,
        /// Friend requests waiting for this account's confirmation, by requester.
        pub pending: BTreeMap<String, Pending>,
        /// Versions the relationship-chain answers report: standard friend data, custom friend
        /// data, friend lists, blocklist.
        pub standard_seq: u64,
        pub custom_seq: u64,
        pub group_seq: u64,
        pub black_seq: u64,
        /// Conversations deleted from this account's list (`1:peer`, `2:group`) and when: one
        /// comes back with a later message.
        pub deleted_conversations: BTreeMap<String, u64>,
        /// One-to-one roaming cleared by this account (recentcontact/delete `ClearRamble`), by
        /// peer: messages up to that time are gone from its side.
        pub cleared_roaming: BTreeMap<String, u64>,
        /// One-to-one messages this account deleted from its side only (delete_c2c_msg_ramble),
        /// by peer: their MsgKeys. The peer still sees them.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub deleted_c2c: BTreeMap<String, BTreeSet<String>>,
        /// Pins, marks and contact groups of conversations (keys as `deleted_conversations`):
        /// the service keeps them apart from the recent-contact list, so a conversation can carry
        /// them before it has a message.
        pub conversation_marks: BTreeMap<String, ConversationMarks>,
        /// Conversation groups (recentcontact `*_contact_group`): name → ID. IDs are per account,
        /// from 1, in the order created.
        pub contact_groups: BTreeMap<String, u64>,
    }
}

impl Account {
    /// An account with no data (what the admin reads as until something is stored for it).
    pub const EMPTY: Account = Account {
        created: 0,
        profile: BTreeMap::new(),
        kicked_at: 0,
        online: BTreeMap::new(),
        c2c_muted_until: 0,
        group_muted_until: 0,
        friends: BTreeMap::new(),
        friend_groups: Vec::new(),
        blocked: BTreeMap::new(),
        pending: BTreeMap::new(),
        standard_seq: 0,
        custom_seq: 0,
        group_seq: 0,
        black_seq: 0,
        deleted_conversations: BTreeMap::new(),
        cleared_roaming: BTreeMap::new(),
        deleted_c2c: BTreeMap::new(),
        conversation_marks: BTreeMap::new(),
        contact_groups: BTreeMap::new(),
    };
}

snapshotted! {
    /// What an account keeps about one conversation besides its messages. An entry left with
    /// nothing stays (removing from this map would cost the wasm a BTreeMap removal of its own).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
    pub struct ConversationMarks {
        /// Pinned by the client (`pinConversation`): `TopFlag` 1.
        pub pinned: bool,
        /// Standard marks: bit n is `SetMark: [n]`.
        pub standard: u64,
        pub custom: String,
        /// IDs of the conversation groups it is in, in the order added.
        pub groups: Vec<u64>,
        /// When its marks or groups last changed (`Timestamp`).
        pub updated: u64,
    }
}

impl ConversationMarks {
    /// Whether it counts toward the 1000 marked or grouped conversations an account may have.
    pub fn is_marked(&self) -> bool {
        self.standard != 0 || !self.custom.is_empty() || !self.groups.is_empty()
    }
}


/// The keys of `map` in the order `order` gives: one sort of `(u64, &str)` serves every kind
/// of entry (a sort per entry type costs the wasm several KB each).
pub fn keys_in_order<T>(map: &BTreeMap<String, T>, order: fn(&T) -> u64) -> Vec<&str> {
    // Ties by key: the map iterates in key order.
    let mut v: Vec<(&str, u64)> = map.iter().map(|(k, e)| (k.as_str(), order(e))).collect();
    sort_by_order(&mut v, |(_, o)| *o);
    v.into_iter().map(|(k, _)| k).collect()
}

snapshotted! {
    /// A friend in an account's list (a one-way edge: "both ways" is two of them).
    #[derive(Debug, Clone, PartialEq, Serialize, Default)]
    pub struct Friend {
        pub add_time: u64,
        /// Order of adding across the simulator (friend_get pages in this order).
        pub order: u64,
        pub add_source: String,
        pub add_wording: String,
        pub remark: String,
        pub remark_time: u64,
        /// The friend lists it is in.
        pub groups: Vec<String>,
        /// `Tag_SNS_Custom_*` values.
        pub custom: BTreeMap<String, serde_json::Value>,
    }
}

snapshotted! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
    pub struct Blocked {
        pub time: u64,
        pub order: u64,
    }
}

snapshotted! {
    /// A friend request the peer has yet to confirm (its AllowType is NeedConfirm).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
    pub struct Pending {
        pub time: u64,
        pub add_source: String,
        pub add_wording: String,
        /// Add_Type_Both: the requester asked to be in the peer's list too.
        pub both: bool,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Role {
    Owner,
    Admin,
    Member,
}

impl Named for Role {
    fn json_name(self) -> &'static str {
        self.name()
    }
    fn from_json_name(name: &str) -> Option<Role> {
        [Role::Owner, Role::Admin, Role::Member].into_iter().find(|r| r.name() == name)
    }
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Admin => "Admin",
            Role::Member => "Member",
        }
    }
}

snapshotted! {
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Member {
        pub role: Role,
        pub join_time: u64,
        /// Order of joining across the simulator (member lists and receipt-detail cursors).
        pub join_order: u64,
        /// The group's last seq when the member joined: later messages have it in their audience.
        pub joined_at_seq: u64,
        /// Read position: the seq of the last message the member has read.
        pub read_seq: u64,
        pub msg_flag: String,
        pub name_card: String,
        pub last_send_time: u64,
        /// `AppMemberDefinedData`.
        pub custom: BTreeMap<String, String>,
    }
}

snapshotted! {
    #[derive(Debug, Clone, Serialize)]
    pub struct GroupMsg {
        pub seq: u64,
        pub time: u64,
        pub sender: String,
        pub random: u32,
        /// Kept as compact JSON text: a parsed tree costs several allocations per message, and
        /// 100,000 messages must stay small. Snapshots embed it as JSON, unchanged.
        pub body: MsgBody,
        pub priority: String,
        pub need_receipt: bool,
        /// `SendMsgControl: ["NoUnread"]`: not counted as unread.
        pub no_unread: bool,
        pub recalled: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cloud_custom_data: Option<String>,
        /// Key–value extensions: present only on messages sent with `SupportMessageExtension: 1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ext: Option<MsgExt>,
    }
}

snapshotted! {
    /// A message's key–value extensions (`openim_msg_ext_http_svc`): each write bumps
    /// `latest_seq` once and stamps the keys it touches with it; clearing all records `clear_seq`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
    pub struct MsgExt {
        pub latest_seq: u64,
        pub clear_seq: u64,
        pub kvs: BTreeMap<String, ExtKv>,
    }
}

snapshotted! {
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct ExtKv {
        pub value: String,
        pub seq: u64,
    }
}

snapshotted! {
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct SystemNotification {
        pub time: u64,
        /// Empty: every member.
        pub to: Vec<String>,
        pub content: String,
    }
}

snapshotted! {
    #[derive(Debug, Clone, Serialize)]
    pub struct Group {
        pub id: String,
        pub ty: GroupType,
        pub name: String,
        pub owner: Option<String>,
        pub introduction: String,
        pub notification: String,
        pub face_url: String,
        pub max_members: u32,
        pub apply_join_option: String,
        pub invite_join_option: String,
        pub created: u64,
        /// Profile version and time of its last change.
        pub info_seq: u64,
        pub last_info_time: u64,
        /// `MuteAllMember: On`: only the owner, admins and the App admin may speak.
        pub mute_all: bool,
        /// `AppDefinedData`.
        pub custom: BTreeMap<String, String>,
        /// Custom attributes (AVChatRoom), by key.
        pub attrs: BTreeMap<String, String>,
        /// Attribute writes in the second `attr_write_second` (at most 5 a second per group).
        pub attr_write_second: u64,
        pub attr_writes: u32,
        /// Muted accounts and until when (`u64::MAX`: for good). Kept by account, not by
        /// membership: a muted user who leaves and rejoins is still muted (269/1627).
        pub muted: BTreeMap<String, u64>,
        pub members: BTreeMap<String, Member>,
        /// `messages[i].seq == i + 1`: seqs are consecutive from 1.
        pub messages: Vec<GroupMsg>,
        pub notifications: Vec<SystemNotification>,
        /// clear_group_msg's mark: messages up to this seq are cleared for the members (never
        /// unread; the admin still reads them), and later seqs go on from the last one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cleared_seq: Option<u64>,
        /// Live-group bans (ban_group_member), by account: out of the group, cannot speak or
        /// join until then. Kept by account, like mutes.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub bans: BTreeMap<String, Ban>,
        /// Group counters (update_group_counter): int64 values by key.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub counters: BTreeMap<String, i64>,
        /// Community permission groups (create_permission_group), by `@PMG#_` ID.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub permission_groups: BTreeMap<String, PermissionGroup>,
        /// Community topics by topic ID: `None` unless the group was created with
        /// `SupportTopic: 1` (then `Some`, empty until create_topic). Other handlers find a
        /// topic with `sim::topics::topic(g, id)`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub topics: Option<BTreeMap<String, Topic>>,
        /// create_group `EnablePermission: 1` (topic-enabled Communities only): permission
        /// groups are the basis of members' permissions, and this is every member's default
        /// Community permission bitmask (`DefaultPermission`). `None`: not enabled.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub default_permission: Option<u64>,
        /// Live-group admins (modify_admin), kept apart from membership: an admin need not be
        /// in the room and stays one across leaving and re-entering (CN 102857).
        #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
        pub live_admins: BTreeSet<String>,
        /// Live-group member marks (modify_user_info) by account, ascending; cleared when the member
        /// leaves, except the special mark 500.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        pub marks: BTreeMap<String, Vec<u32>>,
        /// Pinned messages of the group's own history (pin_message), in the order pinned; a
        /// topic's are its own (`Topic::pins`).
        #[serde(skip_serializing_if = "LaterList::is_empty")]
        pub pins: LaterList<Pin>,
    }
    derived {
        pub index: ReceiptIndex,
    }
}

snapshotted! {
    /// A Community permission group: the permissions it grants (a V2TIM_COMMUNITY_PERMISSION_*
    /// bitmask) and the Community members it grants them to, in the order they were added.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct PermissionGroup {
        pub name: String,
        pub permission: u64,
        pub custom_string: String,
        pub members: Vec<String>,
        /// Topic permissions (add_topic_permission_group): bitmasks by topic ID.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub topics: BTreeMap<String, u64>,
    }
}

snapshotted! {
    /// A Community topic: a child of its group with its own profile (create_topic,
    /// modify_topic) and its own message sequence. Its members are the group's members; each
    /// has its own place in the topic (`reads`), kept in step with the group's membership by
    /// `Group::add_member` and `Group::remove_member`.
    #[derive(Debug, Clone, Serialize)]
    pub struct Topic {
        pub name: String,
        /// `From_Account` of create_topic: the topic's owner, if one was named.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub owner: Option<String>,
        pub introduction: String,
        pub notification: String,
        pub face_url: String,
        pub custom_string: String,
        pub created: u64,
        /// `MuteAllMember: On` of modify_topic.
        pub mute_all: bool,
        /// Mutes in this topic only (forbid_send_msg with `TopicId`), until when by account, as
        /// the group's `muted` (which holds in every topic). Left out of snapshots while empty.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub muted: BTreeMap<String, u64>,
        /// The topic's messages: `messages[i].seq == i + 1`, apart from the group's and every
        /// other topic's. Left out of snapshots while empty (older snapshots read as empty).
        #[serde(skip_serializing_if = "LaterList::is_empty")]
        pub messages: LaterList<GroupMsg>,
        /// Each group member's place in the topic, by account.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub reads: BTreeMap<String, TopicRead>,
        /// Pinned messages of the topic (pin_message with `TopicId`), in the order pinned.
        #[serde(skip_serializing_if = "LaterList::is_empty")]
        pub pins: LaterList<Pin>,
    }
    derived {
        pub index: ReceiptIndex,
    }
}

snapshotted! {
    /// A member's place in a topic: the topic's last seq when it joined (later messages are
    /// its to read) and its read position.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub struct TopicRead {
        pub joined_at_seq: u64,
        pub read_seq: u64,
    }
}

snapshotted! {
    /// A pinned message: its seq, who pinned it and when (get_pinned_messages lists the latest
    /// pinned first).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct Pin {
        pub seq: u64,
        pub pinner: String,
        pub time: u64,
    }
}

snapshotted! {
    /// A live-group ban: until when (Unix seconds) and the reason given.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct Ban {
        pub until: u64,
        pub description: String,
    }
}

/// Derived counts that make receipts and unread numbers O(log n).
///
/// A member is in a message's audience when it joined before the message (`joined_at_seq <
/// seq`) and has read it when `read_seq >= seq`. So the read count of seq s is the number of
/// intervals `(joined_at_seq, read_seq]` containing s: #{j < s} − #{r < s} over the members
/// whose interval is not empty (for those, r < s implies j < s).
#[derive(Debug, Clone, Default)]
pub struct ReceiptIndex {
    joined: Fenwick,
    interval_start: Fenwick,
    interval_end: Fenwick,
    /// `counted_prefix[i]`: messages with seq ≤ i that count as unread (not NoUnread).
    counted_prefix: Vec<u64>,
    /// Seqs of counted messages per sender (own messages are never unread).
    sent_counted: HashMap<String, Vec<u64>>,
}

impl ReceiptIndex {
    fn member(&mut self, m: &Member, sign: i64) {
        self.joined.add(m.joined_at_seq, sign);
        if m.joined_at_seq < m.read_seq {
            self.interval_start.add(m.joined_at_seq, sign);
            self.interval_end.add(m.read_seq, sign);
        }
    }
}

impl ReceiptIndex {
    /// Counted messages after seq `from` up to `last` not sent by `account`: O(log n).
    fn unread_after(&self, account: &str, from: u64, last: u64) -> u64 {
        let prefix = |s: u64| usize::try_from(s).ok().and_then(|i| self.counted_prefix.get(i)).copied().unwrap_or(0);
        let from = from.min(last);
        let own = self.sent_counted.get(account).map_or(0, |seqs| {
            let lo = seqs.partition_point(|&s| s <= from);
            seqs.len().saturating_sub(lo) as u64
        });
        prefix(last).saturating_sub(prefix(from)).saturating_sub(own)
    }
}

impl Topic {
    /// A topic with no profile, no messages and no readers yet.
    pub fn empty() -> Topic {
        Topic { name: String::new(), owner: None, introduction: String::new(), notification: String::new(), face_url: String::new(), custom_string: String::new(), created: 0, mute_all: false, muted: BTreeMap::new(), messages: LaterList(Vec::new()), reads: BTreeMap::new(), pins: LaterList(Vec::new()), index: ReceiptIndex { counted_prefix: vec![0], ..ReceiptIndex::default() } }
    }

    /// The group's members now: each starts at the topic's beginning.
    pub fn admit<'a>(&mut self, members: impl Iterator<Item = &'a String>) {
        for a in members {
            self.reads.insert(a.clone(), TopicRead { joined_at_seq: 0, read_seq: 0 });
        }
    }

    pub fn last_seq(&self) -> u64 {
        self.messages.len() as u64
    }

    pub fn message(&self, seq: u64) -> Option<&GroupMsg> {
        usize::try_from(seq).ok().and_then(|s| s.checked_sub(1)).and_then(|i| self.messages.get(i))
    }

    /// Rebuilds the derived unread index (topics keep no receipts: Community groups have none).
    pub fn reindex(&mut self) {
        let mut index = ReceiptIndex { counted_prefix: vec![0], ..ReceiptIndex::default() };
        for msg in self.messages.iter() {
            push_counted(&mut index, msg);
        }
        self.index = index;
    }

    pub fn push_message(&mut self, msg: GroupMsg) {
        if self.index.counted_prefix.is_empty() {
            self.index.counted_prefix.push(0);
        }
        push_counted(&mut self.index, &msg);
        self.messages.push(msg);
    }

    /// Moves a member's read position in the topic (never past its last message).
    pub fn set_read_seq(&mut self, account: &str, seq: u64) {
        let last = self.last_seq();
        if let Some(r) = self.reads.get_mut(account) {
            r.read_seq = seq.min(last);
        }
    }

    /// A member's unread count in the topic: counted messages after its read position not
    /// sent by itself.
    pub fn unread(&self, account: &str) -> u64 {
        self.reads.get(account).map_or(0, |r| self.index.unread_after(account, r.read_seq, self.last_seq()))
    }
}

/// A sequence of group messages and its members' read positions: a group's own, or one of
/// its topics'. Handlers that take `TopicId` find theirs with
/// `sim::topics::msg_log` (or `msg_log_mut`).
pub trait MsgLog {
    fn messages(&self) -> &[GroupMsg];
    /// For marks that keep the seq (recall): the sequence itself only grows by `push_message`.
    fn messages_mut(&mut self) -> &mut [GroupMsg];
    fn push_message(&mut self, msg: GroupMsg);
    /// A member's read position (`None`: not a member).
    fn read_seq(&self, account: &str) -> Option<u64>;
    fn set_read_seq(&mut self, account: &str, seq: u64);
    fn unread(&self, account: &str) -> u64;
    /// The accounts with a read position (the group's members).
    fn readers(&self) -> Vec<String>;

    fn last_seq(&self) -> u64 {
        self.messages().len() as u64
    }

    fn message(&self, seq: u64) -> Option<&GroupMsg> {
        usize::try_from(seq).ok().and_then(|s| s.checked_sub(1)).and_then(|i| self.messages().get(i))
    }
}

impl MsgLog for Group {
    fn messages(&self) -> &[GroupMsg] {
        &self.messages
    }
    fn messages_mut(&mut self) -> &mut [GroupMsg] {
        &mut self.messages
    }
    fn push_message(&mut self, msg: GroupMsg) {
        Group::push_message(self, msg);
    }
    fn read_seq(&self, account: &str) -> Option<u64> {
        self.members.get(account).map(|m| m.read_seq)
    }
    fn set_read_seq(&mut self, account: &str, seq: u64) {
        Group::set_read_seq(self, account, seq);
    }
    fn unread(&self, account: &str) -> u64 {
        Group::unread(self, account)
    }
    fn readers(&self) -> Vec<String> {
        self.members.keys().cloned().collect()
    }
}

impl MsgLog for Topic {
    fn messages(&self) -> &[GroupMsg] {
        &self.messages
    }
    fn messages_mut(&mut self) -> &mut [GroupMsg] {
        &mut self.messages
    }
    fn push_message(&mut self, msg: GroupMsg) {
        Topic::push_message(self, msg);
    }
    fn read_seq(&self, account: &str) -> Option<u64> {
        self.reads.get(account).map(|r| r.read_seq)
    }
    fn set_read_seq(&mut self, account: &str, seq: u64) {
        Topic::set_read_seq(self, account, seq);
    }
    fn unread(&self, account: &str) -> u64 {
        Topic::unread(self, account)
    }
    fn readers(&self) -> Vec<String> {
        self.reads.keys().cloned().collect()
    }
}

/// Until when `account` is muted now in a mute map (a group's or a topic's; 0: not muted).
pub fn mute_left(muted: &BTreeMap<String, u64>, account: &str, now: u64) -> u64 {
    muted.get(account).copied().filter(|&until| until > now).unwrap_or(0)
}

/// Read and unread counts of one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReceiptCounts {
    pub read: u64,
    pub unread: u64,
}

impl Group {
    pub fn last_seq(&self) -> u64 {
        self.messages.len() as u64
    }

    /// Until when `account` is muted in this group now (0: not muted).
    pub fn muted_until(&self, account: &str, now: u64) -> u64 {
        mute_left(&self.muted, account, now)
    }

    /// Until when `account` is banned from this group now (0: not banned).
    pub fn banned_until(&self, account: &str, now: u64) -> u64 {
        self.bans.get(account).map(|b| b.until).filter(|&until| until > now).unwrap_or(0)
    }

    /// The seq up to which clear_group_msg cleared the history (0: none).
    pub fn cleared_seq(&self) -> u64 {
        self.cleared_seq.unwrap_or(0)
    }

    pub fn message(&self, seq: u64) -> Option<&GroupMsg> {
        usize::try_from(seq).ok().and_then(|s| s.checked_sub(1)).and_then(|i| self.messages.get(i))
    }

    /// Rebuilds the derived indexes, the group's and its topics' (after restore).
    pub fn reindex(&mut self) {
        let mut index = ReceiptIndex { counted_prefix: vec![0], ..ReceiptIndex::default() };
        for m in self.members.values() {
            index.member(m, 1);
        }
        for msg in &self.messages {
            push_counted(&mut index, msg);
        }
        self.index = index;
        for t in self.topics.iter_mut().flat_map(|t| t.values_mut()) {
            // A snapshot from before topics had messages has no places in them: every member
            // starts at 0, exactly where it was (there was nothing to read).
            for a in self.members.keys() {
                t.reads.entry(a.clone()).or_insert(TopicRead { joined_at_seq: 0, read_seq: 0 });
            }
            t.reindex();
        }
    }

    pub fn add_member(&mut self, account: &str, member: Member) {
        self.index.member(&member, 1);
        self.members.insert(account.to_owned(), member);
        // A new member's topics start where each topic is now: nothing there is unread.
        for t in self.topics.iter_mut().flat_map(|t| t.values_mut()) {
            let at = t.last_seq();
            t.reads.insert(account.to_owned(), TopicRead { joined_at_seq: at, read_seq: at });
        }
    }

    pub fn remove_member(&mut self, account: &str) -> Option<Member> {
        let m = self.members.remove(account)?;
        self.index.member(&m, -1);
        // Whoever leaves a Community leaves its permission groups too.
        for pg in self.permission_groups.values_mut() {
            pg.members.retain(|a| a != account);
        }
        for t in self.topics.iter_mut().flat_map(|t| t.values_mut()) {
            t.reads.remove(account);
        }
        self.drop_marks(account);
        Some(m)
    }

    /// A member leaving a live group loses its marks but the special one (CN 79267: "当成员退群、
    /// 掉线时标记信息会被清除", mark 500 excepted).
    fn drop_marks(&mut self, account: &str) {
        let Some(marks) = self.marks.get_mut(account) else { return };
        marks.retain(|&m| m == crate::api::group_open_avchatroom_http_svc::modify_user_info::SPECIAL_MARK);
        if marks.is_empty() {
            self.marks.remove(account);
        }
    }

    /// Moves a member's read position (never past the last message).
    pub fn set_read_seq(&mut self, account: &str, seq: u64) {
        let seq = seq.min(self.last_seq());
        let Some(m) = self.members.get_mut(account) else { return };
        self.index.member(m, -1);
        m.read_seq = seq;
        self.index.member(m, 1);
    }

    pub fn push_message(&mut self, msg: GroupMsg) {
        if self.index.counted_prefix.is_empty() {
            self.index.counted_prefix.push(0);
        }
        push_counted(&mut self.index, &msg);
        self.messages.push(msg);
    }

    /// Receipt counts of a message: O(log n) in members and messages.
    pub fn receipt(&self, seq: u64) -> Option<ReceiptCounts> {
        let msg = self.message(seq)?;
        let ix = &self.index;
        let mut audience = ix.joined.count_below(seq);
        let mut read = ix.interval_start.count_below(seq) - ix.interval_end.count_below(seq);
        // The sender is not in its own message's audience.
        if let Some(s) = self.members.get(&msg.sender) {
            if s.joined_at_seq < seq {
                audience -= 1;
                if s.read_seq >= seq {
                    read -= 1;
                }
            }
        }
        let read = u64::try_from(read).unwrap_or(0);
        let audience = u64::try_from(audience).unwrap_or(0);
        Some(ReceiptCounts { read, unread: audience.saturating_sub(read) })
    }

    /// A member's unread count: counted messages after its read position (and after what
    /// clear_group_msg cleared) not sent by itself.
    pub fn unread(&self, account: &str) -> u64 {
        let Some(m) = self.members.get(account) else { return 0 };
        self.index.unread_after(account, m.read_seq.max(self.cleared_seq()), self.last_seq())
    }

    /// Whether `account` is in the receipt audience of `msg` and still a member.
    pub fn in_audience(&self, account: &str, m: &Member, msg: &GroupMsg) -> bool {
        m.joined_at_seq < msg.seq && account != msg.sender
    }
}

fn push_counted(index: &mut ReceiptIndex, msg: &GroupMsg) {
    let last = index.counted_prefix.last().copied().unwrap_or(0);
    let counted = !msg.no_unread;
    index.counted_prefix.push(last + u64::from(counted));
    if counted {
        index.sent_counted.entry(msg.sender.clone()).or_default().push(msg.seq);
    }
}

snapshotted! {
    #[derive(Debug, Clone, Serialize)]
    pub struct C2cMsg {
        pub seq: u64,
        pub random: u32,
        pub time: u64,
        pub body: MsgBody,
        pub recalled: bool,
        pub need_receipt: bool,
        /// Not counted as unread (`SendMsgControl: ["NoUnread"]`, importmsg history).
        pub no_unread: bool,
        /// The receiver sent a read receipt for it (c2c_msg_read_receipt).
        pub peer_read: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cloud_custom_data: Option<String>,
        /// Key–value extensions: present only on messages sent with `SupportMessageExtension: 1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ext: Option<MsgExt>,
    }
}

impl C2cMsg {
    /// `MsgSeq_MsgRandom_MsgTimeStamp`
    pub fn key(&self) -> String {
        format!("{}_{}_{}", self.seq, self.random, self.time)
    }
}

snapshotted! {
    /// The whole simulated service.
    #[derive(Debug, Clone, Serialize, Default)]
    pub struct World {
        pub accounts: BTreeMap<String, Account>,
        pub groups: BTreeMap<String, Group>,
        /// Destroyed group IDs: they answer 10010 until reused.
        pub destroyed: BTreeSet<String>,
        /// Messages by sender, then receiver, in time order.
        pub c2c: BTreeMap<String, BTreeMap<String, Vec<C2cMsg>>>,
        /// `read_time[reader][peer]`: messages from peer to reader with time ≤ this are read.
        pub read_time: BTreeMap<String, BTreeMap<String, u64>>,
        pub c2c_seq: u64,
        pub join_counter: u64,
        /// Order of friend and blocklist entries across the simulator.
        pub sns_counter: u64,
        /// The latest broadcasts to the live groups, for their seqs and the duplicate check.
        pub broadcasts: Vec<Broadcast>,
        /// Robot accounts by UserID (left out of snapshots while there are none).
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        pub robots: BTreeMap<String, Robot>,
        /// Robots' streaming messages by MsgKey.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        pub streams: BTreeMap<String, Stream>,
        /// Who follows whom.
        #[serde(default, skip_serializing_if = "FollowGraph::is_empty")]
        pub follows: FollowGraph,
        /// All-member push (`all_member_push/*`): the app's attribute names by index ("0"–"9").
        /// Empty maps are left out of snapshots (older snapshots read as empty).
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub push_attr_names: BTreeMap<String, String>,
        /// Each account's push attributes, by attribute index (so renaming an attribute keeps
        /// the values), and its push tags in the order added.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub push_attrs: BTreeMap<String, BTreeMap<String, String>>,
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub push_tags: BTreeMap<String, Vec<String>>,
        /// The pushes made, by TaskId (a repeated MsgRandom, the daily limit, the interval).
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub push_tasks: BTreeMap<String, PushTask>,
        /// Banned chat files (`im_cos_msg/forbid_illegal_object`): RawURL → when banned.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub banned_objects: BTreeMap<String, u64>,
        /// Local moderation words (`im_msg_audit_mgr/*_local_audit_keywords`), by Id written
        /// with 20 digits (so the map keeps Id order).
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub audit_words: BTreeMap<String, LocalWord>,
        /// Cloud moderation keywords: LibID → keyword → entry.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        pub audit_keywords: BTreeMap<String, BTreeMap<String, CloudKeyword>>,
        /// Official accounts, their subscribers and messages.
        #[serde(skip_serializing_if = "OfficialAccounts::is_empty")]
        pub official_accounts: OfficialAccounts,
    }
}

snapshotted! {
    /// A local moderation word: how it is matched and what it does to a message.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct LocalWord {
        pub id: u64,
        pub keyword: String,
        /// 1 a word, 2 a regular expression.
        pub word_type: u8,
        /// 1 replaced by `replaced_content`, 2 the message refused.
        pub filter_type: u8,
        pub replaced_content: String,
        pub time: u64,
    }
}

snapshotted! {
    /// A keyword of a cloud moderation library.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct CloudKeyword {
        pub id: u64,
        pub label: String,
        pub time: u64,
    }
}

snapshotted! {
    /// One push task (`im_push`, `timpush/push`, `batch`, `webpush`): when, from whom, who it
    /// reached, and whether it was revoked.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct PushTask {
        pub msg_random: u32,
        pub time: u64,
        pub from: String,
        /// The accounts it reached (stored in their one-to-one history unless online-only).
        pub receivers: Vec<String>,
        /// The Push plugin command that started it (`push`, `batch`, `webpush`); absent: im_push.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub via: Option<String>,
        /// When `timpush/revoke` recalled it.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub revoked: Option<u64>,
    }
}

snapshotted! {
    /// A send_broadcast_msg (live groups keep no history: this is what stays).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    pub struct Broadcast {
        pub seq: u64,
        pub random: u32,
        pub time: u64,
    }
}

impl World {
    pub fn c2c_messages(&self, from: &str, to: &str) -> &[C2cMsg] {
        self.c2c.get(from).and_then(|m| m.get(to)).map_or(&[], Vec::as_slice)
    }

    pub fn read_time(&self, reader: &str, peer: &str) -> u64 {
        self.read_time.get(reader).and_then(|m| m.get(peer)).copied().unwrap_or(0)
    }

    /// Whether `reader` has read `msg` from `peer`.
    pub fn is_read(&self, reader: &str, peer: &str, msg: &C2cMsg) -> bool {
        msg.time <= self.read_time(reader, peer)
    }

    /// Unread messages from `peer` to `reader` (recalled and NoUnread ones don't count).
    pub fn c2c_unread(&self, reader: &str, peer: &str) -> u64 {
        let read = self.read_time(reader, peer);
        let msgs = self.c2c_messages(peer, reader);
        let first_unread = msgs.partition_point(|m| m.time <= read);
        let deleted = self.deleted_c2c(reader, peer);
        let counted = |m: &&C2cMsg| !m.recalled && !m.no_unread && deleted.is_none_or(|d| !d.contains(&m.key()));
        msgs.get(first_unread..).map_or(0, |tail| tail.iter().filter(counted).count() as u64)
    }

    /// The MsgKeys of messages with `peer` that `account` deleted from its side.
    pub fn deleted_c2c(&self, account: &str, peer: &str) -> Option<&BTreeSet<String>> {
        self.accounts.get(account).and_then(|a| a.deleted_c2c.get(peer)).filter(|d| !d.is_empty())
    }

    /// `reader`'s unread one-to-one messages across all its conversations.
    pub fn c2c_unread_total(&self, reader: &str) -> u64 {
        self.c2c_peers_of(reader).iter().map(|peer| self.c2c_unread(reader, peer)).sum()
    }

    /// Peers that sent messages to `reader`.
    pub fn c2c_peers_of(&self, reader: &str) -> Vec<&str> {
        self.c2c.iter().filter(|(_, to)| to.contains_key(reader)).map(|(from, _)| from.as_str()).collect()
    }
}
