// The playground: compose, validate, sign and run requests against the in-page simulator.
// Everything runs offline in the page. User data is always rendered as text.
import init, { validate, buildRequest, errorInfo, endpoints, genUserSig, Simulator } from "../tcim/web/index.js";
import { createEditor } from "./editor.js";
import { scenarios } from "./scenarios.js";
import { curlCommand, fetchCommand, pythonCommand } from "./commands.js";
import { fillFromWorld } from "./world-sample.js";

const $ = (id) => document.getElementById(id);
const STORE = { session: "tcim.session", history: "tcim.history", sim: "tcim.sim", theme: "tcim.theme" };
const HISTORY_MAX = 50;
const SNAPSHOT_MAX = 2_000_000;

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
const catalog = endpoints();
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
    return { error: d ? `${d.path.slice(1) || "environment"}: ${d.message}` : err.message };
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

/** The playground's app answers Before-callbacks as the Callbacks panel says. */
function callbackReply(cb) {
  if (!cb.command.endsWith("BeforeSendMsg")) return undefined;
  const ok = { ActionStatus: "OK", ErrorInfo: "" };
  switch ($("cb-verdict").value) {
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

/** Every simulator the page makes fires its callbacks to the panel. */
function withCallbacks(s) {
  return s.onCallback(callbackReply);
}

for (const [value, ids] of [["custom", ["cb-code-label", "cb-info-label"]], ["rewrite", ["cb-text-label"]]]) {
  $("cb-verdict").addEventListener("change", () => ids.forEach((id) => ($(id).hidden = $("cb-verdict").value !== value)));
}

function renderCallbacks() {
  const list = $("callbacks");
  const log = sim.callbackLog().slice(-30).reverse();
  list.replaceChildren(
    ...(log.length ? [] : [el("li", { class: "muted", text: "None yet: a send, a read, a new group or a friend fires one." })]),
    ...log.map((e) => {
      const outcome = e.error ? `failed: ${e.error}` : e.reply && typeof e.reply === "object" && "ErrorCode" in e.reply ? `replied ErrorCode ${e.reply.ErrorCode}` : "delivered";
      return el("li", { "data-callback": e.command ?? "dropped" }, el("strong", { text: e.command ?? `${e.dropped} dropped` }), el("span", { class: "muted", text: ` ${e.query ? e.query.OptPlatform : ""} · ${outcome}` }), el("details", {}, el("summary", { text: "body" }), el("pre", { class: "mono", text: JSON.stringify(e.body, null, 2) })));
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

function renderState() {
  renderCallbacks();
  const s = sim.inspect();
  $("clock").textContent = fmtTime(s.now);
  const box = $("state");
  box.replaceChildren();
  box.append(el("p", { class: "muted", text: `SDKAppID ${s.sdkAppId} · admin ${s.admin} · ${s.accounts.length} account(s): ${s.accounts.map((a) => a.userId).join(", ") || "none yet"}` }));
  if (!s.groups.length && !s.c2c.length) box.append(el("p", { class: "muted", text: "No groups or conversations yet: pick a scenario above, or run create_group." }));
  for (const g of s.groups) {
    const card = el("article", { class: "card", "data-group": g.groupId });
    card.append(el("h3", { text: `${g.groupId} · ${g.type} · ${g.name}` }), el("p", { class: "muted", text: `NextMsgSeq ${g.nextMsgSeq} · ${g.members.length} member(s)` }));
    card.append(table(["member", "role", "read seq", "unread"], g.members.map((m) => [m.account, m.role, m.readSeq, m.unread]), "Members"));
    if (g.messages.length) {
      const recent = g.messages.slice(-20);
      card.append(table(["seq", "sender", "read", "unread", ""], recent.map((m) => [m.seq, m.sender, m.readNum ?? "–", m.unreadNum ?? "–", m.recalled ? "recalled" : m.needReceipt ? "receipt" : ""]), g.messages.length > 20 ? `Last 20 of ${g.messages.length} messages` : "Messages"));
    }
    box.append(card);
  }
  if (s.c2c.length) {
    box.append(el("article", { class: "card", "data-c2c": "1" }, el("h3", { text: "One-to-one conversations" }), table(["from → to", "messages", "unread", "read up to"], s.c2c.map((c) => [`${c.from} → ${c.to}`, c.messages, c.unread, c.readTime ? fmtTime(c.readTime) : "–"]), "Conversations")));
  }
  for (const a of s.accounts.filter(hasPeopleData)) box.append(personCard(a, s.now));
}

/** Whether an account has anything a person card would show beyond its ID. */
function hasPeopleData(a) {
  return Object.keys(a.profile).length || a.conversations.length || a.friends.length || a.friendGroups.length || a.blocked.length || a.pending.length || Object.keys(a.online).length || a.c2cMutedUntil !== 0 || a.groupMutedUntil !== 0;
}

/** An account's profile, login state, mute, friends, friend lists, blocklist and pending requests. */
function personCard(a, now) {
  const card = el("article", { class: "card", "data-account": a.userId });
  const online = Object.entries(a.online).map(([p, st]) => `${p} ${st}`).join(", ") || "Offline";
  const mute = (until, what) => (until === null ? `${what} muted for good` : until > now ? `${what} muted until ${fmtTime(until)}` : "");
  const status = [online, mute(a.c2cMutedUntil, "one-to-one"), mute(a.groupMutedUntil, "group")].filter(Boolean).join(" · ");
  card.append(el("h3", { text: a.nick ? `${a.userId} · ${a.nick}` : a.userId }), el("p", { class: "muted", text: status }));
  const profile = Object.entries(a.profile);
  if (profile.length) card.append(table(["profile field", "value"], profile.map(([tag, v]) => [tag.replace(/^Tag_Profile_/, ""), typeof v === "string" ? v : JSON.stringify(v)]), "Profile"));
  if (a.conversations.length) {
    // Pins, marks and conversation groups, as get_list with AssistFlags 63 shows them.
    const marks = (c) => [c.pinned ? "pinned" : "", c.standardMark && `marks ${c.standardMark}`, c.customMark && `“${c.customMark}”`, c.groups.length ? `in ${c.groups.join(", ")}` : ""].filter(Boolean).join(" · ");
    card.append(table(["conversation", "last message", "unread", "marks"], a.conversations.map((c) => [c.type === "group" ? `group ${c.id}` : c.id, c.msgTime ? fmtTime(c.msgTime) : "–", c.unread, marks(c)]), "Conversations"));
  }
  if (a.friends.length) card.append(table(["friend", "remark", "lists", "source"], a.friends.map((f) => [f.userId, f.remark, f.groups.join(", "), f.addSource.replace(/^AddSource_Type_/, "")]), "Friends"));
  if (a.friendGroups.length) card.append(table(["friend list", "friends"], a.friendGroups.map((g) => [g, a.friends.filter((f) => f.groups.includes(g)).map((f) => f.userId).join(", ")]), "Friend lists"));
  if (a.blocked.length) card.append(table(["blocked"], a.blocked.map((b) => [b]), "Blocklist"));
  if (a.pending.length) card.append(table(["friend request from"], a.pending.map((p) => [p]), "Waiting for confirmation"));
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
  $("summary-rate").textContent = `${e.rateLimit} calls per second${e.needsReceiptsFeature ? " · needs the group read receipts feature (Pro / Pro Plus / Enterprise)" : ""}`;
  const types = $("summary-types");
  types.hidden = !e.groupTypeBehavior;
  types.tBodies[0].replaceChildren(...Object.entries(e.groupTypeBehavior || {}).map(([t, b]) => el("tr", {}, el("td", { text: t }), el("td", { text: b === "yes" ? "Yes" : b === "no-op" ? "No (accepted, changes nothing)" : b === "forbidden" ? "No (10007)" : "No (10004)" }))));
  $("summary-fields").tBodies[0].replaceChildren(...e.fields.map((f) => el("tr", {}, el("td", { class: "mono", text: f.name }), el("td", { class: "mono", text: f.type }), el("td", { text: f.required ? "yes" : "" }), el("td", { text: f.doc }))));
  $("summary-errors").tBodies[0].replaceChildren(...e.errors.map((c) => el("tr", {}, el("td", { class: "mono", text: String(c) }), el("td", { text: errorInfo(c)?.message ?? "" }))));
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
      li.append(el("button", { type: "button", class: "pos", text: pos, title: "Move the cursor here", onclick: () => editor.goTo(d.line, d.column) }), el("span", { class: "code", text: d.code }), el("span", { class: "path mono", text: d.path || "/" }), el("span", { class: "msg", text: d.message }));
      return li;
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  $("status").textContent = errors ? `${errors} error${errors === 1 ? "" : "s"}` : warnings ? `valid, ${warnings} warning${warnings === 1 ? "" : "s"}` : "valid";
  $("status").className = `status ${errors ? "bad" : "ok"}`;
}

const darkPreferred = load(STORE.theme, null) ?? matchMedia("(prefers-color-scheme: dark)").matches;
const editor = createEditor($("editor"), {
  doc: "",
  dark: darkPreferred,
  check: (text) => validate($("api").value, text).diagnostics,
  onLint: (_, diagnostics) => {
    renderDiagnostics(diagnostics);
    saveSession();
  },
  onRun: () => run(),
  fields: () => byApi.get($("api").value)?.fields ?? [],
  world: () => sim.inspect(),
});

/** The endpoint's documented sample, naming the world's group, accounts and seqs where it
 * has them (the docs' IDs would answer 10010 here). */
function insertSample() {
  const api = $("api").value;
  editor.text = fillFromWorld(api, byApi.get(api).sample, sim.inspect());
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

// ------------------------------------------------------------------ run, history

function run(api = $("api").value, body = editor.text, record = true) {
  if (!$("random").value) autoRandom = crypto.getRandomValues(new Uint32Array(1))[0];
  refreshEnv();
  const { url, error } = currentUrl();
  if (!url) {
    $("response-meta").textContent = "";
    $("response-explain").textContent = `Cannot build the URL: ${error}`;
    $("response").textContent = "";
    return;
  }
  const started = performance.now();
  const out = sim.handle(url, body);
  const ms = performance.now() - started;
  const answer = JSON.parse(out.body);
  $("response-meta").textContent = `HTTP ${out.status} · ${ms.toFixed(2)} ms`;
  const code = answer.ErrorCode;
  $("response-explain").textContent = code === 0 ? "OK" : `ErrorCode ${code}: ${errorInfo(code)?.message ?? "not in the documented tables"}`;
  $("response-explain").className = `explain ${code === 0 ? "ok" : "bad"}`;
  $("response").textContent = JSON.stringify(answer, null, 2);
  if (record) {
    const history = load(STORE.history, []);
    history.unshift({ api, body, code, at: Date.now() });
    store(STORE.history, history.slice(0, HISTORY_MAX));
    renderHistory();
  }
  saveSim();
  renderState();
}

function renderHistory() {
  const list = $("history");
  const history = load(STORE.history, []);
  list.replaceChildren(
    ...history.map((h) =>
      el(
        "li",
        { class: h.code === 0 ? "ok" : "bad" },
        el("button", { type: "button", class: "link", text: `${h.api.split("/")[1]} → ${h.code}`, title: "Load into the editor", onclick: () => selectApi(h.api, h.body) }),
        el("span", { class: "muted", text: ` ${new Date(h.at).toLocaleTimeString()} ` }),
        el("button", { type: "button", text: "Run again", onclick: () => (selectApi(h.api, h.body), run()) }),
      ),
    ),
  );
  if (!history.length) list.append(el("li", { class: "muted", text: "Calls you run appear here (kept in this browser)." }));
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
    $("copied").textContent = `${what} copied`;
  } catch {
    $("copied").textContent = `${what}: copy blocked by the browser; select it from the URL box`;
  }
  setTimeout(() => ($("copied").textContent = ""), 2500);
}

// ------------------------------------------------------------------ wiring

fillPicker();
for (const s of scenarios) $("scenario").append(el("option", { value: s.id, text: s.title }));

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
    copy(text, b.textContent.replace("Copy ", ""));
  });
}
for (const b of document.querySelectorAll("[data-advance]")) {
  b.addEventListener("click", () => {
    sim.advance(Number(b.dataset.advance));
    saveSim();
    renderState();
  });
}
$("scenario").addEventListener("change", () => {
  const s = scenarios.find((x) => x.id === $("scenario").value);
  $("scenario").value = "";
  if (!s) return;
  sim = freshSimulator();
  simError("");
  const next = s.run(sim);
  selectApi(next.api, next.body);
  run();
});
$("share").addEventListener("click", () => {
  const link = shareLink();
  history.replaceState(null, "", link);
  copy(link, "Share link");
});
$("reset").addEventListener("click", () => {
  sim = freshSimulator();
  simError("");
  saveSim();
  renderState();
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
    sim = withCallbacks(Simulator.restore(await file.text(), { secretKey: $("key").value || undefined }));
    simError("");
    saveSim();
    renderState();
  } catch (e) {
    simError(`Cannot import ${file.name}: ${e.message}`);
  }
});
$("clear-history").addEventListener("click", () => {
  store(STORE.history, []);
  renderHistory();
});
function applyTheme(dark) {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  $("theme").setAttribute("aria-pressed", String(dark));
  $("theme").textContent = dark ? "Light" : "Dark";
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
refreshEnv();
// On a phone the summary starts folded, so the editor is in view.
if (matchMedia("(max-width: 600px)").matches) $("summary").open = false;
document.body.dataset.ready = "1";
