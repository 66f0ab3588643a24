// What JSON.stringify makes of JS values, in the terms the JS-side checks need: shared by
// the generated diagnosers and lib/diagnose.js.

const OBJECT_PROTOTYPE = Object.prototype;

/** An object that is not an array (or null): what a rule table's generated function takes.
 * @param {unknown} v
 * @returns {v is Record<string, unknown>} */
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Whether an object's prototype is Object.prototype or null (no class instance).
 * @param {object} v */
function hasPlainPrototype(v) {
  // (Reading `v.__proto__` first was ~2x faster per object in a one-shape benchmark, but no
  // faster once the call site has seen the shapes of several endpoints: not kept.)
  const p = Object.getPrototypeOf(v);
  return p === OBJECT_PROTOTYPE || p === null;
}

/** No lone surrogate: JSON.stringify writes one as an escape the service's parser rejects. */
/** @type {(s: string) => boolean} */
const isWellFormed = typeof "".isWellFormed === "function" ? (s) => s.isWellFormed() : (s) => !/[\ud800-\udfff]/.test(s);

/** Bytes in UTF-8, as the service counts string limits.
 * @param {string} s */
function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

/** Printable ASCII only (a loop: several times faster than a regex on short strings).
 * @param {string} s */
function isPrintableAscii(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** One or more ASCII digits (a loop: on short strings several times faster than a regex).
 * @param {string} s */
function isDigits(s) {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export { OBJECT_PROTOTYPE, isObject, hasPlainPrototype, isWellFormed, utf8Length, isPrintableAscii, isDigits };
