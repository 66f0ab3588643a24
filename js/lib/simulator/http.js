// A Simulator's HTTP path (handle, handleAsync, fetch, and tcim serve through `[SERVE]`): the
// URL and body are written into wasm memory, wasm answers the ErrorCode read from the
// answer's envelope (the plain OK answer as a number: nothing crosses), and the text waits in
// its output buffer. No answer is parsed or unwrapped here; an accepted request to an
// endpoint that changes state goes to the journal, in the second it ran.
import { TcimError } from "../api/errors.js";
import { nowSeconds } from "../api/args.js";
import { ASK, PLAIN_OK, NO_CODE, OK_TEXT, JSON_TYPE, pathApi } from "./answers.js";
import { readOnly } from "./journal.js";

/** @import { WasmSimulator } from "../wasm.js" */
/** @import { Boundary } from "../api/boundary.js" */
/** @import { Callbacks } from "./callbacks.js" */
/** @import { Journal } from "./journal.js" */
/** @import { Served } from "./answers.js" */

/** What the HTTP path works on: one simulator's wasm side, its callbacks and its journal.
 * @typedef {{ sim: WasmSimulator, io: Boundary, callbacks: Callbacks, journal: Journal | null }} Core */

/** An HTTP request past any fault: `[SERVE]`'s answer, or a promise of it when `wait` lets a
 * Before-callback wait for the app.
 * @param {Core} core
 * @param {string} url
 * @param {string} text
 * @param {string} method
 * @param {boolean} wait
 * @param {string} clientIp
 * @returns {Served | Promise<Served>} */
export function http(core, url, text, method, wait, clientIp) {
  // The endpoint the journal records, or null (no journal, or an endpoint that only reads).
  let api = null;
  if (core.journal !== null) {
    api = pathApi(url);
    if (readOnly().has(api)) api = null;
  }
  const t = api === null ? undefined : nowSeconds();
  const code = step(core, url, text, method, undefined, t);
  if (code !== ASK) return answered(core, code, api, t, text, undefined, clientIp);
  // A Before-callback to ask first: nothing has changed yet. (Only an app with callbacks asks.)
  return core.callbacks.askThen(JSON.parse(core.io.output()), clientIp, wait, (verdict) => {
    const at = api === null ? undefined : nowSeconds();
    const next = step(core, url, text, method, verdict, at);
    if (next === ASK) throw new TcimError("internal_error", "a Before-callback was asked twice", []);
    return answered(core, next, api, at, text, verdict, clientIp);
  });
}

/** One step of an HTTP request in wasm (src/wasm/sim_api.rs `handleInput`): the URL and the
 * body written into its memory, the answer's ErrorCode back (or PLAIN_OK, ASK, NO_CODE) with
 * the text waiting in its output. `t` pins the real clock for the step.
 * @param {Core} core
 * @param {string} url
 * @param {string} text
 * @param {string} method
 * @param {string | undefined} verdict
 * @param {number | undefined} t */
function step(core, url, text, method, verdict, t) {
  const urlLen = core.io.writeInput(url);
  const bodyLen = urlLen < 0 ? -1 : core.io.writeInput(text, urlLen);
  // (The buffer is only ever borrowed during a call: never refused here.)
  if (bodyLen < 0) throw new TcimError("internal_error", "the simulator's input buffer is busy", []);
  return core.sim.handleInput(method, urlLen, bodyLen, verdict, t);
}

/** A finished request's answer from its `handleInput` code: the text, the journal record
 * when it was accepted, the callbacks it fired sent on.
 * @param {Core} core
 * @param {number} code
 * @param {string | null} api
 * @param {number | undefined} t
 * @param {string} text
 * @param {string | undefined} verdict
 * @param {string} clientIp
 * @returns {Served} */
function answered(core, code, api, t, text, verdict, clientIp) {
  const body = code === PLAIN_OK ? OK_TEXT : core.io.output();
  const errorCode = code === PLAIN_OK ? 0 : code === NO_CODE ? null : code;
  if (api !== null && errorCode === 0 && core.journal !== null) core.journal(verdict === undefined ? { t: /** @type {number} */ (t), api, body: text } : { t: /** @type {number} */ (t), api, body: text, verdict: JSON.parse(verdict) });
  const fired = core.callbacks.settings === null ? 0 : core.callbacks.drain(clientIp);
  return { status: 200, contentType: JSON_TYPE, body, code: errorCode, fault: false, fired };
}
