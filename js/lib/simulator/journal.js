// The request journal of a Simulator (what tcim serve --state writes): each request that
// changed the state is reported with the second it ran in (lib/simulator/http.js), and
// replayed in order to rebuild it.
import { READ_ONLY } from "../generated.js";
import { accepts, answerOf } from "./answers.js";

/** @import { Verdict } from "./callbacks.js" */
/** @import { WasmSimulator } from "../wasm.js" */

/** One journal record: `t` the second the request ran in (the real clock is pinned to it),
 * `verdict` the app's answer to its Before-callback.
 * @typedef {{ t: number, api: string, body: string, verdict?: Verdict }} JournalRecord */
/** @typedef {(record: JournalRecord) => void} Journal */

/** The endpoints that only read (src/sim `#[read]`), which the journal skips.
 * @type {Set<string> | null} */
let readOnlySet = null;
export const readOnly = () => (readOnlySet ??= new Set(READ_ONLY));

/** Replays journal records in order, each in its second, with callbacks off (they fired when
 * the requests ran); `callbacks` (the wasm part of the settings) are switched on again after.
 * Answers how many were accepted again.
 * @param {WasmSimulator} sim
 * @param {JournalRecord[]} records
 * @param {object | null} callbacks */
export function replay(sim, records, callbacks) {
  sim.setCallbacks("null");
  let accepted = 0;
  try {
    for (const r of records) {
      sim.pinNow(r.t);
      const out = sim.callStep(r.api, r.body, r.verdict === undefined ? undefined : JSON.stringify(r.verdict));
      if (accepts(answerOf(out))) accepted++;
    }
  } finally {
    sim.pinNow(undefined);
    sim.takeCallbacks();
    if (callbacks) sim.setCallbacks(JSON.stringify(callbacks));
  }
  return accepted;
}
