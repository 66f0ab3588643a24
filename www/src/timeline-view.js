// The timeline: the journal's calls, fired callbacks, clock moves, scenarios and restores on
// the virtual clock, as dots on an axis and a list of the latest.
import { $, PAGE, el, fmtTime } from "./dom.js";
import { timelineOf, axisOf } from "./timeline.js";
import { t } from "./i18n.js";

/** Draws the journal's entries (journal.js) on the timeline. */
export function renderTimeline(journal) {
  const items = timelineOf(journal, t("labels"));
  const svg = $("timeline-axis");
  const width = 600;
  const axis = axisOf(items, width);
  const ns = "http://www.w3.org/2000/svg";
  const node = (tag, attrs, title) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (title) {
      const t = document.createElementNS(ns, "title");
      t.textContent = title;
      n.append(t);
    }
    return n;
  };
  const calls = items.filter((i) => i.kind === "call").length;
  const callbacks = items.filter((i) => i.kind === "callback").length;
  svg.setAttribute("aria-label", items.length ? t("timelineLabel", fmtTime(axis.min), fmtTime(axis.max), calls, callbacks) : t("timelineEmpty"));
  svg.replaceChildren(node("line", { x1: 10, y1: 30, x2: width - 10, y2: 30, class: "axis" }));
  // One dot per pixel and kind: a scenario fires thousands of callbacks in one second.
  const drawn = new Map();
  for (const it of items) {
    const x = Math.round(axis.x(it.time));
    const key = `${x} ${it.kind} ${it.code ? 1 : 0}`;
    const dot = drawn.get(key);
    if (dot) {
      dot.count++;
      continue;
    }
    drawn.set(key, { x, it, count: 1 });
  }
  for (const { x, it, count } of drawn.values()) {
    const y = it.kind === "callback" ? 44 : 16;
    // (Kinds as data, not classes: "clock" is the clock panel's class.)
    svg.append(node("circle", { cx: x, cy: y, r: it.kind === "call" ? 5 : 3.5, class: `dot${it.code ? " bad" : ""}`, "data-kind": it.kind }, `${fmtTime(it.time)} · ${count > 1 ? t("andMore", it.label, count - 1) : it.label}`));
  }
  const list = $("timeline");
  const recent = items.slice(-PAGE).reverse();
  list.replaceChildren(
    ...(items.length ? [] : [el("li", { class: "muted", text: t("noTimeline") })]),
    ...recent.map((it) => el("li", { class: it.code ? "bad" : "", "data-kind": it.kind }, el("time", { class: "mono", datetime: new Date(it.time * 1000).toISOString(), text: `${new Date(it.time * 1000).toISOString().slice(11, 19)} +${it.time - axis.min} s` }), el("span", { text: ` ${it.label}` }))),
  );
  if (items.length > PAGE) list.append(el("li", { class: "muted", text: t("lastOf", PAGE, items.length) }));
}
