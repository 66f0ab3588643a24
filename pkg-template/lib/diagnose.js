// Diagnostics for a JS object without leaving JS: the rules of src/validate/engine.rs, with
// the same codes, paths, messages and order. Crossing into wasm costs more than Ajv spends on
// a whole small object, so this is what makes object validation fast when something is wrong.
// `tcim-codegen checks` generates one function per rule table (DIAGNOSERS, which dispatch on
// keys and call the helpers below) and the tables as data (RULES_JSON, for the rare paths:
// mistakes and unknown fields). Paths are only built when there is something to
// report: a check gets its value's path in three parts, `base`, `seg` (a key segment such as
// "/MsgSeqList", or an array index) and the site `t` of the check, whose `tail` is a key
// segment below that, or "". A site (one per generated call) also knows the value's name for
// messages when the path does not decide it, and keeps the constant start of the messages it
// has built (`starts`): a finding at a known site then costs one concatenation.
//
// It answers only where it is sure to match the wasm validator on the object's JSON text,
// and returns null otherwise (wasm answers then): anything JSON.stringify writes oddly
// (undefined, functions, holes, toJSON, class instances, non-finite or unsafe numbers,
// fractions, lone surrogates), deep nesting, non-ASCII keys (Unicode case folding differs),
// and group IDs with characters the message would show in Rust's escaped form.
// tests/node/object-input.test.mjs compares both routes on random objects.
const diagnoseObject = (() => {
  // (isObject, hasPlainPrototype, isWellFormed, utf8Length, isPrintableAscii: lib/json-text.js;
  // a table's function, given an object, defers to wasm when JSON.stringify would not write
  // it as its own members, a class or a toJSON: see `plain_object_test` in src/codegen.rs)
  const MAX_DEPTH = 64;
  // Thrown (and caught once, at the top) when the answer must come from wasm.
  const ASK_WASM = { askWasm: true };
  const ask = () => {
    throw ASK_WASM;
  };
  const ascii = /^[\x00-\x7f]*$/;
  // One or more ASCII digits (a loop: on the short strings met here it is several times
  // faster than a regular expression's exec).
  function digits(s) {
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

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

  // engine.rs `describe`.
  function describe(v, k) {
    switch (k) {
      case "string":
        return codePoints(v) <= 40 ? `the string "${v}"` : "string";
      case "integer":
        return `integer ${v}`;
      case "boolean":
        return String(v);
      default:
        return k;
    }
  }

  function segment(key) {
    return "/" + (key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key);
  }

  /** The name a path's last segment gives its value, quoted, or null when the segment is
   * empty or all digits (an array item, named by its whole path instead). */
  function keyName(last) {
    return last !== "" && !digits(last) ? `"${last.includes("~") ? last.replaceAll("~1", "/").replaceAll("~0", "~") : last}"` : null;
  }

  // engine.rs `Checker::name`: the field's name for messages.
  function nameOf(path) {
    const cut = path.lastIndexOf("/");
    if (cut < 0) return "the body";
    return keyName(path.slice(cut + 1)) ?? `item ${path}`;
  }

  function push(out, severity, path, code, message) {
    out.push({ severity, path, code, message });
  }

  /** The path of a value given as `base`, `seg`, `tail` (see above). */
  function at(base, seg, tail) {
    return (typeof seg === "number" ? base + "/" + seg : base + seg) + tail;
  }

  /** The site of a generated check whose value sits at key segment `tail` below its object
   * ("" for array items). Every site has the same shape, so reading one stays monomorphic. */
  function site(tail) {
    return { tail, name: tail === "" ? null : keyName(tail.slice(1)), starts: [null, null, null] };
  }
  const ITEM = site("");

  const norm = (s) => s.replaceAll("_", "").toLowerCase();
  // engine.rs `close_field` (keys here are ASCII, so case folding is the same as Rust's).
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
  /** The constant start of a site's message, `build(name)`, kept in `slot` of a site that
   * knows its name (the name is the only part that can vary between calls at one site, which
   * always meets the same rule). Only called when there is something to report. */
  function start(base, seg, t, slot, build) {
    if (t.name === null) return build(named(base, seg, t));
    const kept = t.starts[slot];
    return kept !== null ? kept : (t.starts[slot] = build(t.name));
  }

  // engine.rs `check_value` and what it calls, one helper per kind of rule.
  function wrongType(expected, v, out, base, seg, t, d) {
    const k = kind(v);
    // A container of the wrong type is not read further, but must still be what JSON writes.
    if (k === "array" || k === "object") any(v, d);
    error(out, base, seg, t, "wrong_type", start(base, seg, t, WRONG_TYPE, (name) => `${name} must be ${expected}, got `) + describe(v, k));
  }

  function str(v, min, max, groupId, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType("a string", v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    // UTF-8 is 1 to 3 bytes per UTF-16 unit: count only when a limit may be crossed.
    if (v.length < min || (max !== null && v.length * 3 > max)) {
      const bytes = utf8Length(v);
      if (bytes < min) return error(out, base, seg, t, "empty_string", start(base, seg, t, MAIN, (name) => `${name} must not be empty`));
      if (max !== null && bytes > max) return error(out, base, seg, t, "too_long", `${named(base, seg, t)} is ${bytes} bytes in UTF-8; the limit is ${max} bytes`);
    }
    if (groupId) {
      // engine.rs `check_group_id` (an ID naming an existing group); a character outside
      // printable ASCII is shown in Rust's escaped form: wasm says it.
      let why = null;
      if (v === "") why = "it is empty";
      else if (isPrintableAscii(v)) why = v.length > 48 ? `it is ${v.length} bytes; the limit is 48` : null;
      else if (utf8Length(v) > 48) why = `it is ${utf8Length(v)} bytes; the limit is 48`;
      else ask();
      if (why !== null) error(out, base, seg, t, "invalid_group_id", `${named(base, seg, t)} is not a valid group ID: ${why}`);
    }
  }

  function int(v, min, max, clamp, out, base, seg, t, d) {
    if (Number.isSafeInteger(v)) {
      if (v < min || (max !== null && v > max)) return error(out, base, seg, t, "out_of_range", start(base, seg, t, MAIN, (name) => `${name} must be an integer ${max === null ? `≥ ${min}` : `from ${min} to ${max}`}, got `) + v);
      if (clamp !== null && v > clamp) warning(out, base, seg, t, "clamped", `${named(base, seg, t)} is ${v}; the service treats values above ${clamp} as ${clamp}`);
      return;
    }
    if (typeof v === "string" && isWellFormed(v) && digits(v)) return error(out, base, seg, t, "wrong_type", start(base, seg, t, OTHER, (name) => `${name} must be a JSON integer, not the string "`) + v + '"');
    wrongType("an integer", v, out, base, seg, t, d);
  }

  function oneOf(v, values, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType("a string", v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", start(base, seg, t, MAIN, (name) => `${name} must be one of ${values.map((s) => `"${s}"`).join(", ")}, got "`) + v + '"');
  }

  function oneOfInts(v, values, out, base, seg, t, d) {
    if (!Number.isSafeInteger(v)) return wrongType("an integer", v, out, base, seg, t, d);
    if (!values.includes(v)) error(out, base, seg, t, "invalid_enum", start(base, seg, t, MAIN, (name) => `${name} must be one of ${values.join(", ")}, got `) + v);
  }

  function groupType(v, out, base, seg, t, d) {
    if (typeof v !== "string") return wrongType("a string", v, out, base, seg, t, d);
    if (!isWellFormed(v)) ask();
    if (rules().groupTypes.some((g) => g[0] === v)) return;
    const alias = rules().groupTypes.find((g) => g[1] === v);
    if (alias) warning(out, base, seg, t, "group_type_alias", `"${v}" is the console name; the REST API documents "${alias[0]}" (accepted)`);
    else error(out, base, seg, t, "invalid_enum", start(base, seg, t, MAIN, (name) => `${name} must be one of "Private", "Public", "ChatRoom", "AVChatRoom", "Community", got "`) + v + '"');
  }

  function seconds(v, out, base, seg, t, d) {
    if (typeof v === "string") {
      if (!isWellFormed(v)) ask();
      if (v.length > 0 && v.length <= 10 && digits(v)) return;
      return error(out, base, seg, t, "not_digits", start(base, seg, t, MAIN, (name) => `${name} must be a string of Unix seconds such as "1700000000", got "`) + v + '"');
    }
    if (Number.isSafeInteger(v)) {
      if (v >= 0 && v <= 4294967295) return warning(out, base, seg, t, "type_drift", `${named(base, seg, t)} is documented as a String of Unix seconds; send "${v}" (some SDKs send an integer, which the service tolerates)`);
      return error(out, base, seg, t, "out_of_range", `${named(base, seg, t)} must be Unix seconds from 0 to 4294967295`);
    }
    wrongType("a string of Unix seconds", v, out, base, seg, t, d);
  }

  /** An array's type and length; true when its items are to be checked. */
  function array(v, min, max, out, base, seg, t, d) {
    if (!Array.isArray(v)) {
      wrongType("an array", v, out, base, seg, t, d);
      return false;
    }
    if (typeof v.toJSON === "function") ask();
    if (d > MAX_DEPTH) ask();
    if (v.length < min) error(out, base, seg, t, "too_few_items", start(base, seg, t, MAIN, (name) => `${name} must have at least ${min} item(s)`));
    if (max !== null && v.length > max) error(out, base, seg, t, "too_many_items", `${named(base, seg, t)} has ${v.length} items; at most ${max} are allowed per call`);
    return v.length > 0;
  }

  /** Runs the generated function `check` of an object table on `v`, if it is an object. */
  function object(v, check, out, base, seg, t, d) {
    if (!isObject(v)) {
      any(v, d);
      return error(out, base, seg, t, "wrong_type", start(base, seg, t, WRONG_TYPE, (name) => `${name} must be an object, got `) + kind(v));
    }
    if (d > MAX_DEPTH) ask();
    // The object's own path becomes the base of its members' paths.
    if (t.tail === "") check(v, base, seg, out, d);
    else check(v, at(base, seg, ""), t.tail, out, d);
  }

  /** A key that real clients send by mistake (table `obj`, mistake `i`). */
  function mistake(obj, i, out, base, seg) {
    const [key, means, severity, code, why] = rules().objs[obj].mistakes[i];
    push(out, severity, at(base, seg, segment(key)), code, `"${key}" is not a documented field: did you mean "${means}"? ${why}`);
  }

  /** A key the table `obj` does not know. */
  function unknown(obj, key, v, out, base, seg, d) {
    if (!ascii.test(key)) ask();
    const table = rules().objs[obj];
    const hint = closeField(table, key);
    push(out, "warning", at(base, seg, segment(key)), "unknown_field", `"${key}" is not a field of ${table.name}${hint === null ? "" : ` (did you mean "${hint}"?)`}; the service ignores it`);
    any(v, d);
  }


  /** A required field that is absent (the generated code knows which, and its message). */
  function missing(out, base, seg, segment, message) {
    push(out, "error", at(base, seg, segment), "missing_field", message);
  }

  // Both built on first use, to keep them out of start-up (most programs never need them).
  let roots = null;
  let parsedRules = null;
  function rules() {
    if (parsedRules === null) parsedRules = JSON.parse(RULES_JSON);
    return parsedRules;
  }

  /** `{ ok, diagnostics }` for `payload` (not a string) under endpoint `index`, or null. */
  return function diagnoseObject(index, payload) {
    if (roots === null) roots = DIAGNOSERS({ ask, at, site, ITEM, any, str, int, oneOf, oneOfInts, groupType, seconds, array, object, mistake, unknown, missing });
    const check = roots[index];
    if (!check) return null;
    // (The caller has made sure Object.prototype has no enumerable property, which the
    // generated functions' for-in would list and JSON.stringify would not write.)
    const out = [];
    try {
      if (isObject(payload)) check(payload, "", "", out, 0);
      else {
        const k = kind(payload);
        if (k === "array") any(payload, 0);
        push(out, "error", "", "not_an_object", `the body must be a JSON object, got ${k}`);
      }
    } catch (e) {
      if (e === ASK_WASM) return null;
      throw e;
    }
    let ok = true;
    for (let i = 0; i < out.length; i++) if (out[i].severity === "error") ok = false;
    return { ok, diagnostics: out };
  };
})();
