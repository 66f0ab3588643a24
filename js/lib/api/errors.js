// The one error class tcim throws for misuse and for what cannot be done: TcimError, with a
// stable `code`. What the wasm modules throw is already of one typed family (src/wasm/error.rs,
// its codes generated into endpoints.d.ts as `WasmErrorCode`): `fromWasm` keeps its code, so no
// JS reads a message to tell errors apart.

/** @import { WasmErrorCode } from "../../endpoints.js" */
/** @import { Diagnostic } from "./validate.js" */

/** The codes of TcimError: what wasm throws, and what the JS glue itself refuses
 * (`invalid_argument` misuse, a module not loaded yet, an injected reset, a control API error).
 * @typedef {WasmErrorCode | "invalid_argument" | "unknown_api" | "invalid_option" | "invalid_body" | "invalid_snapshot" | "client_action_failed" | "simulator_not_loaded" | "usersig_not_loaded" | "connection_reset" | "control_failed" | "internal_error"} TcimErrorCode */

/** Thrown for misuse (code "invalid_argument") and for requests that cannot be built
 * ("unknown_api", "invalid_option", "invalid_body"). */
export class TcimError extends Error {
  /**
   * @param {TcimErrorCode | (string & {})} code
   * @param {string} message
   * @param {Diagnostic[]} [diagnostics]
   */
  constructor(code, message, diagnostics) {
    super(message);
    /** @readonly @type {"TcimError"} */
    this.name = "TcimError";
    /** @readonly @type {TcimErrorCode | (string & {})} */
    this.code = code;
    /** @readonly @type {Diagnostic[]} */
    this.diagnostics = diagnostics || [];
  }
}

/** Misuse: a wrong argument type or an unknown option.
 * @param {string} message */
export function argError(message) {
  return new TcimError("invalid_argument", message, []);
}

/** A TcimError of what a wasm export threw (an Error with the `code` of its kind), else the
 * thrown value as it is (a trap, which is no misuse).
 * @param {unknown} e
 * @returns {unknown} */
export function fromWasm(e) {
  const code = e instanceof Error ? /** @type {Error & { code?: unknown }} */ (e).code : undefined;
  if (e instanceof Error && typeof code === "string") return new TcimError(/** @type {WasmErrorCode} */ (code), e.message, []);
  return e;
}

/** What a thrown value says.
 * @param {unknown} e */
export function messageOf(e) {
  const message = e !== null && typeof e === "object" && "message" in e ? e.message : undefined;
  return String(message ? message : e);
}
