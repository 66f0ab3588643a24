// How the glue reads what the wasm simulator answers: the step envelope of a call in steps,
// whether an answer accepted the request, and the endpoint a request URL names.

/** How a step's answer starts (`{"answer": …}`; the other kind is `{"before": …}`). */
export const ANSWER_PREFIX = '{"answer":';

/** The headers of every answer the service gives (status 200, JSON). */
export const JSON_HEADERS = Object.freeze({ "Content-Type": "application/json; charset=utf-8" });

/** An HTTP answer, as `handle` returns it (`fault`: an injected fault answered).
 * @typedef {{ status: number; headers: Record<string, string>; body: string; fault?: boolean }} HttpAnswer */

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
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").split(/[?#]/)[0];
  return path.startsWith("/v4/") ? path.slice(4) : path;
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
