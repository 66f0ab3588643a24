// What tcim knows without running anything: error codes' meanings, the endpoint catalog and
// each endpoint's JSON Schemas, from the tables `tcim-codegen checks` generates (no wasm).
import { ERRORS, ERRORS_ZH, MESSAGES } from "../generated.js";
import { ENDPOINTS_JSON, ENDPOINTS_JSON_ZH, SCHEMAS_JSON } from "../generated-catalog.js";
import { TcimError, argError } from "./errors.js";
import { apiName, langOf } from "./args.js";

/** @import { ApiName, EndpointInfo } from "../../endpoints.js" */
/** @import { Lang } from "./args.js" */

/**
 * @typedef {object} ErrorInfo
 * @property {number} code
 * @property {string} message
 */

/** A JSON Schema (draft 2020-12) object.
 * @typedef {{ [keyword: string]: unknown }} JsonSchema */

/** The documented meaning of an error code, or null; in English or Chinese, from the
 * generated tables.
 * @param {number} code
 * @param {{ lang?: Lang | (string & {}) }} [options]
 * @returns {ErrorInfo | null} */
export function errorInfo(code, options) {
  if (options !== undefined && (options === null || typeof options !== "object")) throw argError("errorInfo's options must be an object like { lang: \"zh-CN\" }");
  const lang = langOf(options?.lang);
  if (typeof code !== "number" || !Number.isInteger(code) || code < 0 || code > 0xffffffff) return null;
  /** @type {Record<number, string | undefined>} */
  const table = lang === "zh-CN" ? ERRORS_ZH : ERRORS;
  const message = table[code];
  return message === undefined ? null : { code, message };
}

/** The covered endpoints; `{ lang: "zh-CN" }` gives the titles and field meanings as the
 * official Chinese pages word them.
 * @param {{ lang?: Lang | (string & {}) }} [options]
 * @returns {EndpointInfo[]} */
export function endpoints(options) {
  if (options !== undefined && (options === null || typeof options !== "object")) throw argError("endpoints' options must be an object like { lang: \"zh-CN\" }");
  return JSON.parse(langOf(options?.lang) === "zh-CN" ? ENDPOINTS_JSON_ZH : ENDPOINTS_JSON);
}

/** @type {Record<string, { request: JsonSchema, response: JsonSchema }> | null} */
let schemas = null;

/** The JSON Schemas (draft 2020-12) of an endpoint's request and response bodies, generated
 * from the rules `validate` checks; `x-tcim-` keywords state what JSON Schema cannot
 * (UTF-8 byte limits, rules between fields). Throws TcimError "unknown_api". Also in the
 * package as `tcim/schemas/<service>/<command>.request.json` (and `.response.json`), and
 * all endpoints as OpenAPI 3.1 in `tcim/openapi.json`. (A fresh copy each call.)
 * @param {ApiName | (string & {})} api
 * @returns {{ request: JsonSchema, response: JsonSchema }} */
export function jsonSchema(api) {
  const name = apiName(api).replace(/^\/?(v4\/)?/, "");
  schemas ??= /** @type {Record<string, { request: JsonSchema, response: JsonSchema }>} */ (JSON.parse(SCHEMAS_JSON));
  if (!Object.hasOwn(schemas, name)) throw new TcimError("unknown_api", MESSAGES.unknownApi(api), []);
  return structuredClone(schemas[name]);
}
