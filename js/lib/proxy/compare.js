// How tcim proxy and tcim replay judge an exchange: the answer against the endpoint's response
// schema (drift), the upstream's answer against the shadow simulator's after mapping the IDs
// each side generated (divergence), and the tally per endpoint. Pure: no I/O, no wasm (the
// schema and the validator are passed in), so every rule here has a unit test.

/** Fields whose values each side makes up itself: learnt as a pair (upstream's → shadow's) the
 * first time both answers carry one at the same place, then rewritten in later requests and
 * compared through the pair. A request's list of them maps each element. (MsgSeq is not here:
 * both number a group's messages from 1, so it is compared as it is; see docs/decisions.md.) */
export const ID_FIELDS = {
  GroupId: "GroupId",
  GroupIdList: "GroupId",
  MsgKey: "MsgKey",
  MsgKeyList: "MsgKey",
  MsgId: "MsgId",
  TaskId: "TaskId",
};

/** Clock readings: each side has its own clock, so only their presence and type are compared. */
const TIME_FIELD = /(Time|TimeStamp|Timestamp|Stamp)$/;

/** Texts meant for people: the service words them its own way; their presence is compared. */
const PROSE_FIELDS = new Set(["ErrorInfo", "ErrorDisplay"]);

/**
 * @typedef {{ path: string, kind: string, message: string }} Drift
 * @typedef {{ path: string, upstream: unknown, shadow: unknown }} Difference
 * @typedef {{ status: number, text: string } | { error: "timeout" | "reset" | string }} Answer
 * @typedef {{ n: number, endpoint: string, invalid: string[], drift: Drift[], divergences: Difference[], unanswered?: string }} Verdict
 * @typedef {{ requests: number, agreeing: number, divergent: number, drift: number, invalid: number, unanswered: number }} Counts
 * @typedef {{ totals: Counts, endpoints: Record<string, EndpointTally> }} Report
 */

/** JSON text's value, or `undefined` when it is not JSON.
 * @param {string} text */
export function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A JSON pointer segment.
 * @param {string | number} key */
const seg = (key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

/** The JSON type of a value, as a schema's `type` names it.
 * @param {unknown} v */
function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Where the answer departs from its documented response schema: fields the schema does not
 * have, wrong types, missing required fields, values outside enum or bounds. Covers the
 * keywords tcim's response schemas use ($ref into $defs, anyOf, type, enum, properties,
 * required, items, minimum/maximum, minLength/maxLength, minItems, pattern, boolean schemas).
 * @param {any} schema
 * @param {unknown} value
 * @param {any} [root]
 * @param {string} [path]
 * @returns {Drift[]} */
export function responseDrift(schema, value, root = schema, path = "") {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [{ path, kind: "undocumented", message: "the documentation has no such field" }];
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.replace(/^#\/\$defs\//, "").split("/").reduce((/** @type {any} */ s, /** @type {string} */ k) => s?.[k], root?.$defs);
    const { $ref, ...rest } = schema;
    return [...responseDrift(target ?? true, value, root, path), ...responseDrift(rest, value, root, path)];
  }
  if (Array.isArray(schema.anyOf)) {
    // The branch that fits best: none of its findings, else the fewest.
    const each = schema.anyOf.map((/** @type {any} */ s) => responseDrift(s, value, root, path));
    const best = each.reduce((/** @type {Drift[]} */ a, /** @type {Drift[]} */ b) => (b.length < a.length ? b : a));
    const { anyOf, ...rest } = schema;
    return [...best, ...responseDrift(rest, value, root, path)];
  }
  const type = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!allowed.includes(type) && !(type === "integer" && allowed.includes("number"))) return [{ path, kind: "type", message: `${type} where the documentation has ${allowed.join(" or ")}` }];
  }
  /** @type {Drift[]} */
  const out = [];
  if (Array.isArray(schema.enum) && !schema.enum.some((/** @type {unknown} */ e) => JSON.stringify(e) === JSON.stringify(value))) out.push({ path, kind: "enum", message: `${JSON.stringify(value)} is none of ${JSON.stringify(schema.enum)}` });
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push({ path, kind: "range", message: `${value} is below ${schema.minimum}` });
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push({ path, kind: "range", message: `${value} is above ${schema.maximum}` });
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength) out.push({ path, kind: "range", message: `${length} characters, at least ${schema.minLength} documented` });
    if (typeof schema.maxLength === "number" && length > schema.maxLength) out.push({ path, kind: "range", message: `${length} characters, at most ${schema.maxLength} documented` });
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) out.push({ path, kind: "pattern", message: `does not match ${schema.pattern}` });
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) out.push({ path, kind: "range", message: `${value.length} items, at least ${schema.minItems} documented` });
    if (schema.items !== undefined) value.forEach((v, i) => out.push(...responseDrift(schema.items, v, root, path + seg(i))));
  }
  if (type === "object" && value !== null) {
    const obj = /** @type {Record<string, unknown>} */ (value);
    for (const name of schema.required ?? []) if (!Object.hasOwn(obj, name)) out.push({ path: path + seg(name), kind: "missing", message: "a required field is missing" });
    if (schema.properties) {
      for (const [name, v] of Object.entries(obj)) {
        if (!Object.hasOwn(schema.properties, name)) out.push({ path: path + seg(name), kind: "undocumented", message: "the documentation has no such field" });
        else out.push(...responseDrift(schema.properties[name], v, root, path + seg(name)));
      }
    }
  }
  return out;
}

/** The pairs of generated values learnt so far, per kind (upstream's → shadow's). */
export class IdMap {
  constructor() {
    /** @type {Map<string, Map<string, unknown>>} */
    this.pairs = new Map();
  }

  /** The shadow's value for an upstream's, when learnt.
   * @param {string} kind @param {unknown} upstream */
  get(kind, upstream) {
    return this.pairs.get(kind)?.get(JSON.stringify(upstream));
  }

  /** Whether `upstream` and `shadow` name the same thing: learns the pair the first time, then
   * holds each side to it (two upstream values may not share one shadow value either).
   * @param {string} kind @param {unknown} upstream @param {unknown} shadow */
  agree(kind, upstream, shadow) {
    let pairs = this.pairs.get(kind);
    if (!pairs) this.pairs.set(kind, (pairs = new Map()));
    const key = JSON.stringify(upstream);
    if (pairs.has(key)) return JSON.stringify(pairs.get(key)) === JSON.stringify(shadow);
    for (const [k, v] of pairs) if (JSON.stringify(v) === JSON.stringify(shadow) && k !== key) return false;
    pairs.set(key, shadow);
    return true;
  }

  /** A request body for the shadow: the upstream's generated values it carries replaced by
   * the shadow's (at any depth, under the fields of ID_FIELDS).
   * @param {unknown} body */
  rewrite(body) {
    /** @type {(v: unknown, kind: string | undefined) => unknown} */
    const walk = (v, kind) => {
      if (Array.isArray(v)) return v.map((x) => walk(x, kind));
      if (v !== null && typeof v === "object") {
        /** @type {Record<string, unknown>} */
        const out = {};
        for (const [k, x] of Object.entries(v)) out[k] = walk(x, Object.hasOwn(ID_FIELDS, k) ? ID_FIELDS[/** @type {keyof typeof ID_FIELDS} */ (k)] : undefined);
        return out;
      }
      if (kind !== undefined && (typeof v === "string" || typeof v === "number")) {
        const mapped = this.get(kind, v);
        return mapped === undefined ? v : mapped;
      }
      return v;
    };
    return walk(body, undefined);
  }
}

/** The paths where the shadow's answer differs from the upstream's: the status, then (both
 * JSON) the ErrorCode alone when it differs (the rest follows from it), else every field
 * present on one side only and every value that differs after mapping.
 * @param {{ status: number, text: string }} upstream
 * @param {{ status: number, text: string }} shadow
 * @param {IdMap} ids
 * @returns {Difference[]} */
export function compareAnswers(upstream, shadow, ids) {
  /** @type {Difference[]} */
  const out = [];
  if (upstream.status !== shadow.status) out.push({ path: "(status)", upstream: upstream.status, shadow: shadow.status });
  const [u, s] = [parseJson(upstream.text), parseJson(shadow.text)];
  if (u === undefined || s === undefined) {
    if (upstream.text !== shadow.text) out.push({ path: "", upstream: u === undefined ? "(not JSON)" : "(JSON)", shadow: s === undefined ? "(not JSON)" : "(JSON)" });
    return out;
  }
  if (u && s && typeof u === "object" && typeof s === "object" && u.ErrorCode !== s.ErrorCode) {
    out.push({ path: "/ErrorCode", upstream: u.ErrorCode, shadow: s.ErrorCode });
    return out;
  }
  /** @type {(a: unknown, b: unknown, path: string, field: string) => void} */
  const walk = (a, b, path, field) => {
    if (Object.hasOwn(ID_FIELDS, field) && (typeof a === "string" || typeof a === "number") && typeOf(a) === typeOf(b)) {
      if (!ids.agree(ID_FIELDS[/** @type {keyof typeof ID_FIELDS} */ (field)], a, b)) out.push({ path, upstream: a, shadow: b });
      return;
    }
    if (typeOf(a) !== typeOf(b)) {
      out.push({ path, upstream: a, shadow: b });
      return;
    }
    if (TIME_FIELD.test(field) && typeof a === "number") return;
    if (PROSE_FIELDS.has(field)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push({ path: `${path}(length)`, upstream: a.length, shadow: b.length });
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], path + seg(i), Object.hasOwn(ID_FIELDS, field) ? field : "");
      return;
    }
    if (a !== null && typeof a === "object" && b !== null && typeof b === "object") {
      const ao = /** @type {Record<string, unknown>} */ (a);
      const bo = /** @type {Record<string, unknown>} */ (b);
      for (const k of Object.keys(ao)) {
        if (!Object.hasOwn(bo, k)) out.push({ path: path + seg(k), upstream: ao[k], shadow: "(absent)" });
        else walk(ao[k], bo[k], path + seg(k), k);
      }
      for (const k of Object.keys(bo)) if (!Object.hasOwn(ao, k)) out.push({ path: path + seg(k), upstream: "(absent)", shadow: bo[k] });
      return;
    }
    if (a !== b) out.push({ path, upstream: a, shadow: b });
  };
  walk(u, s, "", "");
  return out;
}

/** One endpoint's line of the report.
 * @typedef {{ requests: number, agreeing: number, divergent: number, drift: number, invalid: number, unanswered: number, firstDivergence?: { n: number, differences: Difference[] }, firstDrift?: { n: number, drift: Drift[] }, firstInvalid?: { n: number, diagnostics: string[] }, firstUnanswered?: { n: number, error: string } }} EndpointTally */

/** The judge of a run's exchanges, in order: the IDs learnt and the tally per endpoint.
 * `schemaOf(api)` is the endpoint's response schema (undefined when tcim does not know it);
 * `invalidOf(api, text)` the request's error diagnostics as texts. */
export class Conformance {
  /** @param {(api: string) => any} schemaOf @param {(api: string, text: string) => string[]} invalidOf */
  constructor(schemaOf, invalidOf) {
    this.schemaOf = schemaOf;
    this.invalidOf = invalidOf;
    this.ids = new IdMap();
    this.n = 0;
    /** @type {Map<string, EndpointTally>} */
    this.endpoints = new Map();
  }

  /** The body to run on the shadow: upstream IDs replaced by the shadow's (a body that is not
   * JSON goes as it is).
   * @param {string} text */
  shadowBody(text) {
    const v = parseJson(text);
    return v === undefined || v === null || typeof v !== "object" ? text : JSON.stringify(this.ids.rewrite(v));
  }

  /** Judges one exchange and counts it.
   * @param {string} endpoint
   * @param {string} request the body as the client sent it
   * @param {Answer} upstream
   * @param {{ status: number, text: string }} shadow
   * @returns {Verdict} */
  judge(endpoint, request, upstream, shadow) {
    const n = ++this.n;
    let t = this.endpoints.get(endpoint);
    if (!t) this.endpoints.set(endpoint, (t = { requests: 0, agreeing: 0, divergent: 0, drift: 0, invalid: 0, unanswered: 0 }));
    t.requests++;
    /** @type {Verdict} */
    const v = { n, endpoint, invalid: this.invalidOf(endpoint, request), drift: [], divergences: [] };
    if (v.invalid.length) {
      t.invalid++;
      t.firstInvalid ??= { n, diagnostics: v.invalid };
    }
    if ("error" in upstream) {
      v.unanswered = upstream.error;
      t.unanswered++;
      t.firstUnanswered ??= { n, error: upstream.error };
      return v;
    }
    const answer = parseJson(upstream.text);
    v.drift = answer === undefined ? [{ path: "", kind: "not_json", message: "the answer is not JSON" }] : responseDrift(this.schemaOf(endpoint), answer);
    if (v.drift.length) {
      t.drift++;
      t.firstDrift ??= { n, drift: v.drift };
    }
    v.divergences = compareAnswers(upstream, shadow, this.ids);
    if (v.divergences.length) {
      t.divergent++;
      t.firstDivergence ??= { n, differences: v.divergences };
    } else {
      t.agreeing++;
    }
    return v;
  }

  /** The report: each endpoint's tally (by name) and the totals.
   * @returns {Report} */
  report() {
    const endpoints = Object.fromEntries([...this.endpoints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const totals = { requests: 0, agreeing: 0, divergent: 0, drift: 0, invalid: 0, unanswered: 0 };
    for (const t of Object.values(endpoints)) for (const k of /** @type {(keyof typeof totals)[]} */ (Object.keys(totals))) totals[k] += t[k];
    return { totals, endpoints };
  }
}

/** The report as the table printed at exit: a line per endpoint, then the first example of
 * each kind of finding.
 * @param {Report} report */
export function formatReport(report) {
  const columns = /** @type {const} */ (["requests", "agreeing", "divergent", "drift", "invalid", "unanswered"]);
  const names = Object.keys(report.endpoints);
  const width = Math.max(8, ...names.map((n) => n.length));
  const row = (/** @type {string} */ name, /** @type {Counts} */ t) => `${name.padEnd(width)}  ${columns.map((c) => String(t[c]).padStart(c.length)).join("  ")}`;
  const lines = [`${"endpoint".padEnd(width)}  ${columns.join("  ")}`];
  for (const name of names) lines.push(row(name, report.endpoints[name]));
  lines.push(row("total", report.totals));
  const show = (/** @type {unknown} */ v) => (typeof v === "string" && v.startsWith("(") ? v : JSON.stringify(v));
  for (const [name, t] of Object.entries(report.endpoints)) {
    if (t.firstDivergence) lines.push(`${name} #${t.firstDivergence.n} divergent: ${t.firstDivergence.differences.map((d) => `${d.path || "(body)"} upstream ${show(d.upstream)}, tcim ${show(d.shadow)}`).join("; ")}`);
    if (t.firstDrift) lines.push(`${name} #${t.firstDrift.n} drift: ${t.firstDrift.drift.map((d) => `${d.path || "(body)"} ${d.message}`).join("; ")}`);
    if (t.firstInvalid) lines.push(`${name} #${t.firstInvalid.n} invalid request: ${t.firstInvalid.diagnostics.join("; ")}`);
    if (t.firstUnanswered) lines.push(`${name} #${t.firstUnanswered.n} unanswered: ${t.firstUnanswered.error}`);
  }
  return lines.join("\n");
}
