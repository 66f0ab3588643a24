// The page's small DOM and storage helpers: elements by id, elements built with their text
// (never innerHTML), localStorage as JSON, tables and long lists shown a page at a time.
import { t } from "./i18n.js";

export const $ = (id) => document.getElementById(id);
export const STORE = { session: "tcim.session", history: "tcim.history", journal: "tcim.journal", sim: "tcim.sim", worldNote: "tcim.world", target: "tcim.target", theme: "tcim.theme", lang: "tcim.lang" };
/** Rows a long table or list shows before a "Show all" button. */
export const PAGE = 50;

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

export function load(key, fallback) {
  try {
    const v = localStorage.getItem(key);
    return v === null ? fallback : JSON.parse(v);
  } catch {
    return fallback;
  }
}

export function store(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the page works without it
  }
}

export function fmtTime(t) {
  return `${new Date(t * 1000).toISOString().replace("T", " ").replace(".000Z", " UTC")} (${t})`;
}

export function table(headers, rows, caption) {
  return el(
    "table",
    { class: "small" },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h })))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", { text: String(c) }))))),
  );
}

/** Tables and lists opened in full by "Show all" (by a key naming them), kept across renders. */
const expanded = new Set();
/** What draws the lists again once one is opened in full (main.js says). */
let redraw = () => {};
export function onShowAll(fn) {
  redraw = fn;
}

/** The first PAGE rows, and a button that shows all of them. */
export function paged(key, rows) {
  if (rows.length <= PAGE || expanded.has(key)) return { shown: rows, more: null };
  const more = el("button", { type: "button", class: "more", "data-more": key, text: t("showAll", rows.length), onclick: () => (expanded.add(key), redraw()) });
  return { shown: rows.slice(0, PAGE), more };
}
