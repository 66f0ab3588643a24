//! The follow graph (`follow/*`): who follows whom since when. Stored one way (by follower);
//! the fans index is derived and rebuilt when a snapshot is read. Follows are a relation of
//! their own, apart from friends: a friendship is not a follow and a follow is not a
//! friendship.

use crate::read::{reads, ReadJson, Reader};
use serde::Serialize;
use std::collections::BTreeMap;

/// One follow: when, and its place in the order of all follows (the cursors of `follow_get`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Follow {
    pub time: u64,
    pub order: u64,
}
reads!(Follow { time: "time", order: "order" });

/// Every follow of the app.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct FollowGraph {
    /// `following[a][b]`: a follows b.
    pub following: BTreeMap<String, BTreeMap<String, Follow>>,
    /// The order the next follow takes (never reused, so cursors stay valid).
    pub next: u64,
    /// `fans[b][a]`: a follows b (derived from `following`).
    #[serde(skip)]
    pub fans: BTreeMap<String, BTreeMap<String, Follow>>,
}

/// The graph as written: the fans index is not.
struct Stored {
    following: BTreeMap<String, BTreeMap<String, Follow>>,
    next: u64,
}
reads!(Stored { following: "following", next: "next" });

impl ReadJson for FollowGraph {
    fn read(r: &mut Reader<'_>) -> Option<Self> {
        let Stored { following, next } = Stored::read(r)?;
        let mut graph = FollowGraph { following, next, fans: BTreeMap::new() };
        for (a, bs) in &graph.following {
            for (b, f) in bs {
                graph.fans.entry(b.clone()).or_default().insert(a.clone(), *f);
            }
        }
        Some(graph)
    }
    /// A snapshot from before follows has none.
    fn absent() -> Option<Self> {
        Some(FollowGraph::default())
    }
}

impl FollowGraph {
    /// Nothing ever followed: left out of snapshots (older snapshots stay as they were).
    pub fn is_empty(&self) -> bool {
        self.following.is_empty() && self.next == 0
    }

    pub fn follows(&self, a: &str, b: &str) -> bool {
        self.following.get(a).is_some_and(|m| m.contains_key(b))
    }

    /// a follows b (false: it already did).
    pub fn add(&mut self, a: &str, b: &str, time: u64) -> bool {
        if self.follows(a, b) {
            return false;
        }
        let f = Follow { time, order: self.next };
        self.next += 1;
        self.following.entry(a.to_owned()).or_default().insert(b.to_owned(), f);
        self.fans.entry(b.to_owned()).or_default().insert(a.to_owned(), f);
        true
    }

    /// a no longer follows b (false: it did not).
    pub fn remove(&mut self, a: &str, b: &str) -> bool {
        let removed = detach(&mut self.following, a, b);
        detach(&mut self.fans, b, a);
        removed
    }

    /// Everything of an account that is deleted: its follows and its fans' follows of it.
    pub fn forget(&mut self, id: &str) {
        for b in self.following.remove(id).unwrap_or_default().into_keys() {
            detach(&mut self.fans, &b, id);
        }
        for a in self.fans.remove(id).unwrap_or_default().into_keys() {
            detach(&mut self.following, &a, id);
        }
    }

    pub fn following_of(&self, a: &str) -> impl Iterator<Item = (&String, &Follow)> {
        self.following.get(a).into_iter().flatten()
    }

    pub fn fans_of(&self, b: &str) -> impl Iterator<Item = (&String, &Follow)> {
        self.fans.get(b).into_iter().flatten()
    }

    /// Accounts a follows that follow a back, each with a's follow of it.
    pub fn mutual_of<'a>(&'a self, a: &'a str) -> impl Iterator<Item = (&'a String, &'a Follow)> + 'a {
        self.following_of(a).filter(move |(b, _)| self.follows(b, a))
    }

    /// (fans, following, mutual) of an account.
    pub fn counts(&self, a: &str) -> (u64, u64, u64) {
        let n = |m: &BTreeMap<String, BTreeMap<String, Follow>>| m.get(a).map_or(0, |x| x.len() as u64);
        (n(&self.fans), n(&self.following), self.mutual_of(a).count() as u64)
    }
}

/// Removes `map[a][b]`, and `map[a]` when it becomes empty (so an empty graph snapshots as none).
fn detach(map: &mut BTreeMap<String, BTreeMap<String, Follow>>, a: &str, b: &str) -> bool {
    let Some(inner) = map.get_mut(a) else { return false };
    let removed = inner.remove(b).is_some();
    if inner.is_empty() {
        map.remove(a);
    }
    removed
}
