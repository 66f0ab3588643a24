// `buildRequest(options)`: the service's whole HTTP request (region host, query, headers,
// body), built by wasm; what cannot be built throws a TcimError with wasm's code.
import { TcimError, argError } from "./errors.js";
import { apiName, payloadText, langOf, randomU32 } from "./args.js";

/** @import { ApiName, RequestOf } from "../../endpoints.js" */
/** @import { Diagnostic } from "./validate.js" */
/** @import { CoreModule } from "../wasm.js" */
/** @import { Lang } from "./args.js" */

/** @typedef {"china" | "singapore" | "seoul" | "tokyo" | "frankfurt" | "silicon-valley" | "jakarta"} RegionName */
/** @typedef {RegionName | { host: string; scheme?: "https" | "http" } | { region: RegionName; backup: boolean }} Region */

/**
 * @template {string} [A=ApiName]
 * @typedef {object} BuildRequestOptions
 * @property {A} api
 * @property {RequestOf<A> | string} body The request body: an object typed by the endpoint, or JSON text.
 * @property {Region} [region] Default "china".
 * @property {number} sdkAppId
 * @property {string} identifier The app admin account.
 * @property {string} userSig
 * @property {number} [random] 32-bit unsigned; default: crypto.getRandomValues.
 * @property {Lang | (string & {})} [lang] The language of the errors' messages (default "en").
 */

/**
 * @typedef {object} BuiltRequest
 * @property {"POST"} method
 * @property {string} url
 * @property {Record<string, string>} headers
 * @property {string} body
 * @property {Diagnostic[]} diagnostics Warnings about the body (errors throw instead).
 */

/** Builds the full request (URL with region host and query, headers, JSON body). Throws TcimError.
 * @typedef {<A extends ApiName | (string & {})>(o: BuildRequestOptions<A>) => BuiltRequest} BuildRequest */

/** `buildRequest(options)` over the core module.
 * @param {CoreModule} wasm
 * @returns {BuildRequest} */
export function buildRequestOver(wasm) {
  /** @param {BuildRequestOptions<string>} o */
  function buildRequest(o) {
    if (o === null || typeof o !== "object") throw argError("buildRequest takes an options object");
    const { api, body, lang, ...params } = o;
    const zh = langOf(lang) === "zh-CN";
    const { text, positions } = payloadText(body, "body");
    let options;
    try {
      options = JSON.stringify(params);
    } catch (e) {
      throw argError(`options cannot be serialized: ${e && /** @type {Error} */ (e).message}`);
    }
    const out = JSON.parse(wasm.buildRequestJson(apiName(api), text, positions, options, randomU32(), zh));
    if (out.error) throw new TcimError(out.error.code, out.error.message, out.error.diagnostics);
    return out.request;
  }
  return /** @type {BuildRequest} */ (buildRequest);
}
