// The arguments of the API, checked and converted for wasm: endpoint names, bodies (objects or
// JSON text), whole numbers, languages. Misuse throws TcimError "invalid_argument".
import { argError } from "./errors.js";

export const U32_MAX = 4294967295;

/** @param {unknown} api */
export function apiName(api) {
  if (typeof api !== "string") throw argError(`api must be a string such as "group_open_http_svc/set_unread_msg_num", got ${typeof api}`);
  return api;
}

/** JSON text is validated as written (with positions); an object is serialized first.
 * @param {unknown} payload
 * @param {string} what
 * @returns {{ text: string, positions: boolean }} */
export function payloadText(payload, what) {
  if (typeof payload === "string") return { text: payload, positions: true };
  if (payload === null || typeof payload === "object") {
    let text;
    try {
      text = JSON.stringify(payload);
    } catch (e) {
      throw argError(`${what} cannot be serialized to JSON: ${e && /** @type {Error} */ (e).message}`);
    }
    return { text, positions: false };
  }
  throw argError(`${what} must be an object or JSON text, got ${typeof payload}`);
}

/** A request body as text.
 * @param {unknown} body */
export function bodyText(body) {
  if (typeof body === "string") return body;
  return payloadText(body, "body").text;
}

/** @param {unknown} v @param {string} what @param {number} [max] */
export function wholeNumber(v, what, max = Number.MAX_SAFE_INTEGER) {
  if (!Number.isInteger(v) || /** @type {number} */ (v) < 0 || /** @type {number} */ (v) > max) throw argError(`${what} must be a whole number from 0 to ${max}, got ${v}`);
  return /** @type {number} */ (v);
}

/** @param {unknown} v @param {string} what */
export function text(v, what) {
  if (typeof v !== "string") throw argError(`${what} must be a string, got ${typeof v}`);
  return v;
}

export function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

export function randomU32() {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
}

/** The languages tcim speaks: English, and Chinese as the official Chinese pages word it
 * (tags such as "zh", "zh-Hans" or LANG's "zh_CN.UTF-8" mean "zh-CN").
 * @typedef {"en" | "zh-CN"} Lang */

/** The languages tcim speaks, and the tags each accepts ("zh", "zh_CN.UTF-8" as LANG writes it).
 * @type {Record<Lang, RegExp>} */
const LANGS = { en: /^en([-_].*)?$/i, "zh-CN": /^zh([-_](cn|hans|sg)([-_.@].*)?|\.utf-?8)?$/i };

/** The language a tag names ("en" when absent), or a TcimError.
 * @param {unknown} tag
 * @returns {Lang} */
export function langOf(tag) {
  if (tag === undefined) return "en";
  const found = typeof tag === "string" ? /** @type {Lang[]} */ (Object.keys(LANGS)).find((l) => LANGS[l].test(tag)) : undefined;
  if (found === undefined) throw argError(`lang must be "en" or "zh-CN", got ${JSON.stringify(tag)}`);
  return found;
}
