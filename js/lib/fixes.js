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

  /** The parent pointer of a member's pointer. @param {string} p */
  const parentOf = (p) => p.slice(0, Math.max(p.lastIndexOf("/"), 0));

  /** Whether `a` becomes `b` in at most `k` edits (fix.rs `within`).
   * @param {string} a @param {string} b @param {number} k @returns {boolean} */
  function within(a, b, k) {
    if (a === "") return b.length <= k;
    if (b === "") return a.length <= k;
    if (a[0] === b[0]) return within(a.slice(1), b.slice(1), k);
    if (k === 0) return false;
    const swapped = a.length > 1 && b.length > 1 && a[1] === b[0] && b[1] === a[0] && within(a.slice(2), b.slice(2), k - 1);
    return swapped || within(a.slice(1), b.slice(1), k - 1) || within(a.slice(1), b, k - 1) || within(a, b.slice(1), k - 1);
  }

  /** Whether `a` nearly spells `b` (fix.rs `near`). @param {string} a @param {string} b */
  function near(a, b) {
    const norm = (/** @type {string} */ s) => (/^[\x00-\x7f]*$/.test(s) ? s.replaceAll("_", "").toLowerCase() : null);
    const [x, y] = [norm(a), norm(b)];
    if (x === null || y === null || x === "" || y === "") return false;
    return within(x, y, Math.max(x.length, y.length) > 6 ? 2 : 1);
  }

  /** fix.rs `pair_near_misses`: the only unknown member of an object, beside its only missing
   * member and nearly spelling it, is renamed onto it (no removal, no add).
   * @param {Finding[]} out */
  function pairNearMisses(out) {
    const removal = (/** @type {Finding} */ d) => d.code === "unknown_field" && /** @type {{ op?: string } | undefined} */ (d.fix?.patch[0])?.op === "remove";
    const addition = (/** @type {Finding} */ d) => d.code === "missing_field" && d.fix !== undefined;
    if (!out.some(addition) || !out.some(removal)) return;
    /** @type {Map<string, [number, number, number, number]>} */
    const byParent = new Map();
    out.forEach((d, i) => {
      const side = removal(d) ? 0 : addition(d) ? 1 : -1;
      if (side < 0) return;
      const at = parentOf(d.path);
      const e = byParent.get(at) ?? [0, 0, 0, 0];
      e[side * 2] += 1;
      e[side * 2 + 1] = i;
      byParent.set(at, e);
    });
    for (const [nu, u, na, a] of byParent.values()) {
      if (nu !== 1 || na !== 1) continue;
      const from = segmentsOf(out[u].path)?.at(-1);
      const to = segmentsOf(out[a].path)?.at(-1);
      if (from === undefined || to === undefined || !near(from, to)) continue;
      out[u].fix = { title: M.fixRename(from, to), patch: [{ op: "move", from: out[u].path, path: out[a].path }] };
      delete out[a].fix;
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
    pairNearMisses(out);
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
