// Browsers and bundlers: call `await init()` (or `initSync({ module })`) once before use.
import wasmInit, { initSync as wasmInitSync } from "../wasm/web/tcim.js";
import * as wasm from "../wasm/web/tcim.js";
import { createApi } from "../lib/api.mjs";

let ready;

/** Loads the wasm module (from `input`, default: next to this file). Safe to call twice. */
export function init(input) {
  if (!ready) ready = wasmInit(input === undefined ? undefined : { module_or_path: input }).then(() => undefined);
  return ready;
}

export default init;

/** Instantiates synchronously from bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  wasmInitSync(module && module.module ? module : { module });
  ready = Promise.resolve();
}

export const { validate, buildRequest, errorInfo, endpoints, genUserSig, verifyUserSig, Simulator, TcimError } = createApi(wasm);
