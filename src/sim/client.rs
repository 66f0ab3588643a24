//! What client SDKs do that the REST API cannot: a member reading a group up to a seq, a
//! user reading a conversation, joining and leaving. Kept apart from the REST surface; tests
//! and the playground use them to make state move. Also `inspect()`.

use super::state::{Group, GroupMsg, Member, Role, SystemNotification};
use crate::api::write::{ObjectWriter, WriteJson};
use super::Simulator;
use crate::api::read::{read_or_why, reads};

#[derive(Debug)]
pub enum ClientAction {
    /// A member's client reports it has read the group up to `seq` (cumulative).
    ReadGroup { group_id: String, account: String, seq: u64 },
    /// `reader`'s client reads the conversation with `peer` up to `time` (default now).
    ReadC2c { reader: String, peer: String, time: Option<u64> },
    /// A user joins through the client SDK (the only way into an AVChatRoom).
    JoinGroup { group_id: String, account: String },
    /// A member leaves the group.
    QuitGroup { group_id: String, account: String },
}

/// Every member an action may have; which ones each action takes is in `ACTIONS`.
#[derive(Default)]
struct ActionFields {
    action: Option<String>,
    group_id: Option<String>,
    account: Option<String>,
    seq: Option<u64>,
    reader: Option<String>,
    peer: Option<String>,
    time: Option<u64>,
}
reads!(strict ActionFields { action: "action", group_id: "groupId", account: "account", seq: "seq", reader: "reader", peer: "peer", time: "time" });

/// Each action's name and the members it takes (the optional ones are marked in the reading).
const ACTIONS: &[(&str, &[&str])] = &[
    ("readGroup", &["groupId", "account", "seq"]),
    ("readC2c", &["reader", "peer", "time"]),
    ("joinGroup", &["groupId", "account"]),
    ("quitGroup", &["groupId", "account"]),
];

impl ActionFields {
    /// The members given (null counts as not given).
    fn given(&self) -> [(&'static str, bool); 6] {
        [
            ("groupId", self.group_id.is_some()),
            ("account", self.account.is_some()),
            ("seq", self.seq.is_some()),
            ("reader", self.reader.is_some()),
            ("peer", self.peer.is_some()),
            ("time", self.time.is_some()),
        ]
    }

    fn into_action(self) -> Result<ClientAction, String> {
        let names = || ACTIONS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
        let action = self.action.as_deref().ok_or_else(|| format!("missing \"action\" (one of: {})", names()))?;
        let (_, takes) = ACTIONS.iter().find(|(n, _)| *n == action).ok_or_else(|| format!("unknown action \"{action}\" (one of: {})", names()))?;
        if let Some((extra, _)) = self.given().into_iter().find(|(name, given)| *given && !takes.contains(name)) {
            return Err(format!("{action} takes no \"{extra}\" (it takes {})", takes.join(", ")));
        }
        let need = |value: Option<String>, name: &str| value.ok_or_else(|| format!("{action} needs \"{name}\""));
        Ok(match action {
            "readGroup" => ClientAction::ReadGroup { group_id: need(self.group_id, "groupId")?, account: need(self.account, "account")?, seq: self.seq.ok_or_else(|| format!("{action} needs \"seq\""))? },
            "readC2c" => ClientAction::ReadC2c { reader: need(self.reader, "reader")?, peer: need(self.peer, "peer")?, time: self.time },
            "joinGroup" => ClientAction::JoinGroup { group_id: need(self.group_id, "groupId")?, account: need(self.account, "account")? },
            _ => ClientAction::QuitGroup { group_id: need(self.group_id, "groupId")?, account: need(self.account, "account")? },
        })
    }
}

impl Simulator {
    /// Runs a client action given as JSON (`{"action": "readGroup", ...}`). Errors are
    /// plain sentences; a failed action changes nothing.
    pub fn client_json(&mut self, text: &str) -> Result<(), String> {
        let action = read_or_why::<ActionFields>(text).and_then(ActionFields::into_action).map_err(|e| format!("invalid client action: {e}"))?;
        self.client(action)
    }

    pub fn client(&mut self, action: ClientAction) -> Result<(), String> {
        match action {
            ClientAction::ReadGroup { group_id, account, seq } => {
                let g = self.world.groups.get_mut(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                let current = g.members.get(&account).ok_or_else(|| format!("\"{account}\" is not a member of \"{group_id}\""))?.read_seq;
                g.set_read_seq(&account, current.max(seq));
                Ok(())
            }
            ClientAction::ReadC2c { reader, peer, time } => {
                for a in [&reader, &peer] {
                    if !self.account_exists(a) {
                        return Err(format!("account \"{a}\" does not exist"));
                    }
                }
                let t = time.unwrap_or_else(|| self.now());
                let slot = self.world.read_time.entry(reader).or_default().entry(peer).or_insert(0);
                *slot = (*slot).max(t);
                Ok(())
            }
            ClientAction::JoinGroup { group_id, account } => {
                if !self.account_exists(&account) {
                    return Err(format!("account \"{account}\" does not exist"));
                }
                let g = self.world.groups.get(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                if g.members.contains_key(&account) {
                    return Err(format!("\"{account}\" is already a member of \"{group_id}\""));
                }
                if g.members.len() >= g.max_members as usize {
                    return Err(format!("group \"{group_id}\" is full"));
                }
                let last = g.last_seq();
                let member = super::group::new_member(self, Role::Member, last);
                if let Some(g) = self.world.groups.get_mut(&group_id) {
                    g.add_member(&account, member);
                }
                Ok(())
            }
            ClientAction::QuitGroup { group_id, account } => {
                let g = self.world.groups.get_mut(&group_id).ok_or_else(|| format!("group \"{group_id}\" does not exist"))?;
                match g.members.get(&account).map(|m| m.role) {
                    None => Err(format!("\"{account}\" is not a member of \"{group_id}\"")),
                    Some(Role::Owner) => Err(format!("\"{account}\" owns \"{group_id}\" and cannot quit it")),
                    Some(_) => {
                        g.remove_member(&account);
                        Ok(())
                    }
                }
            }
        }
    }
}

/// The whole state as plain data (camelCase), for the playground and tests: JSON text with
/// each object's keys in alphabetical order (as `serde_json::Value` writes them, which
/// `Simulator::inspect` returns).
pub fn inspect_json(sim: &Simulator) -> String {
    let w = &sim.world;
    let mut out = String::with_capacity(1024);
    let mut top = ObjectWriter::new(&mut out);
    top.member("accounts", &w.accounts.iter().map(|(id, a)| Account { id, a }).collect::<Vec<_>>());
    top.member("admin", &sim.options.admin);
    let mut c2c = Vec::new();
    for (from, tos) in &w.c2c {
        for (to, msgs) in tos {
            c2c.push(Conversation { from, to, messages: msgs.len(), unread: w.c2c_unread(to, from), read_time: w.read_time(to, from), last_key: msgs.last().map(|m| m.key()) });
        }
    }
    top.member("c2c", &c2c);
    top.member("destroyedGroups", &w.destroyed);
    top.member("groups", &w.groups.values().map(GroupView).collect::<Vec<_>>());
    top.member("now", &sim.now());
    top.member("sdkAppId", &sim.options.sdk_app_id);
    top.end();
    out
}

struct Account<'a> {
    id: &'a String,
    a: &'a super::state::Account,
}

impl WriteJson for Account<'_> {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.member("created", &self.a.created);
        o.member("nick", &self.a.nick);
        o.member("userId", self.id);
        o.end();
    }
}

struct Conversation<'a> {
    from: &'a String,
    to: &'a String,
    messages: usize,
    unread: u64,
    read_time: u64,
    last_key: Option<String>,
}

impl WriteJson for Conversation<'_> {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.member("from", self.from);
        o.member("lastMsgKey", &self.last_key);
        o.member("messages", &self.messages);
        o.member("readTime", &self.read_time);
        o.member("to", self.to);
        o.member("unread", &self.unread);
        o.end();
    }
}

struct GroupView<'a>(&'a Group);

impl WriteJson for GroupView<'_> {
    fn write_json(&self, out: &mut String) {
        let g = self.0;
        let mut members: Vec<(&String, &Member)> = g.members.iter().collect();
        members.sort_by_key(|(_, m)| m.join_order);
        let mut o = ObjectWriter::new(out);
        o.member("groupId", &g.id);
        o.member("maxMembers", &g.max_members);
        o.member("members", &members.into_iter().map(|(account, m)| MemberView { g, account, m }).collect::<Vec<_>>());
        o.member("messages", &g.messages.iter().map(|m| MessageView { g, m }).collect::<Vec<_>>());
        o.member("name", &g.name);
        o.member("nextMsgSeq", &(g.last_seq() + 1));
        o.member("notifications", &g.notifications.iter().map(NotificationView).collect::<Vec<_>>());
        o.member("owner", &g.owner);
        o.member("type", &g.ty.rest_name());
        o.end();
    }
}

struct MemberView<'a> {
    g: &'a Group,
    account: &'a String,
    m: &'a Member,
}

impl WriteJson for MemberView<'_> {
    fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.member("account", self.account);
        o.member("joinTime", &self.m.join_time);
        o.member("readSeq", &self.m.read_seq);
        o.member("role", &self.m.role.name());
        o.member("unread", &self.g.unread(self.account));
        o.end();
    }
}

struct MessageView<'a> {
    g: &'a Group,
    m: &'a GroupMsg,
}

impl WriteJson for MessageView<'_> {
    fn write_json(&self, out: &mut String) {
        let m = self.m;
        let receipt = if m.need_receipt { self.g.receipt(m.seq) } else { None };
        let mut o = ObjectWriter::new(out);
        // The stored body, written as Value writes it (keys sorted).
        o.member("body", &super::state::body_value(&m.body));
        o.member("needReceipt", &m.need_receipt);
        o.member("random", &m.random);
        o.member("readNum", &receipt.map(|r| r.read));
        o.member("recalled", &m.recalled);
        o.member("sender", &m.sender);
        o.member("seq", &m.seq);
        o.member("time", &m.time);
        o.member("unreadNum", &receipt.map(|r| r.unread));
        o.end();
    }
}

/// A system notification as `inspect` shows it (keys sorted, unlike its snapshot form).
struct NotificationView<'a>(&'a SystemNotification);

impl WriteJson for NotificationView<'_> {
    fn write_json(&self, out: &mut String) {
        let n = self.0;
        let mut o = ObjectWriter::new(out);
        o.member("content", &n.content);
        o.member("time", &n.time);
        o.member("to", &n.to);
        o.end();
    }
}
