// What a share link says of the world, from the page's journal: the scenario (or reset) it
// started from and the calls and clock moves since, with the Callbacks panel's settings each
// ran under; and the check of a link's callback settings. Pure (the Node tests read it).

/** How the Callbacks panel can answer Before-callbacks (its select's values). */
export const VERDICTS = ["allow", "reject", "drop", "custom", "rewrite"];
/** The panel's default: what an entry without `cb` ran under. */
export const ALLOW = Object.freeze({ verdict: "allow" });

/**
 * Callback settings as a link or the journal carries them: `{ verdict }`, with `code` and
 * `info` for a custom refusal and `text` for a rewrite: `{ settings }` normalized, or
 * `{ bad }` naming the part that is not settings the panel can hold.
 */
export function readCallbacks(s) {
  if (!s || typeof s !== "object" || Array.isArray(s)) return { bad: "callbacks" };
  if (!VERDICTS.includes(s.verdict)) return { bad: "verdict" };
  if (s.verdict === "custom") {
    if (!Number.isSafeInteger(s.code)) return { bad: "code" };
    if (typeof s.info !== "string") return { bad: "info" };
    return { settings: { verdict: s.verdict, code: s.code, info: s.info } };
  }
  if (s.verdict === "rewrite") return typeof s.text === "string" ? { settings: { verdict: s.verdict, text: s.text } } : { bad: "text" };
  return { settings: { verdict: s.verdict } };
}

const sameCallbacks = (a, b) => JSON.stringify(a ?? ALLOW) === JSON.stringify(b ?? ALLOW);

/**
 * The world for a link, from the journal (oldest first) and what the editor holds:
 * `{ world, expect }`, `world` being `{ from: { scenario, start, app }, steps }` (a scenario id
 * or null for an empty world; steps `{ api, body, at }` calls and `{ to }` clock moves) or
 * null when the journal cannot describe it; `expect` the last call's ErrorCode when the editor
 * holds that call (the world is then the one before it), and `before` that call's entry id.
 * Where the Callbacks panel answered otherwise than "allow" (an entry's `cb`), `from.cb` and a
 * step's `cb` say so: a step's when it differs from the step before it.
 * Calls run against a server (`remote`) changed another world: they are no part of this one.
 */
export function describeWorld(all, api, body) {
  const journal = all.filter((e) => !e.remote);
  let end = journal.length;
  const last = journal.at(-1);
  const again = last?.kind === "call" && last.api === api && last.body === body && !last.clipped;
  if (again) end--;
  const steps = [];
  for (let i = end - 1; i >= 0; i--) {
    const e = journal[i];
    if (e.kind === "call" && !e.clipped && typeof e.body === "string") steps.push([{ api: e.api, body: e.body, at: e.before }, e.cb]);
    else if (e.kind === "clock" && Number.isInteger(e.time)) steps.push([{ to: e.time }, e.cb]);
    else if ((e.kind === "scenario" && typeof e.scenario === "string") || e.kind === "reset") {
      if (!Number.isInteger(e.start) || !e.app) break;
      const from = { scenario: e.kind === "scenario" ? e.scenario : null, start: e.start, app: e.app };
      if (!sameCallbacks(e.cb, ALLOW)) from.cb = e.cb;
      let cb = e.cb;
      const forward = steps.reverse().map(([step, stepCb]) => {
        if (sameCallbacks(stepCb, cb)) return step;
        cb = stepCb;
        return { ...step, cb: stepCb ?? ALLOW };
      });
      return { world: { from, steps: forward }, expect: again ? last.code : undefined, before: again ? last.id : undefined };
    } else break;
  }
  return { world: null, expect: again ? last.code : undefined, before: again ? last.id : undefined };
}
