// The commands that run once and print: validate, usersig, callback verify, trigger,
// endpoints, errors, openapi, schema.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { validate, genUserSig, verifyUserSig, verifyCallbackSign, endpoints, errorInfo, jsonSchema, Simulator } from "../../node/index.mjs";
import { parse, integer, UsageError } from "../flags.js";
import { readInput, required } from "../input.js";

/** @import { Run } from "../input.js" */

/** @param {string[]} argv @param {Run} run */
export async function validateCmd(argv, { lang, T }) {
  const { opts, rest } = parse(argv, "validate");
  if (opts.help) return console.log(T.help.validate), 0;
  const [api, file] = rest;
  if (!api) throw new UsageError(T.validateNeedsApi());
  const text = await readInput(file);
  const result = validate(api, text, { lang });
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    const name = file && file !== "-" ? file : "<stdin>";
    for (const d of result.diagnostics) console.log(`${name}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity} ${d.code} ${d.path || "/"}: ${d.message}`);
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    console.log(result.ok ? T.valid(name, result.diagnostics.length) : T.invalid(name, errors));
  }
  return result.ok ? 0 : 1;
}

/** @param {string[]} argv @param {Run} run */
export function usersig(argv, { T }) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(T.help.usersig), sub ? 0 : 2;
  if (sub === "gen") {
    const { opts } = parse(more, "usersig gen");
    if (opts.help) return console.log(T.help.usersig), 0;
    console.log(genUserSig({ sdkAppId: /** @type {number} */ (integer(required(opts, "sdkappid", T), "sdkappid", T)), key: required(opts, "key", T), identifier: required(opts, "identifier", T), expire: integer(opts.expire, "expire", T), time: integer(opts.time, "time", T) }));
    return 0;
  }
  if (sub === "verify") {
    const { opts } = parse(more, "usersig verify");
    if (opts.help) return console.log(T.help.usersig), 0;
    const v = verifyUserSig({ sdkAppId: /** @type {number} */ (integer(required(opts, "sdkappid", T), "sdkappid", T)), key: required(opts, "key", T), identifier: required(opts, "identifier", T), userSig: required(opts, "usersig", T), now: integer(opts.now, "now", T) });
    if (opts.json) console.log(JSON.stringify(v));
    else console.log(v.ok ? T.validUntil(v.expireAt, new Date(/** @type {number} */ (v.expireAt) * 1000).toISOString()) : T.rejected(v.code, v.message));
    return v.ok ? 0 : 1;
  }
  throw new UsageError(T.unknownUsersig(sub));
}

/** @param {string[]} argv @param {Run} run */
export function callbackCmd(argv, { T }) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(T.help.callback), sub ? 0 : 2;
  if (sub !== "verify") throw new UsageError(T.unknownCallback(sub));
  const { opts } = parse(more, "callback verify");
  if (opts.help) return console.log(T.help.callback), 0;
  const v = verifyCallbackSign({ token: required(opts, "token", T), requestTime: required(opts, "request-time", T), sign: required(opts, "sign", T), now: integer(opts.now, "now", T) });
  console.log(opts.json ? JSON.stringify(v) : v.ok ? T.signValid() : T.rejected(v.code, v.message));
  return v.ok ? 0 : 1;
}

/** @param {string[]} argv @param {Run} run */
export async function trigger(argv, { T }) {
  const { opts, rest } = parse(argv, "trigger");
  if (opts.help) return console.log(T.help.trigger), 0;
  const samples = Simulator.callbackSamples();
  if (opts.list) return samples.forEach((s) => console.log(s.command)), 0;
  const [command] = rest;
  const sample = samples.find((s) => s.command === command);
  if (!sample) throw new UsageError(command ? T.notACallback(command, samples.map((s) => s.command).join(", ")) : T.triggerNeedsCommand(samples.map((s) => s.command).join(", ")));
  const url = required(opts, "url", T);
  if (!/^https?:\/\//.test(url)) throw new UsageError(T.urlScheme());
  const query = new URLSearchParams({ SdkAppid: String(integer(opts.sdkappid, "sdkappid", T) ?? 1400000000), CallbackCommand: command, contenttype: "json", ClientIP: "127.0.0.1", OptPlatform: opts.platform ?? "RESTAPI" });
  if (opts.token !== undefined) {
    const requestTime = String(Math.floor(Date.now() / 1000));
    query.set("Sign", createHash("sha256").update(opts.token + requestTime).digest("hex"));
    query.set("RequestTime", requestTime);
  }
  const res = await fetch(`${url}${url.includes("?") ? "&" : "?"}${query}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(sample.body), signal: AbortSignal.timeout(10_000) });
  const reply = await res.text();
  console.log(`${command} → HTTP ${res.status}: ${reply}`);
  return res.ok ? 0 : 1;
}

/** @param {string[]} argv @param {Run} run */
export function endpointsCmd(argv, { lang, T }) {
  const { opts } = parse(argv, "endpoints");
  if (opts.help) return console.log(T.help.endpoints), 0;
  const list = endpoints({ lang });
  if (opts.json) console.log(JSON.stringify(list, null, 2));
  else for (const e of list) console.log(`v4/${e.api.padEnd(48)} ${String(e.rateLimit).padStart(4)}/s  ${e.title}`);
  return 0;
}

/** @param {string[]} argv @param {Run} run */
export function errorsCmd(argv, { lang, T }) {
  const { opts, rest } = parse(argv, "errors");
  if (opts.help) return console.log(T.help.errors), 0;
  if (rest.length === 0) throw new UsageError(T.errorsNeedCode());
  let status = 0;
  for (const c of rest) {
    const info = /^\d+$/.test(c) ? errorInfo(Number(c), { lang }) : null;
    if (opts.json) console.log(JSON.stringify(info));
    else console.log(info ? `${info.code}: ${info.message}` : T.notDocumented(c));
    if (!info) status = 1;
  }
  return status;
}

/** @param {string[]} argv @param {Run} run */
export function openapiCmd(argv, { lang, T }) {
  const { opts, rest } = parse(argv, "openapi");
  if (opts.help) return console.log(T.help.openapi), 0;
  if (rest.length) throw new UsageError(T.openapiNoArguments());
  // (Beside the package's bin/, where this module is bundled.)
  process.stdout.write(readFileSync(new URL(lang === "zh-CN" ? "../openapi.zh-CN.json" : "../openapi.json", import.meta.url), "utf8"));
  return 0;
}

/** @param {string[]} argv @param {Run} run */
export function schemaCmd(argv, { T }) {
  const { opts, rest } = parse(argv, "schema");
  if (opts.help) return console.log(T.help.schema), 0;
  if (rest.length !== 1) throw new UsageError(T.schemaNeedsApi());
  const both = jsonSchema(rest[0]);
  const out = opts.request && !opts.response ? both.request : opts.response && !opts.request ? both.response : both;
  console.log(JSON.stringify(out, null, 2));
  return 0;
}
