//! Snapshots: the whole state as versioned JSON and back (`sim.snapshot()`,
//! `Simulator.restore`). The secret key is never written.

use super::options::Options;
use super::state::World;
use super::Simulator;
use crate::read::{read_or_why, reads};
use serde::Serialize;
use std::collections::BTreeMap;

/// The clock: manual (virtual) or real time plus an offset moved by `advance`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Clock {
    pub manual: Option<u64>,
    pub offset: i64,
}
reads!(Clock { manual: "manual", offset: "offset" });

/// Calls per endpoint within the current second.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RateWindow {
    pub second: u64,
    pub calls: BTreeMap<String, u32>,
}
reads!(RateWindow { second: "second", calls: "calls" });

/// The snapshot format (versioned), as read.
struct Snapshot {
    format: String,
    version: u32,
    options: Options,
    clock: Clock,
    rng: u64,
    rate: RateWindow,
    world: World,
}
reads!(Snapshot { format: "format", version: "version", options: "options", clock: "clock", rng: "rng", rate: "rate", world: "world" });

/// The same, as written: borrowed, so a snapshot never copies the world (a copy of 100,000
/// messages is ~50 MB that the wasm memory keeps once it has grown for it).
#[derive(Serialize)]
struct SnapshotOut<'a> {
    format: &'a str,
    version: u32,
    options: &'a Options,
    clock: Clock,
    rng: u64,
    rate: &'a RateWindow,
    world: &'a World,
}

const SNAPSHOT_FORMAT: &str = "tcim-simulator";
const SNAPSHOT_VERSION: u32 = 2;

impl Simulator {
    /// The whole state as versioned JSON (the secret key is never included).
    pub fn snapshot(&self) -> String {
        // Sized from the last one: growing a buffer by doubling leaves the wasm memory at
        // up to twice the text's size for good.
        let mut out = Vec::with_capacity(self.snapshot_len.get().saturating_add(self.snapshot_len.get() / 8).max(4096));
        let snap = SnapshotOut { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, options: &self.options, clock: self.clock, rng: self.rng, rate: &self.rate, world: &self.world };
        if serde_json::to_writer(&mut out, &snap).is_err() {
            return String::new();
        }
        self.snapshot_len.set(out.len());
        String::from_utf8(out).unwrap_or_default()
    }

    /// A simulator identical to the one snapshotted (same answers to the same future calls).
    pub fn restore(text: &str, real_now: fn() -> u64, secret_key: Option<String>) -> Result<Simulator, String> {
        let snap: Snapshot = read_or_why(text).map_err(|e| format!("not a tcim simulator snapshot: {e}"))?;
        if snap.format != SNAPSHOT_FORMAT {
            return Err(format!("not a tcim simulator snapshot (format \"{}\")", snap.format));
        }
        if snap.version != SNAPSHOT_VERSION {
            return Err(format!("unsupported snapshot version {} (this tcim reads version {SNAPSHOT_VERSION})", snap.version));
        }
        let mut world = snap.world;
        for (id, g) in world.groups.iter_mut() {
            if g.id != *id || g.messages.iter().enumerate().any(|(i, m)| m.seq != i as u64 + 1) || g.cleared_seq() > g.last_seq() || g.members.values().any(|m| m.read_seq > g.last_seq() || m.joined_at_seq > g.last_seq()) {
                return Err(format!("corrupt snapshot: group \"{id}\" is inconsistent"));
            }
            g.reindex();
        }
        let mut sim = Self::with_clock(Options { secret_key, ..snap.options }, real_now);
        (sim.clock, sim.rng, sim.rate, sim.world) = (snap.clock, snap.rng, snap.rate, world);
        // The next snapshot is about as long as the text restored.
        sim.snapshot_len.set(text.len());
        Ok(sim)
    }
}
