// What a share link says of the world, from the page's journal: the scenario (or reset) it
// started from and the calls and clock moves since. Pure (the Node tests read it).

/**
 * The world for a link, from the journal (oldest first) and what the editor holds:
 * `{ world, expect }`, `world` being `{ from: { scenario, start, app }, steps }` (a scenario id
 * or null for an empty world; steps `{ api, body, at }` calls and `{ to }` clock moves) or
 * null when the journal cannot describe it; `expect` the last call's ErrorCode when the editor
 * holds that call (the world is then the one before it), and `before` that call's entry id.
 */
export function describeWorld(journal, api, body) {
  let end = journal.length;
  const last = journal.at(-1);
  const again = last?.kind === "call" && last.api === api && last.body === body && !last.clipped;
  if (again) end--;
  const steps = [];
  for (let i = end - 1; i >= 0; i--) {
    const e = journal[i];
    if (e.kind === "call" && !e.clipped && typeof e.body === "string") steps.push({ api: e.api, body: e.body, at: e.before });
    else if (e.kind === "clock" && Number.isInteger(e.time)) steps.push({ to: e.time });
    else if ((e.kind === "scenario" && typeof e.scenario === "string") || e.kind === "reset") {
      if (!Number.isInteger(e.start) || !e.app) break;
      return { world: { from: { scenario: e.kind === "scenario" ? e.scenario : null, start: e.start, app: e.app }, steps: steps.reverse() }, expect: again ? last.code : undefined, before: again ? last.id : undefined };
    } else break;
  }
  return { world: null, expect: again ? last.code : undefined, before: again ? last.id : undefined };
}
