// Browsers and bundlers: call `await init()` (or `initSync({ module })`) once before use, and
// `await Simulator.load()` once before the first `new Simulator()`. The simulator's module
// is a dynamic import, so an app that never loads it never downloads it. The UserSig module
// is one too, which `init()` loads only when the app uses genUserSig or verifyUserSig: their
// exports register it, and a bundler drops both (marked pure) from an app that does not.
import wasmInit, { initSync as wasmInitSync } from "../wasm/web/tcim.js";
import * as wasm from "../wasm/web/tcim.js";
// Only the glue: its wasm is fetched when init() loads it (and a bundler drops both from an
// app that never uses genUserSig or verifyUserSig).
import * as usersigGlue from "../wasm/web-sig/tcim_sig.js";
import { validateOver, buildRequestOver, errorInfo, endpoints, jsonSchema, genUserSigOver, verifyUserSigOver, verifyCallbackSignOver, simulatorOver, controlClient, TcimError } from "../lib/api/index.js";

/** @import { UsersigHolder } from "../lib/api/usersig.js" */
/** @import { UsersigModule, SimModule } from "../lib/wasm.js" */
/** @import { WasmSource } from "../lib/simulator/loader.js" */

// The package's public types, declared beside the code they describe (index.d.ts is emitted
// from this module; the endpoint types come from endpoints.d.ts, generated from Rust).
/** @typedef {import("../lib/simulator/simulator.js").Simulator} Simulator */
/** @typedef {import("../lib/api/validate.js").Severity} Severity */
/** @typedef {import("../lib/api/validate.js").Diagnostic} Diagnostic */
/** @typedef {import("../lib/api/validate.js").Fix} Fix */
/** @typedef {import("../lib/api/validate.js").PatchOp} PatchOp */
/** @typedef {import("../lib/api/validate.js").ValidationResult} ValidationResult */
/** @typedef {import("../lib/api/validate.js").ValidateOptions} ValidateOptions */
/** @typedef {import("../lib/api/request.js").RegionName} RegionName */
/** @typedef {import("../lib/api/request.js").Region} Region */
/** @template {string} [A=import("../endpoints.js").ApiName] @typedef {import("../lib/api/request.js").BuildRequestOptions<A>} BuildRequestOptions */
/** @typedef {import("../lib/api/request.js").BuiltRequest} BuiltRequest */
/** @typedef {import("../lib/api/errors.js").TcimErrorCode} TcimErrorCode */
/** @typedef {import("../lib/api/catalog.js").ErrorInfo} ErrorInfo */
/** @typedef {import("../lib/api/catalog.js").JsonSchema} JsonSchema */
/** @typedef {import("../lib/api/args.js").Lang} Lang */
/** @typedef {import("../lib/simulator/callbacks.js").FiredCallback} FiredCallback */
/** @typedef {import("../lib/simulator/callbacks.js").CallbackReply} CallbackReply */
/** @typedef {import("../lib/simulator/callbacks.js").CallbackHandler} CallbackHandler */
/** @typedef {import("../lib/simulator/callbacks.js").CallbackLogEntry} CallbackLogEntry */
/** @typedef {import("../lib/api/usersig.js").VerifyCallbackSignOptions} VerifyCallbackSignOptions */
/** @typedef {import("../lib/simulator/faults.js").FaultRule} FaultRule */
/** @typedef {import("../lib/simulator/faults.js").FaultPlan} FaultPlan */
/** @typedef {import("../lib/control.js").JournalEntry} JournalEntry */
/** @typedef {import("../lib/control.js").ControlClient} ControlClient */
/** @typedef {import("../lib/api/usersig.js").GenUserSigOptions} GenUserSigOptions */
/** @typedef {import("../lib/api/usersig.js").VerifyUserSigOptions} VerifyUserSigOptions */
/** @typedef {import("../lib/api/usersig.js").UserSigVerdict} UserSigVerdict */
/** Where `init` finds the UserSig module (default: next to its glue).
 * @typedef {{ usersig?: WasmSource }} InitOptions */

/** @type {Promise<void> | undefined} */
let ready;
/** Loaders `init()` runs beside the core's (the UserSig module, when the app uses it).
 * @type {Set<(input?: WasmSource) => Promise<void>>} */
const alsoLoad = new Set();

/** Browser: loads the core wasm module (call once before validate, buildRequest,
 * genUserSig, verifyUserSig; from `input`, default: next to this file), and the UserSig
 * module when the app uses genUserSig or verifyUserSig (from `options.usersig`, default:
 * next to its glue). Safe to call twice. Node: resolves at once.
 * @param {WasmSource} [input]
 * @param {InitOptions} [options]
 * @returns {Promise<void>} */
export function init(input, options) {
  if (!ready) {
    const core = wasmInit(input === undefined ? undefined : { module_or_path: /** @type {any} */ (input) });
    ready = Promise.all([core, ...[...alsoLoad].map((load) => load(options?.usersig))]).then(() => undefined);
  }
  return ready;
}

export default init;

/** Browser: instantiates the core module (and, with `usersig`, the UserSig module)
 * synchronously from bytes or a compiled `WebAssembly.Module`. Node: does nothing.
 * @param {BufferSource | WebAssembly.Module | { module: BufferSource | WebAssembly.Module; usersig?: BufferSource | WebAssembly.Module }} module
 * @returns {void} */
export function initSync(module) {
  const m = /** @type {any} */ (module);
  wasmInitSync(m && m.module ? { module: m.module } : { module: m });
  if (m && m.usersig) usersigSync(m.usersig);
  ready = Promise.resolve();
}

/** @type {UsersigModule | null} */
let usersig = null;
/** @param {WasmSource} [input] */
async function loadUsersig(input) {
  await usersigGlue.default(input === undefined ? undefined : { module_or_path: /** @type {any} */ (input) });
  usersig = usersigGlue;
}
/** @param {BufferSource | WebAssembly.Module} module */
function usersigSync(module) {
  usersigGlue.initSync({ module });
  usersig = usersigGlue;
}

/** The UserSig module's holder; using it makes `init()` load the module.
 * @returns {UsersigHolder} */
function usersigHolder() {
  alsoLoad.add(loadUsersig);
  return { get: () => usersig };
}

/** @type {SimModule | null} */
let simulator = null;
/** @type {Promise<void> | undefined} */
let loading;
/** @param {WasmSource} [input] */
function loadSimulator(input) {
  loading ??= import("../wasm/web-sim/tcim_sim.js").then(async (module) => {
    await module.default(input === undefined ? undefined : { module_or_path: /** @type {any} */ (input) });
    simulator = module;
  });
  return loading;
}

// Each export made on its own and marked pure, so a bundler keeps only what an app imports.
export const validate = /* @__PURE__ */ validateOver(wasm);
export const buildRequest = /* @__PURE__ */ buildRequestOver(wasm);
export { errorInfo };
export const genUserSig = /* @__PURE__ */ genUserSigOver(/* @__PURE__ */ usersigHolder());
export const verifyUserSig = /* @__PURE__ */ verifyUserSigOver(/* @__PURE__ */ usersigHolder());
export const verifyCallbackSign = /* @__PURE__ */ verifyCallbackSignOver(/* @__PURE__ */ usersigHolder());
export const Simulator = /* @__PURE__ */ simulatorOver({ get: () => simulator, load: loadSimulator });
export { endpoints, jsonSchema, controlClient, TcimError };
