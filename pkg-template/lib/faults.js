// Fault injection: the double failing on purpose, as a test needs it to (an ErrorCode such as
// 70001 or 10002, an HTTP 500/502/503/504, a reset connection, added latency), by endpoint,
// with a probability, a count and a window of the simulator's clock. Seeded, so a run repeats.
// A fault answers before the simulator sees the request: state never changes.

/** The HTTP statuses a rule may answer (what a gateway in front of the service answers). */
export const FAULT_STATUSES = [500, 502, 503, 504];
const MAX_LATENCY_MS = 600_000;

/** mulberry32: a small, well-mixed 32-bit generator; one draw per matching request. */
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

/** What `faults` may hold, member by member: [name, check, what it must be]. */
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

/** The rules and their seeded draws. `spec`: `{ seed?, rules: [...] }` or the rules alone. */
export class FaultPlan {
  constructor(spec, fail) {
    const { seed = 1, rules } = Array.isArray(spec) ? { rules: spec } : spec ?? {};
    if (!Number.isSafeInteger(seed) || seed < 0) throw fail(`faults.seed must be a whole number ≥ 0, got ${JSON.stringify(seed)}`);
    if (!Array.isArray(rules)) throw fail("faults must be a list of rules or { seed, rules: [...] }");
    this.rules = rules.map((rule, i) => {
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
    this.seed = seed;
    this.draw = generator(seed);
  }

  /** The first rule that fires for a request to `api` at simulator time `now` on a surface
   * that can answer it (`usable`), or null. Every rule that matches draws once, fired or
   * not, so a run repeats from its seed. */
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
