import { MESSAGES as M } from "./generated.js";

// Quick fixes in JS: src/vocab/fix.rs, on the rule tables of lib/generated.js (RULES_JSON
// `types`, `placeholders`, `roots`; a value's kind as each kind's `js_fix_kind` writes it),
// for the findings an editor can mend by itself. tests/node/fixes.test.mjs compares them
// with wasm's on random bodies.
// (A factory, called by lib/diagnose.js with the table helpers it shares.)

/** What a fix knows of a value's rule (src/vocab/kind.rs `js_fix_kind`): "i" an integer, "s"
 * a string, "t" Unix seconds as a string, "x" anything else, an object table, an array, a
 * union (`[tag, table by the tag's value, fallback table]`).
 * @typedef {string | { o: number } | { a: FixKind } | { u: [string, Record<string, number>, number] }} FixKind */
/** An object table of RULES_JSON; a mistake is `[key, means, severity, code, why, alias]`.
 * @typedef {{ name: string, fields: string[], types: FixKind[], placeholders: Record<string, unknown>,
 *   mistakes: [string, string, string, string, string, boolean][] }} Table */
/** @typedef {{ title: string, patch: object[] }} Fix */
/** @typedef {{ path: string, code: string, fix?: Fix }} Finding */

/** @param {{ rules: () => { objs: Table[], roots: (number | null)[] }, segment: (key: string) => string,
 *   closeField: (table: Table, key: string) => string | null }} shared */
function quickFixes({ rules, segment, closeField }) {
  const FIXABLE = new Set(["unknown_field", "legacy_field", "missing_field", "wrong_type", "type_drift", "null_member"]);
  const INDEX = /^(0|[1-9][0-9]*)$/;
  const INTEGER = /^-?(0|[1-9][0-9]{0,15})$/;

  /** The pointer's segments, unescaped; null for "" (the body).
   * @param {string} path */
  function segmentsOf(path) {
    if (!path.startsWith("/")) return null;
    const segs = path.slice(1).split("/");
    return path.includes("~") ? segs.map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")) : segs;
  }

  /** fix.rs `sibling`: the pointer of the member `key` beside the one at `path`.
   * @param {string} path @param {string} key */
  function sibling(path, key) {
    return path.slice(0, path.lastIndexOf("/")) + segment(key);
  }

  /** fix.rs `field_ty`: a member's kind, through a legacy name accepted in its place.
   * @param {number} obj @param {string} key @returns {FixKind | null} */
  function fieldKind(obj, key) {
    const t = rules().objs[obj];
    let i = t.fields.indexOf(key);
    if (i < 0) {
      const alias = t.mistakes.find((m) => m[0] === key);
      if (alias !== undefined && alias[5]) i = t.fields.indexOf(alias[1]);
    }
    return i < 0 ? null : t.types[i];
  }

  /** The table a union's value `v` meets (src/vocab/kinds/union.rs `table_of`).
   * @param {[string, Record<string, number>, number]} u @param {unknown} v */
  function caseOf([tag, cases, fallback], v) {
    const value = v !== null && typeof v === "object" && !Array.isArray(v) && Object.hasOwn(v, tag) ? /** @type {Record<string, unknown>} */ (v)[tag] : undefined;
    return typeof value === "string" && Object.hasOwn(cases, value) ? /** @type {number} */ (cases[value]) : fallback;
  }

  /** fix.rs `below`: `v` is the value of kind `k`.
   * @param {FixKind} k @param {string} seg @param {unknown} v */
  function below(k, seg, v) {
    if (k === null || typeof k !== "object") return null;
    if ("o" in k) return fieldKind(k.o, seg);
    if ("u" in k) return fieldKind(caseOf(k.u, v), seg);
    return INDEX.test(seg) ? k.a : null;
  }

  /** fix.rs `ty_at`: the kind of the value at `segs` (not empty) below the table `root`, in
   * the payload `body()` (read only below a union).
   * @param {number} root @param {string[]} segs @param {() => unknown} body */
  function kindAt(root, segs, body) {
    let k = fieldKind(root, segs[0]);
    for (let i = 1; i < segs.length && k !== null; i++) k = below(k, segs[i], typeof k === "object" && "u" in k ? valueAt(body(), segs.slice(0, i)) : undefined);
    return k;
  }

  /** fix.rs `obj_at`.
   * @param {number} root @param {string[]} segs @param {() => unknown} body */
  function objAt(root, segs, body) {
    if (segs.length === 0) return root;
    const k = kindAt(root, segs, body);
    if (k === null || typeof k !== "object") return null;
    if ("u" in k) return caseOf(k.u, valueAt(body(), segs));
    return "o" in k ? k.o : null;
  }

  /** The value at `segs`.
   * @param {unknown} v @param {string[]} segs */
  function valueAt(v, segs) {
    for (const s of segs) {
      if (Array.isArray(v)) v = INDEX.test(s) ? v[Number(s)] : undefined;
      else if (v !== null && typeof v === "object") v = Object.hasOwn(v, s) ? /** @type {Record<string, unknown>} */ (v)[s] : undefined;
      else return undefined;
    }
    return v;
  }

  /** fix.rs `fix_for`; `body()` gives the payload.
   * @param {number} root @param {Finding} d @param {() => unknown} body @returns {Fix | null} */
  function fixOf(root, d, body) {
    const segs = segmentsOf(d.path);
    if (segs === null) return null;
    const key = /** @type {string} */ (segs[segs.length - 1]);
    const parents = segs.slice(0, -1);
    switch (d.code) {
      case "unknown_field":
      case "legacy_field": {
        const obj = objAt(root, parents, body);
        if (obj === null) return null;
        const t = rules().objs[obj];
        const m = t.mistakes.find((x) => x[0] === key);
        let to = m !== undefined ? m[1] : d.code === "unknown_field" ? closeField(t, key) : null;
        if (to !== null && !t.fields.includes(to)) to = null;
        if (to !== null) return { title: M.fixRename(key, to), patch: [{ op: "move", from: d.path, path: sibling(d.path, to) }] };
        return d.code === "unknown_field" ? { title: M.fixRemove(key), patch: [{ op: "remove", path: d.path }] } : null;
      }
      case "null_member":
        return { title: M.fixRemove(key), patch: [{ op: "remove", path: d.path }] };
      case "missing_field": {
        const obj = objAt(root, parents, body);
        const placeholders = obj === null ? {} : rules().objs[obj].placeholders;
        if (!Object.hasOwn(placeholders, key)) return null;
        const value = placeholders[key];
        // (A fresh copy for each fix: the caller may edit what it is given.)
        return { title: M.fixAdd(key), patch: [{ op: "add", path: d.path, value: typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : value }] };
      }
      default: {
        // wrong_type, type_drift
        const k = kindAt(root, segs, body);
        const v = valueAt(body(), segs);
        if (k === "i" && typeof v === "string" && INTEGER.test(v) && v !== "-0" && Number.isSafeInteger(Number(v))) return { title: M.fixToNumber(v), patch: [{ op: "replace", path: d.path, value: Number(v) }] };
        if ((k === "s" || k === "t") && Number.isSafeInteger(v)) return { title: M.fixToString(String(v)), patch: [{ op: "replace", path: d.path, value: String(v) }] };
        return null;
      }
    }
  }

  /** Gives each diagnostic of endpoint `index` its fix, where it has one (fix.rs `attach`).
   * @template {Finding} F @param {number} index @param {F[]} out @param {() => unknown} payload */
  function withFixes(index, out, payload) {
    if (!out.some((d) => FIXABLE.has(d.code))) return out;
    // (Only endpoints with a table have diagnosers, hence findings here.)
    const root = /** @type {number} */ (rules().roots[index]);
    /** @type {unknown} */
    let body;
    const read = () => (body === undefined ? (body = payload()) : body);
    for (const d of out) {
      if (!FIXABLE.has(d.code)) continue;
      const fix = fixOf(root, d, read);
      if (fix !== null) d.fix = fix;
    }
    // One fix per mistake (fix.rs `one_fix_per_mistake`): a misspelt required member is mended
    // by its rename, not by adding the member beside the misspelling.
    /** @type {Set<string>} */
    const renamed = new Set();
    for (const d of out) {
      const op = /** @type {{ op?: string, path?: string } | undefined} */ (d.fix?.patch[0]);
      if (op?.op === "move" && typeof op.path === "string") renamed.add(op.path);
    }
    if (renamed.size) for (const d of out) if (d.code === "missing_field" && renamed.has(d.path)) delete d.fix;
    return out;
  }

  return withFixes;
}

export { quickFixes };
