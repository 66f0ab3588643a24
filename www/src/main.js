// The playground: compose, validate, sign and run requests against the in-page simulator.
// Everything runs offline in the page. User data is always rendered as text. This module
// loads the package, starts the panels in order and wires the page's controls to them.
import init, { Simulator } from "../tcim/web/index.js";
import { $, STORE, el, load, store, onShowAll } from "./dom.js";
import { scenarios } from "./scenarios.js";
import { curlCommand, fetchCommand, pythonCommand } from "./commands.js";
import { byApi, fillPicker, readCatalog, showSummary } from "./endpoint-panel.js";
import { env, refreshEnv, urlFor } from "./env.js";
import { callbackSettings, freshSimulator, rehomed, restoredSimulator, setCallbackSettings, simError, startSimulator, wireCallbackPanel, withKey } from "./simulator.js";
import { readCallbacks } from "./link-world.js";
import { renderState } from "./world-view.js";
import { insertSample, makeEditor, selectApi } from "./editor-panel.js";
import { change, clearJournal, nonDefault, drawTimeline, journalEmpty, journalEntries, openJournal, renderHistory, restorePoint, run, savedWorld } from "./journal.js";
import { buildLinkWorld, copy, decodeShare, shareLink } from "./share.js";
import { page } from "./state.js";
import { t, setLang, lang, pickLang, applyStatic } from "./i18n.js";

// The core module (validation, requests, UserSig) and the simulator's, side by side.
await Promise.all([init(new URL("../tcim/wasm/web/tcim_bg.wasm", import.meta.url), { usersig: new URL("../tcim/wasm/web-sig/tcim_sig_bg.wasm", import.meta.url) }), Simulator.load(new URL("../tcim/wasm/web-sim/tcim_sim_bg.wasm", import.meta.url))]);
// The page speaks the browser's language until the switch in the header says otherwise.
setLang(pickLang(load(STORE.lang, null), navigator.languages));
applyStatic(document);
readCatalog();
wireCallbackPanel();
await openJournal();
// The world as the journal's last entry left it (IndexedDB, whatever its size), or why not.
const saved = await savedWorld();
const freshSim = startSimulator(saved.snapshot);
const darkPreferred = load(STORE.theme, null) ?? matchMedia("(prefers-color-scheme: dark)").matches;
const editor = makeEditor({ dark: darkPreferred, onRun: () => run() });
onShowAll(() => (renderState(false), renderHistory(), page.api && showSummary()));

/** Says something about the page as a whole, in place (a link opened or broken, a world not
 * kept, an import's app): `bad` for what went wrong. */
function pageNote(text, bad = false, more = false) {
  const note = $("page-note");
  note.textContent = more && note.textContent ? `${note.textContent} ${text}` : text;
  if (!more || bad) note.className = `note${bad ? " bad" : ""}`;
}
if (saved.lost) pageNote(saved.lost, true);

// ------------------------------------------------------------------ wiring

fillPicker();
for (const s of scenarios) $("scenario").append(el("option", { value: s.id, text: t("scenarios")[s.id] ?? s.title }));

/** Runs `work(tick)` (which builds a world) with the controls that would change the world
 * disabled and its progress shown; `tick(fraction)` yields to the browser now and then. */
async function busy(what, work) {
  const controls = ["build-world", "run", "reset", "import", "share"].map($);
  page.busy = true;
  for (const c of controls) c.disabled = true;
  const shown = $("build-progress");
  shown.hidden = false;
  const tick = async (f) => {
    shown.textContent = t("building", what, Math.round(f * 100));
    await new Promise((r) => setTimeout(r, 0));
  };
  try {
    await tick(0);
    return await work(tick);
  } finally {
    page.busy = false;
    for (const c of controls) c.disabled = false;
    shown.textContent = "";
    shown.hidden = true;
  }
}

/** Makes `sim` (built aside) the page's simulator, journaled as `entry` with the callbacks
 * its building fired. */
function adopt(entry, sim) {
  const fired = page.fired;
  change(entry, () => {
    page.sim = sim;
    page.fired = fired;
  });
  simError("");
}

/** Builds scenario `s` in a new simulator (journaled, so the history has a way back; the
 * tab stays responsive and shows progress) and returns the call it leaves in the editor. */
async function buildScenario(s) {
  const start = Math.floor(Date.now() / 1000);
  const sim = freshSimulator(start);
  // (The settings it starts under: the panel may change while it builds.)
  const cb = nonDefault(callbackSettings());
  page.fired = [];
  const next = await busy(t("scenarios")[s.id] ?? s.title, (tick) => s.run(sim, tick));
  adopt({ kind: "scenario", scenario: s.id, title: s.title, start, app: sim.app(), cb }, sim);
  return next;
}

// A share link: its endpoint, body, environment, callback settings and world (built again
// here), once: the hash is dropped, so a reload keeps this page's own session. A damaged link,
// or a damaged part of one, says so.
let link = null;
if (location.hash.startsWith("#share=")) {
  const raw = location.hash.slice(7);
  history.replaceState(null, "", location.pathname + location.search);
  try {
    link = await decodeShare(raw);
  } catch (e) {
    pageNote(t("linkBroken", e.message), true);
  }
}
const session = link || load(STORE.session, null);
env.write(session?.env);
// (The page's own callback settings, kept when the link's cannot be read.)
const ownCallbacks = callbackSettings();
if (link?.world) {
  try {
    const { sim, kind } = await busy(t("linkWorldBuilding"), (tick) => buildLinkWorld(link.world, { make: freshSimulator, restore: restoredSimulator, scenarios, urlFor, tick, callbacks: setCallbackSettings }));
    page.fired = [];
    adopt({ kind: "link", cb: null }, sim);
    pageNote(t("linkOpened", kind, link.world.steps?.length ?? 0, link.expect));
  } catch (e) {
    pageNote(t("linkWorldFailed", e.message), true);
  }
} else if (link) {
  // No world in the link: this page's world, under the link's app (its SDKAppID honoured).
  const app = Number(link.env?.sdkAppId);
  if (Number.isInteger(app) && app > 0 && app <= 4294967295 && app !== page.sim.app().sdkAppId) {
    change({ kind: "app", app: { sdkAppId: app } }, () => (page.sim = restoredSimulator(rehomed(page.sim.snapshot(), app))));
  }
  pageNote(t("linkNoWorld"));
}
if (link) {
  // The sender's callback settings, for the recipient's Run (a link of an older page has none).
  const { settings, bad } = "callbacks" in link ? readCallbacks(link.callbacks) : { settings: ownCallbacks };
  setCallbackSettings(settings ?? ownCallbacks);
  if (bad) pageNote(t("linkCallbacksBad", bad), true, true);
}
if (link && !byApi.has(link.api)) pageNote(t("linkUnknownEndpoint", link.api), true, true);

// A fresh profile starts from the seed walkthrough's world, so the first Run answers 0 (the
// docs' IDs name nothing in an empty world) and the samples name what exists.
const seeded = !link && freshSim && journalEmpty() ? await buildScenario(scenarios[0]) : null;
if (seeded) $("response-explain").textContent = t("startedFromSeed");
const start = session && byApi.has(session.api) ? session : (seeded ?? { api: "group_open_http_svc/set_unread_msg_num" });
selectApi(start.api, start.body);

$("api-search").addEventListener("input", () => fillPicker($("api-search").value));
$("api-search").addEventListener("keydown", (e) => {
  const first = [...$("api").options].find((o) => o.value);
  if (e.key === "Enter" && first) {
    selectApi(first.value);
  }
});
$("api").addEventListener("change", () => $("api").value && selectApi($("api").value));
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
// Run against the in-page simulator, or a tcim serve / tcim proxy on this machine.
function showTarget() {
  const server = $("target").value === "server";
  $("server-label").hidden = !server;
  $("run").textContent = server ? t("runServer") : t("run");
  store(STORE.target, { target: $("target").value, url: $("server-url").value });
}
const target = load(STORE.target, null);
if (target?.target === "server") $("target").value = "server";
if (typeof target?.url === "string" && target.url) $("server-url").value = target.url;
$("target").addEventListener("change", showTarget);
$("server-url").addEventListener("change", showTarget);
showTarget();
for (const b of document.querySelectorAll("[data-copy]")) {
  b.addEventListener("click", () => {
    refreshEnv();
    const url = $("url").value;
    const body = editor.text;
    const kind = b.dataset.copy;
    const text = kind === "url" ? url : kind === "curl" ? curlCommand(url, body) : kind === "fetch" ? fetchCommand(url, body) : pythonCommand(url, body);
    // Without a key the URL says usersig=none: the simulator takes it, the service does not.
    copy(text, b.dataset.copy === "python" ? "Python" : b.dataset.copy === "url" ? "URL" : b.dataset.copy, $("usersig").value ? "" : t("noUserSig"));
  });
}
for (const b of document.querySelectorAll("[data-advance]")) {
  b.addEventListener("click", () => !page.busy && change({ kind: "clock" }, () => page.sim.advance(Number(b.dataset.advance))));
}
// Choosing a scenario (with the mouse or the arrow keys) changes nothing; the button builds it.
$("build-world").addEventListener("click", async () => {
  const s = scenarios.find((x) => x.id === $("scenario").value);
  if (!s || page.busy) return;
  const next = await buildScenario(s);
  selectApi(next.api, next.body);
  run();
});
$("share").addEventListener("click", async () => {
  const { link, world } = await shareLink(journalEntries(), restorePoint);
  $("share-url").value = link;
  $("share-url-label").hidden = false;
  copy(link, t("shareLinkCopied"), t("shareWorld", world));
});
$("reset").addEventListener("click", () => {
  const start = Math.floor(Date.now() / 1000);
  const entry = { kind: "reset", start };
  change(entry, () => {
    page.sim = freshSimulator(start);
    entry.app = page.sim.app();
  });
  simError("");
});
$("export").addEventListener("click", () => {
  const a = el("a", { href: URL.createObjectURL(new Blob([page.sim.snapshot()], { type: "application/json" })), download: "tcim-simulator.json" });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$("import").addEventListener("change", async () => {
  const file = $("import").files[0];
  $("import").value = "";
  if (!file) return;
  try {
    const next = restoredSimulator(await file.text());
    change({ kind: "import", title: file.name }, () => (page.sim = next));
    simError("");
    // The imported world is its app's: the environment follows it (else every call is 70020).
    const { sdkAppId, admin } = next.app();
    if (String(sdkAppId) !== env.read().sdkAppId || admin !== env.read().identifier) {
      $("sdkappid").value = String(sdkAppId);
      $("identifier").value = admin;
      refreshEnv();
      pageNote(t("importApp", file.name, sdkAppId, admin));
    }
  } catch (e) {
    simError(t("cannotImport", file.name, e.message));
  }
});
$("clear-history").addEventListener("click", clearJournal);
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
drawTimeline();
refreshEnv();
// For the console (and the benchmark): the page's simulator and its state as last read.
window.tcim = {
  get sim() {
    return page.sim;
  },
  get world() {
    return page.world;
  },
  editor,
  renderState,
};
// On a phone the summary starts folded, so the editor is in view.
if (matchMedia("(max-width: 600px)").matches) $("summary").open = false;
document.body.dataset.ready = "1";
