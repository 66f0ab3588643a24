// The playground: compose, validate, sign and run requests against the in-page simulator.
// Everything runs offline in the page. User data is always rendered as text. This module
// loads the package, starts the panels in order and wires the page's controls to them.
import init, { Simulator } from "../tcim/web/index.js";
import { $, STORE, el, load, store, onShowAll } from "./dom.js";
import { scenarios } from "./scenarios.js";
import { curlCommand, fetchCommand, pythonCommand } from "./commands.js";
import { byApi, fillPicker, readCatalog } from "./endpoint-panel.js";
import { env, refreshEnv } from "./env.js";
import { freshSimulator, restoredSimulator, simError, startSimulator, wireCallbackPanel, withKey } from "./simulator.js";
import { renderState } from "./world-view.js";
import { insertSample, makeEditor, selectApi } from "./editor-panel.js";
import { change, clearJournal, drawTimeline, journalEmpty, openJournal, renderHistory, run } from "./journal.js";
import { copy, decodeShare, shareLink } from "./share.js";
import { page } from "./state.js";
import { t, setLang, lang, pickLang, applyStatic } from "./i18n.js";

// The core module (validation, requests, UserSig) and the simulator's, side by side.
await Promise.all([init(new URL("../tcim/wasm/web/tcim_bg.wasm", import.meta.url), { usersig: new URL("../tcim/wasm/web-sig/tcim_sig_bg.wasm", import.meta.url) }), Simulator.load(new URL("../tcim/wasm/web-sim/tcim_sim_bg.wasm", import.meta.url))]);
// The page speaks the browser's language until the switch in the header says otherwise.
setLang(pickLang(load(STORE.lang, null), navigator.languages));
applyStatic(document);
readCatalog();
wireCallbackPanel();
const freshSim = startSimulator();
const darkPreferred = load(STORE.theme, null) ?? matchMedia("(prefers-color-scheme: dark)").matches;
const editor = makeEditor({ dark: darkPreferred, onRun: () => run() });
await openJournal();
onShowAll(() => (renderState(false), renderHistory()));

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

/** Builds scenario `s` in a new simulator (journaled, so the history has a way back) and
 * puts its call in the editor. */
function buildScenario(s) {
  let next;
  change({ kind: "scenario", title: s.title }, () => {
    page.sim = freshSimulator();
    next = s.run(page.sim);
  });
  simError("");
  return next;
}

// A fresh profile starts from the seed walkthrough's world, so the first Run answers 0 (the
// docs' IDs name nothing in an empty world) and the samples name what exists.
const seeded = freshSim && journalEmpty() ? buildScenario(scenarios[0]) : null;
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
  b.addEventListener("click", () => change({ kind: "clock" }, () => page.sim.advance(Number(b.dataset.advance))));
}
// Choosing a scenario (with the mouse or the arrow keys) changes nothing; the button builds it.
$("build-world").addEventListener("click", () => {
  const s = scenarios.find((x) => x.id === $("scenario").value);
  if (!s) return;
  const next = buildScenario(s);
  selectApi(next.api, next.body);
  run();
});
$("share").addEventListener("click", () => {
  const link = shareLink();
  history.replaceState(null, "", link);
  copy(link, t("shareLinkCopied"));
});
$("reset").addEventListener("click", () => {
  change({ kind: "reset" }, () => (page.sim = freshSimulator()));
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
