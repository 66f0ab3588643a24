//! Official accounts (`official_account_open_http_svc/*`): each with its profile, its
//! subscribers and its own message stream (MsgSeq from 1). Left out of snapshots while the
//! app has none, so older snapshots read as they were written.

use serde_json::value::RawValue;
use crate::read::{reads, ReadJson, Reader};
use serde::Serialize;
use std::collections::BTreeMap;

/// Every official account of the app, by ID.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OfficialAccounts {
    pub accounts: BTreeMap<String, OfficialAccount>,
    /// The number the next made-up ID takes (`@TOA#_@TOA#…`; never reused).
    pub next_id: u64,
    /// The order the next subscription takes (the cursor of get_subscriber_info; never reused).
    pub next_order: u64,
}

/// The same, as read (`OfficialAccounts` adds that an older snapshot has none).
struct Stored {
    accounts: BTreeMap<String, OfficialAccount>,
    next_id: u64,
    next_order: u64,
}
reads!(Stored { accounts: "accounts", next_id: "next_id", next_order: "next_order" });

impl ReadJson for OfficialAccounts {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let Stored { accounts, next_id, next_order } = Stored::read(r)?;
        Some(OfficialAccounts { accounts, next_id, next_order })
    }
    /// A snapshot from before official accounts has none.
    fn absent() -> Option<Self> {
        Some(OfficialAccounts::default())
    }
}

/// One account: its profile, subscribers and messages.
#[derive(Debug, Clone, Serialize)]
pub struct OfficialAccount {
    pub owner: String,
    pub name: String,
    pub introduction: String,
    pub face_url: String,
    pub organization: String,
    pub custom_string: String,
    pub max_subscribers: u32,
    pub created: u64,
    pub last_msg_time: u64,
    pub subscribers: BTreeMap<String, Subscriber>,
    /// Message `MsgSeq` n is `messages[n - 1]`.
    pub messages: Vec<OaMsg>,
}
reads!(OfficialAccount {
    owner: "owner",
    name: "name",
    introduction: "introduction",
    face_url: "face_url",
    organization: "organization",
    custom_string: "custom_string",
    max_subscribers: "max_subscribers",
    created: "created",
    last_msg_time: "last_msg_time",
    subscribers: "subscribers",
    messages: "messages",
});

/// One subscription: since when, its place in the order of all subscriptions, its custom data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subscriber {
    pub time: u64,
    pub order: u64,
    pub custom_string: String,
}
reads!(Subscriber { time: "time", order: "order", custom_string: "custom_string" });

/// One message the account sent.
#[derive(Debug, Clone, Serialize)]
pub struct OaMsg {
    pub random: u32,
    pub time: u64,
    pub body: Box<RawValue>,
    pub recalled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}
reads!(OaMsg { random: "random", time: "time", body: "body", recalled: "recalled", cloud_custom_data: "cloud_custom_data" });

impl OaMsg {
    /// `MsgSeq_1_MsgTime` (the pages' "Seq_1_ServerTime").
    pub fn key(&self, seq: u64) -> String {
        format!("{seq}_1_{}", self.time)
    }
}

impl OfficialAccount {
    /// The subscribers in the order they subscribed.
    pub fn in_order(&self) -> Vec<(&String, &Subscriber)> {
        let mut list: Vec<(&String, &Subscriber)> = self.subscribers.iter().collect();
        super::order::sort_by_order(&mut list, |(_, s)| s.order);
        list
    }
}

impl OfficialAccounts {
    /// None ever made: left out of snapshots.
    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty() && self.next_id == 0 && self.next_order == 0
    }

    /// The user's subscriptions, in the order subscribed.
    pub fn subscribed_by(&self, user: &str) -> Vec<(&String, &OfficialAccount, &Subscriber)> {
        let mut list: Vec<(&String, &OfficialAccount, &Subscriber)> = self.accounts.iter().filter_map(|(id, a)| a.subscribers.get(user).map(|s| (id, a, s))).collect();
        super::order::sort_by_order(&mut list, |(_, _, s)| s.order);
        list
    }

    /// Everything of a deleted user: its subscriptions (accounts it owns stay, as groups stay
    /// when their owner goes).
    pub fn forget(&mut self, user: &str) {
        for a in self.accounts.values_mut() {
            a.subscribers.remove(user);
        }
    }
}
