//! What client SDKs do that the REST API cannot: a member reading a group up to a seq, a
//! user reading a conversation, joining and leaving. Kept apart from the REST surface; tests
//! and the playground use them to make state move. Also `inspect()`.

use super::state::{Member, Role};
use super::Simulator;
use crate::api::read::{read_or_why, reads};
use serde_json::{json, Value};

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

/// The whole state as plain data (camelCase), for the playground and tests.
pub fn inspect(sim: &Simulator) -> Value {
    let w = &sim.world;
    let accounts: Vec<Value> = w.accounts.iter().map(|(id, a)| json!({ "userId": id, "nick": a.nick, "created": a.created })).collect();
    let groups: Vec<Value> = w
        .groups
        .values()
        .map(|g| {
            let mut members: Vec<(&String, &Member)> = g.members.iter().collect();
            members.sort_by_key(|(_, m)| m.join_order);
            json!({
                "groupId": g.id,
                "type": g.ty.rest_name(),
                "name": g.name,
                "owner": g.owner,
                "nextMsgSeq": g.last_seq() + 1,
                "maxMembers": g.max_members,
                "members": members.iter().map(|(a, m)| json!({
                    "account": a, "role": m.role.name(), "joinTime": m.join_time,
                    "readSeq": m.read_seq, "unread": g.unread(a),
                })).collect::<Vec<_>>(),
                "messages": g.messages.iter().map(|m| {
                    let receipt = if m.need_receipt { g.receipt(m.seq) } else { None };
                    json!({
                        "seq": m.seq, "time": m.time, "sender": m.sender, "random": m.random,
                        "needReceipt": m.need_receipt, "recalled": m.recalled,
                        "readNum": receipt.map(|r| r.read), "unreadNum": receipt.map(|r| r.unread),
                        "body": super::state::body_value(&m.body),
                    })
                }).collect::<Vec<_>>(),
                "notifications": g.notifications.iter().map(|n| json!({ "time": n.time, "to": n.to, "content": n.content })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut c2c = Vec::new();
    for (from, tos) in &w.c2c {
        for (to, msgs) in tos {
            c2c.push(json!({
                "from": from, "to": to, "messages": msgs.len(),
                "unread": w.c2c_unread(to, from), "readTime": w.read_time(to, from),
                "lastMsgKey": msgs.last().map(|m| m.key()),
            }));
        }
    }
    json!({ "now": sim.now(), "sdkAppId": sim.options.sdk_app_id, "admin": sim.options.admin, "accounts": accounts, "groups": groups, "c2c": c2c, "destroyedGroups": w.destroyed })
}
