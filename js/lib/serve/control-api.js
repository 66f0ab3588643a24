// The control API's checks (lib/serve.mjs routes /_tcim/ by the table in lib/control.js):
// who may call it, and the members of its requests, refused with a status.
import { createHash, timingSafeEqual } from "node:crypto";

/** Whether a socket's peer is this machine. */
export function isLoopback(address = "") {
  return address === "::1" || /^(::ffff:)?127\./.test(address);
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

