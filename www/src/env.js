// The environment panel: region or host, SDKAppID, admin identifier, random, the UserSig made
// from the key, the request URL they give; and the session (endpoint, body, environment)
// kept in this browser.
import { buildRequest, genUserSig } from "../tcim/web/index.js";
import { $, STORE, store } from "./dom.js";
import { byApi } from "./endpoint-panel.js";
import { page } from "./state.js";
import { t } from "./i18n.js";

export const env = {
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

/** The URL's random when the field is empty: a new one for each run. */
let autoRandom = crypto.getRandomValues(new Uint32Array(1))[0];
export function newAutoRandom() {
  autoRandom = crypto.getRandomValues(new Uint32Array(1))[0];
}

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
export function currentUrl() {
  return urlFor(page.api);
}

/** The URL for endpoint `api` in the current environment: `{ url }` or `{ error }`. */
export function urlFor(api) {
  const e = env.read();
  const random = e.random === "" ? autoRandom : Number(e.random);
  try {
    return { url: buildRequest({ api, body: byApi.get(api).sample, region: regionOption(), sdkAppId: Number(e.sdkAppId), identifier: e.identifier, userSig: $("usersig").value || "none", random }).url };
  } catch (err) {
    const d = err.diagnostics?.[0];
    return { error: d ? `${d.path.slice(1) || t("environment")}: ${d.message}` : err.message };
  }
}

export function refreshEnv() {
  $("host-label").hidden = $("region").value !== "custom";
  $("usersig").value = userSig();
  const { url, error } = currentUrl();
  $("url").value = url || `(${error})`;
  $("url").classList.toggle("invalid", !url);
  saveSession();
}

export function saveSession() {
  store(STORE.session, { api: page.api, body: page.editor.text, env: env.read() });
}
