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
import { validateOver, buildRequestOver, errorInfo, endpoints, jsonSchema, genUserSigOver, verifyUserSigOver, verifyCallbackSignOver, simulatorOver, controlClient, TcimError } from "../lib/api.mjs";

let ready;
/** Loaders `init()` runs beside the core's (the UserSig module, when the app uses it). */
const alsoLoad = new Set();

/** Loads the core wasm module (from `input`, default: next to this file), and the UserSig
 * module when the app uses it (from `options.usersig`, default: next to its glue). Safe to
 * call twice. */
export function init(input, options) {
  if (!ready) {
    const core = wasmInit(input === undefined ? undefined : { module_or_path: input });
    ready = Promise.all([core, ...[...alsoLoad].map((load) => load(options?.usersig))]).then(() => undefined);
  }
  return ready;
}

export default init;

/** Instantiates the core module (and, with `usersig`, the UserSig module) synchronously from
 * bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  wasmInitSync(module && module.module ? { module: module.module } : { module });
  if (module && module.usersig) usersigSync(module.usersig);
  ready = Promise.resolve();
}

let usersig = null;
async function loadUsersig(input) {
  await usersigGlue.default(input === undefined ? undefined : { module_or_path: input });
  usersig = usersigGlue;
}
function usersigSync(module) {
  usersigGlue.initSync({ module });
  usersig = usersigGlue;
}

/** The UserSig module's holder; using it makes `init()` load the module. */
function usersigHolder() {
  alsoLoad.add(loadUsersig);
  return { get: () => usersig };
}

let simulator = null;
let loading;
function loadSimulator(input) {
  loading ??= import("../wasm/web-sim/tcim_sim.js").then(async (module) => {
    await module.default(input === undefined ? undefined : { module_or_path: input });
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
