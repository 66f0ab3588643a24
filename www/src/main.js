// The playground: compose, validate, sign and run requests against the in-page simulator.
// Everything runs offline in the page. User data is always rendered as text.
import init, { validate, buildRequest, errorInfo, endpoints, genUserSig, Simulator } from "../tcim/web/index.js";
import { createEditor } from "./editor.js";
import { scenarios } from "./scenarios.js";
import { curlCommand, fetchCommand, pythonCommand } from "./commands.js";
import { fillFromWorld } from "./world-sample.js";
import { diffWorld, describe } from "./diff.js";
import { timelineOf, axisOf, labelOf } from "./timeline.js";
import { openRestoreStore } from "./restore-store.js";
import { t, setLang, lang, pickLang, applyStatic } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const STORE = { session: "tcim.session", history: "tcim.history", journal: "tcim.journal", sim: "tcim.sim", theme: "tcim.theme", lang: "tcim.lang" };
const HISTORY_MAX = 100;
const SNAPSHOT_MAX = 2_000_000;
/** What the restore points may hold in all (characters of snapshots), the newest kept. */
const RESTORE_BUDGET = 64_000_000;
/** Rows a long table or list shows before a "Show all" button. */
const PAGE = 50;
/** Changes (and callbacks) kept per entry in the stored journal; the page has them all (up to 500). */
const STORED_CHANGES = 100;

function el(tag, props = {}, ...children) {
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

function load(key, fallback) {
  try {
    const v = localStorage.getItem(key);
    return v === null ? fallback : JSON.parse(v);
  } catch {
    return fallback;
  }
}

function store(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the page works without it
  }
}

// The core module (validation, requests, UserSig) and the simulator's, side by side.
await Promise.all([init(new URL("../tcim/wasm/web/tcim_bg.wasm", import.meta.url), { usersig: new URL("../tcim/wasm/web-sig/tcim_sig_bg.wasm", import.meta.url) }), Simulator.load(new URL("../tcim/wasm/web-sim/tcim_sim_bg.wasm", import.meta.url))]);
// The page speaks the browser's language until the switch in the header says otherwise.
setLang(pickLang(load(STORE.lang, null), navigator.languages));
applyStatic(document);
const catalog = endpoints({ lang: lang() });
const byApi = new Map(catalog.map((e) => [e.api, e]));

// ------------------------------------------------------------------ environment

const env = {
  read() {
    return {
      region: $("region").value,
      host: $("host").value.trim(),
      sdkAppId: $("sdkappid").value.trim(),
      identifier: $("identifier").value.trim(),
      random: $("random").value.trim(),
    };
  },
  write(e) {
    if (!e) return;
    if (e.region) $("region").value = e.region;
    if (e.host) $("host").value = e.host;
    if (e.sdkAppId) $("sdkappid").value = e.sdkAppId;
    if (e.identifier) $("identifier").value = e.identifier;
    $("random").value = e.random || "";
    $("host-label").hidden = $("region").value !== "custom";
  },
};

function regionOption() {
  const e = env.read();
  return e.region === "custom" ? { host: e.host || "127.0.0.1", scheme: "http" } : e.region;
}

let autoRandom = crypto.getRandomValues(new Uint32Array(1))[0];

function userSig() {
  const key = $("key").value;
  const sdkAppId = Number(env.read().sdkAppId);
  if (!key || !Number.isInteger(sdkAppId) || sdkAppId <= 0) return "";
  try {
    return genUserSig({ sdkAppId, key, identifier: env.read().identifier });
  } catch {
    return "";
  }
}

/** The URL for the current endpoint and environment (independent of the body). */
function currentUrl() {
  const e = env.read();
  const api = $("api").value;
  const random = e.random === "" ? autoRandom : Number(e.random);
  try {
    return { url: buildRequest({ api, body: byApi.get(api).sample, region: regionOption(), sdkAppId: Number(e.sdkAppId), identifier: e.identifier, userSig: $("usersig").value || "none", random }).url };
  } catch (err) {
    const d = err.diagnostics?.[0];
    return { error: d ? `${d.path.slice(1) || t("environment")}: ${d.message}` : err.message };
  }
}

function refreshEnv() {
  $("host-label").hidden = $("region").value !== "custom";
  $("usersig").value = userSig();
  const { url, error } = currentUrl();
  $("url").value = url || `(${error})`;
  $("url").classList.toggle("invalid", !url);
  saveSession();
}

// ------------------------------------------------------------------ simulator

// The custom fields the documented samples use, declared as an app would in the console.
const CUSTOM_TAGS = {
  profileCustomTags: ["Tag_Profile_Custom_Test"],
  friendCustomTags: ["Tag_SNS_Custom_Test", "Tag_SNS_Custom_XXXX", "Tag_SNS_Custom_YYYY"],
};

function freshSimulator() {
  const e = env.read();
  const options = { now: Math.floor(Date.now() / 1000), admin: e.identifier || "administrator", ...CUSTOM_TAGS };
  const app = Number(e.sdkAppId);
  if (Number.isInteger(app) && app > 0 && app <= 4294967295) options.sdkAppId = app;
  if ($("key").value) options.secretKey = $("key").value;
  return withCallbacks(new Simulator(options));
}

/** The playground's app answers Before-callbacks as the Callbacks panel says: a refusal or a
 * custom code answers every Before-callback; dropping and rewriting are for sends only. */
function callbackReply(cb) {
  if (!cb.command.includes("CallbackBefore")) return undefined;
  const send = cb.command.endsWith("BeforeSendMsg");
  const ok = { ActionStatus: "OK", ErrorInfo: "" };
  const verdict = $("cb-verdict").value;
  if (!send && (verdict === "drop" || verdict === "rewrite")) return undefined;
  switch (verdict) {
    case "reject":
      return { ...ok, ErrorCode: 1 };
    case "drop":
      return { ...ok, ErrorCode: 2 };
    case "custom":
      return { ActionStatus: "OK", ErrorCode: Number($("cb-code").value), ErrorInfo: $("cb-info").value };
    case "rewrite":
      return { ...ok, ErrorCode: 0, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: $("cb-text").value } }] };
    default:
      return undefined;
  }
}

/** The callbacks fired since the journal last took them (for the timeline). */
let fired = [];

/** Every simulator the page makes fires its callbacks to the panel (and the timeline). */
function withCallbacks(s) {
  return s.onCallback((cb) => {
    fired.push({ command: cb.command, time: s.now() });
    return callbackReply(cb);
  });
}

for (const [value, ids] of [["custom", ["cb-code-label", "cb-info-label"]], ["rewrite", ["cb-text-label"]]]) {
  $("cb-verdict").addEventListener("change", () => ids.forEach((id) => ($(id).hidden = $("cb-verdict").value !== value)));
}

function renderCallbacks() {
  const list = $("callbacks");
  const log = sim.callbackLog().slice(-30).reverse();
  list.replaceChildren(
    ...(log.length ? [] : [el("li", { class: "muted", text: t("noCallbacks") })]),
    ...log.map((e) => {
      const outcome = e.error ? t("cbFailed", e.error) : e.reply && typeof e.reply === "object" && "ErrorCode" in e.reply ? t("cbReplied", e.reply.ErrorCode) : t("cbDelivered");
      return el("li", { "data-callback": e.command ?? "dropped" }, el("strong", { text: e.command ?? t("cbDropped", e.dropped) }), el("span", { class: "muted", text: ` ${e.query ? e.query.OptPlatform : ""} · ${outcome}` }), el("details", {}, el("summary", { text: t("body") }), el("pre", { class: "mono", text: JSON.stringify(e.body, null, 2) })));
    }),
  );
}

let sim;
try {
  const saved = load(STORE.sim, null);
  sim = saved ? Simulator.restore(saved) : null;
} catch {
  sim = null;
}
sim ||= freshSimulator();
withCallbacks(sim);

function withKey() {
  // The key never enters a snapshot; re-attach it when it changes.
  sim = withCallbacks(Simulator.restore(sim.snapshot(), { secretKey: $("key").value || undefined }));
}

function saveSim() {
  const snap = sim.snapshot();
  if (snap.length < SNAPSHOT_MAX) store(STORE.sim, snap);
}

function fmtTime(t) {
  return `${new Date(t * 1000).toISOString().replace("T", " ").replace(".000Z", " UTC")} (${t})`;
}

function table(headers, rows, caption) {
  return el(
    "table",
    { class: "small" },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h })))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", { text: String(c) }))))),
  );
}

/** The simulator's state as last read: completion, samples and the diff read this one (a
 * large world costs tens of milliseconds to read). */
let world = null;
function readWorld() {
  world = sim.inspect();
  return world;
}

/** Tables and lists opened in full by "Show all" (by a key naming them), kept across renders. */
const expanded = new Set();

/** The first PAGE rows, and a button that shows all of them. */
function paged(key, rows) {
  if (rows.length <= PAGE || expanded.has(key)) return { shown: rows, more: null };
  const more = el("button", { type: "button", class: "more", "data-more": key, text: t("showAll", rows.length), onclick: () => (expanded.add(key), renderState(false), renderHistory()) });
  return { shown: rows.slice(0, PAGE), more };
}

function renderState(read = true) {
  const started = performance.now();
  renderCallbacks();
  const s = read || !world ? readWorld() : world;
  $("clock").textContent = fmtTime(s.now);
  const box = $("state");
  box.replaceChildren();
  box.append(el("p", { class: "muted", text: t("worldSummary", s.sdkAppId, s.admin, s.accounts.length, s.accounts.map((a) => a.userId).join(", ")) }));
  if (!s.groups.length && !s.c2c.length) box.append(el("p", { class: "muted", text: t("emptyWorld") }));
  for (const g of s.groups) {
    const card = el("article", { class: "card", "data-group": g.groupId });
    card.append(el("h3", { text: `${g.groupId} · ${g.type} · ${g.name}` }), el("p", { class: "muted", text: t("groupLine", g.nextMsgSeq, g.members.length) }));
    const members = paged(`members ${g.groupId}`, g.members);
    card.append(table(t("memberHeads"), members.shown.map((m) => [m.account, m.role, m.readSeq, m.unread]), members.more ? t("firstMembers", PAGE, g.members.length) : t("members")));
    if (members.more) card.append(members.more);
    if (g.messages.length) {
      const recent = g.messages.slice(-20);
      card.append(table(t("messageHeads"), recent.map((m) => [m.seq, m.sender, m.readNum ?? "–", m.unreadNum ?? "–", m.recalled ? t("recalled") : m.needReceipt ? t("receipt") : ""]), g.messages.length > 20 ? t("lastMessages", g.messages.length) : t("messages")));
    }
    box.append(card);
  }
  if (s.c2c.length) {
    box.append(el("article", { class: "card", "data-c2c": "1" }, el("h3", { text: t("oneToOne") }), table(t("c2cHeads"), s.c2c.map((c) => [`${c.from} → ${c.to}`, c.messages, c.unread, c.readTime ? fmtTime(c.readTime) : "–"]), t("conversations"))));
  }
  const people = paged("people", s.accounts.filter(hasPeopleData));
  for (const a of people.shown) box.append(personCard(a, s.now));
  if (people.more) box.append(people.more);
  // (Read by `node scripts/bench.mjs playground`.)
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
}

/** Whether an account has anything a person card would show beyond its ID. */
function hasPeopleData(a) {
  return Object.keys(a.profile).length || a.conversations.length || a.friends.length || a.friendGroups.length || a.blocked.length || a.pending.length || Object.keys(a.online).length || a.c2cMutedUntil !== 0 || a.groupMutedUntil !== 0;
}

/** An account's profile, login state, mute, friends, friend lists, blocklist and pending requests. */
function personCard(a, now) {
  const card = el("article", { class: "card", "data-account": a.userId });
  const online = Object.entries(a.online).map(([p, st]) => `${p} ${st}`).join(", ") || t("offline");
  const mute = (until, what) => (until === null ? t("mutedForGood", what) : until > now ? t("mutedUntil", what, fmtTime(until)) : "");
  const status = [online, mute(a.c2cMutedUntil, t("oneToOneMute")), mute(a.groupMutedUntil, t("groupMute"))].filter(Boolean).join(" · ");
  card.append(el("h3", { text: a.nick ? `${a.userId} · ${a.nick}` : a.userId }), el("p", { class: "muted", text: status }));
  const profile = Object.entries(a.profile);
  if (profile.length) card.append(table(t("profileHeads"), profile.map(([tag, v]) => [tag.replace(/^Tag_Profile_/, ""), typeof v === "string" ? v : JSON.stringify(v)]), t("profile")));
  if (a.conversations.length) {
    // Pins, marks and conversation groups, as get_list with AssistFlags 63 shows them.
    const marks = (c) => [c.pinned ? t("pinned") : "", c.standardMark && t("marks", c.standardMark), c.customMark && `“${c.customMark}”`, c.groups.length ? t("inGroups", c.groups.join(", ")) : ""].filter(Boolean).join(" · ");
    card.append(table(t("conversationHeads"), a.conversations.map((c) => [c.type === "group" ? t("groupConversation", c.id) : c.id, c.msgTime ? fmtTime(c.msgTime) : "–", c.unread, marks(c)]), t("conversations")));
  }
  if (a.friends.length) card.append(table(t("friendHeads"), a.friends.map((f) => [f.userId, f.remark, f.groups.join(", "), f.addSource.replace(/^AddSource_Type_/, "")]), t("friends")));
  if (a.friendGroups.length) card.append(table(t("friendListHeads"), a.friendGroups.map((g) => [g, a.friends.filter((f) => f.groups.includes(g)).map((f) => f.userId).join(", ")]), t("friendLists")));
  if (a.blocked.length) card.append(table(t("blockedHeads"), a.blocked.map((b) => [b]), t("blocklist")));
  if (a.pending.length) card.append(table(t("pendingHeads"), a.pending.map((p) => [p]), t("pending")));
  return card;
}

function simError(message) {
  $("sim-error").textContent = message || "";
}

// ------------------------------------------------------------------ endpoint picker and summary

function fillPicker(filter = "") {
  const current = $("api").value;
  const select = $("api");
  select.replaceChildren();
  const f = filter.toLowerCase();
  for (const service of [...new Set(catalog.map((e) => e.service))]) {
    const items = catalog.filter((e) => e.service === service && (!f || e.api.includes(f) || e.title.toLowerCase().includes(f)));
    if (!items.length) continue;
    const group = el("optgroup", { label: service });
    for (const e of items) group.append(el("option", { value: e.api, text: `${e.command} — ${e.title}` }));
    select.append(group);
  }
  if ([...select.options].some((o) => o.value === current)) select.value = current;
}

function showSummary() {
  const e = byApi.get($("api").value);
  $("summary-title").textContent = e.title;
  $("summary-path").textContent = `POST v4/${e.api}`;
  $("summary-rate").textContent = t("rate", e.rateLimit) + (e.needsReceiptsFeature ? t("needsReceipts") : "");
  const types = $("summary-types");
  types.hidden = !e.groupTypeBehavior;
  types.tBodies[0].replaceChildren(...Object.entries(e.groupTypeBehavior || {}).map(([type, b]) => el("tr", {}, el("td", { text: type }), el("td", { text: b === "yes" ? t("yes") : b === "no-op" ? t("noOp") : b === "forbidden" ? t("forbidden") : t("refused") }))));
  $("summary-fields").tBodies[0].replaceChildren(...e.fields.map((f) => el("tr", {}, el("td", { class: "mono", text: f.name }), el("td", { class: "mono", text: f.type }), el("td", { text: f.required ? t("yes") : "" }), el("td", { text: f.doc }))));
  $("summary-errors").tBodies[0].replaceChildren(...e.errors.map((c) => el("tr", {}, el("td", { class: "mono", text: String(c) }), el("td", { text: errorInfo(c, { lang: lang() })?.message ?? "" }))));
}

// ------------------------------------------------------------------ editor and diagnostics

let lastDiagnostics = [];

function renderDiagnostics(diagnostics) {
  lastDiagnostics = diagnostics;
  const list = $("diagnostics");
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const li = el("li", { class: d.severity });
      const pos = d.line ? `${d.line}:${d.column}` : "–";
      li.append(el("button", { type: "button", class: "pos", text: pos, title: t("moveCursor"), "aria-label": t("goToLine", d.line ?? 1), onclick: () => editor.goTo(d.line, d.column) }), el("span", { class: "code", text: d.code }), el("span", { class: "path mono", text: d.path || "/" }), el("span", { class: "msg", text: d.message }));
      if (d.fix) li.append(el("button", { type: "button", class: "fix", text: d.fix.title, title: t("applyFix"), onclick: () => editor.applyFix(d.fix) }));
      return li;
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  $("status").textContent = errors ? t("errors", errors) : warnings ? t("validWarnings", warnings) : t("valid");
  $("status").className = `status ${errors ? "bad" : "ok"}`;
}

const darkPreferred = load(STORE.theme, null) ?? matchMedia("(prefers-color-scheme: dark)").matches;
const editor = createEditor($("editor"), {
  doc: "",
  dark: darkPreferred,
  check: (text) => validate($("api").value, text, { fixes: true, lang: lang() }).diagnostics,
  onLint: (_, diagnostics) => {
    renderDiagnostics(diagnostics);
    saveSession();
  },
  onRun: () => run(),
  fields: () => byApi.get($("api").value)?.fields ?? [],
  world: () => world ?? readWorld(),
  words: () => t("completion"),
  ariaLabel: `${t("requestBody")} (JSON)`,
});

/** The endpoint's documented sample, naming the world's group, accounts and seqs where it
 * has them (the docs' IDs would answer 10010 here). */
function insertSample() {
  const api = $("api").value;
  editor.text = fillFromWorld(api, byApi.get(api).sample, world ?? readWorld());
}

function selectApi(api, body) {
  if (!byApi.has(api)) return;
  $("api-search").value = "";
  fillPicker();
  $("api").value = api;
  showSummary();
  if (body === undefined) insertSample();
  else editor.text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
  refreshEnv();
}

// ------------------------------------------------------------------ run, journal, history, timeline

/** Text kept in the stored journal is cut at this many characters. */
const CLIP = 20_000;
const clip = (text) => (text.length > CLIP ? `${text.slice(0, CLIP)}…` : text);

/** Everything that moved the world, oldest first: calls, clock moves, scenarios, resets,
 * imports and restores, each with what it changed and the callbacks it fired (kept in this
 * browser; restore points only while the page is open). The history lists its calls; the
 * timeline all of it. */
let journal = (() => {
  const stored = load(STORE.journal, null);
  if (Array.isArray(stored)) return stored.filter((e) => e && typeof e === "object" && typeof e.kind === "string");
  // (The history of earlier versions: calls only, newest first.)
  const old = load(STORE.history, []);
  return Array.isArray(old) ? old.filter((e) => e && typeof e.api === "string").reverse().map((e) => ({ kind: "call", api: e.api, body: String(e.body ?? ""), code: e.code, at: e.at, changes: [], callbacks: [] })) : [];
})();
// (Ids stay what they were, so a restore entry still names the entry it went back before.)
let nextId = 1;
for (const e of journal) nextId = Math.max(nextId, Number.isInteger(e.id) ? e.id + 1 : nextId);
for (const e of journal) if (!Number.isInteger(e.id)) e.id = nextId++;

/** The snapshot of the world before each entry, by entry id: this page's in memory, and all
 * of them in IndexedDB (restore-store.js), so they outlive a reload. */
const restorePoints = new Map();
const restoreStore = await openRestoreStore();
const restorable = (id) => restorePoints.has(id) || restoreStore.sizes.has(id);

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
prune();

function storeJournal() {
  store(STORE.journal, journal.map((e) => ({ ...e, changes: e.changes?.slice(0, STORED_CHANGES), callbacks: e.callbacks?.slice(0, STORED_CHANGES) })));
}

/**
 * Does `act` (which changes the world, or replaces `sim`) and journals it as `entry`: the
 * clock before and after, what changed in the world, the callbacks fired, and a restore
 * point of the world before it.
 */
function change(entry, act) {
  const before = world ?? readWorld();
  const snapshot = sim.snapshot();
  entry.before = sim.now();
  fired = [];
  act();
  entry.time = sim.now();
  entry.changes = diffWorld(before, readWorld(), 500, t("diff"));
  entry.callbacks = fired;
  fired = [];
  entry.id = nextId++;
  entry.at = Date.now();
  journal.push(entry);
  if (journal.length > HISTORY_MAX) journal.splice(0, journal.length - HISTORY_MAX);
  remember(entry.id, snapshot);
  storeJournal();
  saveSim();
  renderState(false);
  renderHistory();
  renderTimeline();
  return entry;
}

function renderChanges(list, changes) {
  const { shown, more } = paged(`changes ${list.id}`, changes);
  list.replaceChildren(...(changes.length ? shown.map((c) => el("li", { class: c.kind, text: describe(c, t("diff")) })) : [el("li", { class: "muted", text: t("nothingChanged") })]));
  if (more) list.append(el("li", {}, more));
}

function run(api = $("api").value, body = editor.text) {
  if (!$("random").value) autoRandom = crypto.getRandomValues(new Uint32Array(1))[0];
  refreshEnv();
  const { url, error } = currentUrl();
  if (!url) {
    $("response-meta").textContent = "";
    $("response-explain").textContent = t("cannotBuildUrl", error);
    $("response").textContent = "";
    return;
  }
  let out;
  let ms = 0;
  const entry = { kind: "call", api, body: clip(body) };
  change(entry, () => {
    const started = performance.now();
    out = sim.handle(url, body);
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
  $("response").textContent = entry.response;
  renderChanges($("response-diff"), entry.changes);
}

let selected = null;

/** The calls, newest first; a click shows one's request, response and changes. */
function renderHistory() {
  const calls = journal.filter((e) => e.kind === "call").reverse();
  const { shown, more } = paged("history", calls);
  $("history").replaceChildren(
    ...shown.map((h) =>
      el(
        "li",
        { class: `${h.code === 0 ? "ok" : "bad"}${h.id === selected ? " selected" : ""}`, "data-entry": String(h.id) },
        el("button", { type: "button", class: "link", text: labelOf(h, t("labels")), "aria-expanded": String(h.id === selected), "aria-controls": "history-detail", title: t("showEntry"), onclick: () => showEntry(h.id === selected ? null : h.id) }),
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
    el("p", { class: "muted", text: `${fmtTime(e.before ?? 0)} · ${new Date(e.at).toLocaleString()}` }),
    // (Scrolling boxes take the focus, so the keyboard can scroll them.)
    ...(e.kind === "call" ? [el("h4", { text: t("requestLine", e.api) }), el("pre", { class: "mono", tabindex: "0", "aria-label": t("requestBodyLabel"), text: e.body }), el("h4", { text: t("response") }), el("pre", { class: "mono", tabindex: "0", "aria-label": t("responseBody"), text: e.response ?? t("notKept") })] : []),
    el("h4", { text: t("whatItChanged") }),
    changes,
    el(
      "div",
      { class: "buttons" },
      ...(e.kind === "call" ? [el("button", { type: "button", text: t("loadIntoEditor"), onclick: () => selectApi(e.api, e.body) })] : []),
      restorable(e.id) ? el("button", { type: "button", class: "restore", text: t("restoreBefore"), onclick: () => restore(e.id) }) : el("span", { class: "muted", text: t("restoreGone") }),
    ),
  );
  renderChanges(changes, e.changes ?? []);
}

/** Puts the world back as it was before entry `id` (journaled as a change of its own). */
async function restore(id) {
  const snapshot = restorePoints.get(id) ?? (await restoreStore.get(id));
  if (!snapshot) return simError(t("restorePointGone"));
  change({ kind: "restore", of: id }, () => {
    sim = withCallbacks(Simulator.restore(snapshot, { secretKey: $("key").value || undefined }));
  });
  simError("");
}

/** Calls and fired callbacks (and clock moves, scenarios, restores) on the virtual clock. */
function renderTimeline() {
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

// ------------------------------------------------------------------ session, share link

function saveSession() {
  store(STORE.session, { api: $("api").value, body: editor.text, env: env.read() });
}

function encodeShare(data) {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function decodeShare(s) {
  const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}

function shareLink() {
  // The secret key is never part of a link.
  const data = { api: $("api").value, body: editor.text, env: env.read() };
  return `${location.origin}${location.pathname}#share=${encodeShare(data)}`;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    $("copied").textContent = t("copied", what);
  } catch {
    $("copied").textContent = t("copyBlocked", what);
  }
  setTimeout(() => ($("copied").textContent = ""), 2500);
}

// ------------------------------------------------------------------ wiring

fillPicker();
for (const s of scenarios) $("scenario").append(el("option", { value: s.id, text: t("scenarios")[s.id] ?? s.title }));

const fromHash = location.hash.startsWith("#share=") ? (() => {
  try {
    return decodeShare(location.hash.slice(7));
  } catch {
    return null;
  }
})() : null;
const session = fromHash || load(STORE.session, null);
env.write(session?.env);
selectApi(session && byApi.has(session.api) ? session.api : "group_open_http_svc/set_unread_msg_num", session?.body);

$("api-search").addEventListener("input", () => fillPicker($("api-search").value));
$("api-search").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && $("api").options.length) {
    selectApi($("api").options[0].value);
  }
});
$("api").addEventListener("change", () => selectApi($("api").value));
$("sample").addEventListener("click", insertSample);
$("format").addEventListener("click", () => {
  try {
    editor.text = JSON.stringify(JSON.parse(editor.text), null, 2);
  } catch {
    editor.relint();
  }
});
for (const id of ["region", "host", "sdkappid", "identifier", "random"]) $(id).addEventListener("input", refreshEnv);
$("key").addEventListener("input", () => {
  withKey();
  refreshEnv();
});
$("run").addEventListener("click", () => run());
for (const b of document.querySelectorAll("[data-copy]")) {
  b.addEventListener("click", () => {
    refreshEnv();
    const url = $("url").value;
    const body = editor.text;
    const kind = b.dataset.copy;
    const text = kind === "url" ? url : kind === "curl" ? curlCommand(url, body) : kind === "fetch" ? fetchCommand(url, body) : pythonCommand(url, body);
    copy(text, b.dataset.copy === "python" ? "Python" : b.dataset.copy === "url" ? "URL" : b.dataset.copy);
  });
}
for (const b of document.querySelectorAll("[data-advance]")) {
  b.addEventListener("click", () => change({ kind: "clock" }, () => sim.advance(Number(b.dataset.advance))));
}
$("scenario").addEventListener("change", () => {
  const s = scenarios.find((x) => x.id === $("scenario").value);
  $("scenario").value = "";
  if (!s) return;
  let next;
  change({ kind: "scenario", title: s.title }, () => {
    sim = freshSimulator();
    next = s.run(sim);
  });
  simError("");
  selectApi(next.api, next.body);
  run();
});
$("share").addEventListener("click", () => {
  const link = shareLink();
  history.replaceState(null, "", link);
  copy(link, t("shareLinkCopied"));
});
$("reset").addEventListener("click", () => {
  change({ kind: "reset" }, () => (sim = freshSimulator()));
  simError("");
});
$("export").addEventListener("click", () => {
  const a = el("a", { href: URL.createObjectURL(new Blob([sim.snapshot()], { type: "application/json" })), download: "tcim-simulator.json" });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$("import").addEventListener("change", async () => {
  const file = $("import").files[0];
  $("import").value = "";
  if (!file) return;
  try {
    const next = withCallbacks(Simulator.restore(await file.text(), { secretKey: $("key").value || undefined }));
    change({ kind: "import", title: file.name }, () => (sim = next));
    simError("");
  } catch (e) {
    simError(t("cannotImport", file.name, e.message));
  }
});
$("clear-history").addEventListener("click", () => {
  journal = [];
  restorePoints.clear();
  restoreStore.clear();
  selected = null;
  storeJournal();
  store(STORE.history, []);
  renderHistory();
  renderTimeline();
});
$("lang").value = lang();
$("lang").addEventListener("change", () => {
  // (Everything the page has drawn is in the old language: draw it again from the start.)
  store(STORE.lang, $("lang").value);
  location.reload();
});
function applyTheme(dark) {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  $("theme").setAttribute("aria-pressed", String(dark));
  $("theme").textContent = dark ? t("light") : t("dark");
  editor.setDark(dark);
}
$("theme").addEventListener("click", () => {
  const dark = document.documentElement.dataset.theme !== "dark";
  store(STORE.theme, dark);
  applyTheme(dark);
});
applyTheme(darkPreferred);

renderHistory();
renderState();
renderTimeline();
refreshEnv();
// For the console (and the benchmark): the page's simulator and its state as last read.
window.tcim = {
  get sim() {
    return sim;
  },
  get world() {
    return world;
  },
  editor,
  renderState,
};
// On a phone the summary starts folded, so the editor is in view.
if (matchMedia("(max-width: 600px)").matches) $("summary").open = false;
document.body.dataset.ready = "1";
