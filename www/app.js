// First page: endpoint picker, JSON body, live diagnostics from the web build of tcim.
import init, { validate, endpoints } from "./tcim/web/index.js";

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text; // user data is always text, never HTML
  return e;
}

await init();
const catalog = endpoints();
const byApi = new Map(catalog.map((e) => [e.api, e]));

for (const service of [...new Set(catalog.map((e) => e.service))]) {
  const group = el("optgroup");
  group.label = service;
  for (const e of catalog.filter((x) => x.service === service)) {
    const opt = el("option", "", `${e.command} — ${e.title}`);
    opt.value = e.api;
    group.append(opt);
  }
  $("api").append(group);
}
$("api").value = "group_open_http_svc/set_unread_msg_num";

function showSummary() {
  const e = byApi.get($("api").value);
  $("summary").textContent = `v4/${e.api} · ${e.rateLimit} calls/s · errors ${e.errors.join(", ")}`;
}

function check() {
  const result = validate($("api").value, $("body").value);
  const list = $("diagnostics");
  list.replaceChildren();
  for (const d of result.diagnostics) {
    const li = el("li", d.severity);
    li.append(el("span", "pos", d.line ? `${d.line}:${d.column}` : "–"), el("span", "code", d.code), el("span", "msg", d.message));
    li.dataset.line = d.line ?? "";
    list.append(li);
  }
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  $("status").textContent = result.ok ? (result.diagnostics.length ? "valid, with warnings" : "valid") : `${errors} error${errors === 1 ? "" : "s"}`;
  $("status").className = `status ${result.ok ? "ok" : "bad"}`;
}

function insertSample() {
  $("body").value = byApi.get($("api").value).sample;
  check();
}

$("api").addEventListener("change", () => {
  showSummary();
  insertSample();
});
$("sample").addEventListener("click", insertSample);
$("body").addEventListener("input", check);
showSummary();
insertSample();
document.body.dataset.ready = "1";
