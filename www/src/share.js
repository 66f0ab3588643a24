// Share links (the endpoint, body and environment in the URL's hash, never the key) and
// copying to the clipboard.
import { $ } from "./dom.js";
import { env } from "./env.js";
import { page } from "./state.js";
import { t } from "./i18n.js";

function encodeShare(data) {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeShare(s) {
  const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}

export function shareLink() {
  // The secret key is never part of a link.
  const data = { api: page.api, body: page.editor.text, env: env.read() };
  return `${location.origin}${location.pathname}#share=${encodeShare(data)}`;
}

export async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    $("copied").textContent = t("copied", what);
  } catch {
    $("copied").textContent = t("copyBlocked", what);
  }
  setTimeout(() => ($("copied").textContent = ""), 2500);
}
