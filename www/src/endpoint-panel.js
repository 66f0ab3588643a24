// The endpoint picker and the selected endpoint's summary: path, rate limit, group types,
// fields and error codes, from the package's catalog in the page's language.
import { errorInfo, endpoints } from "../tcim/web/index.js";
import { $, el, paged } from "./dom.js";
import { page } from "./state.js";
import { t, lang } from "./i18n.js";

/** The catalog in the page's language (read by `readCatalog`, once the language is known). */
export let catalog = [];
export let byApi = new Map();

export function readCatalog() {
  catalog = endpoints({ lang: lang() });
  byApi = new Map(catalog.map((e) => [e.api, e]));
}

/** Lists the endpoints the filter matches. The chosen endpoint stays chosen (Run and the
 * editor keep using it) when the filter hides it; no match says so in plain words. */
export function fillPicker(filter = "") {
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
  const none = !select.options.length;
  if (none) select.append(el("option", { value: "", disabled: "", text: t("noEndpointMatches", filter) }));
  $("api-filter-note").textContent = none ? t("noEndpointMatchesNote", filter, page.api) : "";
  if ([...select.options].some((o) => o.value === page.api)) select.value = page.api;
  else select.selectedIndex = -1;
}

export function showSummary() {
  const e = byApi.get(page.api);
  $("summary-title").textContent = e.title;
  $("summary-path").textContent = `POST v4/${e.api}`;
  $("summary-rate").textContent = t("rate", e.rateLimit) + (e.needsReceiptsFeature ? t("needsReceipts") : "");
  const types = $("summary-types");
  types.hidden = !e.groupTypeBehavior;
  types.tBodies[0].replaceChildren(...Object.entries(e.groupTypeBehavior || {}).map(([type, b]) => el("tr", {}, el("td", { text: type }), el("td", { text: b === "yes" ? t("yes") : b === "no-op" ? t("noOp") : b === "forbidden" ? t("forbidden") : t("refused") }))));
  $("summary-fields").tBodies[0].replaceChildren(...e.fields.map((f) => el("tr", {}, el("td", { class: "mono", text: f.name }), el("td", { class: "mono", text: f.type }), el("td", { text: f.required ? t("requiredYes") : "" }), el("td", { text: f.doc }))));
  // The answer's fields, nested ones under their parent's name (an array's items: "[]").
  const rows = [];
  const walk = (fields, prefix, depth) => {
    for (const f of fields) {
      rows.push(el("tr", {}, el("td", { class: "mono", text: prefix + f.name }), el("td", { class: "mono", text: f.type }), el("td", { text: f.doc })));
      if (f.fields && depth < 3) walk(f.fields, `${prefix}${f.name}${f.type.endsWith("[]") ? "[]" : ""}.`, depth + 1);
    }
  };
  walk(e.responseFields ?? [], "", 0);
  const { shown, more } = paged(`response-fields ${e.api}`, rows);
  $("summary-response").tBodies[0].replaceChildren(...shown);
  if (more) $("summary-response").tBodies[0].append(el("tr", {}, el("td", { colspan: "3" }, more)));
  // The official page in the page's language (the REST API list where its page id is unknown).
  const doc = e.docs?.[lang() === "zh-CN" ? "zh" : "en"];
  $("summary-docs").hidden = !doc;
  if (doc) {
    $("summary-doc").href = doc.url;
    $("summary-doc").textContent = doc.page ? t("officialPage") : t("officialList", e.command);
  }
  $("summary-errors").tBodies[0].replaceChildren(...e.errors.map((c) => el("tr", {}, el("td", { class: "mono", text: String(c) }), el("td", { text: errorInfo(c, { lang: lang() })?.message ?? "" }))));
}
