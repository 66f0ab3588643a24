// The timeline: what the journal holds, on the simulator's clock. Pure.

/** The words entries are told in (the playground passes its language's). */
export const LABELS = {
  clock: (s) => `clock +${s} s`,
  scenario: (title) => `scenario: ${title}`,
  restore: (id) => `restored the world before #${id}`,
  imported: (name) => `imported ${name}`,
  reset: "reset",
  link: "opened a share link's world",
  app: (id) => `the world moved to app ${id}`,
  droppedCallbacks: "callbacks dropped",
};

/** What an entry of the journal did, in a few words (the history and the timeline say it so). */
export function labelOf(e, labels = LABELS) {
  switch (e.kind) {
    case "call":
      return `${e.api.split("/")[1]} → ${e.code}`;
    case "clock":
      return labels.clock((e.time ?? 0) - (e.before ?? 0));
    case "scenario":
      return labels.scenario(e.title);
    case "restore":
      return labels.restore(e.of);
    case "import":
      return labels.imported(e.title);
    case "reset":
      return labels.reset;
    case "link":
      return labels.link;
    case "app":
      return labels.app(e.app?.sdkAppId);
    default:
      return e.kind;
  }
}

/**
 * Each call, clock move, scenario and restore of the journal, followed by the callbacks it
 * fired, in the order they happened: `{ time, kind, label, code?, entry }`.
 */
export function timelineOf(journal, labels = LABELS) {
  const items = [];
  for (const e of journal) {
    const time = e.kind === "call" ? (e.before ?? e.time ?? 0) : (e.time ?? 0);
    items.push({ time, kind: e.kind, label: labelOf(e, labels), code: e.kind === "call" ? e.code : 0, entry: e.id });
    for (const cb of e.callbacks ?? []) items.push({ time: cb.time ?? time, kind: "callback", label: cb.command ?? labels.droppedCallbacks, code: 0, entry: e.id });
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
