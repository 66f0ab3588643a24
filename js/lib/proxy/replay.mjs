// `tcim replay`: a recording of tcim proxy (JSON Lines) run again, in order, on a fresh
// simulator in this process or on a running tcim serve (`url`), judged as the proxy judges.
import { Simulator } from "../../node/index.mjs";
import { conformance, shadowAnswer } from "./proxy.mjs";

/** @import { SimulatorOptions } from "../../endpoints.js" */
/** @import { Answer } from "./compare.js" */

/** A recorded exchange (one line of the recording).
 * @typedef {{ n?: number, method?: string, path?: string, endpoint: string, query?: string, body: string, status?: number, answer?: string, error?: string }} Exchange */

/** The exchanges of a recording's text. A last line cut short (the proxy was killed while
 * writing it) is dropped and counted; any other line that is not an exchange is an error
 * naming its line number.
 * @param {string} text
 * @returns {{ exchanges: Exchange[], torn: boolean }} */
export function readRecording(text) {
  const lines = text.split("\n");
  const complete = text.endsWith("\n");
  if (complete || lines[lines.length - 1] === "") lines.pop();
  /** @type {Exchange[]} */
  const exchanges = [];
  let torn = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    let x;
    try {
      x = JSON.parse(lines[i]);
    } catch {
      x = undefined;
    }
    const ok = x && typeof x === "object" && typeof x.endpoint === "string" && typeof x.body === "string" && (typeof x.error === "string" || (typeof x.status === "number" && typeof x.answer === "string"));
    if (!ok) {
      if (i === lines.length - 1 && !complete) {
        torn = true;
        continue;
      }
      throw new SyntaxError(`line ${i + 1} of the recording is not an exchange of tcim proxy`);
    }
    exchanges.push(x);
  }
  return { exchanges, torn };
}

/** The query to replay with: the recorded one, with what the recording left out filled in
 * (it never keeps the UserSig; tcim checks UserSigs only with a key, and then this one fails).
 * @param {string} query @param {{ sdkAppId?: number, admin?: string }} world */
export function replayQuery(query, world) {
  const params = new URLSearchParams(query);
  /** @type {[string, string][]} */
  const defaults = [["sdkappid", String(world.sdkAppId ?? 1400000000)], ["identifier", world.admin ?? "administrator"], ["usersig", "tcim-replay"], ["random", "1"], ["contenttype", "json"]];
  for (const [name, value] of defaults) if (!params.has(name)) params.set(name, value);
  return params.toString();
}

/** Replays the exchanges and resolves to the report.
 * @param {Exchange[]} exchanges
 * @param {{ world?: SimulatorOptions, url?: string, onVerdict?: (v: import("./compare.js").Verdict) => void }} [opts] */
export async function replay(exchanges, opts = {}) {
  const judge = conformance();
  const sim = opts.url ? null : new Simulator(opts.world ?? {});
  for (const x of exchanges) {
    const path = x.path ?? `/v4/${x.endpoint}`;
    const target = `${path}?${replayQuery(x.query ?? "", opts.world ?? {})}`;
    const body = judge.shadowBody(x.body);
    const method = x.method ?? "POST";
    /** @type {{ status: number, text: string }} */
    let shadow;
    if (sim) {
      shadow = await shadowAnswer(sim, target, body, method);
    } else {
      try {
        const res = await fetch(new URL(target, opts.url), { method, body: method === "GET" || method === "HEAD" ? undefined : body, headers: { "content-type": "application/json" } });
        shadow = { status: res.status, text: await res.text() };
      } catch (e) {
        shadow = { status: 0, text: `(${/** @type {Error} */ (e).message})` };
      }
    }
    /** @type {Answer} */
    const recorded = x.error !== undefined ? { error: x.error } : { status: /** @type {number} */ (x.status), text: /** @type {string} */ (x.answer) };
    const verdict = judge.judge(x.endpoint, x.body, recorded, shadow);
    opts.onVerdict?.(verdict);
  }
  sim?.free();
  return judge.report();
}
