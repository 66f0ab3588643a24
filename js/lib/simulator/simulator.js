// `Simulator`: the in-memory service over the simulator's wasm module, which Node loads on
// first use and browsers with `await Simulator.load()`. Answers are the service's JSON objects.
// The entries tell this module where the wasm module is (`simulatorOver`); callbacks, faults
// and the journal are the modules beside this one.
import { CALLBACK_SAMPLES } from "../generated.js";
import { TcimError, argError, fromWasm } from "../api/errors.js";
import { apiName, bodyText, payloadText } from "../api/args.js";
import { boundary } from "../api/boundary.js";
import { SERVE, handled, pathApi, requestParts, sleep } from "./answers.js";
import { Callbacks, newWasmSimulator } from "./callbacks.js";
import { Faults, faultFor, faultAnswer } from "./faults.js";
import { replay } from "./journal.js";
import { http } from "./http.js";
import { holder, notLoaded, simulatorModule, callbackSign, useSimulatorModule, restoreWasmSimulator } from "./loader.js";

/** @import { ApiName, RequestOf, ResponseOf, SimulatorOptions, ClientAction, SimulatorState } from "../../endpoints.js" */
/** @import { CallbackHandler, CallbackSettingsInput, CallbackLogEntry, CallbackStats, Step } from "./callbacks.js" */
/** @import { WasmSimulator } from "../wasm.js" */
/** @import { FaultRule, FaultPlan } from "./faults.js" */
/** @import { Journal, JournalRecord } from "./journal.js" */
/** @import { Core } from "./http.js" */
/** @import { HttpAnswer, Served } from "./answers.js" */
/** @import { WasmSource } from "./loader.js" */

// Set while Simulator.restore builds an instance around an existing wasm simulator.
/** @type {WasmSimulator | null} */
let restoring = null;

/** The in-memory service. Its wasm module is separate from the core's: Node loads it on the
 * first `new Simulator()`; browsers and bundlers call `await Simulator.load()` once first. */
export class Simulator {
  /** @type {WasmSimulator} */
  #sim;

  /** @type {import("../api/boundary.js").Boundary} */
  #io;

  /** Callback delivery (`settings` null while the app has none: the fast path).
   * @type {Callbacks} */
  #callbacks;

  /** Injected faults: null without any (the fast path).
   * @type {Faults | null} */
  #faults = null;

  /** What the HTTP path works on (lib/simulator/http.js), the journal among it.
   * @type {Core} */
  #core;

  /** Every callback tcim fires, with its documented sample body.
   * @returns {{ command: string; body: Record<string, unknown> }[]} */
  static callbackSamples() {
    return structuredClone(CALLBACK_SAMPLES);
  }

  /** Loads the simulator's wasm module: once, before the first `new Simulator()`, in
   * browsers and bundlers (Node loads it on first use; there this resolves at once).
   * `input` (browsers) is where its .wasm is, default: next to its glue. Safe to call twice.
   * @param {WasmSource} [input]
   * @returns {Promise<void>} */
  static load(input) {
    const h = holder();
    if (h === null) return Promise.reject(notLoaded());
    return h.load(input);
  }

  /** Throws TcimError "simulator_not_loaded" in a browser before `Simulator.load()`.
   * @param {SimulatorOptions & { faults?: FaultPlan | FaultRule[] | null }} [options] */
  constructor(options = {}) {
    const module = simulatorModule();
    this.#io = boundary(module);
    if (restoring) {
      this.#sim = restoring;
      restoring = null;
      this.#callbacks = new Callbacks(this.#sim, callbackSign);
      this.#core = { sim: this.#sim, io: this.#io, callbacks: this.#callbacks, journal: null };
    } else {
      if (options === null || typeof options !== "object" || Array.isArray(options)) throw argError("Simulator options must be an object");
      const { faults, ...service } = options;
      if (faults !== undefined && faults !== null) this.setFaults(faults);
      const { sim, settings } = newWasmSimulator(module, service);
      this.#sim = sim;
      this.#callbacks = new Callbacks(sim, callbackSign);
      this.#callbacks.settings = settings;
      this.#core = { sim, io: this.#io, callbacks: this.#callbacks, journal: null };
    }
    // Bound, so `sim.fetch` can be handed around as a plain fetch function.
    this.fetch = this.fetch.bind(this);
  }

  /** Injects faults (or none with `null`): `{ seed?, rules: [{ endpoint?, probability?,
   * times?, from?, until?, errorCode?, errorInfo?, httpStatus?, reset?, latencyMs? }] }`, or
   * the rules alone. ErrorCodes answer on every surface; HTTP statuses and resets on
   * `handle`, `handleAsync`, `fetch` and tcim serve; latency where the caller can wait
   * (`callAsync`, `handleAsync`, `fetch`, tcim serve). A fault answers before the
   * simulator sees a request: nothing changes.
   * @param {FaultPlan | FaultRule[] | null} faults
   * @returns {this} */
  setFaults(faults) {
    this.#faults = faults === null ? null : new Faults(faults, (m) => new TcimError("invalid_option", m, []));
    return this;
  }

  /** The faults in force, with how often each rule fired; null without any.
   * @returns {{ seed: number; rules: (FaultRule & { fired: number })[] } | null} */
  faults() {
    return this.#faults ? this.#faults.describe() : null;
  }

  /** Reports each request `handle`, `handleAsync` or `fetch` accepted (ErrorCode 0), the
   * moment it changed the state: `journal({ t, api, body, verdict? })`, `t` the second it
   * ran in (the real clock is pinned to it), `verdict` the app's answer to its
   * Before-callback. `replay` rebuilds the state from them (tcim serve's --state journal).
   * `null` stops.
   * @param {Journal | null} journal
   * @returns {this} */
  journalTo(journal) {
    if (journal !== null && typeof journal !== "function") throw argError("journalTo takes a function (or null)");
    this.#core.journal = journal;
    return this;
  }

  /** Replays journal records (`journalTo`'s) in order, each in its second, with callbacks
   * off (they fired when the requests ran). Answers how many were accepted again.
   * @param {JournalRecord[]} records */
  replay(records) {
    if (!Array.isArray(records)) throw argError("replay takes a list of journal records");
    return replay(this.#sim, records, this.#callbacks.settings ? this.#callbacks.settings.wasmPart : null);
  }

  /** Switches callbacks on (a URL or a handler is needed: `{ url?, token?, commands?,
   * timeoutMs?, onFailure?, handler? }`) or off (`null`).
   * @param {CallbackSettingsInput | null} callbacks
   * @returns {this} */
  setCallbacks(callbacks) {
    this.#callbacks.set(callbacks);
    return this;
  }

  /** Sends every fired callback to `handler({ command, query, body })`; for a
   * Before-callback its return value is the app's reply (`{ ErrorCode, ErrorInfo?, MsgBody?,
   * CloudCustomData? }`; nothing returned allows). Switches callbacks on (all commands)
   * when they were off. `null` removes the handler.
   * @param {CallbackHandler | null} handler
   * @returns {this} */
  onCallback(handler) {
    this.#callbacks.setHandler(handler);
    return this;
  }

  /** The last 1000 fired callbacks, oldest first, with the reply or the error (and
   * `{ time, dropped }` where some were dropped).
   * @returns {CallbackLogEntry[]} */
  callbackLog() {
    return this.#callbacks.log();
  }

  /** Counts since the start; `waiting`: queued for HTTP delivery now.
   * @returns {CallbackStats} */
  callbackStats() {
    return this.#callbacks.stats();
  }

  /** Resolves when every After-callback queued for HTTP delivery has been sent.
   * @returns {Promise<void>} */
  callbacksSettled() {
    return this.#callbacks.settled();
  }

  /** The fault for a request to `api`, if faults are injected and one fires.
   * @param {string} api @param {boolean} http @param {boolean} canWait */
  #fault(api, http, canWait) {
    return this.#faults ? faultFor(this.#faults, api, this.#sim.now(), http, canWait) : null;
  }

  /** Calls an endpoint as the app admin (no URL or UserSig checks); answers the service's
   * JSON object.
   * @template {ApiName | (string & {})} A
   * @param {A} api
   * @param {RequestOf<A> | string} body
   * @returns {ResponseOf<A>} */
  call(api, body) {
    const name = apiName(api);
    const text = bodyText(body);
    if (this.#faults) {
      const fault = this.#fault(name, false, false);
      if (fault) return JSON.parse(/** @type {string} */ (fault.text));
    }
    return this.#call(name, text);
  }

  /** @param {string} name @param {string} text */
  #call(name, text) {
    if (this.#callbacks.settings) return JSON.parse(this.#callbacks.steps((verdict) => this.#sim.callStep(name, text, verdict), false, "127.0.0.1"));
    // Known endpoints by cached index, with the body written into wasm memory; anything
    // else (an unknown name answers the service's error) the plain way.
    const index = this.#io.endpointIndex(name);
    const len = index >= 0 ? this.#io.writeInput(text) : -1;
    if (len < 0) return JSON.parse(this.#sim.call(name, text));
    const out = this.#sim.callIndexInput(index, len);
    // "" is the plain OK answer (src/wasm/sim_api.rs, callIndexInput).
    return out === "" ? { ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0 } : JSON.parse(out);
  }

  /** `call`, waiting for Before-callbacks that go over HTTP or to an async handler.
   * @template {ApiName | (string & {})} A
   * @param {A} api
   * @param {RequestOf<A> | string} body
   * @returns {Promise<ResponseOf<A>>} */
  async callAsync(api, body) {
    const name = apiName(api);
    const text = bodyText(body);
    const fault = this.#fault(name, false, true);
    if (fault) {
      if (fault.rule.latencyMs) await sleep(fault.rule.latencyMs);
      if (fault.text !== undefined) return JSON.parse(fault.text);
    }
    if (!this.#callbacks.settings) return this.#call(name, text);
    return JSON.parse(await this.#callbacks.steps((verdict) => this.#sim.callStep(name, text, verdict), true, "127.0.0.1"));
  }

  /** Answers an HTTP request exactly as the service would: query string and UserSig checks,
   * then the call. Status 200, service errors in the JSON body (an injected fault may answer
   * 500/502/503/504, marked `fault`, or throw TcimError "connection_reset").
   * @param {string} url
   * @param {string | object} [body]
   * @param {string} [method]
   * @returns {HttpAnswer} */
  handle(url, body = "", method = "POST") {
    if (typeof url !== "string") throw argError("handle takes the request URL as a string");
    if (typeof method !== "string") throw argError("method must be a string");
    if (this.#faults) {
      const fault = this.#fault(pathApi(url), true, false);
      // (Here a fault always answers: one that only delays cannot be picked.)
      if (fault) return handled(/** @type {Served} */ (faultAnswer(fault)));
    }
    return handled(/** @type {Served} */ (http(this.#core, url, bodyText(body), method, false, "127.0.0.1")));
  }

  /** `handle`, waiting for Before-callbacks as `callAsync` does. `clientIp` is what
   * callbacks report as `ClientIP` (default 127.0.0.1).
   * @param {string} url
   * @param {string | object} [body]
   * @param {string} [method]
   * @param {string} [clientIp]
   * @returns {Promise<HttpAnswer>} */
  async handleAsync(url, body = "", method = "POST", clientIp = "127.0.0.1") {
    if (typeof url !== "string") throw argError("handleAsync takes the request URL as a string");
    return handled(await this[SERVE](url, bodyText(body), method, clientIp));
  }

  /** An HTTP request as tcim serve answers it (see SERVE): faults first (they may delay),
   * Before-callbacks waited for.
   * @param {string} url @param {string} text @param {string} method @param {string} clientIp
   * @returns {Served | Promise<Served>} */
  [SERVE](url, text, method, clientIp) {
    if (this.#faults !== null) return this.#faulted(url, text, method, clientIp);
    return http(this.#core, url, text, method, this.#callbacks.settings !== null, clientIp);
  }

  /** @param {string} url @param {string} text @param {string} method @param {string} clientIp
   * @returns {Promise<Served>} */
  async #faulted(url, text, method, clientIp) {
    const fault = this.#fault(pathApi(url), true, true);
    if (fault) {
      if (fault.rule.latencyMs) await sleep(fault.rule.latencyMs);
      const answer = faultAnswer(fault);
      if (answer) return answer;
    }
    const out = await http(this.#core, url, text, method, this.#callbacks.settings !== null, clientIp);
    // A fault that only delayed still marks the answer.
    if (fault) out.fault = true;
    return out;
  }

  /** A WHATWG-fetch-compatible function over handle(), bound to this simulator: pass
   * `sim.fetch` wherever code takes a `fetch`. Accepts a string, URL or Request and the usual init.
   * @param {string | URL | Request} input
   * @param {RequestInit} [init]
   * @returns {Promise<Response>} */
  async fetch(input, init = {}) {
    const { url, method, body } = await requestParts(input, init);
    let out;
    try {
      out = await this.handleAsync(url, body, method);
    } catch (e) {
      // What fetch does when the peer resets the connection.
      if (e instanceof TcimError && e.code === "connection_reset") throw new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
      throw e;
    }
    return new Response(out.body, { status: out.status, headers: out.headers });
  }

  /** The app this simulator answers as (cheap, unlike `inspect`).
   * @returns {{ sdkAppId: number; admin: string }} */
  app() {
    return { sdkAppId: this.#sim.sdkAppId(), admin: this.#sim.admin() };
  }

  /** The clock, in Unix seconds.
   * @returns {number} */
  now() {
    return this.#sim.now();
  }

  /** Moves the clock forward by whole seconds.
   * @param {number} seconds */
  advance(seconds) {
    if (!Number.isInteger(seconds) || seconds < 0) throw argError(`advance takes a whole number of seconds ≥ 0, got ${seconds}`);
    this.#sim.advance(seconds);
  }

  /** The whole state as versioned JSON text (never the secret key).
   * @returns {string} */
  snapshot() {
    return this.#sim.snapshot();
  }

  /** A simulator identical to the snapshotted one. `options.secretKey` re-enables UserSig
   * checks and `options.callbacks` the app's callbacks (neither is snapshotted in full: the
   * key and the token never are, a handler cannot be).
   * @param {string} snapshot
   * @param {{ secretKey?: string; callbacks?: CallbackSettingsInput; faults?: FaultPlan | FaultRule[] }} [options]
   * @returns {Simulator} */
  static restore(snapshot, options = {}) {
    if (typeof snapshot !== "string") throw argError("restore takes the text returned by snapshot()");
    const key = options && typeof options.secretKey === "string" ? options.secretKey : undefined;
    const inner = restoreWasmSimulator(snapshot, key);
    restoring = inner;
    const sim = new Simulator();
    if (options && options.faults) sim.setFaults(options.faults);
    if (options && options.callbacks) sim.setCallbacks(options.callbacks);
    else inner.setCallbacks("null");
    return sim;
  }

  /** The state as plain data: accounts, groups (members with read positions and unread
   * counts, messages with receipt counts), one-to-one conversations, the clock.
   * @returns {SimulatorState} */
  inspect() {
    return JSON.parse(this.#sim.inspect());
  }

  /** Runs a client action the REST API does not have, e.g. `{ action: "readGroup", groupId,
   * account, seq }`, `{ action: "readC2c", reader, peer, time? }`, `{ action: "joinGroup",
   * groupId, account }`, `{ action: "quitGroup", groupId, account }`; throws
   * `client_action_failed` when it cannot run (or the app's Before-callback refuses it:
   * joinGroup asks Group.CallbackBeforeApplyJoinGroup).
   * @param {ClientAction} action */
  client(action) {
    if (action === null || typeof action !== "object") throw argError("client takes an action object");
    const text = payloadText(action, "action").text;
    if (!this.#callbacks.settings) {
      try {
        return this.#sim.client(text);
      } catch (e) {
        throw fromWasm(e);
      }
    }
    const err = JSON.parse(this.#callbacks.steps((verdict) => this.#sim.clientStep(text, verdict), false, "127.0.0.1"));
    if (err !== undefined && err !== null) throw new TcimError("client_action_failed", err, []);
  }

  /** `client`, waiting for a Before-callback (joinGroup asks
   * Group.CallbackBeforeApplyJoinGroup) that goes over HTTP or to an async handler.
   * @param {ClientAction} action
   * @returns {Promise<void>} */
  async clientAsync(action) {
    if (action === null || typeof action !== "object") throw argError("clientAsync takes an action object");
    if (!this.#callbacks.settings) return this.client(action);
    const text = payloadText(action, "action").text;
    const err = JSON.parse(await this.#callbacks.steps((verdict) => this.#sim.clientStep(text, verdict), true, "127.0.0.1"));
    if (err !== null) throw new TcimError("client_action_failed", err, []);
  }

  /** Frees the wasm memory now (otherwise it is freed when garbage-collected). */
  free() {
    this.#sim.free();
  }
}

/** The Simulator class over the simulator module `simulator` (each entry's one). Marked pure
 * where the browser entry calls it, so that an app without a Simulator carries none.
 * @param {import("./loader.js").SimulatorHolder} simulator */
export function simulatorOver(simulator) {
  useSimulatorModule(simulator);
  return Simulator;
}
