// The timeline: what the journal holds, on the simulator's clock. Pure.

/**
 * Each call, clock move, scenario and restore of the journal, followed by the callbacks it
 * fired, in the order they happened: `{ time, kind, label, code?, entry }`.
 */
export function timelineOf(journal) {
  const items = [];
  for (const e of journal) {
    const time = e.kind === "call" ? (e.before ?? e.time ?? 0) : (e.time ?? 0);
    const label = e.kind === "call" ? `${e.api} → ${e.code}` : e.kind === "clock" ? `clock +${(e.time ?? 0) - (e.before ?? 0)} s` : e.kind === "scenario" ? `scenario: ${e.title}` : e.kind === "restore" ? `restored the world before #${e.of}` : e.kind;
    items.push({ time, kind: e.kind, label, code: e.kind === "call" ? e.code : 0, entry: e.id });
    for (const cb of e.callbacks ?? []) items.push({ time: cb.time ?? time, kind: "callback", label: cb.command ?? "callbacks dropped", code: 0, entry: e.id });
  }
  return items;
}

/** The x of a time on an axis `width` wide holding every item (10 px margins). */
export function axisOf(items, width) {
  const times = items.map((i) => i.time);
  const min = times.length ? Math.min(...times) : 0;
  const max = times.length ? Math.max(...times) : 0;
  const span = Math.max(max - min, 1);
  return { min, max, x: (t) => 10 + ((t - min) / span) * (width - 20) };
}
