// The control API's checks (lib/serve.mjs routes /_tcim/ by the table in lib/control.js):
// who may call it, and the members of its requests, refused with a status.
import { createHash, timingSafeEqual } from "node:crypto";

/** Whether a socket's peer is this machine. */
export function isLoopback(address = "") {
  return address === "::1" || /^(::ffff:)?127\./.test(address);
}

/** The request's `Origin` when it is a page served from this machine (`http(s)://localhost`,
 * `127.x.x.x` or `[::1]`, any port), else null: the REST paths answer such pages across
 * origins (CORS), so the playground run from a local server can drive tcim serve; a page from
 * anywhere else gets no CORS headers, and its browser keeps the answer from it.
 * @param {string | undefined} origin */
export function loopbackOrigin(origin) {
  return typeof origin === "string" && /^https?:\/\/(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/.test(origin) ? origin : null;
}

/** Compares a presented token with the server's in constant time (digests: equal lengths).
 * @param {string} given
 * @param {string} expected */
export function tokenMatches(given, expected) {
  const digest = (/** @type {string} */ t) => createHash("sha256").update(t).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** A control request refused with an HTTP status. */
export class ControlError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A JSON body of the control API, or a 400.
 * @param {string} text
 * @returns {Record<string, unknown>} */
export function jsonBody(text) {
  try {
    const v = JSON.parse(text || "{}");
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
    return v;
  } catch (e) {
    throw new ControlError(400, `the body must be a JSON object (${/** @type {Error} */ (e).message})`);
  }
}

/** A whole number from a body or query member, or a 400.
 * @param {unknown} value
 * @param {string} name
 * @returns {number} */
export function whole(value, name) {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (!Number.isSafeInteger(n) || /** @type {number} */ (n) < 0) throw new ControlError(400, `${name} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
  return /** @type {number} */ (n);
}

