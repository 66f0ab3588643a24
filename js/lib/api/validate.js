// `validate(api, payload, options?)`: a request body's findings as data. A JS object or JSON
// text is diagnosed in JS where the generated diagnosers are sure to answer as wasm would
// (lib/diagnose.js); otherwise, and for answers in Chinese, wasm answers.
import { OBJECT_PROTOTYPE } from "../json-text.js";
import { diagnoseObject, diagnoseText } from "../diagnose.js";
import { argError } from "./errors.js";
import { apiName, payloadText, langOf } from "./args.js";
import { boundary } from "./boundary.js";

/** @import { ApiName } from "../../endpoints.js" */
/** @import { Lang } from "./args.js" */
/** @import { CoreModule } from "../wasm.js" */
/** @import { TextDiagnosers } from "../diagnose.js" */

/** Where `validate` finds the diagnosers of JSON text: they answer, or null while they are not
 * loaded (wasm answers then, the same findings).
 * @typedef {() => TextDiagnosers | null} TextDiagnosersSource */

/** @type {TextDiagnosers | null} */
let imported = null;
let asked = false;
/** The default source: the text diagnosers' own file (lib/text-diagnosers.*, about as large
 * as the object diagnosers), imported on the first text validated. An app that only
 * validates objects never downloads it, and a bundler makes it a chunk of its own; until it
 * has arrived (or if it cannot be loaded) wasm answers text. Node's entry hands in a source
 * of its own, which requires the file on the second text (js/node/require.js).
 * @type {TextDiagnosersSource} */
export function textDiagnosersOnFirstUse() {
  if (!asked) {
    asked = true;
    import("../generated-text.js").then(
      (m) => void (imported = m.TEXT_DIAGNOSERS),
      () => undefined,
    );
  }
  return imported;
}

/** @typedef {"error" | "warning"} Severity */

/**
 * @typedef {object} Diagnostic
 * @property {Severity} severity
 * @property {string} path JSON pointer (RFC 6901) into the payload; "" is the whole payload.
 * @property {string} code Stable snake_case code, e.g. "missing_field", "out_of_range", "unknown_field".
 * @property {string} message
 * @property {number} [line] 1-based line, when the payload was JSON text.
 * @property {number} [column] 1-based column in UTF-16 code units, when the payload was JSON text.
 * @property {Fix} [fix] How an editor can mend it, where it can (docs/diagnostics.md, "Quick fixes").
 */

/**
 * A quick fix: a title to show and a JSON Patch (RFC 6902) that mends the finding.
 * @typedef {object} Fix
 * @property {string} title
 * @property {PatchOp[]} patch
 */

/**
 * @typedef {{ op: "move"; from: string; path: string }
 *   | { op: "remove"; path: string }
 *   | { op: "replace"; path: string; value: unknown }
 *   | { op: "add"; path: string; value: unknown }} PatchOp
 */

/**
 * @typedef {object} ValidationResult
 * @property {boolean} ok true when no diagnostic has severity "error".
 * @property {Diagnostic[]} diagnostics
 */

/**
 * @typedef {object} ValidateOptions
 * @property {boolean} [fixes] Give each finding an editor can mend its `fix` (off by default: finding fixes costs more than the rest of validating an invalid body).
 * @property {Lang | (string & {})} [lang] The messages' language (default "en").
 */

/** Validates a request body; reports every problem at once.
 * @typedef {(api: ApiName | (string & {}), payload: object | string, options?: ValidateOptions) => ValidationResult} Validate */

const NO_ANSWER = 0xffffffff;

/** A fresh result for a payload with nothing to report.
 * @returns {ValidationResult} */
const clean = () => ({ ok: true, diagnostics: [] });

/** The diagnostics `validateInput` left: JSON, or the delimited form of
 * src/wasm/core_api.rs `compact_diagnostics` (fields split by U+0001, records by U+0002).
 * @param {string} out
 * @returns {ValidationResult} */
function readDiagnostics(out) {
  if (out.charCodeAt(0) === 123) return JSON.parse(out);
  /** @type {Diagnostic[]} */
  const diagnostics = [];
  let ok = true;
  let at = 0;
  // The field up to the next `sep` (indexOf and slice: split allocates its arrays and is
  // ~2x slower on the fresh string each call brings, which no split cache has seen).
  /** @param {string} sep */
  const next = (sep) => {
    let end = out.indexOf(sep, at);
    if (end < 0) end = out.length;
    const field = out.slice(at, end);
    at = end + 1;
    return field;
  };
  while (at < out.length) {
    const severity = next("\u0001") === "e" ? "error" : "warning";
    const path = next("\u0001");
    const code = next("\u0001");
    const message = next("\u0001");
    const line = next("\u0001");
    const column = next("\u0001");
    const fix = next("\u0002");
    /** @type {Diagnostic} */
    const d = line === "" ? { severity, path, code, message } : { severity, path, code, message, line: Number(line), column: Number(column) };
    if (fix !== "") d.fix = JSON.parse(fix);
    diagnostics.push(d);
    if (severity === "error") ok = false;
  }
  return { ok, diagnostics };
}

function prototypeHasEnumerables() {
  for (const k in OBJECT_PROTOTYPE) return true;
  return false;
}

/** `validate`'s options, checked: `{ fixes?: boolean, lang?: string }` (quick fixes on the
 * diagnostics; their messages in English or Chinese). */
const DEFAULT_VALIDATE = Object.freeze({ fixes: false, zh: false });
/** @param {unknown} options */
function validateOptions(options) {
  // (No allocation on the common call: validate runs millions of times a second.)
  if (options === undefined) return DEFAULT_VALIDATE;
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw argError("validate's options must be an object like { fixes: true, lang: \"zh-CN\" }");
  for (const k of Object.keys(options)) if (k !== "fixes" && k !== "lang") throw argError(`unknown validate option ${JSON.stringify(k)} (known: fixes, lang)`);
  const o = /** @type {{ fixes?: unknown, lang?: unknown }} */ (options);
  if (o.fixes !== undefined && typeof o.fixes !== "boolean") throw argError("validate's fixes option must be true or false");
  return { fixes: o.fixes === true, zh: langOf(o.lang) === "zh-CN" };
}

/** `validate(api, payload, options?)` over the core module `wasm`, with the diagnosers of
 * JSON text from `textDiagnosers`.
 * @param {CoreModule} wasm
 * @param {TextDiagnosersSource} [textDiagnosers]
 * @returns {Validate} */
export function validateOver(wasm, textDiagnosers = textDiagnosersOnFirstUse) {
  const { endpointIndex, writeInput } = boundary(wasm);
  /** @type {Validate} */
  function validate(api, payload, options) {
    const { fixes, zh } = validateOptions(options);
    const index = endpointIndex(apiName(api));
    // A JS object is diagnosed in JS, where the generated diagnosers are sure to answer as
    // wasm would (see lib/diagnose.js). (They read members with for-in, which also lists
    // enumerable properties someone added to Object.prototype; JSON.stringify does not
    // write them.)
    // (The JS diagnosers write English: Chinese comes from wasm.)
    if (!zh && index >= 0 && payload !== null && typeof payload === "object" && !prototypeHasEnumerables()) {
      try {
        const answer = diagnoseObject(index, payload, fixes);
        if (answer !== null) return answer;
      } catch {
        // A getter or proxy threw: JSON.stringify below meets it too, and says so.
      }
    }
    // JSON text is read in JS too, where it can be (see lib/diagnose.js `diagnoseText`).
    if (!zh && index >= 0 && typeof payload === "string") {
      try {
        const answer = diagnoseText(index, payload, fixes, textDiagnosers());
        if (answer !== null) return answer;
      } catch {
        // (No user code runs while a text is read: only a failure of our own, such as a
        // buffer too large to allocate, ends here; wasm, the reference, answers.)
      }
    }
    const { text, positions } = payloadText(payload, "payload");
    if (index >= 0) {
      const len = writeInput(text);
      // Clean payloads answer with a number; only payloads with findings fetch the details.
      const count = len < 0 ? NO_ANSWER : wasm.validateInput(index, len, positions, fixes, zh);
      if (count === 0) return clean();
      if (count !== NO_ANSWER) return readDiagnostics(wasm.takeOutput());
    }
    const out = wasm.validateText(/** @type {string} */ (api), text, positions, fixes, zh);
    return out === "" ? clean() : JSON.parse(out);
  }
  return validate;
}
