// Browsers and bundlers: call `await init()` (or `initSync({ module })`) once before use, and
// `await Simulator.load()` once before the first `new Simulator()`. The simulator's module
// is a dynamic import, so an app that never loads it never downloads it.
import wasmInit, { initSync as wasmInitSync } from "../wasm/web/tcim.js";
import * as wasm from "../wasm/web/tcim.js";
import { validateOver, buildRequestOver, errorInfo, endpoints, genUserSigOver, verifyUserSigOver, simulatorOver, TcimError } from "../lib/api.mjs";

let ready;

/** Loads the core wasm module (from `input`, default: next to this file). Safe to call twice. */
export function init(input) {
  if (!ready) ready = wasmInit(input === undefined ? undefined : { module_or_path: input }).then(() => undefined);
  return ready;
}

export default init;

/** Instantiates the core module synchronously from bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  wasmInitSync(module && module.module ? module : { module });
  ready = Promise.resolve();
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
export const genUserSig = /* @__PURE__ */ genUserSigOver(wasm);
export const verifyUserSig = /* @__PURE__ */ verifyUserSigOver(wasm);
export const Simulator = /* @__PURE__ */ simulatorOver({ get: () => simulator, load: loadSimulator });
export { endpoints, TcimError };
