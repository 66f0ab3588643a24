// How the glue reads what the wasm simulator answers: the step envelope of a call in steps,
// what `handleInput` answers on the HTTP path, whether an answer accepted the request, and
// the endpoint a request URL names.

/** How a step's answer starts (`{"answer": …}`; the other kind is `{"before": …}`). */
export const ANSWER_PREFIX = '{"answer":';

/** What `handleInput` answers instead of an ErrorCode (src/wasm/sim_api.rs): the plain OK
 * answer (its text is OK_TEXT, nothing crosses), a Before-callback to ask first, an answer
 * whose envelope could not be read. */
export const PLAIN_OK = -1;
export const ASK = -2;
export const NO_CODE = -3;
/** src/sim/mod.rs `OK_TEXT`: the answer of most writes. */
export const OK_TEXT = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}';
export const JSON_TYPE = "application/json; charset=utf-8";

/** The method tcim serve (lib/serve.mjs) answers requests with: `sim[SERVE](url, body, method,
 * clientIp)` → `{ status, contentType, body, code, fault, fired }` (`code` the ErrorCode, null
 * when the answer has none; `fired` how many callbacks it fired or dropped), at once when
 * nothing makes it wait, else a promise. A registered symbol: the ESM and CommonJS builds of
 * the API share it. */
export const SERVE = Symbol.for("tcim.serve");

/** An HTTP answer, as `handle` returns it (`fault`: an injected fault answered).
 * @typedef {{ status: number; headers: Record<string, string>; body: string; fault?: boolean }} HttpAnswer */
/** An HTTP answer as tcim serve takes it (`[SERVE]`'s).
 * @typedef {{ status: number, contentType: string, body: string, code: number | null, fault: boolean, fired: number }} Served */

/** `handle`'s answer (`{ status, headers, body, fault? }`) from an HTTP answer (`[SERVE]`'s).
 * @param {Served} out
 * @returns {HttpAnswer} */
export function handled(out) {
  /** @type {HttpAnswer} */
  const answer = { status: out.status, headers: { "Content-Type": out.contentType }, body: out.body };
  if (out.fault) answer.fault = true;
  return answer;
}

/** The answer text inside a step's `{"answer": …}` envelope.
 * @param {string} step */
export function answerOf(step) {
  return step.slice(ANSWER_PREFIX.length, -1);
}

/** Whether an answer's text says ErrorCode 0 (envelope first: a prefix check is enough).
 * @param {string} answer */
export function accepts(answer) {
  return answer === "" || /^\{"ActionStatus":"(OK|SomeError)","ErrorInfo":"(?:[^"\\]|\\.)*","ErrorCode":0[,}]/.test(answer);
}

/** The endpoint a request URL names (`service/command` under /v4/), else its path.
 * @param {string} url */
export function pathApi(url) {
  // (A server's request URL is a path: no regular expression for it.)
  const rest = url.charCodeAt(0) === 47 ? url : url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  const query = rest.indexOf("?");
  const hash = rest.indexOf("#");
  const end = query < 0 ? (hash < 0 ? rest.length : hash) : hash < 0 ? query : Math.min(query, hash);
  return rest.startsWith("/v4/") ? rest.slice(4, end) : rest.slice(0, end);
}

/** A fetch call's URL, method and body text (from a string, a URL or a Request, and init).
 * @param {string | URL | Request} input
 * @param {RequestInit} init
 * @returns {Promise<{ url: string, method: string, body: string }>} */
export async function requestParts(input, init) {
  let url, method, body;
  if (typeof Request !== "undefined" && input instanceof Request) {
    url = input.url;
    method = (init.method || input.method || "GET").toUpperCase();
    body = init.body !== undefined ? init.body : await input.text();
  } else {
    url = input instanceof URL ? input.href : String(input);
    method = (init.method || "GET").toUpperCase();
    body = init.body;
  }
  if (body === undefined || body === null) body = "";
  else if (typeof body !== "string") body = await new Response(body).text();
  return { url, method, body };
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
