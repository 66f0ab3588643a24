// Where the simulator's wasm module is: each entry tells (`simulatorOver`), Node's loads it on
// first use, the browser's with `await Simulator.load()`.
import { TcimError, fromWasm } from "../api/errors.js";

/** What `Simulator.load` takes where a browser fetches a .wasm.
 * @typedef {string | URL | Request | Response | BufferSource | WebAssembly.Module} WasmSource */
/** @import { SimModule } from "../wasm.js" */
/** Where the simulator module is: `get()` answers it (null while a browser has not loaded
 * it), `load(input?)` loads it.
 * @typedef {{ get(): SimModule | null, load(input?: WasmSource): Promise<void> }} SimulatorHolder */

/** @type {SimulatorHolder | null} */
let current = null;

/** Sets where the simulator module is (the entry's holder).
 * @param {SimulatorHolder} simulator */
export function useSimulatorModule(simulator) {
  current = simulator;
}

/** Where the simulator module is, if an entry said. */
export const holder = () => current;

/** Thrown by `new Simulator()` in a browser before `await Simulator.load()`. */
export function notLoaded() {
  return new TcimError("simulator_not_loaded", "the simulator module is not loaded: call `await Simulator.load()` once before `new Simulator()` (in browsers and bundlers; Node loads it on first use)", []);
}

export function simulatorModule() {
  const module = current === null ? null : current.get();
  if (module === null) throw notLoaded();
  return module;
}

/** @param {string} token @param {number} requestTime */
export const callbackSign = (token, requestTime) => simulatorModule().WasmSimulator.callbackSign(token, requestTime);


/** The wasm simulator a snapshot describes (a TcimError "invalid_snapshot" when it is none).
 * @param {string} snapshot
 * @param {string | undefined} secretKey */
export function restoreWasmSimulator(snapshot, secretKey) {
  try {
    return simulatorModule().WasmSimulator.restore(snapshot, secretKey);
  } catch (e) {
    throw fromWasm(e);
  }
}
