// The request editor: the body with live diagnostics and quick fixes, completion from the
// world, the endpoint's sample, and choosing an endpoint.
import { validate } from "../tcim/web/index.js";
import { $, el } from "./dom.js";
import { createEditor } from "./editor.js";
import { byApi, fillPicker, showSummary } from "./endpoint-panel.js";
import { refreshEnv, saveSession } from "./env.js";
import { fillFromWorld } from "./world-sample.js";
import { page, lastWorld } from "./state.js";
import { t, lang } from "./i18n.js";

/** Diagnostics the list shows; the editor marks them all, and the list says how many more. */
const LISTED = 50;

function renderDiagnostics(diagnostics) {
  const list = $("diagnostics");
  list.replaceChildren(
    ...diagnostics.slice(0, LISTED).map((d) => {
      const li = el("li", { class: d.severity });
      const pos = d.line ? `${d.line}:${d.column}` : "–";
      li.append(el("button", { type: "button", class: "pos", text: pos, title: t("moveCursor"), "aria-label": t("goToLine", d.line ?? 1), onclick: () => page.editor.goTo(d.line, d.column) }), el("span", { class: "code", text: d.code }), el("span", { class: "path mono", text: d.path || "/" }), el("span", { class: "msg", text: d.message }));
      if (d.fix) li.append(el("button", { type: "button", class: "fix", text: d.fix.title, title: t("applyFix"), onclick: () => page.editor.applyFix(d.fix) }));
      return li;
    }),
  );
  // One "fix all" per code that repeats with a fix (the same mistake made many times).
  const byCode = new Map();
  for (const d of diagnostics) if (d.fix) byCode.get(d.code)?.push(d) ?? byCode.set(d.code, [d]);
  for (const [code, same] of byCode) {
    if (same.length < 2) continue;
    list.prepend(el("li", { class: "fix-all" }, el("button", { type: "button", class: "fix", "data-fix-all": code, text: t("fixAll", same.length, code), onclick: () => page.editor.applyFixes(same.map((d) => d.fix)) || ($("status").textContent = t("fixAllOverlap")) })));
  }
  if (diagnostics.length > LISTED) list.append(el("li", { class: "muted", "data-more": "", text: t("diagnosticsMore", diagnostics.length - LISTED) }));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  $("status").textContent = errors ? t("errors", errors) : warnings ? t("validWarnings", warnings) : t("valid");
  $("status").className = `status ${errors ? "bad" : "ok"}`;
}

/** Makes the editor (`page.editor`); Ctrl+Enter calls `onRun`. */
export function makeEditor({ dark, onRun }) {
  page.editor = createEditor($("editor"), {
    doc: "",
    dark,
    check: (text) => validate(page.api, text, { fixes: true, lang: lang() }).diagnostics,
    onLint: (_, diagnostics) => {
      renderDiagnostics(diagnostics);
      saveSession();
    },
    onRun,
    fields: () => byApi.get(page.api)?.fields ?? [],
    world: lastWorld,
    words: () => t("completion"),
    ariaLabel: `${t("requestBody")} (JSON)`,
  });
  return page.editor;
}

/** The endpoint's documented sample, naming the world's group, accounts and seqs where it
 * has them (the docs' IDs would answer 10010 here). */
export function insertSample() {
  const api = page.api;
  const info = byApi.get(api);
  replaceBody(fillFromWorld(api, info.sample, lastWorld(), info.groupTypes));
  sampleText = page.editor.text;
}

/** The body as the page last put it (a sample): anything else in the editor was typed. */
let sampleText = "";
/** The endpoint whose body is in the editor (for the note when a typed body is replaced). */
let bodyApi = "";

/** Puts `text` in the editor. A typed body it replaces is never lost silently: a note says so,
 * with Undo (back to that endpoint and body); Ctrl+Z in the editor works as well. */
function replaceBody(text) {
  const typed = page.editor.text;
  const from = bodyApi;
  const note = $("body-note");
  note.replaceChildren();
  if (typed.trim() && typed !== sampleText && typed !== text && from) {
    note.append(t("bodyReplaced", from, page.api), el("button", { type: "button", text: t("undo"), onclick: () => (selectApi(from, typed), note.replaceChildren()) }));
  }
  page.editor.text = text;
  bodyApi = page.api;
}

export function selectApi(api, body) {
  if (!byApi.has(api)) return;
  $("api-search").value = "";
  fillPicker();
  page.api = api;
  $("api").value = api;
  showSummary();
  if (body === undefined) insertSample();
  else {
    // (A body given with its endpoint: a history entry, a scenario, Undo, a link.)
    $("body-note").replaceChildren();
    page.editor.text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
    bodyApi = api;
  }
  refreshEnv();
}
