// `tcim serve`: the simulator behind /v4/<service>/<command> on node:http (no framework), and
// its control API under /_tcim/ (lib/control.js has the table of operations).
import { createServer } from "node:http";
import { createServer as createTlsServer } from "node:https";
import { readFileSync } from "node:fs";
import { Simulator, endpoints } from "../node/index.mjs";
import { CONTROL_OPERATIONS, CONTROL_PREFIX } from "./control.js";
import { SERVE } from "./simulator/answers.js";
import { StateFile } from "./state-file.mjs";
import { requestJournal } from "./serve/journal.js";
import { stdoutLog, isoNow, clientIp } from "./serve/log.js";
import { ControlError, jsonBody, whole, tokenMatches, isLoopback, loopbackOrigin } from "./serve/control-api.js";
import { localCertificate } from "./serve/tls.js";

/** @import { SimulatorOptions } from "../endpoints.js" */
/** @import { FaultPlan, FaultRule } from "./simulator/faults.js" */
/** @import { ControlClient } from "./control.js" */
/** @import { Served } from "./simulator/answers.js" */
/** @import { StateRecord } from "./state-file.mjs" */
/** @import { Log } from "./serve/log.js" */
/** @import { TlsMaterial } from "./serve/tls.js" */

/** startServer's options: the Simulator's and the server's (what tcim serve's flags set).
 * @typedef {SimulatorOptions & { faults?: FaultPlan | FaultRule[], host?: string, port?: number, state?: string, fsync?: string, maxBody?: number, log?: Log, controlToken?: string, journalSize?: number, tls?: true | TlsMaterial }} ServeOptions */
/** A running server (`ca`: with `tls: true`, the certificate its clients trust, PEM).
 * @typedef {{ server: import("node:http").Server, url: string, ca?: string, readonly sim: Simulator, save(): void, close(): Promise<void> }} Running */

const DEFAULT_MAX_BODY = 1024 * 1024;
// A state import is a whole snapshot: far larger than any request of the service.
const CONTROL_MAX_BODY = 512 * 1024 * 1024;
const DEFAULT_JOURNAL_SIZE = 1000;
const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

const JSON_TYPE = "application/json; charset=utf-8";

/** Loads the state file (or starts empty) and serves. Resolves to { server, url, sim, save, close }.
 * @param {ServeOptions} [opts]
 * @returns {Promise<Running>} */
export async function startServer(opts = {}) {
  const { host = "127.0.0.1", port = 8080, state, fsync = "everysec", maxBody = DEFAULT_MAX_BODY, log = stdoutLog(), controlToken, journalSize = DEFAULT_JOURNAL_SIZE, tls, ...simOptions } = opts;
  const secretKey = simOptions.secretKey;
  const startedAt = Date.now();
  // The last requests (never their query: it carries the usersig).
  const journal = requestJournal(journalSize);
  let served = 0;
  // --state: a snapshot and the journal of what was accepted since (lib/state-file.mjs).
  const stateFile = state ? new StateFile(state, fsync) : null;
  /** @type {Simulator} */
  let sim;
  if (stateFile) {
    const loaded = stateFile.load(
      (text) => Simulator.restore(text, { secretKey, faults: simOptions.faults }),
      () => new Simulator(simOptions),
      replayRecords,
    );
    sim = loaded.sim;
    if (loaded.replayed || loaded.dropped) log(`${new Date().toISOString()} state: ${loaded.replayed} journaled request(s) replayed${loaded.dropped ? `; the last record was torn (cut by a crash) and dropped` : ""}`);
  } else {
    sim = new Simulator(simOptions);
  }
  // A restored state keeps its callback settings but not the token: the flags say them again.
  if (simOptions.callbacks) sim.setCallbacks(simOptions.callbacks);
  watch(sim);

  /** Journal records in order: requests (replayed by the simulator) and clock moves.
   * @param {Simulator} target
   * @param {StateRecord[]} records */
  function replayRecords(target, records) {
    /** @type {any[]} */
    let batch = [];
    const flush = () => {
      target.replay(batch);
      batch = [];
    };
    for (const r of records) {
      if (r.op === "advance") {
        flush();
        target.advance(/** @type {number} */ (r.seconds));
      } else {
        batch.push(r);
      }
    }
    flush();
  }

  /** Journals what `next` accepts, and folds the journal into the snapshot when it grows.
   * @param {Simulator} next */
  function watch(next) {
    if (!stateFile) return;
    next.journalTo((record) => {
      stateFile.append(record);
      if (stateFile.due) setImmediate(() => stateFile.due && stateFile.compact(sim));
    });
  }
  // What could not be delivered is said once per request that saw it, never silently.
  let reported = { dropped: 0, failed: 0 };
  function reportCallbacks() {
    const s = sim.callbackStats();
    if (s.dropped > reported.dropped) log(`${new Date().toISOString()} callbacks: ${s.dropped - reported.dropped} dropped (${s.dropped} in all; the receiver is slower than the calls)`);
    if (s.failed > reported.failed) log(`${new Date().toISOString()} callbacks: ${s.failed - reported.failed} not delivered (${s.failed} in all; see the callback log)`);
    reported = { dropped: s.dropped, failed: s.failed };
  }

  /** Replaces the simulator (reset, import): its callbacks are the server's flags again.
   * @param {Simulator} next */
  function replace(next) {
    if (simOptions.callbacks) next.setCallbacks(simOptions.callbacks);
    // The faults in force stay (they are the test's, not the world's).
    const faults = sim.faults();
    if (faults) next.setFaults({ seed: faults.seed, rules: faults.rules.map(({ fired, ...rule }) => rule) });
    // A request still running on the old world must not write to the new world's journal.
    sim.journalTo(null);
    sim = next;
    watch(sim);
    reported = { dropped: 0, failed: 0 };
    stateFile?.compact(sim);
    return { now: sim.now() };
  }

  /** @param {number} seconds */
  function advance(seconds) {
    stateFile?.append({ op: "advance", seconds });
    sim.advance(seconds);
    return { now: sim.now() };
  }

  /** The control operations by name (the table in lib/control.js routes to them): each takes
   * the query and the body's text.
   * @type {Record<keyof ControlClient, (query: URLSearchParams, text: string) => unknown>} */
  const CONTROL = {
    health: () => ({ status: "ok", version: VERSION, endpoints: endpoints().length, now: sim.now(), uptimeMs: Date.now() - startedAt, requests: served, callbacks: sim.callbackStats() }),
    reset: () => replace(new Simulator(simOptions)),
    exportState: () => sim.snapshot(),
    importState: (_, text) => {
      let next;
      try {
        next = Simulator.restore(text, { secretKey });
      } catch (e) {
        throw new ControlError(400, /** @type {Error} */ (e).message);
      }
      return replace(next);
    },
    clock: () => ({ now: sim.now() }),
    setClock: (_, text) => {
      const to = whole(jsonBody(text).now, "now");
      // Forward only: messages, mutes and read times already stored would lie in the future.
      if (to < sim.now()) throw new ControlError(400, `the clock only moves forward: it is ${sim.now()}, ${to} is earlier`);
      return advance(to - sim.now());
    },
    advance: (_, text) => advance(whole(jsonBody(text).seconds, "seconds")),
    journal: (query) => {
      const code = query.get("code") === null ? undefined : whole(query.get("code"), "code");
      const limit = whole(query.get("limit") ?? "100", "limit");
      const endpoint = query.get("endpoint");
      const matching = journal.entries().filter((e) => (endpoint === null || e.endpoint === endpoint.replace(/^\/?(v4\/)?/, "")) && (code === undefined || e.errorCode === code));
      return { total: matching.length, entries: limit === 0 ? [] : matching.slice(-limit) };
    },
    clearJournal: () => ({ cleared: journal.clear() }),
    inspect: () => sim.inspect(),
    faults: () => sim.faults() ?? { seed: null, rules: [] },
    setFaults: (_, text) => {
      try {
        sim.setFaults(JSON.parse(text));
      } catch (e) {
        throw new ControlError(400, /** @type {Error} */ (e).message);
      }
      return sim.faults();
    },
    clearFaults: () => {
      sim.setFaults(null);
      return { seed: null, rules: [] };
    },
    callbacks: (query) => {
      const limit = whole(query.get("limit") ?? "100", "limit");
      const command = query.get("command");
      const matching = sim.callbackLog().filter((e) => command === null || e.command === command);
      return { stats: sim.callbackStats(), entries: limit === 0 ? [] : matching.slice(-limit) };
    },
  };

  /** A control request's answer: [status, JSON text]. (`refusal` has let it in.)
   * @param {number} status @param {string} message
   * @returns {[number, string]} */
  const problem = (status, message) => [status, JSON.stringify({ error: { status, message } })];

  /** Why a control request is refused, before its body is read: [status, JSON text], or null.
   * @param {import("node:http").IncomingMessage} req */
  function refusal(req) {
    if (controlToken !== undefined) {
      const given = (req.headers.authorization || "").replace(/^Bearer\s+/i, "");
      return tokenMatches(given, controlToken) ? null : problem(401, "the control API needs this server's control token (Authorization: Bearer …)");
    }
    return isLoopback(req.socket.remoteAddress) ? null : problem(403, "the control API answers only on loopback unless tcim serve has a --control-token");
  }

  /** A control request's answer: [status, JSON text].
   * @param {import("node:http").IncomingMessage} req @param {string} path @param {URLSearchParams} query @param {string} text
   * @returns {[number, string]} */
  function control(req, path, query, text) {
    const name = path.slice(CONTROL_PREFIX.length);
    const ops = CONTROL_OPERATIONS.filter(([, , p]) => p === name);
    if (ops.length === 0) return problem(404, `no control operation at ${path}; there are: ${CONTROL_OPERATIONS.map(([, m, p]) => `${m} ${CONTROL_PREFIX}${p}`).join(", ")}`);
    const op = ops.find(([, m]) => m === req.method);
    if (!op) return problem(405, `${path} takes ${ops.map(([, m]) => m).join(" or ")}`);
    try {
      const out = CONTROL[op[0]](query, text);
      return [200, typeof out === "string" ? out : JSON.stringify(out)];
    } catch (e) {
      if (e instanceof ControlError) return problem(e.status, e.message);
      return problem(500, String(e && /** @type {Error} */ (e).message ? /** @type {Error} */ (e).message : e));
    }
  }

  // HTTPS for clients that build https:// URLs: tcim's own local authority (`tls: true`)
  // or the caller's certificate and key.
  const material = tls === true ? localCertificate() : tls;
  /** @type {import("node:http").RequestListener} */
  const handle = (req, res) => {
    const started = performance.now();
    const url = req.url || "";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q); // never log the query: it carries the usersig
    const isControl = path.startsWith(CONTROL_PREFIX);
    const limit = isControl ? CONTROL_MAX_BODY : maxBody;
    // The body: its first chunk, and the others when there are more.
    /** @type {Buffer | null} */
    let first = null;
    /** @type {Buffer[] | null} */
    let more = null;
    let size = 0;
    let done = false;

    /** Journals a REST request (never its query: it carries the usersig).
     * @param {number} status @param {number | null} code @param {boolean} fault */
    function record(status, code, fault) {
      const ms = performance.now() - started;
      const time = isoNow();
      served++;
      journal.add(served, time, sim.now(), req.method ?? "", path.startsWith("/v4/") ? path.slice(4) : path, status, code, Math.round(ms * 1000) / 1000, fault);
      log(`${time} ${req.method} ${path} ${status || "reset"} ErrorCode=${code ?? "-"} ${ms.toFixed(1)}ms${fault ? " (injected fault)" : ""}`);
    }

    /** Sends the answer; a REST answer is journaled with its ErrorCode (`code`, null when it
     * has none).
     * @param {number} status @param {string} body @param {string} [contentType] @param {number | null} [code] @param {boolean} [fault] */
    function reply(status, body, contentType = JSON_TYPE, code = null, fault = false) {
      done = true;
      // After a refused request, drop the connection once the answer is out (its body may
      // still be coming).
      const close = status !== 200 && !isControl;
      const length = Buffer.byteLength(body);
      const headers = close ? ["Content-Type", contentType, "Content-Length", length, "Connection", "close"] : ["Content-Type", contentType, "Content-Length", length];
      if (cors) headers.push("Access-Control-Allow-Origin", cors, "Vary", "Origin");
      res.writeHead(status, headers);
      if (close || status === 413 || refused) res.end(body, () => req.destroy());
      else res.end(body);
      if (isControl) {
        const ms = performance.now() - started;
        log(`${isoNow()} ${req.method} ${path} ${status} ${ms.toFixed(1)}ms`);
        return;
      }
      record(status, code, fault);
    }

    /** A simulator's answer (`[SERVE]`'s).
     * @param {Served} out */
    function answer(out) {
      // Callbacks it sent are reported on once delivered (or not).
      if (out.fired) sim.callbacksSettled().then(reportCallbacks);
      reply(out.status, out.body, out.contentType, out.code, out.fault);
    }

    /** @param {any} e */
    function failed(e) {
      if (e && e.code === "connection_reset") {
        // An injected reset: the client sees the connection drop, as from a failing gateway.
        record(0, null, true);
        req.socket.destroy();
        return;
      }
      // The journal could not be written (a full disk): the answer must not claim success.
      log(`${isoNow()} state: ${e.message}`);
      reply(500, JSON.stringify({ ActionStatus: "FAIL", ErrorCode: 60002, ErrorInfo: `tcim serve could not write its state journal: ${e.message}` }), JSON_TYPE, 60002);
    }

    // A page on this machine (the playground) may call the REST paths; never the control API.
    const cors = isControl ? null : loopbackOrigin(req.headers.origin);
    if (cors && req.method === "OPTIONS") {
      // The preflight of a POST with a JSON content type.
      done = true;
      res.writeHead(204, ["Access-Control-Allow-Origin", cors, "Access-Control-Allow-Methods", "POST, GET", "Access-Control-Allow-Headers", "Content-Type", "Access-Control-Max-Age", "600", "Vary", "Origin", "Content-Length", "0"]);
      res.end();
      return;
    }
    const refused = isControl ? refusal(req) : null;
    if (refused) {
      res.shouldKeepAlive = false;
      reply(...refused);
    }

    req.on("data", (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        reply(413, JSON.stringify({ ActionStatus: "FAIL", ErrorCode: 60002, ErrorInfo: `request body larger than ${limit} bytes${isControl ? "" : " (raise it with tcim serve --max-body)"}` }), JSON_TYPE, 60002);
        return;
      }
      if (first === null) first = chunk;
      else (more ??= [first]).push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      const text = more !== null ? Buffer.concat(more).toString("utf8") : first !== null ? first.toString("utf8") : "";
      if (isControl) {
        const [status, body] = control(req, path, new URLSearchParams(q < 0 ? "" : url.slice(q + 1)), text);
        reply(status, body);
        return;
      }
      // At once, unless a Before-callback goes over HTTP or a fault delays.
      let out;
      try {
        out = sim[SERVE](req.url || "/", text, req.method || "GET", clientIp(req));
      } catch (e) {
        failed(e);
        return;
      }
      if ("then" in out) out.then(answer, failed);
      else answer(out);
    });
    req.on("error", () => res.destroy());
  };
  const server = material ? createTlsServer({ cert: material.cert, key: material.key }, handle) : createServer(handle);
  // A suite's whole pool at once (and then some): each idle keep-alive socket costs ~10 KB.
  server.maxConnections = 1024;
  server.requestTimeout = 30_000;

  await /** @type {Promise<void>} */ (new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  }));
  // What was logged while starting comes before what the caller prints next.
  log.flush?.();
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const url = `${material ? "https" : "http"}://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  const close = () =>
    /** @type {Promise<void>} */ (new Promise((ok) => {
      stateFile?.close(sim);
      server.close(() => {
        log.flush?.();
        ok();
      });
      server.closeAllConnections?.();
    }));
  /** Folds the journal into the snapshot now. */
  const save = () => stateFile?.compact(sim);
  return { server, url, ...(material?.ca ? { ca: material.ca } : {}), get sim() { return sim; }, save, close };
}
