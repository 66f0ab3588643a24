// Third-party callbacks of a Simulator: its settings, asking a Before-callback (a handler
// now or awaited, or a POST within the timeout) and delivering what fired, in order per
// conversation over HTTP, with a bounded log and counts. Wasm decides what fires and what a
// verdict does; this module only carries callbacks to the app and its replies back.
import { argError, fromWasm, messageOf } from "../api/errors.js";
import { ANSWER_PREFIX, answerOf } from "./answers.js";

/** @import { CallbackOptions, CallbackBody, FiredCallback } from "../../endpoints.js" */
/** @import { SimModule, WasmSimulator } from "../wasm.js" */

/**
 * The app's reply to a Before-callback: ErrorCode 0 allows (MsgBody and CloudCustomData
 * replace a message's; RefusedMembers_Account keeps those members out of an invitation),
 * 1 refuses, 2 drops a message silently; the app's own codes (120001–130000 for messages,
 * 10100–10200 for creating and joining groups) refuse with that code and ErrorInfo.
 * @typedef {object} CallbackReply
 * @property {string} [ActionStatus]
 * @property {number} ErrorCode
 * @property {string} [ErrorInfo]
 * @property {unknown[]} [MsgBody]
 * @property {string} [CloudCustomData]
 * @property {string[]} [RefusedMembers_Account]
 */
/** @typedef {(callback: FiredCallback) => CallbackReply | void | Promise<CallbackReply | void>} CallbackHandler */
/**
 * @typedef {object} CallbackLogEntry
 * @property {number} time
 * @property {string | null} command
 * @property {Record<string, string> | null} query
 * @property {CallbackBody | null} body
 * @property {unknown} [reply]
 * @property {string} [error]
 * @property {number} [dropped] How many were dropped here (the outbox or the HTTP queue was full).
 */
/** @typedef {{ fired: number; delivered: number; failed: number; dropped: number; waiting: number }} CallbackStats */
/** The callbacks option with a handler (`new Simulator({ callbacks })`, `setCallbacks`).
 * @typedef {Omit<CallbackOptions, "handler"> & { handler?: CallbackHandler }} CallbackSettingsInput */
/** @typedef {{ url: string | undefined, token: string | undefined, timeoutMs: number, queueMax: number, handler: CallbackHandler | null, wasmPart: object }} CallbackSettings */
/** The app's answer to a Before-callback, as wasm reads it (`{"reply": …}` or `{"failed": "why"}`).
 * @typedef {{ reply?: unknown, failed?: string }} Verdict */
/** One step of a request in steps: its answer, or the Before-callback to ask (JSON text).
 * @typedef {(verdict: string | undefined) => string} Step */

/** How many fired callbacks `callbackLog()` keeps, and how many After-callbacks may wait
 * for HTTP delivery (past it new ones are dropped and logged). */
const LOG_MAX = 1000;
const QUEUE_MAX = 10_000;
const DEFAULT_TIMEOUT_MS = 2000;
/** What a handler that returns nothing answers: allow. */
const ALLOW = () => ({ ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" });

/** The options `new Simulator({ callbacks })` and `setCallbacks` take, checked.
 * @param {unknown} options
 * @returns {CallbackSettings} */
export function callbackSettings(options) {
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw argError("callbacks must be an object like { url?, token?, commands?, timeoutMs?, onFailure?, handler? }");
  const c = /** @type {Record<string, any>} */ (options);
  if (c.handler !== undefined && typeof c.handler !== "function") throw argError("callbacks.handler must be a function");
  if (c.url !== undefined && (typeof c.url !== "string" || !/^https?:\/\//.test(c.url))) throw argError(`callbacks.url must start with http:// or https://, got ${JSON.stringify(c.url)}`);
  if (c.token !== undefined && (typeof c.token !== "string" || c.token.length < 1 || c.token.length > 128)) throw argError("callbacks.token must be a string of 1-128 characters (the console's limit)");
  const timeoutMs = c.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : c.timeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw argError(`callbacks.timeoutMs must be a positive integer, got ${timeoutMs}`);
  const queueMax = c.queueMax === undefined ? QUEUE_MAX : c.queueMax;
  if (!Number.isInteger(queueMax) || queueMax < 1) throw argError(`callbacks.queueMax must be a positive integer, got ${queueMax}`);
  const { handler, ...wasmPart } = c;
  return { url: c.url, token: c.token, timeoutMs, queueMax, handler: handler ?? null, wasmPart };
}

/** A new wasm simulator for `service` (the options but faults), and its callback settings:
 * null when none can fire (without a URL or a handler, as for a new app).
 * @param {SimModule} module
 * @param {Record<string, unknown> & { callbacks?: unknown }} service
 * @returns {{ sim: WasmSimulator, settings: CallbackSettings | null }} */
export function newWasmSimulator(module, service) {
  const cb = service.callbacks === undefined ? null : callbackSettings(service.callbacks);
  let sim;
  try {
    sim = new module.WasmSimulator(JSON.stringify(cb ? { ...service, callbacks: cb.wasmPart } : service));
  } catch (e) {
    throw fromWasm(e);
  }
  const settings = cb && (cb.url || cb.handler) ? cb : null;
  if (cb && !settings) sim.setCallbacks("null");
  return { sim, settings };
}

/** The conversation a callback belongs to, for ordering: its group, its pair of accounts
 * (either way round), its account, or one queue for the rest.
 * @param {Record<string, any>} body */
function conversationOf(body) {
  if (typeof body.GroupId === "string") return `group:${body.GroupId}`;
  const a = body.From_Account ?? body.Report_Account ?? body.Operator_Account;
  const b = body.To_Account ?? body.Peer_Account;
  if (typeof a === "string" && typeof b === "string") return a < b ? `c2c:${a}\n${b}` : `c2c:${b}\n${a}`;
  if (body.Info && typeof body.Info.To_Account === "string") return `user:${body.Info.To_Account}`;
  return "";
}

/** The callbacks of one simulator: `settings` is null while the app has none (the fast path). */
export class Callbacks {
  /** @type {CallbackSettings | null} */
  settings = null;

  /** @type {CallbackLogEntry[]} */
  #log = [];

  /** Callbacks posted over HTTP go one after another per conversation (a group, a pair of
   * accounts, an account): conversation → the tail of its queue. Different conversations
   * are delivered side by side, so a slow one holds up only itself.
   * @type {Map<string, Promise<void>>} */
  #queues = new Map();

  #waiting = 0;

  #stats = { fired: 0, delivered: 0, failed: 0, dropped: 0 };

  #sim;

  #sign;

  /**
   * @param {WasmSimulator} sim
   * @param {(token: string, requestTime: number) => string} sign a callback's Sign for the app's token
   */
  constructor(sim, sign) {
    this.#sim = sim;
    this.#sign = sign;
  }

  /** Switches callbacks on (a URL or a handler is needed) or off (`null`).
   * @param {CallbackSettingsInput | null} callbacks */
  set(callbacks) {
    if (callbacks === null) {
      this.#sim.setCallbacks("null");
      this.settings = null;
      return;
    }
    const cb = callbackSettings(callbacks);
    if (!cb.url && !cb.handler) throw argError("callbacks need a url or a handler (without one nothing fires)");
    try {
      this.#sim.setCallbacks(JSON.stringify(cb.wasmPart));
    } catch (e) {
      throw fromWasm(e);
    }
    this.settings = cb;
  }

  /** Sends every fired callback to `handler` (switching callbacks on, for all commands, when
   * they were off), or to the URL alone (`null`; off without one).
   * @param {CallbackHandler | null} handler */
  setHandler(handler) {
    if (handler !== null && typeof handler !== "function") throw argError("onCallback takes a function (or null)");
    const cb = this.settings;
    if (handler === null) {
      if (cb) cb.handler = null;
      if (cb && !cb.url) this.set(null);
      return;
    }
    if (cb) cb.handler = handler;
    else this.set({ handler });
  }

  /** Runs a call in steps: asks its Before-callback, if any, then delivers what fired.
   * Answers the answer's JSON text (or a promise of it, with `wait`).
   * @template {boolean} W
   * @param {Step} step
   * @param {W} wait
   * @param {string} clientIp
   * @returns {W extends true ? Promise<string> : string} */
  steps(step, wait, clientIp) {
    /** @param {string} out */
    const finish = (out) => {
      this.drain(clientIp);
      // The answer's own text: 64-bit cursors stay exact.
      return answerOf(out);
    };
    const first = step(undefined);
    if (first.startsWith(ANSWER_PREFIX)) return /** @type {any} */ (wait ? Promise.resolve(finish(first)) : finish(first));
    return /** @type {any} */ (this.askThen(JSON.parse(first).before, clientIp, wait, (verdict) => finish(step(verdict))));
  }

  /** Asks the app a Before-callback (as wasm reported it), logs its verdict and goes on with
   * `next(verdict)` (the verdict's JSON for wasm): at once, or when the app has answered
   * (`wait`: a handler awaited, or a POST).
   * @template T
   * @param {{ command: string, platform: string, body: FiredCallback["body"] }} before
   * @param {string} clientIp
   * @param {boolean} wait
   * @param {(verdict: string) => T} next
   * @returns {T | Promise<T>} */
  askThen(before, clientIp, wait, next) {
    const cb = this.#delivery(before, clientIp);
    const entry = this.#record(cb);
    /** @param {Verdict} verdict */
    const resume = (verdict) => {
      if (verdict.failed) entry.error = verdict.failed;
      else entry.reply = verdict.reply;
      return next(JSON.stringify(verdict));
    };
    if (!wait) return resume(this.#askNow(cb));
    return this.#ask(cb).then(resume);
  }

  /** A Before-callback's verdict from a handler that answers at once.
   * @param {FiredCallback} cb
   * @returns {Verdict} */
  #askNow(cb) {
    const handler = this.settings?.handler;
    if (!handler) return { failed: "a Before-callback over HTTP needs callAsync, handleAsync or fetch (call and handle cannot wait)" };
    try {
      const reply = handler(cb);
      if (reply && typeof (/** @type {Promise<unknown>} */ (reply)).then === "function") return { failed: "the handler answered a Promise: use callAsync, handleAsync or fetch" };
      return { reply: reply ?? ALLOW() };
    } catch (e) {
      return { failed: `the handler threw: ${e && /** @type {Error} */ (e).message ? /** @type {Error} */ (e).message : e}` };
    }
  }

  /** A Before-callback's verdict from the handler (awaited) or the URL, within the timeout.
   * Over HTTP it takes its turn after the callbacks already queued for its conversation,
   * so a receiver sees each conversation's callbacks in the order of its actions.
   * @param {FiredCallback} cb
   * @returns {Promise<Verdict>} */
  async #ask(cb) {
    const { handler, timeoutMs } = /** @type {CallbackSettings} */ (this.settings);
    if (!handler) {
      const turn = this.#enqueue(cb, () => this.#post(cb, timeoutMs));
      try {
        const reply = await turn;
        if (reply === null || typeof reply !== "object" || Array.isArray(reply)) return { failed: "the reply is not a JSON object" };
        return { reply };
      } catch (e) {
        const why = e && /** @type {Error} */ (e).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : messageOf(e);
        return { failed: why };
      }
    }
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    /** @type {Promise<Verdict>} */
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve({ failed: `no answer within ${timeoutMs} ms` }), timeoutMs)));
    /** @type {Promise<Verdict>} */
    const answer = (async () => {
      try {
        const reply = await handler(cb);
        if (reply !== undefined && reply !== null && (typeof reply !== "object" || Array.isArray(reply))) return { failed: "the reply is not a JSON object" };
        return { reply: reply ?? ALLOW() };
      } catch (e) {
        return { failed: messageOf(e) };
      }
    })();
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** POSTs a callback to the URL; resolves to the reply's JSON.
   * @param {FiredCallback} cb
   * @param {number} timeoutMs
   * @returns {Promise<unknown>} */
  async #post(cb, timeoutMs) {
    const base = /** @type {string} */ (this.settings?.url);
    const query = new URLSearchParams(cb.query).toString();
    const url = `${base}${base.includes("?") ? "&" : "?"}${query}`;
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(cb.body), signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error("the reply is not JSON");
    }
  }

  /** The service's request for a fired callback: `{ command, query, body }`.
   * @param {{ command: string, platform: string, body: FiredCallback["body"] }} fired
   * @param {string} clientIp
   * @returns {FiredCallback} */
  #delivery(fired, clientIp) {
    /** @type {Record<string, string>} */
    const query = { SdkAppid: String(this.#sim.sdkAppId()), CallbackCommand: fired.command, contenttype: "json", ClientIP: clientIp, OptPlatform: fired.platform };
    const token = this.settings?.token;
    if (token) {
      // Real time: receivers check RequestTime against their own clock (±60 s).
      const requestTime = Math.floor(Date.now() / 1000);
      query.Sign = this.#sign(token, requestTime);
      query.RequestTime = String(requestTime);
    }
    // wasm fires each command with its own body (src/sim/callbacks/), which the cast states.
    return /** @type {FiredCallback} */ ({ command: fired.command, query, body: fired.body });
  }

  /** @param {{ command: string | null, query: Record<string, string> | null, body: CallbackBody | null }} cb */
  #record(cb) {
    if (cb.command) this.#stats.fired++;
    /** @type {CallbackLogEntry} */
    const entry = { time: this.#sim.now(), command: cb.command, query: cb.query, body: cb.body };
    this.#log.push(entry);
    if (this.#log.length > LOG_MAX) this.#log.splice(0, this.#log.length - LOG_MAX);
    return entry;
  }

  /** Delivers what fired: to the handler now, or over HTTP in order in the background.
   * Answers how many fired or were dropped.
   * @param {string} clientIp */
  drain(clientIp) {
    const taken = this.#sim.takeCallbacks();
    // "" when nothing fired (src/wasm/sim_api.rs).
    if (taken === "") return 0;
    /** @type {{ fired: { command: string, platform: string, body: FiredCallback["body"] }[], dropped: number }} */
    const { fired, dropped } = JSON.parse(taken);
    if (dropped) {
      this.#record({ command: null, query: null, body: null }).dropped = dropped;
      this.#stats.dropped += dropped;
    }
    const settings = /** @type {CallbackSettings} */ (this.settings);
    for (const f of fired) {
      const cb = this.#delivery(f, clientIp);
      const entry = this.#record(cb);
      if (settings.handler) {
        try {
          const r = settings.handler(cb);
          if (r && typeof (/** @type {Promise<unknown>} */ (r)).then === "function") /** @type {Promise<unknown>} */ (r).then((reply) => (entry.reply = reply), (e) => (entry.error = messageOf(e)));
          else entry.reply = r;
        } catch (e) {
          entry.error = `the handler threw: ${e && /** @type {Error} */ (e).message ? /** @type {Error} */ (e).message : e}`;
        }
        continue;
      }
      if (this.#waiting >= settings.queueMax) {
        entry.error = `dropped: ${settings.queueMax} callbacks already wait for ${settings.url}`;
        entry.dropped = 1;
        this.#stats.dropped++;
        continue;
      }
      this.#waiting++;
      const timeoutMs = settings.timeoutMs;
      this.#enqueue(cb, () => this.#post(cb, timeoutMs))
        .then(
          (reply) => {
            entry.reply = reply;
            this.#stats.delivered++;
          },
          (e) => {
            entry.error = messageOf(e);
            this.#stats.failed++;
          },
        )
        .finally(() => this.#waiting--);
    }
    return fired.length + dropped;
  }

  /** Runs `task` after everything queued for `callback`'s conversation; answers its promise.
   * @template T
   * @param {FiredCallback} callback
   * @param {() => Promise<T>} task
   * @returns {Promise<T>} */
  #enqueue(callback, task) {
    const key = conversationOf(callback.body);
    const tail = (this.#queues.get(key) ?? Promise.resolve()).then(task);
    const settled = tail.then(() => undefined, () => undefined);
    this.#queues.set(key, settled);
    settled.then(() => this.#queues.get(key) === settled && this.#queues.delete(key));
    return tail;
  }

  /** The last fired callbacks, oldest first (copies). */
  log() {
    return this.#log.map((e) => ({ ...e }));
  }

  /** Counts since the start; `waiting`: queued for HTTP delivery now.
   * @returns {CallbackStats} */
  stats() {
    return { ...this.#stats, waiting: this.#waiting };
  }

  /** Resolves when every After-callback queued for HTTP delivery has been sent.
   * @returns {Promise<void>} */
  settled() {
    return Promise.all([...this.#queues.values()]).then(() => undefined);
  }
}
