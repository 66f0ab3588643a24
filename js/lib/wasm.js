// The wasm modules' exports, as the JS here uses them. (wasm-bindgen writes their full
// declarations beside the glue; those are not part of the package's public types, so these
// are stated structurally. tsc holds them to the real glue where the entries pass the modules
// in: web/index.js and node/require.js.)

/** What every module that takes input has: its memory, the input and output buffers,
 * endpoint indexes.
 * @typedef {object} BoundaryExports
 * @property {() => WebAssembly.Memory} wasmMemory
 * @property {(cap: number) => number} inputBuffer
 * @property {() => string} takeOutput
 * @property {(api: string) => number} endpointIndex
 */

/** The core module (validation, requests).
 * @typedef {BoundaryExports & {
 *   validateInput(index: number, len: number, positions: boolean, fixes: boolean, zh: boolean): number;
 *   validateText(api: string, text: string, positions: boolean, fixes: boolean, zh: boolean): string;
 *   buildRequestJson(api: string, body: string, bodyIsText: boolean, options: string, random: number, zh: boolean): string;
 * }} CoreModule */

/** The UserSig module.
 * @typedef {object} UsersigModule
 * @property {(sdkAppId: number, key: string, identifier: string, expire: number, time: number, userBuf?: Uint8Array | null) => string} genUserSig
 * @property {(sdkAppId: number, key: string, identifier: string, userSig: string, now: number) => string} verifyUserSig
 * @property {(token: string, requestTime: string, sign: string, now: number) => string} verifyCallbackSign
 */

/** One simulator of the simulator module (src/wasm/sim_api.rs).
 * @typedef {object} WasmSimulator
 * @property {(api: string, body: string) => string} call
 * @property {(index: number, len: number) => string} callIndexInput
 * @property {() => number} sdkAppId
 * @property {() => string} admin
 * @property {() => number} now
 * @property {(t?: number | null) => void} pinNow
 * @property {(seconds: number) => void} advance
 * @property {() => string} snapshot
 * @property {() => string} inspect
 * @property {(api: string, body: string, verdict?: string | null) => string} callStep
 * @property {(method: string, urlLen: number, bodyLen: number, verdict?: string | null, pin?: number | null) => number} handleInput
 * @property {() => string} takeCallbacks
 * @property {(options: string) => void} setCallbacks
 * @property {(method: string, url: string, body: string) => string} handle
 * @property {(action: string) => void} client
 * @property {(action: string, verdict?: string | null) => string} clientStep
 * @property {() => void} free
 */

/** The simulator module.
 * @typedef {BoundaryExports & { WasmSimulator: {
 *   new (options: string): WasmSimulator;
 *   restore(snapshot: string, secretKey?: string | null): WasmSimulator;
 *   callbackSign(token: string, requestTime: number): string;
 * } }} SimModule */

export {};
