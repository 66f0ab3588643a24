// Fault injection: the double failing on purpose, as a test needs it to (an ErrorCode such as
// 70001 or 10002, an HTTP 500/502/503/504, a reset connection, added latency), by endpoint,
// with a probability, a count and a window of the simulator's clock. Seeded, so a run repeats.
// A fault answers before the simulator sees the request: state never changes.
import { ERRORS } from "../generated.js";
import { TcimError } from "../api/errors.js";
import { JSON_TYPE } from "./answers.js";

/**
 * One injected fault: which requests (`endpoint` "service/command" or "*", a `probability`,
 * at most `times`, within `from`–`until` of the simulator's clock) and how it answers: an
 * `errorCode` (with `errorInfo`, default the code's meaning), an `httpStatus`, a `reset`
 * connection, and/or `latencyMs` before the answer. The first rule that fires answers.
 * @typedef {object} FaultRule
 * @property {string} [endpoint]
 * @property {number} [probability]
 * @property {number} [times]
 * @property {number} [from]
 * @property {number} [until]
 * @property {number} [errorCode]
 * @property {string} [errorInfo]
 * @property {500 | 502 | 503 | 504} [httpStatus]
 * @property {true} [reset]
 * @property {number} [latencyMs]
 */
/**
 * Fault rules with the seed of their draws (default 1): the same seed, the same run.
 * @typedef {object} FaultPlan
 * @property {number} [seed]
 * @property {FaultRule[]} rules
 */
/** @typedef {FaultRule & { endpoint: string, probability: number, fired: number }} ArmedRule */

/** The HTTP statuses a rule may answer (what a gateway in front of the service answers). */
export const FAULT_STATUSES = [500, 502, 503, 504];
const MAX_LATENCY_MS = 600_000;

/** mulberry32: a small, well-mixed 32-bit generator; one draw per matching request.
 * @param {number} seed */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What `faults` may hold, member by member: [name, check, what it must be].
 * @type {[keyof FaultRule, (v: any) => boolean, string][]} */
const RULE_MEMBERS = [
  ["endpoint", (v) => typeof v === "string" && (v === "*" || /^[a-z_]+\/[a-z_0-9]+$/.test(v)), '"*" or "service/command"'],
  ["probability", (v) => typeof v === "number" && v >= 0 && v <= 1, "a number from 0 to 1"],
  ["times", (v) => Number.isSafeInteger(v) && v >= 1, "a whole number ≥ 1"],
  ["from", (v) => Number.isSafeInteger(v) && v >= 0, "Unix seconds of the simulator's clock"],
  ["until", (v) => Number.isSafeInteger(v) && v >= 0, "Unix seconds of the simulator's clock"],
  ["errorCode", (v) => Number.isSafeInteger(v) && v > 0, "a whole number > 0"],
  ["errorInfo", (v) => typeof v === "string", "a string"],
  ["httpStatus", (v) => FAULT_STATUSES.includes(v), FAULT_STATUSES.join(", ")],
  ["reset", (v) => v === true, "true"],
  ["latencyMs", (v) => Number.isSafeInteger(v) && v >= 0 && v <= MAX_LATENCY_MS, `a whole number of milliseconds up to ${MAX_LATENCY_MS}`],
];

/** The rules and their seeded draws. */
export class Faults {
  /**
   * @param {FaultPlan | FaultRule[]} spec `{ seed?, rules: [...] }` or the rules alone
   * @param {(message: string) => Error} fail
   */
  constructor(spec, fail) {
    const { seed = 1, rules } = /** @type {{ seed?: any, rules?: unknown }} */ (Array.isArray(spec) ? { rules: spec } : spec ?? {});
    if (!Number.isSafeInteger(seed) || seed < 0) throw fail(`faults.seed must be a whole number ≥ 0, got ${JSON.stringify(seed)}`);
    if (!Array.isArray(rules)) throw fail("faults must be a list of rules or { seed, rules: [...] }");
    /** @type {ArmedRule[]} */
    this.rules = rules.map((/** @type {any} */ rule, /** @type {number} */ i) => {
      const where = `faults.rules[${i}]`;
      if (rule === null || typeof rule !== "object" || Array.isArray(rule)) throw fail(`${where} must be an object`);
      for (const [key, value] of Object.entries(rule)) {
        const member = RULE_MEMBERS.find(([name]) => name === key);
        if (!member) throw fail(`${where}.${key} is not a fault rule member (one of ${RULE_MEMBERS.map(([n]) => n).join(", ")})`);
        if (!member[1](value)) throw fail(`${where}.${key} must be ${member[2]}, got ${JSON.stringify(value)}`);
      }
      const kinds = ["errorCode", "httpStatus", "reset"].filter((k) => rule[k] !== undefined);
      if (kinds.length > 1) throw fail(`${where} answers one way: ${kinds.join(" and ")} together`);
      if (kinds.length === 0 && rule.latencyMs === undefined) throw fail(`${where} needs an answer: errorCode, httpStatus, reset or latencyMs`);
      if (rule.errorInfo !== undefined && rule.errorCode === undefined) throw fail(`${where}.errorInfo goes with errorCode`);
      return { endpoint: "*", probability: 1, ...rule, fired: 0 };
    });
    /** @type {number} */
    this.seed = seed;
    this.draw = generator(seed);
  }

  /** The first rule that fires for a request to `api` at simulator time `now` on a surface
   * that can answer it (`usable`), or null. Every rule that matches draws once, fired or
   * not, so a run repeats from its seed.
   * @param {string} api
   * @param {number} now
   * @param {(rule: ArmedRule) => boolean} usable
   * @returns {ArmedRule | null} */
  pick(api, now, usable) {
    for (const rule of this.rules) {
      if (rule.endpoint !== "*" && rule.endpoint !== api) continue;
      if (!usable(rule)) continue;
      if (rule.times !== undefined && rule.fired >= rule.times) continue;
      if ((rule.from !== undefined && now < rule.from) || (rule.until !== undefined && now > rule.until)) continue;
      if (this.draw() >= rule.probability) continue;
      rule.fired++;
      return rule;
    }
    return null;
  }

  /** The plan as data, with how often each rule fired. */
  describe() {
    return { seed: this.seed, rules: this.rules.map((r) => ({ ...r })) };
  }
}

/** A fault that fires: its rule, and the ErrorCode answer's text when it has one.
 * @typedef {{ rule: ArmedRule, text: string | undefined }} Fault */

/** The fault for a request to `api` at simulator time `now`, on a surface that can (or
 * cannot) answer HTTP statuses and resets (`http`) and wait (`canWait`), or null.
 * @param {Faults} faults
 * @param {string} api
 * @param {number} now
 * @param {boolean} http
 * @param {boolean} canWait
 * @returns {Fault | null} */
export function faultFor(faults, api, now, http, canWait) {
  /** @param {ArmedRule} r */
  const usable = (r) => r.errorCode !== undefined || (http && (r.httpStatus !== undefined || r.reset === true)) || (canWait && r.latencyMs !== undefined);
  const rule = faults.pick(api, now, usable);
  if (!rule) return null;
  const text = rule.errorCode === undefined ? undefined : JSON.stringify({ ActionStatus: "FAIL", ErrorInfo: rule.errorInfo ?? /** @type {Record<number, string | undefined>} */ (ERRORS)[rule.errorCode] ?? "injected fault", ErrorCode: rule.errorCode });
  return { rule, text };
}

/** A fault's HTTP answer (`[SERVE]`'s shape), or null when it only delays.
 * @param {Fault} fault
 * @returns {import("./answers.js").Served | null} */
export function faultAnswer({ rule, text }) {
  if (rule.reset) throw new TcimError("connection_reset", "the connection was reset (an injected fault)", []);
  if (rule.httpStatus !== undefined) {
    const reason = { 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout" }[rule.httpStatus];
    return { status: rule.httpStatus, contentType: "text/html; charset=utf-8", body: `<html><head><title>${rule.httpStatus} ${reason}</title></head><body><center><h1>${rule.httpStatus} ${reason}</h1></center></body></html>\n`, code: null, fault: true, fired: 0 };
  }
  if (text !== undefined) return { status: 200, contentType: JSON_TYPE, body: text, code: /** @type {number} */ (rule.errorCode), fault: true, fired: 0 };
  return null;
}
