// Running calls, and the journal of everything that moved the world: calls, clock moves,
// scenarios, resets, imports and restores, each with what it changed, the callbacks it fired
// and a restore point of the world before it; the history of calls and the way back.
import { errorInfo } from "../tcim/web/index.js";
import { $, STORE, el, fmtTime, load, paged, store } from "./dom.js";
import { currentUrl, newAutoRandom, refreshEnv } from "./env.js";
import { selectApi } from "./editor-panel.js";
import { diffWorld, describe } from "./diff.js";
import { labelOf } from "./timeline.js";
import { renderTimeline } from "./timeline-view.js";
import { renderState } from "./world-view.js";
import { openRestoreStore } from "./restore-store.js";
import { callbackSettings, restoredSimulator, simError } from "./simulator.js";
import { page, readWorld, lastWorld } from "./state.js";
import { t, lang } from "./i18n.js";

const HISTORY_MAX = 100;
/** What the restore points may hold in all (characters of snapshots), the newest kept. */
const RESTORE_BUDGET = 64_000_000;
/** Changes (and callbacks) kept per entry in the stored journal; the page has them all (up to 500). */
const STORED_CHANGES = 100;
/** Text kept in the stored journal is cut at this many characters. */
const CLIP = 20_000;
const clip = (text) => (text.length > CLIP ? `${text.slice(0, CLIP)}…` : text);

/** Everything that moved the world, oldest first (kept in this browser; restore points only
 * while the page is open). The history lists its calls; the timeline all of it. */
let journal = [];
let nextId = 1;
/** The snapshot of the world before each entry, by entry id: this page's in memory, and all
 * of them in IndexedDB (restore-store.js), so they outlive a reload. */
const restorePoints = new Map();
let restoreStore = null;
const restorable = (id) => restorePoints.has(id) || restoreStore.sizes.has(id);
/** The journal entry shown in full. */
let selected = null;

/** A world this large is kept in IndexedDB only (localStorage holds a few MB in all). */
const LOCAL_MAX = 2_000_000;

/** Keeps the world as it is now (after journal entry `id`) for the next visit: in IndexedDB
 * whatever its size, and a small one in localStorage too (where IndexedDB is unavailable). A
 * note in localStorage says which world that is, so a reload can tell when it was not kept. */
function saveWorld(id) {
  const snapshot = page.sim.snapshot();
  const local = snapshot.length < LOCAL_MAX;
  store(STORE.worldNote, { id, chars: snapshot.length, local });
  if (local) store(STORE.sim, snapshot);
  else {
    try {
      localStorage.removeItem(STORE.sim);
    } catch {
      // storage disabled
    }
  }
  // (The body says when the newest is written: a reload before then finds the world before
  // it. An older save finishing later must not say so, or a test reloads too early.)
  latestSave = id;
  document.body.dataset.worldSaved = "";
  restoreStore.saveWorld({ id, snapshot }).then((ok) => {
    if (id === latestSave) document.body.dataset.worldSaved = ok ? String(id) : "failed";
  });
}
/** The journal entry whose world was last handed to saveWorld. */
let latestSave = 0;

/** The world this browser kept (the snapshot after the journal's last entry), and, when the
 * newest could not be kept (storage full or unavailable), why what is restored is older:
 * `{ snapshot?, lost? }` (`lost`: the text that says so). */
export async function savedWorld() {
  const note = load(STORE.worldNote, null);
  const kept = await restoreStore.savedWorld();
  const local = load(STORE.sim, null);
  if (!note) return { snapshot: kept?.snapshot ?? local ?? undefined };
  if (kept && kept.id === note.id && typeof kept.snapshot === "string") return { snapshot: kept.snapshot };
  if (note.local && typeof local === "string" && local.length === note.chars) return { snapshot: local };
  const older = kept?.snapshot ?? (typeof local === "string" ? local : undefined);
  return { snapshot: older, lost: t("worldNotKept", note.id, note.chars, older !== undefined) };
}

/** Reads the journal this browser kept and opens its restore points. */
export async function openJournal() {
  journal = (() => {
    const stored = load(STORE.journal, null);
    if (Array.isArray(stored)) return stored.filter((e) => e && typeof e === "object" && typeof e.kind === "string");
    // (The history of earlier versions: calls only, newest first.)
    const old = load(STORE.history, []);
    return Array.isArray(old) ? old.filter((e) => e && typeof e.api === "string").reverse().map((e) => ({ kind: "call", api: e.api, body: String(e.body ?? ""), code: e.code, at: e.at, changes: [], callbacks: [] })) : [];
  })();
  // (Ids stay what they were, so a restore entry still names the entry it went back before.)
  for (const e of journal) nextId = Math.max(nextId, Number.isInteger(e.id) ? e.id + 1 : nextId);
  for (const e of journal) if (!Number.isInteger(e.id)) e.id = nextId++;
  restoreStore = await openRestoreStore();
  prune();
}

function remember(id, snapshot) {
  restorePoints.set(id, snapshot);
  restoreStore.put(id, snapshot);
  prune();
}

/** Keeps the restore points of the newest journal entries within the budget; drops the rest
 * (and those of entries the journal no longer holds). */
function prune() {
  let total = 0;
  const keep = new Set();
  for (let i = journal.length - 1; i >= 0; i--) {
    const id = journal[i].id;
    const size = restorePoints.get(id)?.length ?? restoreStore.sizes.get(id);
    if (size === undefined) continue;
    if (total + size > RESTORE_BUDGET) break;
    total += size;
    keep.add(id);
  }
  for (const id of [...restorePoints.keys()]) if (!keep.has(id)) restorePoints.delete(id);
  const gone = [...restoreStore.sizes.keys()].filter((id) => !keep.has(id));
  if (gone.length) restoreStore.delete(gone);
}

function storeJournal() {
  store(STORE.journal, journal.map((e) => ({ ...e, changes: e.changes?.slice(0, STORED_CHANGES), callbacks: e.callbacks?.slice(0, STORED_CHANGES) })));
}

/** Forgets the journal and its restore points. */
export function clearJournal() {
  // (Restore points are the only way back to earlier worlds: never deleted without asking.)
  if (journal.length && !confirm(t("confirmClearHistory", journal.length))) return;
  journal = [];
  restorePoints.clear();
  restoreStore.clear();
  selected = null;
  storeJournal();
  store(STORE.history, []);
  renderHistory();
  drawTimeline();
}

// (Calls run against a server are not on the simulator's clock: the timeline leaves them out.)
export const drawTimeline = () => renderTimeline(journal.filter((e) => !e.remote));
/** The journal, oldest first (read only: a share link describes the world by it). */
export const journalEntries = () => journal;
/** The restore point of entry `id` (the world before it), or undefined. */
export const restorePoint = async (id) => restorePoints.get(id) ?? (await restoreStore.get(id));
/** Whether the journal holds anything (a fresh profile's holds nothing). */
export const journalEmpty = () => journal.length === 0;

/**
 * Does `act` (which changes the world, or replaces `page.sim`) and journals it as `entry`: the
 * clock before and after, what changed in the world, the callbacks fired, and a restore
 * point of the world before it; and the Callbacks panel's settings it ran under (`cb`, when not
 * "allow" — unless the entry says already), so a share link runs it again as it ran.
 */
export function change(entry, act) {
  if (!("cb" in entry)) entry.cb = nonDefault(callbackSettings());
  if (!entry.cb) delete entry.cb;
  const before = lastWorld();
  const snapshot = page.sim.snapshot();
  entry.before = page.sim.now();
  page.fired = [];
  act();
  entry.time = page.sim.now();
  entry.changes = diffWorld(before, readWorld(), 500, t("diff"));
  entry.callbacks = page.fired;
  page.fired = [];
  entry.id = nextId++;
  entry.at = Date.now();
  journal.push(entry);
  if (journal.length > HISTORY_MAX) journal.splice(0, journal.length - HISTORY_MAX);
  remember(entry.id, snapshot);
  storeJournal();
  saveWorld(entry.id);
  renderState(false);
  renderHistory();
  drawTimeline();
  return entry;
}

/** Callback settings worth keeping in an entry: null for the panel's default. */
export const nonDefault = (cb) => (cb.verdict === "allow" ? null : cb);

/** Journals `entry`, a call that did not touch the page's world (one run against a server). */
function record(entry) {
  entry.id = nextId++;
  entry.at = Date.now();
  journal.push(entry);
  if (journal.length > HISTORY_MAX) journal.splice(0, journal.length - HISTORY_MAX);
  storeJournal();
  renderHistory();
}

function renderChanges(list, changes) {
  const { shown, more } = paged(`changes ${list.id}`, changes);
  list.replaceChildren(...(changes.length ? shown.map((c) => el("li", { class: c.kind, text: describe(c, t("diff")) })) : [el("li", { class: "muted", text: t("nothingChanged") })]));
  if (more) list.append(el("li", {}, more));
}

/** Sends the request (the editor's body by default) to the simulator and shows the answer. */
export function run(api = page.api, body = page.editor.text) {
  if (page.busy) return;
  if (!$("random").value) newAutoRandom();
  refreshEnv();
  const { url, error } = currentUrl();
  if (!url) {
    $("response-meta").textContent = "";
    $("response-explain").textContent = t("cannotBuildUrl", error);
    $("response-explain").className = "explain bad";
    $("response").textContent = "";
    $("response-codes").replaceChildren();
    showResult();
    return;
  }
  if ($("target").value === "server") return runRemote(api, body, url);
  let out;
  let ms = 0;
  // (A body cut for storage cannot be sent again: a share link then carries a snapshot.)
  const entry = { kind: "call", api, body: clip(body), ...(body.length > CLIP ? { clipped: true } : {}) };
  change(entry, () => {
    const started = performance.now();
    out = page.sim.handle(url, body);
    ms = performance.now() - started;
    const answer = JSON.parse(out.body);
    entry.code = answer.ErrorCode;
    entry.status = out.status;
    entry.response = clip(JSON.stringify(answer, null, 2));
  });
  $("response-meta").textContent = `HTTP ${out.status} · ${ms.toFixed(2)} ms`;
  const code = entry.code;
  $("response-explain").textContent = code === 0 ? t("ok") : t("explainCode", code, errorInfo(code, { lang: lang() })?.message);
  $("response-explain").className = `explain ${code === 0 ? "ok" : "bad"}`;
  const w = lastWorld();
  if (code !== 0 && !w.accounts.length && !w.groups.length) {
    // (An empty world refuses every documented sample: say what to do, in place.)
    $("response-explain").append(el("br"), t("emptyWorldHint"), " ", el("button", { type: "button", id: "build-seed", text: t("buildSeed"), onclick: () => (($("scenario").selectedIndex = 0), $("build-world").click()) }));
  }
  $("response").textContent = entry.response;
  explainItemCodes(out.body);
  renderChanges($("response-diff"), entry.changes);
  showResult();
}

/** Sends the request to a `tcim serve` or `tcim proxy` (the Server box's URL, in place of the
 * URL's host) and shows its answer. Its world is that server's: the page's is not changed, and
 * the history lists the call marked with the server (no restore point: the page cannot put a
 * server's world back). The server answers this page because the page is on this machine
 * (CORS for loopback origins). */
async function runRemote(api, body, url) {
  const base = $("server-url").value.trim();
  let target;
  try {
    const u = new URL(url);
    target = new URL(u.pathname + u.search, base);
  } catch {
    return showRemote("", t("serverUrlBad", base), false);
  }
  $("run").disabled = true;
  $("response-meta").textContent = t("sending", target.origin);
  const started = performance.now();
  try {
    const res = await fetch(target, { method: "POST", body, headers: { "Content-Type": "application/json" } });
    const text = await res.text();
    const ms = performance.now() - started;
    let answer = null;
    try {
      answer = JSON.parse(text);
    } catch {
      // (not JSON: shown as it came)
    }
    const code = answer?.ErrorCode;
    $("response-meta").textContent = `HTTP ${res.status} · ${ms.toFixed(0)} ms · ${target.origin}`;
    showRemote(answer ? JSON.stringify(answer, null, 2) : text, code === 0 ? t("ok") : code === undefined ? t("notAnAnswer") : t("explainCode", code, errorInfo(code, { lang: lang() })?.message), code === 0);
    explainItemCodes(text);
    $("response-diff").replaceChildren(el("li", { class: "muted", text: t("remoteNoDiff", target.origin) }));
    const shown = answer ? JSON.stringify(answer, null, 2) : text;
    record({ kind: "call", api, body: clip(body), ...(body.length > CLIP ? { clipped: true } : {}), remote: target.origin, code, status: res.status, response: clip(shown), changes: [], callbacks: [] });
  } catch (e) {
    $("response-meta").textContent = "";
    showRemote("", t("serverUnreachable", target.origin, e.message), false);
  } finally {
    $("run").disabled = false;
  }
}

function showRemote(text, explain, ok) {
  $("response").textContent = text;
  $("response-explain").textContent = explain;
  $("response-explain").className = `explain ${ok ? "ok" : "bad"}`;
  if (!text) $("response-codes").replaceChildren();
  showResult();
}

/** The codes inside an answer's items (each account's `ResultCode`, each message's `Code` …):
 * each distinct one that is not 0, where it is and what it means (the error table's words). */
export function itemCodes(answer) {
  const found = new Map();
  const walk = (v, path, top) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i], false));
    if (!v || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (!top && /^(ResultCode|ErrorCode|Code|ErrCode|Result)$/.test(k) && Number.isInteger(x) && x !== 0) {
        const seen = found.get(x) ?? { code: x, at: [...path, k].join(" › "), count: 0 };
        seen.count++;
        found.set(x, seen);
      } else if (typeof x === "object") walk(x, [...path, k], false);
    }
  };
  walk(answer, [], true);
  return [...found.values()];
}

function explainItemCodes(body) {
  let answer;
  try {
    answer = JSON.parse(body);
  } catch {
    answer = null;
  }
  const codes = itemCodes(answer);
  $("response-codes").replaceChildren(
    ...codes.map(({ code, at, count }) => {
      const meaning = errorInfo(code, { lang: lang() })?.message ?? t("codeUnknown");
      return el("li", { "data-code": String(code), title: meaning }, el("span", { class: "mono", text: String(code) }), ` ${t("itemCodeAt", at, count)}: ${meaning}`);
    }),
  );
}

/** Brings the answer, its explanation and what changed into view (with the request above it
 * where the window is tall enough), wherever the page was scrolled. */
export function showResult() {
  $("result").scrollIntoView({ block: "nearest" });
}

/** The calls, newest first; a click shows one's request, response and changes. */
export function renderHistory() {
  const calls = journal.filter((e) => e.kind === "call").reverse();
  const { shown, more } = paged("history", calls);
  $("history").replaceChildren(
    ...shown.map((h) =>
      el(
        "li",
        { class: `${h.code === 0 ? "ok" : "bad"}${h.id === selected ? " selected" : ""}`, "data-entry": String(h.id), ...(h.remote ? { "data-remote": h.remote } : {}) },
        el("button", { type: "button", class: "link", text: labelOf(h, t("labels")), "aria-expanded": String(h.id === selected), "aria-controls": "history-detail", title: t("showEntry"), onclick: () => showEntry(h.id === selected ? null : h.id) }),
        ...(h.remote ? [el("span", { class: "muted remote", text: ` ${t("atServer", h.remote)}` })] : []),
        el("span", { class: "muted", text: ` ${new Date(h.at).toLocaleTimeString()} ` }),
        el("button", { type: "button", "data-run-again": "", text: t("runAgain"), onclick: () => (selectApi(h.api, h.body), run()) }),
      ),
    ),
  );
  if (more) $("history").append(el("li", {}, more));
  if (!calls.length) $("history").append(el("li", { class: "muted", text: t("noCalls") }));
  showEntry(selected);
}

/** Shows a journal entry's request, response and changes, with a way back to before it. */
function showEntry(id) {
  selected = id;
  const box = $("history-detail");
  const e = journal.find((x) => x.id === id);
  box.hidden = !e;
  for (const b of $("history").querySelectorAll("li[data-entry]")) {
    const on = Number(b.dataset.entry) === id;
    b.classList.toggle("selected", on);
    b.querySelector("button.link")?.setAttribute("aria-expanded", String(on));
  }
  if (!e) return;
  const changes = el("ul", { class: "changes", id: `changes-${e.id}`, tabindex: "0", "aria-label": t("changedList") });

  box.replaceChildren(
    el("h3", { text: `#${e.id} ${labelOf(e, t("labels"))}` }),
    el("p", { class: "muted", text: `${e.remote ? t("atServer", e.remote) : fmtTime(e.before ?? 0)} · ${new Date(e.at).toLocaleString()}` }),
    // (Scrolling boxes take the focus, so the keyboard can scroll them.)
    ...(e.kind === "call" ? [el("h4", { text: t("requestLine", e.api) }), el("pre", { class: "mono", tabindex: "0", "aria-label": t("requestBodyLabel"), text: e.body }), el("h4", { text: t("response") }), el("pre", { class: "mono", tabindex: "0", "aria-label": t("responseBody"), text: e.response ?? t("notKept") })] : []),
    el("h4", { text: t("whatItChanged") }),
    changes,
    el(
      "div",
      { class: "buttons" },
      ...(e.kind === "call" ? [el("button", { type: "button", text: t("loadIntoEditor"), onclick: () => selectApi(e.api, e.body) })] : []),
      e.remote ? el("span", { class: "muted", text: t("remoteNoRestore", e.remote) }) : restorable(e.id) ? el("button", { type: "button", class: "restore", text: t("restoreBefore"), onclick: () => restore(e.id) }) : el("span", { class: "muted", text: t("restoreGone") }),
    ),
  );
  if (e.remote) changes.replaceChildren(el("li", { class: "muted", text: t("remoteNoDiff", e.remote) }));
  else renderChanges(changes, e.changes ?? []);
}

/** Puts the world back as it was before entry `id` (journaled as a change of its own). */
async function restore(id) {
  const snapshot = restorePoints.get(id) ?? (await restoreStore.get(id));
  if (!snapshot) return simError(t("restorePointGone"));
  change({ kind: "restore", of: id }, () => {
    page.sim = restoredSimulator(snapshot);
  });
  simError("");
}
