// The control API of `tcim serve`: what a test suite does to the double itself (reset it,
// export and import its state, move its clock, read the request journal and the callback
// log) under /_tcim/, which no /v4/ path can reach. One table: the server routes by it, the
// JS client and `tcim control` call through it, the README lists it.
import { TcimError } from "./api/errors.js";

/** @import { SimulatorState } from "../endpoints.js" */
/** @import { CallbackLogEntry, CallbackStats } from "./simulator/callbacks.js" */
/** @import { FaultRule, FaultPlan } from "./simulator/faults.js" */

/**
 * One request as the server's journal keeps it (never the query: it carries the UserSig).
 * @typedef {object} JournalEntry
 * @property {number} seq Position since the server started, from 1.
 * @property {string} time Real time, ISO 8601.
 * @property {number} simTime The simulator's clock, Unix seconds.
 * @property {string} method
 * @property {string} endpoint `service/command` for /v4/ requests, else the path.
 * @property {number} status
 * @property {number | null} errorCode The answer's ErrorCode (null when the answer had none).
 * @property {number} ms
 * @property {boolean} fault Whether an injected fault answered it.
 */
/** @typedef {{ seed: number; rules: (FaultRule & { fired: number })[] }} FaultsInForce */
/**
 * The control API of a running `tcim serve` (`/_tcim/…`). Every method fails with TcimError
 * `control_failed` (and `status`) on a non-2xx answer.
 * @typedef {object} ControlClient
 * @property {() => Promise<{ status: "ok"; version: string; endpoints: number; now: number; uptimeMs: number; requests: number; callbacks: CallbackStats }>} health
 * @property {() => Promise<{ now: number }>} reset An empty world with the server's options; the journal stays.
 * @property {() => Promise<string>} exportState The snapshot text (as `Simulator#snapshot`).
 * @property {(snapshot: string) => Promise<{ now: number }>} importState
 * @property {() => Promise<{ now: number }>} clock
 * @property {(o: { now: number }) => Promise<{ now: number }>} setClock Forward only: an earlier time is refused (400).
 * @property {(o: { seconds: number }) => Promise<{ now: number }>} advance
 * @property {(filter?: { endpoint?: string; code?: number; limit?: number }) => Promise<{ total: number; entries: JournalEntry[] }>} journal
 * @property {() => Promise<{ cleared: number }>} clearJournal
 * @property {() => Promise<SimulatorState>} inspect
 * @property {(filter?: { command?: string; limit?: number }) => Promise<{ stats: CallbackStats; entries: CallbackLogEntry[] }>} callbacks
 * @property {() => Promise<{ seed: number | null; rules: (FaultRule & { fired: number })[] }>} faults
 * @property {(faults: FaultPlan | FaultRule[] | string) => Promise<FaultsInForce>} setFaults
 * @property {() => Promise<{ seed: null; rules: [] }>} clearFaults
 */

/** [name (the client's method and the CLI's word), HTTP method, path under /_tcim/, what it does].
 * @type {[keyof ControlClient, string, string, string][]} */
export const CONTROL_OPERATIONS = [
  ["health", "GET", "health", "is it up: version, endpoints, clock, requests served, callback counts"],
  ["reset", "POST", "reset", "an empty world with the server's options (the journal stays)"],
  ["exportState", "GET", "state", "the whole state as snapshot text (Simulator#snapshot)"],
  ["importState", "PUT", "state", "replace the state with snapshot text"],
  ["clock", "GET", "clock", "the virtual clock: { now }"],
  ["setClock", "PUT", "clock", "move the clock forward to { now } (Unix seconds)"],
  ["advance", "POST", "clock/advance", "move the clock forward by { seconds }"],
  ["journal", "GET", "journal", "the last requests, newest last; filters: endpoint, code, limit"],
  ["clearJournal", "DELETE", "journal", "forget the journal"],
  ["inspect", "GET", "inspect", "the state as plain data (Simulator#inspect)"],
  ["faults", "GET", "faults", "the injected faults, with how often each fired"],
  ["setFaults", "PUT", "faults", "replace the injected faults ({ seed?, rules })"],
  ["clearFaults", "DELETE", "faults", "inject no faults"],
  ["callbacks", "GET", "callbacks", "fired callbacks with replies or errors, and counts; filters: command, limit"],
];

/** The prefix of every control path. */
export const CONTROL_PREFIX = "/_tcim/";

/** A client of a running server's control API (`tcim serve`, `tcim exec`): one async method
 * per operation, e.g. `controlClient("http://127.0.0.1:8080", { token })`. GET operations take
 * a filter object (the query), the others a JSON body (`importState` the snapshot text).
 * Fails with TcimError `control_failed` on any non-2xx answer. `token` is the server's
 * `--control-token`, when it has one.
 * @param {string} url
 * @param {{ token?: string }} [options]
 * @returns {ControlClient} */
export function controlClient(url, options = {}) {
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) throw new TcimError("invalid_argument", `controlClient takes the server's URL (http://…), got ${JSON.stringify(url)}`, []);
  const base = url.replace(/\/+$/, "");
  /** @type {Record<string, string>} */
  const headers = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  /** @type {Record<string, (arg?: unknown) => Promise<unknown>>} */
  const client = {};
  for (const [name, method, path] of CONTROL_OPERATIONS) {
    client[name] = async (arg) => {
      let target = `${base}${CONTROL_PREFIX}${path}`;
      /** @type {RequestInit & { headers: Record<string, string> }} */
      const init = { method, headers: { ...headers } };
      if (method === "GET" && arg && typeof arg === "object") {
        const query = new URLSearchParams(Object.entries(arg).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
        if ([...query].length) target += `?${query}`;
      } else if (method !== "GET" && arg !== undefined) {
        init.body = typeof arg === "string" ? arg : JSON.stringify(arg);
        init.headers["Content-Type"] = "application/json";
      }
      const res = await fetch(target, init);
      const text = await res.text();
      if (!res.ok) {
        let message = text;
        try {
          message = JSON.parse(text).error.message;
        } catch {}
        const e = /** @type {TcimError & { status?: number }} */ (new TcimError("control_failed", `${method} ${CONTROL_PREFIX}${path}: HTTP ${res.status}: ${message}`, []));
        e.status = res.status;
        throw e;
      }
      return name === "exportState" ? text : JSON.parse(text);
    };
  }
  return /** @type {ControlClient} */ (/** @type {unknown} */ (client));
}
