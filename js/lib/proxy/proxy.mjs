// `tcim proxy`: forwards each request to the upstream unchanged and returns its answer
// unchanged, then judges the exchange (lib/proxy/compare.js) against a shadow simulator with
// serve's world options, and with --record appends it to a recording (never a secret).
import { createServer, request as httpRequest } from "node:http";
import { request as httpsRequest, createServer as createTlsServer } from "node:https";
import { appendFileSync } from "node:fs";
import { gunzipSync, inflateSync, brotliDecompressSync } from "node:zlib";
import { Simulator, validate, jsonSchema } from "../../node/index.mjs";
import { SERVE, pathApi } from "../simulator/answers.js";
import { isoNow, clientIp } from "../serve/log.js";
import { localCertificate } from "../serve/tls.js";
import { loopbackOrigin } from "../serve/control-api.js";
import { Conformance, formatReport } from "./compare.js";

export { formatReport };

/** @import { SimulatorOptions } from "../../endpoints.js" */
/** @import { Answer, Verdict } from "./compare.js" */
/** @import { TlsMaterial } from "../serve/tls.js" */

/** Query parameters that are never written to a recording (the UserSig, and anything named
 * like a key, token or signature). */
const SECRET_PARAM = /sig|key|token|secret|sign|password/i;

/** Headers that belong to one connection, not to the exchange (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer", "proxy-authenticate", "proxy-authorization"]);

/** The query without its secrets, as recorded.
 * @param {string} query */
export function publicQuery(query) {
  const params = new URLSearchParams(query);
  for (const name of [...params.keys()]) if (SECRET_PARAM.test(name)) params.delete(name);
  return params.toString();
}

/** The judge of a run: tcim's response schemas and validator.
 * @param {"en" | "zh"} [lang] */
export function conformance(lang = "en") {
  /** @type {Map<string, any>} */
  const schemas = new Map();
  const schemaOf = (/** @type {string} */ api) => {
    if (!schemas.has(api)) {
      let s;
      try {
        s = jsonSchema(api).response;
      } catch {
        s = undefined; // not an endpoint tcim knows: nothing to hold the answer to
      }
      schemas.set(api, s);
    }
    return schemas.get(api);
  };
  const invalidOf = (/** @type {string} */ api, /** @type {string} */ text) => {
    try {
      return validate(api, text, { lang }).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.path || "(body)"} ${d.code}`);
    } catch (e) {
      return [String(/** @type {Error} */ (e).message)];
    }
  };
  return new Conformance(schemaOf, invalidOf);
}

/** The shadow's answer to a request, as tcim serve would give it.
 * @param {Simulator} sim @param {string} url @param {string} body @param {string} method @param {string} ip
 * @returns {Promise<{ status: number, text: string }>} */
export async function shadowAnswer(sim, url, body, method, ip = "127.0.0.1") {
  try {
    const out = await /** @type {any} */ (sim)[SERVE](url, body, method, ip);
    return { status: out.status, text: out.body };
  } catch (e) {
    return { status: 0, text: `(${/** @type {any} */ (e)?.code ?? /** @type {Error} */ (e).message})` };
  }
}

/** An answer's body as text, decoded when the upstream compressed it.
 * @param {Buffer} body @param {string | undefined} encoding */
function decoded(body, encoding) {
  try {
    if (encoding === "gzip" || encoding === "x-gzip") return gunzipSync(body).toString("utf8");
    if (encoding === "deflate") return inflateSync(body).toString("utf8");
    if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  } catch {
    return body.toString("latin1");
  }
  return body.toString("utf8");
}

/**
 * @typedef {object} ProxyOptions
 * @property {string} upstream the service's base URL (e.g. https://console.tim.qq.com)
 * @property {string} [host] default 127.0.0.1
 * @property {number} [port] default 8080 (0: a free one)
 * @property {string} [record] append each exchange to this file (JSON Lines)
 * @property {number} [timeoutMs] how long the upstream may take (default 30000)
 * @property {SimulatorOptions} [world] the shadow simulator's options
 * @property {(v: Verdict) => void} [onVerdict]
 * @property {(line: string) => void} [log]
 * @property {true | TlsMaterial} [tls] serve HTTPS as tcim serve --tls does (for SDKs that build https:// URLs)
 */

/** Starts the proxy. Resolves to { url, server, ca?, sim, report(), close() }.
 * @param {ProxyOptions} opts */
export async function startProxy(opts) {
  const { upstream, host = "127.0.0.1", port = 8080, record, timeoutMs = 30_000, world = {}, onVerdict, log = () => {}, tls } = opts;
  const base = new URL(upstream);
  if (base.protocol !== "http:" && base.protocol !== "https:") throw new TypeError(`the upstream must be an http:// or https:// URL, not ${upstream}`);
  const send = base.protocol === "https:" ? httpsRequest : httpRequest;
  const basePath = base.pathname.replace(/\/$/, "");
  const sim = new Simulator(world);
  const judge = conformance();
  // Exchanges are judged in the order they were received, one at a time: the shadow's world
  // must see them in the order the upstream's did.
  let queue = Promise.resolve();

  /** @type {import("node:http").RequestListener} */
  const handle = (req, res) => {
    const started = performance.now();
    const time = isoNow();
    const url = req.url || "/";
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? "" : url.slice(q + 1);
    // A page on this machine (the playground) may call through the proxy (CORS): its
    // preflight is answered here, its answers carry the header; the upstream never sees the
    // page's origin.
    const cors = loopbackOrigin(req.headers.origin);
    if (cors && req.method === "OPTIONS") {
      res.writeHead(204, { "access-control-allow-origin": cors, "access-control-allow-methods": "POST, GET", "access-control-allow-headers": "Content-Type", "access-control-max-age": "600", vary: "Origin", "content-length": "0" });
      res.end();
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("error", () => res.destroy());
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      /** @type {Record<string, string | string[]>} */
      const headers = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k) && !(cors && (k === "origin" || k === "referer"))) headers[k] = v;
      headers.host = base.host;
      /** @type {(answer: Answer) => void} */
      let settle = () => {};
      const settled = /** @type {Promise<Answer>} */ (new Promise((ok) => (settle = ok)));
      const out = send({ protocol: base.protocol, hostname: base.hostname, port: base.port, method: req.method, path: basePath + url, headers }, (up) => {
        /** @type {Buffer[]} */
        const parts = [];
        up.on("data", (c) => parts.push(c));
        up.on("error", () => {
          res.destroy();
          settle({ error: "reset" });
        });
        up.on("end", () => {
          const answer = Buffer.concat(parts);
          /** @type {Record<string, string | string[]>} */
          const back = {};
          for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k) && k !== "content-length") back[k] = v;
          back["content-length"] = String(answer.length);
          if (cors) Object.assign(back, { "access-control-allow-origin": cors, vary: "Origin" });
          res.writeHead(up.statusCode ?? 502, back);
          res.end(answer);
          settle({ status: up.statusCode ?? 0, text: decoded(answer, /** @type {string | undefined} */ (up.headers["content-encoding"])) });
        });
      });
      out.setTimeout(timeoutMs, () => {
        out.destroy(Object.assign(new Error("timeout"), { code: "TCIM_TIMEOUT" }));
      });
      out.on("error", (e) => {
        const timedOut = /** @type {NodeJS.ErrnoException} */ (e).code === "TCIM_TIMEOUT";
        if (timedOut && !res.headersSent) {
          const text = JSON.stringify({ ActionStatus: "FAIL", ErrorCode: 60002, ErrorInfo: `tcim proxy: the upstream did not answer within ${timeoutMs} ms` });
          res.writeHead(504, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
          res.end(text);
        } else {
          // The upstream dropped the connection: so does the proxy, as the client would have seen.
          res.destroy();
        }
        settle({ error: timedOut ? "timeout" : `reset (${/** @type {NodeJS.ErrnoException} */ (e).code ?? e.message})` });
      });
      out.end(body);
      const text = body.toString("utf8");
      const endpoint = pathApi(path);
      queue = queue.then(async () => {
        const upstreamAnswer = await settled;
        const ms = Math.round((performance.now() - started) * 1000) / 1000;
        const shadow = await shadowAnswer(sim, url, judge.shadowBody(text), req.method || "GET", clientIp(req));
        const verdict = judge.judge(endpoint, text, upstreamAnswer, shadow);
        if (record) {
          const line = { n: verdict.n, time, method: req.method, path, endpoint, query: publicQuery(query), body: text, ...("error" in upstreamAnswer ? { error: upstreamAnswer.error } : { status: upstreamAnswer.status, answer: upstreamAnswer.text }), ms };
          appendFileSync(record, `${JSON.stringify(line)}\n`);
        }
        log(`${time} ${req.method} ${path} ${"error" in upstreamAnswer ? upstreamAnswer.error : upstreamAnswer.status} ${verdict.divergences.length ? `divergent (${verdict.divergences.map((d) => d.path || "(body)").join(", ")})` : "unanswered" in verdict ? "unanswered" : "agrees"}${verdict.drift.length ? ", drift" : ""} ${ms.toFixed(1)}ms`);
        onVerdict?.(verdict);
      }).catch((e) => log(`${isoNow()} tcim proxy: ${e.message}`));
    });
  };
  const material = tls === true ? localCertificate() : tls;
  const server = material ? createTlsServer({ cert: material.cert, key: material.key }, handle) : createServer(handle);
  server.requestTimeout = timeoutMs + 5_000;
  await /** @type {Promise<void>} */ (new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  }));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const url = `${material ? "https" : "http"}://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    server,
    url,
    ...(material?.ca ? { ca: material.ca } : {}),
    sim,
    /** The tally so far (after every exchange received has been judged). */
    report: async () => {
      await queue;
      return judge.report();
    },
    close: () =>
      /** @type {Promise<void>} */ (new Promise((ok) => {
        server.close(() => queue.then(() => ok()));
        server.closeAllConnections?.();
      })),
  };
}
