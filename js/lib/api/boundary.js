// What crosses into one wasm instance (the core module, or the simulator module): the
// endpoint indexes it caches, and input written straight into its memory.

/** @import { BoundaryExports } from "../wasm.js" */

/** @typedef {{ memory: WebAssembly.Memory, ptr: number, cap: number, view: Uint8Array | null }} InputBuffer */

// Where the input buffer of each wasm instance is, shared by every API made over it: when
// one grows the buffer it may move, and the others must not write to where it was. Kept on
// the instance's memory under a registered symbol, so that copies of this module (the ESM
// and the CommonJS build of lib/api, both loaded) share it too.
const INPUT_BUFFER = Symbol.for("tcim.inputBuffer");

/** @param {BoundaryExports} wasm
 * @returns {InputBuffer} */
function inputBufferOf(wasm) {
  const memory = /** @type {WebAssembly.Memory & { [INPUT_BUFFER]?: InputBuffer }} */ (wasm.wasmMemory());
  let input = memory[INPUT_BUFFER];
  if (input === undefined) {
    input = { memory, ptr: 0, cap: 0, view: null };
    memory[INPUT_BUFFER] = input;
  }
  return input;
}

/** @typedef {{ endpointIndex(api: string): number, writeInput(text: string, at?: number): number, output(): string }} Boundary */

/** @type {WeakMap<object, Boundary>} */
const BOUNDARIES = new WeakMap();

/** The boundary of one wasm instance (made once, on first use).
 * @param {BoundaryExports} wasm
 * @returns {Boundary} */
export function boundary(wasm) {
  let b = BOUNDARIES.get(wasm);
  if (b === undefined) {
    b = makeBoundary(wasm);
    BOUNDARIES.set(wasm, b);
  }
  return b;
}

/** @param {BoundaryExports} wasm
 * @returns {Boundary} */
function makeBoundary(wasm) {
  // Endpoint name → catalog index, so the hot path passes a number, not a second string.
  /** @type {Map<string, number>} */
  const indexOf = new Map();
  /** @param {string} api */
  function endpointIndex(api) {
    let i = indexOf.get(api);
    if (i === undefined) {
      i = wasm.endpointIndex(api);
      if (indexOf.size < 1000) indexOf.set(api, i);
    }
    return i;
  }

  // Hot-path input goes straight into wasm memory with TextEncoder.encodeInto (native),
  // not wasm-bindgen's per-character copy (see src/wasm/mod.rs, INPUT).
  const encoder = new TextEncoder();
  /** @type {InputBuffer | null} */
  let input = null;
  /** Writes `text` as UTF-8 into the input buffer from byte `at` on (what is before `at`
   * stays); returns its length in bytes, or -1.
   * @param {string} text
   * @param {number} [at] */
  function writeInput(text, at = 0) {
    // Looked up on first use: the web build's wasm is not there before init().
    if (input === null) input = inputBufferOf(wasm);
    const need = at + text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
    if (need > input.cap) {
      const cap = Math.max(need, 2 * input.cap, 4096);
      const ptr = wasm.inputBuffer(cap);
      if (ptr === 0) return -1;
      input.ptr = ptr;
      input.cap = cap;
      input.view = null;
    }
    // A view goes stale (length 0) whenever wasm memory grows.
    if (input.view === null || input.view.byteLength === 0) input.view = new Uint8Array(input.memory.buffer, input.ptr, input.cap);
    return encoder.encodeInto(text, at === 0 ? input.view : input.view.subarray(at)).written;
  }

  /** The text the last call left in the output buffer. */
  const output = () => wasm.takeOutput();

  return { endpointIndex, writeInput, output };
}
