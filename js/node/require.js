// Node, CommonJS (built into node/index.cjs): the core wasm module is instantiated
// synchronously on require, so there is no init call; the UserSig and simulator modules
// likewise, on first use. (`require`, not `import`: the glue is CommonJS, loaded lazily.)
import { createApi } from "../lib/api/index.js";

/** @import { UsersigModule, SimModule } from "../lib/wasm.js" */

// (Typed as wasm-bindgen declares them: tsc holds lib/wasm.js's types to the real glue here.)
/** @type {typeof import("../wasm/node/tcim.js")} */
const core = require("../wasm/node/tcim.js");

/** @type {UsersigModule | null} */
let usersig = null;
/** @type {SimModule | null} */
let simulator = null;
const loadSimulator = () => (simulator ??= /** @type {typeof import("../wasm/node-sim/tcim_sim.js")} */ (require("../wasm/node-sim/tcim_sim.js")));

// The diagnosers of JSON text are a file of their own (browsers import it on first use). Here
// wasm, compiled at require, answers the first text and the second requires the file: parsing
// it costs more than wasm spends on a text, so a process that validates one text (the CLI)
// never pays for it, and one that validates many has it from then on.
/** @type {import("../lib/diagnose.js").TextDiagnosers | null} */
let textDiagnosers = null;
let textsSeen = 0;
const loadTextDiagnosers = () =>
  textDiagnosers ?? (textsSeen++ === 0 ? null : (textDiagnosers = /** @type {typeof import("../lib/generated-text.js")} */ (require("../lib/generated-text.js")).TEXT_DIAGNOSERS));

const api = createApi(
  core,
  { get: () => (usersig ??= /** @type {typeof import("../wasm/node-sig/tcim_sig.js")} */ (require("../wasm/node-sig/tcim_sig.js"))) },
  {
    get: loadSimulator,
    load: () => Promise.resolve(void loadSimulator()),
  },
  loadTextDiagnosers,
);

/** @typedef {import("../lib/simulator/simulator.js").Simulator} Simulator */
export const { validate, buildRequest, errorInfo, endpoints, jsonSchema, genUserSig, verifyUserSig, verifyCallbackSign, Simulator, controlClient, TcimError } = api;
// For code shared with the browser build: nothing to wait for in Node.
export const init = () => Promise.resolve();
export const initSync = () => undefined;
