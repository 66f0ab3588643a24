// tcim serve --state: a snapshot plus an append-only journal of the requests accepted since
// (the simulator is deterministic: replaying them in their seconds rebuilds the state), as
// Redis's AOF does. Each record is written before its answer is sent, so a killed process
// loses nothing; the fsync policy bounds what a crash of the machine can lose. A torn last
// record (the write a crash cut) is dropped and reported at start. The journal is folded into
// the snapshot when it grows, at exit, and on reset and import.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, ftruncateSync } from "node:fs";
import { crc32 } from "node:zlib";

/** @import { Simulator } from "./simulator/simulator.js" */

/** A journal record: a request (`t`, `api`, `body`, `verdict?`, as `Simulator#journalTo`
 * reports it) or a clock move (`op: "advance"`, `seconds`), numbered `n` from 1.
 * @typedef {{ n: number, op?: "advance", seconds?: number, t?: number, api?: string, body?: string, verdict?: object }} StateRecord */

/** `always` (fsync every record), `everysec` (at most a second of records), `no` (the OS decides). */
export const FSYNC_POLICIES = ["always", "everysec", "no"];
/** Records after which the journal is folded into the snapshot. */
const COMPACT_RECORDS = 50_000;
const COMPACT_BYTES = 64 * 1024 * 1024;
// The snapshot file names the last journal record it holds: `{"journalSeq":N,` + the
// simulator's snapshot without its `{`.
const SEQ_PREFIX = /^\{"journalSeq":(\d+),/;

/** @param {Omit<StateRecord, "n"> & { n?: number }} record */
const line = (record) => {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, "0")} ${json}\n`;
};

const whole = (/** @type {unknown} */ v) => Number.isSafeInteger(v) && /** @type {number} */ (v) >= 0;

/** Whether a parsed record is one this journal writes: a request or a clock move.
 * @param {any} r
 * @returns {r is StateRecord} */
function wellFormed(r) {
  if (r === null || typeof r !== "object" || Array.isArray(r) || !whole(r.n)) return false;
  if (r.op === "advance") return whole(r.seconds);
  const verdict = r.verdict === undefined || (r.verdict !== null && typeof r.verdict === "object");
  return r.op === undefined && whole(r.t) && typeof r.api === "string" && typeof r.body === "string" && verdict;
}

/** A record's line, checked: the record, or null when it is torn or damaged.
 * @param {string} text
 * @returns {StateRecord | null} */
function parseLine(text) {
  const m = /^([0-9a-f]{8}) (.*)$/.exec(text);
  if (!m || crc32(m[2]).toString(16).padStart(8, "0") !== m[1]) return null;
  try {
    const record = JSON.parse(m[2]);
    return wellFormed(record) ? record : null;
  } catch {
    return null;
  }
}

export class StateFile {
  #path;
  #journalPath;
  /** @type {number | null} */
  #fd = null;
  #fsync;
  #dirty = false;
  /** @type {ReturnType<typeof setInterval> | null} */
  #timer = null;
  #seq = 0;
  #records = 0;
  #bytes = 0;
  #compacting = false;

  /** @param {string} path @param {string} [fsync] */
  constructor(path, fsync = "everysec") {
    if (!FSYNC_POLICIES.includes(fsync)) throw new Error(`the fsync policy is one of ${FSYNC_POLICIES.join(", ")}, got "${fsync}"`);
    this.#path = path;
    this.#journalPath = `${path}.journal`;
    this.#fsync = fsync;
  }

  /** Loads the snapshot (through `restore(text)`, or `fresh()` without one) and replays the
   * journal through `replay(records)`. Answers `{ sim, replayed, dropped }`; a damaged
   * record before the last refuses to start (the journal is append-only: only its end can
   * be torn).
   * @param {(text: string) => Simulator} restore
   * @param {() => Simulator} fresh
   * @param {(sim: Simulator, records: StateRecord[]) => void} replay */
  load(restore, fresh, replay) {
    let seq = 0;
    let sim;
    if (existsSync(this.#path)) {
      let text = readFileSync(this.#path, "utf8");
      const m = SEQ_PREFIX.exec(text);
      if (m) {
        seq = Number(m[1]);
        text = `{${text.slice(m[0].length)}`;
      }
      sim = restore(text);
    } else {
      sim = fresh();
    }
    /** @type {StateRecord[]} */
    const records = [];
    let dropped = 0;
    if (existsSync(this.#journalPath)) {
      const lines = readFileSync(this.#journalPath, "utf8").split("\n");
      // Complete lines end with "\n": the last element is "" or a torn tail.
      const tail = lines.pop();
      if (tail !== "") dropped++;
      lines.forEach((text, i) => {
        const record = parseLine(text);
        if (record === null) {
          if (i === lines.length - 1) dropped++;
          else throw new Error(`${this.#journalPath}: record ${i + 1} is damaged (not only the last one, which a crash can tear): restore the state from a copy`);
          return;
        }
        if (record.n > seq) records.push(record);
      });
    }
    replay(sim, records);
    this.#seq = records.length ? records[records.length - 1].n : seq;
    // Start from one file again: the snapshot with everything, an empty journal. When
    // nothing was replayed the snapshot already is everything: only the journal is emptied
    // (serializing a large state costs time and memory).
    if (records.length || dropped || !existsSync(this.#path)) {
      this.compact(sim);
    } else {
      this.#emptyJournal();
    }
    if (this.#fsync === "everysec") {
      this.#timer = setInterval(() => this.#flush(), 1000);
      this.#timer.unref();
    }
    return { sim, replayed: records.length, dropped };
  }

  /** Appends a record (`n` is added) before the request's answer goes out.
   * @param {Omit<StateRecord, "n">} record */
  append(record) {
    if (this.#fd === null) this.#fd = openSync(this.#journalPath, "a");
    const text = line({ n: ++this.#seq, ...record });
    writeSync(this.#fd, text);
    this.#records++;
    this.#bytes += text.length;
    if (this.#fsync === "always") fsyncSync(this.#fd);
    else this.#dirty = true;
  }

  /** Whether the journal has grown enough to fold into the snapshot. */
  get due() {
    return !this.#compacting && (this.#records >= COMPACT_RECORDS || this.#bytes >= COMPACT_BYTES);
  }

  /** Folds the journal into the snapshot: the snapshot is written beside and renamed over
   * the old one (fsynced first), then the journal emptied. A crash between the two leaves
   * records the snapshot already holds; their numbers say so, and they are skipped.
   * @param {Simulator} sim */
  compact(sim) {
    this.#compacting = true;
    try {
      const snapshot = sim.snapshot();
      const tmp = `${this.#path}.tmp-${process.pid}`;
      const fd = openSync(tmp, "w");
      try {
        writeSync(fd, `{"journalSeq":${this.#seq},${snapshot.slice(1)}`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.#path);
      this.#emptyJournal();
    } finally {
      this.#compacting = false;
    }
  }

  /** Empties the journal (everything in it is in the snapshot) and keeps it open. */
  #emptyJournal() {
    if (this.#fd === null) this.#fd = openSync(this.#journalPath, "a");
    ftruncateSync(this.#fd, 0);
    fsyncSync(this.#fd);
    this.#records = 0;
    this.#bytes = 0;
    this.#dirty = false;
  }

  #flush() {
    if (this.#dirty && this.#fd !== null) {
      fsyncSync(this.#fd);
      this.#dirty = false;
    }
  }

  /** Folds everything into the snapshot and closes the journal.
   * @param {Simulator} sim */
  close(sim) {
    if (this.#timer) clearInterval(this.#timer);
    this.compact(sim);
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}

/** A record as the journal writes it (one line, with its checksum): for tests and tools. */
export const journalLine = line;
