// The server's journal of its last requests (`/_tcim/journal`): a ring of columns, so that a
// request adds no entry object to what the collector copies. An object per request, kept for
// the next thousand, was ~1.5 µs of a ~25 µs answer; entries are made when the journal is read.

/** @import { JournalEntry } from "../control.js" */

/** The last `size` requests, oldest first when read.
 * @param {number} size */
export function requestJournal(size) {
  const capacity = Number.isFinite(size) ? Math.max(0, Math.floor(size)) : 0;
  const seqs = new Float64Array(capacity);
  const simTimes = new Float64Array(capacity);
  const mss = new Float64Array(capacity);
  const statuses = new Int32Array(capacity);
  // NaN: the answer had no ErrorCode.
  const errorCodes = new Float64Array(capacity);
  const faults = new Uint8Array(capacity);
  /** @type {string[]} */
  const times = new Array(capacity).fill("");
  /** @type {string[]} */
  const methods = new Array(capacity).fill("");
  /** @type {string[]} */
  const endpoints = new Array(capacity).fill("");
  let next = 0;
  let count = 0;
  return {
    /** Keeps one request (a `JournalEntry`'s fields, in its order).
     * @param {number} seq @param {string} time @param {number} simTime @param {string} method @param {string} endpoint
     * @param {number} status @param {number | null} errorCode @param {number} ms @param {boolean} fault */
    add(seq, time, simTime, method, endpoint, status, errorCode, ms, fault) {
      if (capacity === 0) return;
      seqs[next] = seq;
      times[next] = time;
      simTimes[next] = simTime;
      methods[next] = method;
      endpoints[next] = endpoint;
      statuses[next] = status;
      errorCodes[next] = errorCode ?? NaN;
      mss[next] = ms;
      faults[next] = fault ? 1 : 0;
      next = next + 1 === capacity ? 0 : next + 1;
      if (count < capacity) count++;
    },
    /** The entries, oldest first.
     * @returns {JournalEntry[]} */
    entries() {
      /** @type {JournalEntry[]} */
      const out = [];
      for (let k = 0; k < count; k++) {
        const i = (next - count + k + capacity) % capacity;
        out.push({ seq: seqs[i], time: times[i], simTime: simTimes[i], method: methods[i], endpoint: endpoints[i], status: statuses[i], errorCode: Number.isNaN(errorCodes[i]) ? null : errorCodes[i], ms: mss[i], fault: faults[i] === 1 });
      }
      return out;
    },
    /** Forgets every entry; answers how many there were. */
    clear() {
      const cleared = count;
      count = 0;
      next = 0;
      times.fill("");
      methods.fill("");
      endpoints.fill("");
      return cleared;
    },
  };
}
