import { OBJECT_PROTOTYPE, isObject, hasPlainPrototype, isWellFormed, utf8Length, isPrintableAscii, isDigits } from "./json-text.js";
import { MESSAGES as M, LIMITS, RULES_JSON, DIAGNOSERS, TEXT_DIAGNOSERS } from "./generated.js";

// Validation without leaving JS, of a JS object or of JSON text: the rules of
// src/vocab/check.rs, with the same codes, paths, messages and order. Crossing into wasm
// costs more than Ajv spends on a whole small object, so this is what makes validation fast.
// `tcim-codegen checks` generates one function per rule table for objects (DIAGNOSERS, which
// dispatch on keys and call the helpers below) and one for text (TEXT_DIAGNOSERS, which read
// the members off a scanner and check each value with the same helpers), and the tables as
// data (RULES_JSON, for the rare paths: mistakes and unknown fields). Paths are only built
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
// leaves to wasm (see `Scanner`); for both, deep nesting, non-ASCII unknown keys (Unicode
// case folding differs), and group IDs with characters the message would show in Rust's
// escaped form. tests/node/object-input.test.mjs and text-input.test.mjs compare both routes
// on random objects and texts.
// (One object made by a pure call rather than a destructuring, which bundlers must keep: an app
// that never validates, only simulates, then carries none of this.)
const DIAGNOSE = /* @__PURE__ */ (() => {
  // (isObject, hasPlainPrototype, isWellFormed, utf8Length, isPrintableAscii, isDigits: lib/json-text.js;
  // a table's function, given an object, defers to wasm when JSON.stringify would not write
  // it as its own members, a class or a toJSON: see `plain_object_test` in src/codegen.rs)
  const MAX_DEPTH = LIMITS.maxDepth;
  // Thrown (and caught once, at the top) when the answer must come from wasm.
  const ASK_WASM = { askWasm: true };
  const ask = () => {
    throw ASK_WASM;
  };
  const ascii = /^[\x00-\x7f]*$/;
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
        if (Array.isArray(v)) return typeof v.toJSON === "function" ? ask() : "array";
        return plain(v) ? "object" : ask();
      default:
        return ask();
    }
  }

  // An object JSON.stringify writes as its own members (no class, no toJSON).
  function plain(v) {
    return hasPlainPrototype(v) && typeof v.toJSON !== "function";
  }

  // vocab/check.rs `Describe`.
  function describe(v, k) {
    switch (k) {
      case "string":
        return codePoints(v) <= LIMITS.describedStringMaxChars ? M.quotedString(v) : "string";
      case "integer":
        return M.number("integer", v);
      case "boolean":
        return String(v);
      default:
        return k;
    }
  }

  /** `"a", "b"`: how messages list string values. */
  function quotedList(values) {
    return values.map((s) => M.quoted(s)).join(", ");
  }

  function segment(key) {
    return "/" + (key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key);
  }

  /** The name a path's last segment gives its value, quoted, or null when the segment is
   * empty or all digits (an array item, named by its whole path instead). */
  function keyName(last) {
    return last !== "" && !isDigits(last) ? M.quoted(last.includes("~") ? last.replaceAll("~1", "/").replaceAll("~0", "~") : last) : null;
  }

  // vocab/check.rs `Checker::name`: the field's name for messages.
  function nameOf(path) {
    const cut = path.lastIndexOf("/");
    if (cut < 0) return M.theBody();
    return keyName(path.slice(cut + 1)) ?? M.item(path);
  }

  // Whether the diagnostics being made are for JSON text, whose get a line and column.
  let fromText = false;
  function push(out, severity, path, code, message) {
    // (Made in their final shape: adding properties later costs a transition each.)
    out.push(fromText ? { severity, path, code, message, line: 0, column: 0 } : { severity, path, code, message });
  }

  /** The path of a value given as `base`, `seg`, `tail` (see above). */
  function at(base, seg, tail) {
    return (typeof seg === "number" ? base + "/" + seg : base + seg) + tail;
  }

  /** The site of a generated check whose value sits at key segment `tail` below its object
   * ("" for array items). Every site has the same shape, so reading one stays monomorphic. */
  function site(tail) {
    return { tail, name: tail === "" ? null : keyName(tail.slice(1)), starts: [null, null, null], ends: ["", "", ""] };
  }
  const ITEM = site("");

  const norm = (s) => s.replaceAll("_", "").toLowerCase();
  // vocab/check.rs `close_field` (keys here are ASCII, so case folding is the same as Rust's).
  function closeField(obj, key) {
    const k = norm(key);
    for (const f of obj.fields) if (norm(f) === k) return f;
    return null;
  }

  // Opaque content (Ty::Any): only whether JSON.stringify writes it as it is.
  function any(v, d) {
    if (d > MAX_DEPTH) ask();
    switch (kind(v)) {
      case "array":
        // (A hole reads as undefined, which kind() leaves to wasm.)
        for (let i = 0; i < v.length; i++) any(v[i], d + 1);
        break;
      case "object":
        for (const k of Object.keys(v)) {
          if (!isWellFormed(k)) ask();
          any(v[k], d + 1);
        }
        break;
    }
  }

  function error(out, base, seg, t, code, message) {
    push(out, "error", at(base, seg, t.tail), code, message);
  }
  function warning(out, base, seg, t, code, message) {
    push(out, "warning", at(base, seg, t.tail), code, message);
  }
  /** nameOf(at(base, seg, t.tail)): the site's own name when its key decides it. */
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

  // vocab/check.rs `check_value` and what it calls, one helper per kind of rule.
  function wrongType(expected, v, out, base, seg, t, d) {
    const k = kind(v);
    // A container of the wrong type is not read further, but must still be what JSON writes.
    if (k === "array" || k === "object") any(v, d);
    error(out, base, seg, t, "wrong_type", hole(base, seg, t, WRONG_TYPE, (name, got) => M.wrongType(name, expected, got), describe(v, k)));
  }

  function str(v, min, max, groupId, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    // UTF-8 is 1 to 3 bytes per UTF-16 unit: count only when a limit may be crossed.
    if (v.length < min || (max !== null && v.length * 3 > max)) {
      const bytes = utf8Length(v);
      if (bytes < min) return error(out, base, seg, t, "empty_string", hole(base, seg, t, MAIN, (name, got) => M.emptyString(name) + got, ""));
      if (max !== null && bytes > max) return error(out, base, seg, t, "too_long", M.tooLong(named(base, seg, t), bytes, max));
    }
    if (groupId) {
      // vocab/check.rs `check_group_id` (an ID naming an existing group); a character outside
      // printable ASCII is shown in Rust's escaped form: wasm says it.
      const limit = LIMITS.groupIdMaxBytes;
      let why = null;
      if (v === "") why = M.groupIdEmpty();
      else if (isPrintableAscii(v)) why = v.length > limit ? M.groupIdTooLong(v.length, limit) : null;
      else if (utf8Length(v) > limit) why = M.groupIdTooLong(utf8Length(v), limit);
      else ask();
      if (why !== null) error(out, base, seg, t, "invalid_group_id", M.invalidGroupId(named(base, seg, t), why));
    }
  }

  function int(v, min, max, clamp, out, base, seg, t, d) {
    if (Number.isSafeInteger(v)) {
      if (v < min || (max !== null && v > max)) return error(out, base, seg, t, "out_of_range", hole(base, seg, t, MAIN, (name, got) => M.outOfRange(name, max === null ? M.atLeast(min) : M.between(min, max), got), v));
      if (clamp !== null && v > clamp) warning(out, base, seg, t, "clamped", M.clamped(named(base, seg, t), v, clamp));
      return;
    }
    if (typeof v === "string" && isWellFormed(v) && isDigits(v)) return error(out, base, seg, t, "wrong_type", hole(base, seg, t, OTHER, M.digitString, v));
    wrongType(M.anInteger(), v, out, base, seg, t, d);
  }

  function oneOf(v, values, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidEnum(name, quotedList(values), got), v));
  }

  function oneOfInts(v, values, out, base, seg, t, d) {
    if (!Number.isSafeInteger(v)) return wrongType(M.anInteger(), v, out, base, seg, t, d);
    if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidIntEnum(name, values.join(", "), got), v));
  }

  function groupType(v, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType(M.aString(), v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    if (rules().groupTypes.some((g) => g[0] === v)) return;
    const alias = rules().groupTypes.find((g) => g[1] === v);
    if (alias) warning(out, base, seg, t, "group_type_alias", M.groupTypeAlias(v, alias[0]));
    else error(out, base, seg, t, "invalid_enum", hole(base, seg, t, MAIN, (name, got) => M.invalidEnum(name, quotedList(rules().groupTypes.map((g) => g[0])), got), v));
  }

  function seconds(v, out, base, seg, t, d) {
    if (typeof v === "string") {
      if (!isWellFormed(v)) ask();
      if (v.length > 0 && v.length <= LIMITS.secondsMaxDigits && isDigits(v)) return;
      return error(out, base, seg, t, "not_digits", hole(base, seg, t, MAIN, M.notDigits, v));
    }
    if (Number.isSafeInteger(v)) {
      if (v >= 0 && v <= LIMITS.secondsMax) return warning(out, base, seg, t, "type_drift", M.typeDrift(named(base, seg, t), v));
      return error(out, base, seg, t, "out_of_range", M.secondsOutOfRange(named(base, seg, t), LIMITS.secondsMax));
    }
    wrongType(M.aSecondsString(), v, out, base, seg, t, d);
  }

  /** An array's type and length; true when its items are to be checked. */
  function array(v, min, max, out, base, seg, t, d) {
    if (!Array.isArray(v)) {
      wrongType(M.anArray(), v, out, base, seg, t, d);
      return false;
    }
    if (typeof v.toJSON === "function") ask();
    if (d > MAX_DEPTH) ask();
    arrayLength(v.length, min, max, out, base, seg, t);
    return v.length > 0;
  }

  /** An array's length `n` against its rule. */
  function arrayLength(n, min, max, out, base, seg, t) {
    if (n < min) error(out, base, seg, t, "too_few_items", hole(base, seg, t, MAIN, (name, got) => M.tooFewItems(name, min) + got, ""));
    if (max !== null && n > max) error(out, base, seg, t, "too_many_items", M.tooManyItems(named(base, seg, t), n, max));
  }

  /** Runs the generated function `check` of an object table on `v`, if it is an object. */
  function object(v, check, out, base, seg, t, d) {
    if (!isObject(v)) {
      any(v, d);
      return error(out, base, seg, t, "wrong_type", hole(base, seg, t, WRONG_TYPE, M.notAnObjectField, kind(v)));
    }
    if (d > MAX_DEPTH) ask();
    // The object's own path becomes the base of its members' paths.
    if (t.tail === "") check(v, base, seg, out, d);
    else check(v, at(base, seg, ""), t.tail, out, d);
  }

  /** A key that real clients send by mistake (table `obj`, mistake `i`). */
  function mistake(obj, i, out, base, seg) {
    const [key, means, severity, code, why] = rules().objs[obj].mistakes[i];
    push(out, severity, at(base, seg, segment(key)), code, M.mistake(key, means, why));
  }

  /** A key the table `obj` does not know, with its value `v`. */
  function unknown(obj, key, v, out, base, seg, d) {
    unknownField(obj, key, out, base, seg);
    any(v, d);
  }

  function unknownField(obj, key, out, base, seg) {
    if (!ascii.test(key)) ask();
    const table = rules().objs[obj];
    const hint = closeField(table, key);
    push(out, "warning", at(base, seg, segment(key)), "unknown_field", M.unknownField(key, table.name, hint === null ? "" : M.didYouMean(hint)));
  }


  /** A required field that is absent (the generated code knows which, and its message). */
  function missing(out, base, seg, segment, message) {
    push(out, "error", at(base, seg, segment), "missing_field", message);
  }

  // ---- JSON text: the generated `s` functions read members off a scanner with these, in
  // the manner of src/validate/stream.rs, and check each value with the helpers above. What
  // the stream validator leaves to its tree validator (escapes in keys and checked strings,
  // `\u` escapes, fractions, exponents, `-0`, integers beyond 2^53, syntax errors, a body
  // that is not an object) and repeated keys are left to wasm here.
  class Scanner {
    constructor() {
      /** The text, for slicing strings out of it. */
      this.s = "";
      /** Its UTF-16 code units, and a 0 after them (which ends every loop below: a control
       * character is never part of what the scanner accepts). A typed array: reading one
       * is several times faster than `charCodeAt`. */
      this.b = ASCII_BUFFER;
      this.i = 0;
      /** The largest code unit of the last string value read (see `plainString`). */
      this.max = 0;
      /** Where the last key read starts and ends, and its hash (see `key`). */
      this.ks = 0;
      this.ke = 0;
      this.h = 0;
      /** Whether a line break has been read (the only place one can be is whitespace). */
      this.lines = false;
      /** The offset each diagnostic points at, parallel to the output (see `place`). */
      this.offsets = [];
      /** Unknown keys of the objects being read (known ones are bits in their function). */
      this.unknown = [];
    }
  }
  // The code units of the last text read, reused while texts are of moderate size. An ASCII
  // text (all real payloads but those with non-English text) is written by TextEncoder,
  // natively, since its UTF-8 bytes are its code units; any other is copied unit by unit.
  const KEPT = 1 << 16;
  let ASCII_BUFFER = new Uint8Array(1024);
  let UNITS_BUFFER = new Uint16Array(0);
  const encoder = new TextEncoder();

  /** `text`'s code units, followed by a 0. */
  function codeUnits(text) {
    const n = text.length;
    if (ASCII_BUFFER.length <= n) {
      const grown = new Uint8Array(Math.max(n + 1, 2 * ASCII_BUFFER.length));
      if (grown.length > KEPT) return unitsOf(text, grown);
      ASCII_BUFFER = grown;
    }
    return unitsOf(text, ASCII_BUFFER);
  }
  function unitsOf(text, bytes) {
    const n = text.length;
    const { read, written } = encoder.encodeInto(text, bytes);
    let units = bytes;
    if (read !== n || written !== n) {
      units = UNITS_BUFFER.length > n ? UNITS_BUFFER : new Uint16Array(n + 1);
      if (units.length <= KEPT) UNITS_BUFFER = units;
      for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    }
    units[n] = 0;
    return units;
  }

  const scanner = new Scanner();
  // What a container stands for where a scalar belongs: only its kind shows in messages.
  const EMPTY_OBJECT = Object.freeze({});
  const EMPTY_ARRAY = Object.freeze([]);

  function ws(p) {
    const b = p.b;
    let i = p.i;
    for (;;) {
      const c = b[i];
      if (c === 32 || c === 13 || c === 9) i++;
      else if (c === 10) {
        p.lines = true;
        i++;
      } else break;
    }
    p.i = i;
  }

  /** Steps into the object or array at the cursor; false when it is empty (then past it). */
  function enter(p, d) {
    if (d > MAX_DEPTH) ask();
    const b = p.b;
    const close = b[p.i] + 2; // `{` → `}`, `[` → `]`
    p.i++;
    if (b[p.i] <= 32) ws(p);
    if (b[p.i] !== close) return true;
    p.i++;
    return false;
  }

  /** After a member or item: true past a `,`, false past the container's end `close`. */
  function more(p, close) {
    const b = p.b;
    // (Whitespace is tested for before `ws` is called: compact JSON has none.)
    if (b[p.i] <= 32) ws(p);
    const c = b[p.i++];
    if (c === 44) {
      if (b[p.i] <= 32) ws(p);
      return true;
    }
    return c === close ? false : ask();
  }

  /** A string without escapes or control characters; its largest code unit in `p.max`
   * (so the generated checks know it printable ASCII, or free of surrogates, unread). */
  function plainString(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    const start = p.i + 1;
    let i = start;
    let max = 0;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92 || c < 32) ask();
      if (c > max) max = c;
      i++;
    }
    p.max = max;
    p.i = i + 1;
    return p.s.slice(start, i);
  }

  /** Reads a member's key and the `:` after it, leaving the cursor on the value: the key
   * is from `p.ks` to `p.ke`, its hash in `p.h` (src/codegen.rs `key_hash`), by which the
   * generated code finds which it is before it compares it (`same`). (Its own loop, not
   * `plainString`'s: one loop keeping both the hash and the largest unit for every string
   * cost ~6 % on small invalid texts in `node scripts/bench.mjs`.) */
  function key(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    const start = p.i + 1;
    let i = start;
    let h = 0;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92 || c < 32) ask();
      h = (Math.imul(h, 31) + c) | 0;
      i++;
    }
    p.ks = start;
    p.ke = i;
    p.h = h;
    p.i = i + 1;
    if (b[p.i] <= 32) ws(p);
    if (b[p.i] !== 58) ask();
    p.i++;
    if (b[p.i] <= 32) ws(p);
  }

  /** Whether the key `key` read is the one whose code units are `name`. (Comparing them
   * in place: the string a key's slice makes is slow to compare once it is 13 characters or
   * more, when V8 makes it a view into the text.) */
  function same(p, name) {
    const b = p.b;
    const start = p.ks;
    if (p.ke - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) if (b[start + i] !== name[i]) return false;
    return true;
  }

  /** An integer as serde_json reads one, within ±2^53. */
  function integer(p) {
    const b = p.b;
    let i = p.i;
    const negative = b[i] === 45;
    if (negative) i++;
    const start = i;
    let v = 0;
    for (;;) {
      const c = b[i];
      if (!(c >= 48 && c <= 57)) break;
      v = v * 10 + (c - 48);
      i++;
    }
    const n = i - start;
    const next = b[i];
    if (n === 0 || n > 15 || (n > 1 && b[start] === 48) || next === 46 || next === 101 || next === 69 || (negative && v === 0)) ask();
    p.i = i;
    return negative ? -v : v;
  }

  /** The scalar at the cursor as a JS value (a container as an empty one). Kept small, so
   * V8 inlines it into the generated functions: the rarer values are `otherValue`'s. */
  function scalar(p, d) {
    const c = p.b[p.i];
    if (c === 34) return plainString(p);
    if (c === 45 || (c >= 48 && c <= 57)) return integer(p);
    return otherValue(p, d, c);
  }

  function otherValue(p, d, c) {
    if (c === 123 || c === 91) {
      skip(p, d);
      return c === 123 ? EMPTY_OBJECT : EMPTY_ARRAY;
    }
    for (const [word, value] of LITERALS) {
      if (p.s.startsWith(word, p.i)) {
        p.i += word.length;
        return value;
      }
    }
    return ask();
  }
  const LITERALS = [["true", true], ["false", false], ["null", null]];

  /** A string that is not checked: simple escapes are fine (`\u` ones are wasm's). */
  function skipString(p) {
    const b = p.b;
    if (b[p.i] !== 34) ask();
    let i = p.i + 1;
    for (;;) {
      const c = b[i];
      if (c === 34) break;
      if (c === 92) {
        const e = b[i + 1]; // `"`, `\`, `/`, b, f, n, r, t
        if (!(e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116)) ask();
        i += 2;
        continue;
      }
      if (c < 32) ask();
      i++;
    }
    p.i = i + 1;
  }

  /** Reads past any value, checking only that it is JSON. */
  function skip(p, d) {
    const c = p.b[p.i];
    if (c === 34) skipString(p);
    else if (c === 123) {
      if (enter(p, d))
        do {
          skipString(p);
          ws(p);
          if (p.b[p.i++] !== 58) ask();
          ws(p);
          skip(p, d + 1);
        } while (more(p, 125));
    } else if (c === 91) {
      if (enter(p, d))
        do skip(p, d + 1);
        while (more(p, 93));
    } else scalar(p, d);
  }

  /** The diagnostics pushed since the last call point at `offset`. */
  function place(p, out, offset) {
    const offsets = p.offsets;
    while (offsets.length < out.length) offsets.push(offset);
  }

  /** An array of `n` items read: its length findings, placed at its start `open`, go in
   * front of its items' findings (pushed since `mark`), as the tree validator orders them. */
  function items(p, n, min, max, out, base, seg, t, mark, open) {
    if (n >= min && (max === null || n <= max)) return;
    const found = out.splice(mark);
    const offsets = p.offsets.splice(mark);
    arrayLength(n, min, max, out, base, seg, t);
    place(p, out, open);
    for (let i = 0; i < found.length; i++) {
      out.push(found[i]);
      p.offsets.push(offsets[i]);
    }
  }

  /** The key just read, a key table `obj` does not know, in the object whose unknown keys
   * start at `first`. */
  function unknownKey(p, obj, out, base, seg, first) {
    const key = p.s.slice(p.ks, p.ke);
    if (p.unknown.indexOf(key, first) >= 0) ask();
    p.unknown.push(key);
    unknownField(obj, key, out, base, seg);
  }

  /** Each diagnostic with its line and UTF-16 column (both from 1), from its offset, in a
   * text that has line breaks if `lines`. */
  function withPositions(text, out, offsets, lines) {
    let line = 1;
    let lineStart = 0;
    let next = lines ? text.indexOf("\n") : -1;
    let last = 0;
    for (let n = 0; n < out.length; n++) {
      const offset = offsets[n];
      if (offset < last) {
        line = 1;
        lineStart = 0;
        next = lines ? text.indexOf("\n") : -1;
      }
      while (next >= 0 && next < offset) {
        line++;
        lineStart = next + 1;
        next = text.indexOf("\n", lineStart);
      }
      last = offset;
      out[n].line = line;
      out[n].column = offset - lineStart + 1;
    }
  }

  // Built on first use, to keep them out of start-up (most programs never need them).
  let objectRoots = null;
  let textRoots = null;
  let parsedRules = null;
  function rules() {
    if (parsedRules === null) parsedRules = JSON.parse(RULES_JSON);
    return parsedRules;
  }
  const helpers = () => ({ ask, at, site, ITEM, any, str, int, oneOf, oneOfInts, groupType, seconds, array, object, mistake, unknown, missing, unknownKey, enter, more, key, same, scalar, skip, place, items });

  // ---- Quick fixes: src/vocab/fix.rs, on the same tables (RULES_JSON `types`, `placeholders`,
  // `roots`), for the findings an editor can mend by itself.
  const FIXABLE = new Set(["unknown_field", "legacy_field", "missing_field", "wrong_type", "type_drift"]);
  const INDEX = /^(0|[1-9][0-9]*)$/;
  const INTEGER = /^-?(0|[1-9][0-9]{0,15})$/;

  /** The pointer's segments, unescaped; null for "" (the body). */
  function segmentsOf(path) {
    if (!path.startsWith("/")) return null;
    const segs = path.slice(1).split("/");
    return path.includes("~") ? segs.map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")) : segs;
  }

  /** fix.rs `sibling`: the pointer of the member `key` beside the one at `path`. */
  function sibling(path, key) {
    return path.slice(0, path.lastIndexOf("/")) + segment(key);
  }

  /** fix.rs `field_ty`: a member's kind, through a legacy name accepted in its place. */
  function fieldKind(obj, key) {
    const t = rules().objs[obj];
    let i = t.fields.indexOf(key);
    if (i < 0) {
      const alias = t.mistakes.find((m) => m[0] === key);
      if (alias !== undefined && alias[5]) i = t.fields.indexOf(alias[1]);
    }
    return i < 0 ? null : t.types[i];
  }

  /** fix.rs `below`. */
  function below(k, seg) {
    if (k === null || typeof k !== "object") return null;
    if ("o" in k) return fieldKind(k.o, seg);
    return INDEX.test(seg) ? k.a : null;
  }

  /** The kind of the value at `segs` (not empty) below the table `root`. */
  function kindAt(root, segs) {
    let k = fieldKind(root, segs[0]);
    for (let i = 1; i < segs.length && k !== null; i++) k = below(k, segs[i]);
    return k;
  }

  /** fix.rs `obj_at`. */
  function objAt(root, segs) {
    if (segs.length === 0) return root;
    const k = kindAt(root, segs);
    return k !== null && typeof k === "object" && "o" in k ? k.o : null;
  }

  function valueAt(v, segs) {
    for (const s of segs) {
      if (Array.isArray(v)) v = INDEX.test(s) ? v[Number(s)] : undefined;
      else if (v !== null && typeof v === "object") v = Object.hasOwn(v, s) ? v[s] : undefined;
      else return undefined;
    }
    return v;
  }

  /** fix.rs `fix_for`; `body()` gives the payload. */
  function fixOf(root, d, body) {
    const segs = segmentsOf(d.path);
    if (segs === null) return null;
    const key = segs[segs.length - 1];
    const parents = segs.slice(0, -1);
    switch (d.code) {
      case "unknown_field":
      case "legacy_field": {
        const obj = objAt(root, parents);
        if (obj === null) return null;
        const t = rules().objs[obj];
        const m = t.mistakes.find((x) => x[0] === key);
        let to = m !== undefined ? m[1] : d.code === "unknown_field" ? closeField(t, key) : null;
        if (to !== null && !t.fields.includes(to)) to = null;
        if (to !== null) return { title: M.fixRename(key, to), patch: [{ op: "move", from: d.path, path: sibling(d.path, to) }] };
        return d.code === "unknown_field" ? { title: M.fixRemove(key), patch: [{ op: "remove", path: d.path }] } : null;
      }
      case "missing_field": {
        const obj = objAt(root, parents);
        const placeholders = obj === null ? {} : rules().objs[obj].placeholders;
        if (!Object.hasOwn(placeholders, key)) return null;
        const value = placeholders[key];
        // (A fresh copy for each fix: the caller may edit what it is given.)
        return { title: M.fixAdd(key), patch: [{ op: "add", path: d.path, value: typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : value }] };
      }
      default: {
        // wrong_type, type_drift
        const k = kindAt(root, segs);
        const v = valueAt(body(), segs);
        if (k === "i" && typeof v === "string" && INTEGER.test(v) && v !== "-0" && Number.isSafeInteger(Number(v))) return { title: M.fixToNumber(v), patch: [{ op: "replace", path: d.path, value: Number(v) }] };
        if ((k === "s" || k === "t") && Number.isSafeInteger(v)) return { title: M.fixToString(String(v)), patch: [{ op: "replace", path: d.path, value: String(v) }] };
        return null;
      }
    }
  }

  /** Gives each diagnostic of endpoint `index` its fix, where it has one (fix.rs `attach`). */
  function withFixes(index, out, payload) {
    if (!out.some((d) => FIXABLE.has(d.code))) return out;
    const root = rules().roots[index];
    let body;
    const read = () => (body === undefined ? (body = payload()) : body);
    for (const d of out) {
      if (!FIXABLE.has(d.code)) continue;
      const fix = fixOf(root, d, read);
      if (fix !== null) d.fix = fix;
    }
    return out;
  }

  function result(out) {
    let ok = true;
    for (let i = 0; i < out.length; i++) if (out[i].severity === "error") ok = false;
    return { ok, diagnostics: out };
  }

  /** `{ ok, diagnostics }` for `payload` (not a string) under endpoint `index` (with quick
   * fixes if `fixes`), or null. */
  function diagnoseObject(index, payload, fixes) {
    if (objectRoots === null) objectRoots = DIAGNOSERS(helpers());
    const check = objectRoots[index];
    if (!check) return null;
    // (The caller has made sure Object.prototype has no enumerable property, which the
    // generated functions' for-in would list and JSON.stringify would not write.)
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
   * (with quick fixes if `fixes`), or null. */
  function diagnoseText(index, text, fixes) {
    if (textRoots === null) textRoots = TEXT_DIAGNOSERS(helpers());
    const check = textRoots[index];
    if (!check) return null;
    const p = scanner;
    p.s = text;
    p.b = codeUnits(text);
    p.i = 0;
    p.lines = false;
    // (Setting an array's length is a runtime call, dearer than a new array.)
    if (p.offsets.length !== 0) p.offsets = [];
    if (p.unknown.length !== 0) p.unknown = [];
    const out = [];
    fromText = true;
    try {
      ws(p);
      if (p.b[p.i] !== 123) return null;
      check(p, "", "", out, 0);
      ws(p);
      if (p.i !== text.length) return null;
    } catch (e) {
      if (e === ASK_WASM) return null;
      throw e;
    } finally {
      p.s = "";
      fromText = false;
    }
    withPositions(text, out, p.offsets, p.lines);
    return result(fixes ? withFixes(index, out, () => JSON.parse(text)) : out);
  }

  return { diagnoseObject, diagnoseText };
})();

/** `{ ok, diagnostics }` for a JS object under endpoint `index` (quick fixes if `fixes`), or
 * null (wasm answers). */
function diagnoseObject(index, payload, fixes = false) {
  return DIAGNOSE.diagnoseObject(index, payload, fixes);
}

/** `{ ok, diagnostics }` for JSON text under endpoint `index` (quick fixes if `fixes`), or
 * null (wasm answers). */
function diagnoseText(index, text, fixes = false) {
  return DIAGNOSE.diagnoseText(index, text, fixes);
}

export { diagnoseObject, diagnoseText };
