// genUserSig, verifyUserSig and verifyCallbackSign over the UserSig wasm module, which a
// browser loads only when an app uses them (`holder.get()` answers null until then).
import { TcimError, argError } from "./errors.js";
import { U32_MAX, wholeNumber, text, nowSeconds } from "./args.js";

/** @import { UsersigModule } from "../wasm.js" */
/** Where the UserSig module is: `get()` answers it, or null while a browser has not loaded it.
 * @typedef {{ get(): UsersigModule | null }} UsersigHolder */

/**
 * @typedef {object} GenUserSigOptions
 * @property {number} sdkAppId
 * @property {string} key The secret key from the console, used as text.
 * @property {string} identifier
 * @property {number} [expire] Validity in seconds, default 180 days.
 * @property {number} [time] Issue time, Unix seconds, default now.
 * @property {Uint8Array} [userBuf] TRTC PrivateMapKey payload (not used by IM REST).
 */
/**
 * @typedef {object} VerifyUserSigOptions
 * @property {number} sdkAppId
 * @property {string} key
 * @property {string} identifier
 * @property {string} userSig
 * @property {number} [now] Unix seconds, default now.
 */
/**
 * @typedef {object} UserSigVerdict
 * @property {boolean} ok
 * @property {number} code 0, or 70001 expired, 70003 malformed, 70009 bad signature, 70013 wrong identifier, 70014 wrong SDKAppID.
 * @property {string} message
 * @property {number} [expireAt] Unix seconds when the ticket expires, when it could be read.
 */
/**
 * @typedef {object} VerifyCallbackSignOptions
 * @property {string} token The app's callback token.
 * @property {string | number} requestTime The `RequestTime` query parameter.
 * @property {string} sign The `Sign` query parameter.
 * @property {number} [now] Unix seconds, default now.
 */
/** @typedef {{ ok: boolean; code: "ok" | "bad_sign" | "stale" | "invalid"; message: string }} CallbackSignVerdict */

/** Generates a UserSig (TLSSigAPIv2), as the official libraries do.
 * @typedef {(o: GenUserSigOptions) => string} GenUserSig */
/** Verifies a UserSig as the service does.
 * @typedef {(o: VerifyUserSigOptions) => UserSigVerdict} VerifyUserSig */
/** Checks a callback's Sign as its receiver should (SHA-256 of token + RequestTime, RequestTime
 * within a minute): `code` is "ok", "bad_sign", "stale" or "invalid".
 * @typedef {(o: VerifyCallbackSignOptions) => CallbackSignVerdict} VerifyCallbackSign */

/** @param {UsersigHolder} holder */
function usersigModule(holder) {
  const module = holder.get();
  if (module === null) throw new TcimError("usersig_not_loaded", "the UserSig module is not loaded: call `await init()` once before genUserSig/verifyUserSig (in browsers and bundlers; Node needs nothing)", []);
  return module;
}

/** `genUserSig(options)` over the UserSig module.
 * @param {UsersigHolder} holder
 * @returns {GenUserSig} */
export function genUserSigOver(holder) {
  /** TLSSigAPIv2 UserSig: decodes to the ticket the official libraries write.
   * @type {GenUserSig} */
  function genUserSig(o) {
    if (o === null || typeof o !== "object") throw argError("genUserSig takes an options object");
    const sdkAppId = wholeNumber(o.sdkAppId, "sdkAppId", U32_MAX);
    const expire = o.expire === undefined ? 180 * 86400 : wholeNumber(o.expire, "expire", U32_MAX);
    const time = o.time === undefined ? nowSeconds() : wholeNumber(o.time, "time", U32_MAX);
    let userBuf;
    if (o.userBuf !== undefined) {
      if (!(o.userBuf instanceof Uint8Array)) throw argError("userBuf must be a Uint8Array");
      userBuf = o.userBuf;
    }
    return usersigModule(holder).genUserSig(sdkAppId, text(o.key, "key"), text(o.identifier, "identifier"), expire, time, userBuf);
  }
  return genUserSig;
}

/** `verifyUserSig(options)` over the UserSig module.
 * @param {UsersigHolder} holder
 * @returns {VerifyUserSig} */
export function verifyUserSigOver(holder) {
  /** @type {VerifyUserSig} */
  function verifyUserSig(o) {
    if (o === null || typeof o !== "object") throw argError("verifyUserSig takes an options object");
    const sdkAppId = wholeNumber(o.sdkAppId, "sdkAppId", U32_MAX);
    const now = o.now === undefined ? nowSeconds() : wholeNumber(o.now, "now");
    return JSON.parse(usersigModule(holder).verifyUserSig(sdkAppId, text(o.key, "key"), text(o.identifier, "identifier"), text(o.userSig, "userSig"), now));
  }
  return verifyUserSig;
}

/** `verifyCallbackSign(options)` over the UserSig module.
 * @param {UsersigHolder} holder
 * @returns {VerifyCallbackSign} */
export function verifyCallbackSignOver(holder) {
  /** @type {VerifyCallbackSign} */
  function verifyCallbackSign(o) {
    if (o === null || typeof o !== "object") throw argError("verifyCallbackSign takes an options object");
    const now = o.now === undefined ? nowSeconds() : wholeNumber(o.now, "now");
    if (typeof o.requestTime !== "string" && !Number.isInteger(o.requestTime)) throw argError("requestTime must be the RequestTime query parameter (a string or an integer)");
    return JSON.parse(usersigModule(holder).verifyCallbackSign(text(o.token, "token"), String(o.requestTime), text(o.sign, "sign"), now));
  }
  return verifyCallbackSign;
}
