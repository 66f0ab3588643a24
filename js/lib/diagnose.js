import { isObject, hasPlainPrototype, isWellFormed, isDigits } from "./json-text.js";
import { MESSAGES as M, LIMITS, RULES_JSON, KINDS } from "./generated.js";
import { DIAGNOSERS } from "./generated-objects.js";
import { textScanner } from "./text-scanner.js";
import { quickFixes } from "./fixes.js";
/** @import { Diagnostic, Severity, ValidationResult } from "./api/validate.js" */
/** @import { Table } from "./fixes.js" */
/** A check's value's path is `base`, `seg` (a key segment or an array index) and its site's
 * `tail` (see below). @typedef {string | number} Seg */
/** @typedef {{ tail: string, name: string | null, starts: (string | null)[], ends: string[] }} Site */
/** A generated table function (of a JS object, or of the scanner over text).
 * @typedef {(v: any, base: string, seg: Seg, out: Diagnostic[], d: number) => void} Check */
/** The text diagnosers' maker (lib/generated-text.js, a file of its own: see lib/api/validate.js).
 * @typedef {(helpers: Record<string, unknown>) => (Check | null)[]} TextDiagnosers */

// Validation without leaving JS, of a JS object or of JSON text: the rules of
// src/vocab/check.rs and src/vocab/kinds/, with the same codes, paths, messages and order.
// Crossing into wasm costs more than Ajv spends on a whole small object, so this is what makes
// validation fast. `tcim-codegen checks` generates one function per rule table for objects
// (DIAGNOSERS, which dispatch on keys and call the kinds' helpers) and one for text
// (TEXT_DIAGNOSERS, which read the members off lib/text-scanner.js and check each value with
// the same helpers; `tcim-codegen text-checks`, a module of its own that the caller hands in
// once it has it), the helper of each rule kind (KINDS, from the kind's own file, made with
// the shared helpers below), and the tables as data (RULES_JSON, for the rare paths:
// mistakes, unknown fields and lib/fixes.js). Paths are only built
// when there is something to report: a check gets its value's path in three parts, `base`,
// `seg` (a key segment such as "/MsgSeqList", or an array index) and the site `t` of the
// check, whose `tail` is a key segment below that, or "". A site (one per generated call)
// also knows the value's name for messages when the path does not decide it, and keeps the
// constant start of the messages it has built (`starts`): a finding at a known site then
// costs one concatenation.
//
// It answers only where it is sure to match the wasm validator on the object's JSON text (or
// on the text), and returns null otherwise (wasm answers then): for objects, anything
// JSON.stringify writes oddly (undefined, functions, holes, toJSON, class instances,
// non-finite or unsafe numbers, fractions, lone surrogates); for text, what the scanner
// leaves to wasm (see lib/text-scanner.js); for both, deep nesting, non-ASCII unknown keys
// (Unicode case folding differs), and group IDs with characters the message would show in Rust's
// escaped form. tests/node/object-input.test.mjs and text-input.test.mjs compare both routes
// on random objects and texts.
// (One object made by a pure call rather than a destructuring, which bundlers must keep: an app
// that never validates, only simulates, then carries none of this.)
const DIAGNOSE = /* @__PURE__ */ (() => {
  // (isObject, hasPlainPrototype, isWellFormed, isDigits: lib/json-text.js; a table's function, given an object, defers to wasm when JSON.stringify would not write
  // it as its own members, a class or a toJSON: see `plain_object_test` in src/codegen.rs)
  const MAX_DEPTH = LIMITS.maxDepth;
  // Thrown (and caught once, at the top) when the answer must come from wasm.
  const ASK_WASM = { askWasm: true };
  const ask = () => {
    throw ASK_WASM;
  };
  const ascii = /^[\x00-\x7f]*$/;
  /** @param {string} s */
  function codePoints(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) n--; // the second half of a pair (strings are well-formed)
    }
    return n;
  }

  // What a JS value is once JSON.stringify has written it, in the validator's terms; throws
  // ASK_WASM for values it writes differently from what they look like.
  /** @param {unknown} v @returns {string} */
  function kind(v) {
    switch (typeof v) {
      case "string":
        if (!isWellFormed(v)) ask();
        return "string";
      case "number":
        if (!Number.isSafeInteger(v)) ask();
        return "integer";
      case "boolean":
        return "boolean";
      case "object":
        if (v === null) return "null";
        // (A toJSON function, own or inherited, decides what JSON.stringify writes.)
        if (Array.isArray(v)) return typeof (/** @type {{ toJSON?: unknown }} */ (v)).toJSON === "function" ? ask() : "array";
        return plain(v) ? "object" : ask();
      default:
        return ask();
    }
  }

  // An object JSON.stringify writes as its own members (no class, no toJSON).
  /** @param {object} v */
  function plain(v) {
    return hasPlainPrototype(v) && typeof (/** @type {{ toJSON?: unknown }} */ (v)).toJSON !== "function";
  }

  // vocab/check.rs `Describe`.
  /** @param {unknown} v @param {string} k */
  function describe(v, k) {
    switch (k) {
      case "string":
        return codePoints(/** @type {string} */ (v)) <= LIMITS.describedStringMaxChars ? M.quotedString(v) : "string";
      case "integer":
        return M.number("integer", v);
      case "boolean":
        return String(v);
      default:
        return k;
    }
  }

  /** `"a", "b"`: how messages list string values.
   * @param {string[]} values */
  function quotedList(values) {
    return values.map((s) => M.quoted(s)).join(", ");
  }

  /** @param {string} key */
  function segment(key) {
    return "/" + (key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key);
  }

  /** The name a path's last segment gives its value, quoted, or null when the segment is
   * empty or all digits (an array item, named by its whole path instead).
   * @param {string} last @returns {string | null} */
  function keyName(last) {
    return last !== "" && !isDigits(last) ? M.quoted(last.includes("~") ? last.replaceAll("~1", "/").replaceAll("~0", "~") : last) : null;
  }

  // vocab/check.rs `Checker::name`: the field's name for messages.
  /** @param {string} path */
  function nameOf(path) {
    const cut = path.lastIndexOf("/");
    if (cut < 0) return M.theBody();
    return keyName(path.slice(cut + 1)) ?? M.item(path);
  }

  // Whether the diagnostics being made are for JSON text, whose get a line and column.
  let fromText = false;
  /** @param {Diagnostic[]} out @param {Severity} severity @param {string} path @param {string} code @param {string} message */
  function push(out, severity, path, code, message) {
    // (Made in their final shape: adding properties later costs a transition each.)
    out.push(fromText ? { severity, path, code, message, line: 0, column: 0 } : { severity, path, code, message });
  }

  /** The path of a value given as `base`, `seg`, `tail` (see above).
   * @param {string} base @param {Seg} seg @param {string} tail */
  function at(base, seg, tail) {
    return (typeof seg === "number" ? base + "/" + seg : base + seg) + tail;
  }

  /** The site of a generated check whose value sits at key segment `tail` below its object
   * ("" for array items). Every site has the same shape, so reading one stays monomorphic.
   * @param {string} tail @returns {Site} */
  function site(tail) {
    return { tail, name: tail === "" ? null : keyName(tail.slice(1)), starts: [null, null, null], ends: ["", "", ""] };
  }
  const ITEM = site("");

  const norm = (/** @type {string} */ s) => s.replaceAll("_", "").toLowerCase();
  // vocab/check.rs `close_field` (keys here are ASCII, so case folding is the same as Rust's).
  /** @param {{ fields: string[] }} obj @param {string} key */
  function closeField(obj, key) {
    const k = norm(key);
    for (const f of obj.fields) if (norm(f) === k) return f;
    return null;
  }

  // Opaque content (Ty::Any): only whether JSON.stringify writes it as it is.
  /** @param {unknown} v @param {number} d */
  function any(v, d) {
    if (d > MAX_DEPTH) ask();
    switch (kind(v)) {
      case "array": {
        const items = /** @type {unknown[]} */ (v);
        // (A hole reads as undefined, which kind() leaves to wasm.)
        for (let i = 0; i < items.length; i++) any(items[i], d + 1);
        break;
      }
      case "object": {
        const members = /** @type {Record<string, unknown>} */ (v);
        for (const k of Object.keys(members)) {
          if (!isWellFormed(k)) ask();
          any(members[k], d + 1);
        }
        break;
      }
    }
  }

  /** @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {Site} t @param {string} code @param {string} message */
  function error(out, base, seg, t, code, message) {
    push(out, "error", at(base, seg, t.tail), code, message);
  }
  /** @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {Site} t @param {string} code @param {string} message */
  function warning(out, base, seg, t, code, message) {
    push(out, "warning", at(base, seg, t.tail), code, message);
  }
  /** nameOf(at(base, seg, t.tail)): the site's own name when its key decides it.
   * @param {string} base @param {Seg} seg @param {Site} t */
  function named(base, seg, t) {
    return t.name !== null ? t.name : nameOf(at(base, seg, t.tail));
  }
  // The slots of a site's message starts: each helper puts one kind of message in each.
  const MAIN = 0;
  const WRONG_TYPE = 1;
  const OTHER = 2;
  /** A site's message `build(name, got)` with `got` in it. Apart from `got`, only the name
   * can vary between calls at one site (which always meets the same rule), so a site that
   * knows its name keeps the message around a hole in `slot`, split in two, and later calls
   * cost a concatenation. Only called when there is something to report. */
  const HOLE = "\u0000";
  /** @param {string} base @param {Seg} seg @param {Site} t @param {number} slot
   * @param {(name: string, got: any) => string} build @param {string | number} got */
  function hole(base, seg, t, slot, build, got) {
    if (t.name === null) return build(named(base, seg, t), got);
    let head = t.starts[slot];
    if (head === null) {
      const message = build(t.name, HOLE);
      const cut = message.indexOf(HOLE);
      head = t.starts[slot] = message.slice(0, cut);
      t.ends[slot] = message.slice(cut + 1);
    }
    // (Most messages end with their value: no third piece to add then.)
    const end = t.ends[slot];
    return end === "" ? head + got : head + got + end;
  }

  /** A value of the wrong type (`expected`, a message), at the site `t`.
   * @param {string} expected @param {unknown} v @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {Site} t @param {number} d */
  function wrongType(expected, v, out, base, seg, t, d) {
    const k = kind(v);
    // A container of the wrong type is not read further, but must still be what JSON writes.
    if (k === "array" || k === "object") any(v, d);
    error(out, base, seg, t, "wrong_type", hole(base, seg, t, WRONG_TYPE, (name, got) => M.wrongType(name, expected, got), describe(v, k)));
  }

  /** A key that real clients send by mistake (table `obj`, mistake `i`).
   * @param {number} obj @param {number} i @param {Diagnostic[]} out @param {string} base @param {Seg} seg */
  function mistake(obj, i, out, base, seg) {
    const [key, means, severity, code, why] = /** @type {Table["mistakes"][number]} */ (rules().objs[obj]?.mistakes[i]);
    push(out, /** @type {Severity} */ (severity), at(base, seg, segment(key)), code, M.mistake(key, means, why));
  }

  /** A key the table `obj` does not know, with its value `v`.
   * @param {number} obj @param {string} key @param {unknown} v @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {number} d */
  function unknown(obj, key, v, out, base, seg, d) {
    unknownField(obj, key, out, base, seg);
    any(v, d);
  }

  /** @param {number} obj @param {string} key @param {Diagnostic[]} out @param {string} base @param {Seg} seg */
  function unknownField(obj, key, out, base, seg) {
    if (!ascii.test(key)) ask();
    const table = /** @type {Table} */ (rules().objs[obj]);
    const hint = closeField(table, key);
    push(out, "warning", at(base, seg, segment(key)), "unknown_field", M.unknownField(key, table.name, hint === null ? "" : M.didYouMean(hint)));
  }

  /** A required field that is absent (the generated code knows which, and its message).
   * @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {string} segment @param {string} message */
  function missing(out, base, seg, segment, message) {
    push(out, "error", at(base, seg, segment), "missing_field", message);
  }

  /** The key just read, a key table `obj` does not know, in the object whose unknown keys
   * start at `first`.
   * @param {{ s: string, ks: number, ke: number, unknown: string[] }} p @param {number} obj
   * @param {Diagnostic[]} out @param {string} base @param {Seg} seg @param {number} first */
  function unknownKey(p, obj, out, base, seg, first) {
    const key = p.s.slice(p.ks, p.ke);
    if (p.unknown.indexOf(key, first) >= 0) ask();
    p.unknown.push(key);
    unknownField(obj, key, out, base, seg);
  }

  // Built on first use, to keep them out of start-up (most programs never need them).
  /** @type {(Check | null)[] | null} */
  let objectRoots = null;
  /** @type {(Check | null)[] | null} */
  let textRoots = null;
  /** The rule tables as data (src/codegen.rs `js_rule_tables`).
   * @typedef {{ objs: Table[], roots: (number | null)[], groupTypes: [string, string][] }} Rules */
  /** @type {Rules | null} */
  let parsedRules = null;
  /** @returns {Rules} */
  function rules() {
    if (parsedRules === null) parsedRules = /** @type {Rules} */ (JSON.parse(RULES_JSON));
    return parsedRules;
  }
  const scan = textScanner(ask);
  const withFixes = quickFixes({ rules, segment, closeField });
  // What the generated functions call: the shared helpers, the scanner's and the kinds'.
  /** @type {Record<string, unknown> | null} */
  let helpers = null;
  function helpersOnce() {
    if (helpers === null) {
      const shared = { ask, at, site, ITEM, any, kind, error, warning, hole, named, wrongType, quotedList, rules, mistake, unknown, missing, unknownKey, MAIN, WRONG_TYPE, OTHER, ...scan };
      helpers = { ...shared, ...KINDS(shared) };
    }
    return helpers;
  }

  /** @param {Diagnostic[]} out @returns {ValidationResult} */
  function result(out) {
    let ok = true;
    for (let i = 0; i < out.length; i++) if (out[i].severity === "error") ok = false;
    return { ok, diagnostics: out };
  }

  /** `{ ok, diagnostics }` for `payload` (not a string) under endpoint `index` (with quick
   * fixes if `fixes`), or null.
   * @param {number} index @param {unknown} payload @param {boolean} fixes */
  function diagnoseObject(index, payload, fixes) {
    if (objectRoots === null) objectRoots = DIAGNOSERS(helpersOnce());
    const check = objectRoots[index];
    if (!check) return null;
    // (The caller has made sure Object.prototype has no enumerable property, which the
    // generated functions' for-in would list and JSON.stringify would not write.)
    /** @type {Diagnostic[]} */
    const out = [];
    try {
      if (isObject(payload)) check(payload, "", "", out, 0);
      else {
        const k = kind(payload);
        if (k === "array") any(payload, 0);
        push(out, "error", "", "not_an_object", M.notAnObject(k));
      }
    } catch (e) {
      if (e === ASK_WASM) return null;
      throw e;
    }
    return result(fixes ? withFixes(index, out, () => payload) : out);
  }

  /** `{ ok, diagnostics }` (with line and column) for JSON `text` under endpoint `index`
   * (with quick fixes if `fixes`), or null (also while `tables` is null: not loaded yet).
   * @param {number} index @param {string} text @param {boolean} fixes @param {TextDiagnosers | null} tables */
  function diagnoseText(index, text, fixes, tables) {
    if (textRoots === null) {
      if (tables === null) return null;
      textRoots = tables(helpersOnce());
    }
    const check = textRoots[index];
    if (!check) return null;
    const p = scan.start(text);
    /** @type {Diagnostic[]} */
    const out = [];
    fromText = true;
    try {
      scan.ws(p);
      if (p.b[p.i] !== 123) return null;
      check(p, "", "", out, 0);
      scan.ws(p);
      if (p.i !== text.length) return null;
    } catch (e) {
      if (e === ASK_WASM) return null;
      throw e;
    } finally {
      scan.finish(p);
      fromText = false;
    }
    scan.withPositions(text, out, p.offsets, p.lines);
    return result(fixes ? withFixes(index, out, () => JSON.parse(text)) : out);
  }

  return { diagnoseObject, diagnoseText };
})();

/** `{ ok, diagnostics }` for a JS object under endpoint `index` (quick fixes if `fixes`), or
 * null (wasm answers).
 * @param {number} index @param {object} payload @param {boolean} [fixes] @returns {ValidationResult | null} */
function diagnoseObject(index, payload, fixes = false) {
  return DIAGNOSE.diagnoseObject(index, payload, fixes);
}

/** `{ ok, diagnostics }` for JSON text under endpoint `index` (quick fixes if `fixes`), or
 * null (wasm answers), with the text diagnosers `tables` (null: not loaded yet).
 * @param {number} index @param {string} text @param {boolean} fixes @param {TextDiagnosers | null} tables @returns {ValidationResult | null} */
function diagnoseText(index, text, fixes, tables) {
  return DIAGNOSE.diagnoseText(index, text, fixes, tables);
}

export { diagnoseObject, diagnoseText };
