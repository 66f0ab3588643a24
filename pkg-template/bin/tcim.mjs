#!/usr/bin/env node
// The tcim command line: serve, exec, control, validate, usersig, callback, trigger, endpoints,
// errors, openapi, schema.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { constants as osConstants } from "node:os";
import { parseArgs } from "node:util";
import { TEXT } from "./text.mjs";
import { validate, genUserSig, verifyUserSig, verifyCallbackSign, endpoints, errorInfo, jsonSchema, Simulator, controlClient } from "../node/index.mjs";

/** The language of this run: `--lang` anywhere before "--" (taken out of the arguments), else
 * LC_ALL or LANG when they name one tcim speaks, else English. */
function languageOf(argv) {
  const end = argv.indexOf("--") < 0 ? argv.length : argv.indexOf("--");
  let tag;
  for (let i = 0; i < end; i++) {
    const a = argv[i];
    if (a === "--lang" || a.startsWith("--lang=")) {
      tag = a === "--lang" ? (argv[i + 1] ?? "") : a.slice(7);
      argv.splice(i, a === "--lang" ? 2 : 1);
      break;
    }
  }
  tag ??= /^zh([-_.]|$)/i.test(process.env.LC_ALL || process.env.LANG || "") ? "zh-CN" : "en";
  errorInfo(0, { lang: tag }); // (checks the tag: a TcimError when tcim does not speak it)
  return /^zh/i.test(tag) ? "zh-CN" : "en";
}

const ARGV = process.argv.slice(2);
let LANGUAGE = "en";
let T = TEXT.en;
let HELP = T.help;

class UsageError extends Error {}

/** `node:util` parseArgs over one command's options (strings unless listed as `flags`;
 * `lists` may repeat), with `--help`/`-h`; misuse becomes a UsageError with parseArgs' own
 * explanation. */
function parse(argv, strings = [], flags = [], lists = []) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const name of strings) options[name] = { type: "string" };
  for (const name of flags) options[name] = { type: "boolean" };
  for (const name of lists) options[name] = { type: "string", multiple: true };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { opts: values, rest: positionals };
  } catch (e) {
    if (e && typeof e.code === "string" && e.code.startsWith("ERR_PARSE_ARGS")) throw new UsageError(e.message);
    throw e;
  }
}

function integer(v, name) {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(String(v))) throw new UsageError(T.wholeNumber(name, v));
  return Number(v);
}

function required(opts, name) {
  if (opts[name] === undefined) throw new UsageError(T.required(name));
  return opts[name];
}

async function readInput(file) {
  if (file && file !== "-") return readFileSync(file, "utf8");
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}

const SERVE_STRINGS = ["host", "port", "sdkappid", "admin", "key", "now", "state", "max-body", "callback-url", "callback-token", "callback-timeout", "callback-on-failure", "control-token", "journal-size", "ready-file", "faults", "fault-seed", "fsync", "edition"];
const SERVE_FLAGS = ["no-rate-limit", "no-receipts", "broadcast"];
const SERVE_LISTS = ["profile-tag", "friend-tag", "callback", "fault"];

/** A --fault rule: `member=value,...` (numbers and `true` as JSON, the rest as text). */
function faultRule(spec) {
  const rule = {};
  for (const pair of spec.split(",")) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(T.faultPairs(spec));
    const [key, text] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    rule[key] = /^(\d+(\.\d+)?|true)$/.test(text) ? JSON.parse(text) : text;
  }
  return rule;
}

/** startServer's options from serve's flags (`port` defaults to `defaultPort`). */
function serverOptions(opts, defaultPort) {
  const simOptions = {};
  if (opts.sdkappid !== undefined) simOptions.sdkAppId = integer(opts.sdkappid, "sdkappid");
  if (opts.admin !== undefined) simOptions.admin = opts.admin;
  if (opts.key !== undefined) simOptions.secretKey = opts.key;
  if (opts.now !== undefined) simOptions.now = integer(opts.now, "now");
  if (opts["no-rate-limit"]) simOptions.rateLimit = false;
  if (opts["no-receipts"]) simOptions.groupReadReceipts = false;
  if (opts.broadcast) simOptions.broadcastMessages = true;
  if (opts.edition !== undefined) simOptions.edition = opts.edition;
  if (opts["profile-tag"]) simOptions.profileCustomTags = opts["profile-tag"];
  if (opts["friend-tag"]) simOptions.friendCustomTags = opts["friend-tag"];
  if (opts["callback-url"] !== undefined) {
    const callbacks = { url: opts["callback-url"] };
    if (opts["callback-token"] !== undefined) callbacks.token = opts["callback-token"];
    if (opts.callback) callbacks.commands = opts.callback;
    if (opts["callback-timeout"] !== undefined) callbacks.timeoutMs = integer(opts["callback-timeout"], "callback-timeout");
    if (opts["callback-on-failure"] !== undefined) {
      if (!["deliver", "refuse"].includes(opts["callback-on-failure"])) throw new UsageError(T.callbackOnFailure());
      callbacks.onFailure = opts["callback-on-failure"];
    }
    simOptions.callbacks = callbacks;
  } else if (opts["callback-token"] !== undefined || opts.callback || opts["callback-timeout"] !== undefined || opts["callback-on-failure"] !== undefined) {
    throw new UsageError(T.callbackNeedsUrl());
  }
  if (opts["control-token"] === "") throw new UsageError(T.emptyToken());
  if (opts.faults !== undefined || opts.fault || opts["fault-seed"] !== undefined) {
    let plan = { rules: [] };
    if (opts.faults !== undefined) {
      try {
        const read = JSON.parse(readFileSync(opts.faults, "utf8"));
        plan = Array.isArray(read) ? { rules: read } : read;
      } catch (e) {
        throw new UsageError(T.faultsFile(opts.faults, e.message));
      }
    }
    const rules = [...(plan.rules ?? []), ...(opts.fault ?? []).map(faultRule)];
    simOptions.faults = { ...plan, rules, ...(opts["fault-seed"] !== undefined ? { seed: integer(opts["fault-seed"], "fault-seed") } : {}) };
  }
  return {
    ...simOptions,
    host: opts.host ?? "127.0.0.1",
    port: opts.port === undefined ? defaultPort : integer(opts.port, "port"),
    state: opts.state,
    ...(opts.fsync === undefined ? {} : { fsync: ["always", "everysec", "no"].includes(opts.fsync) ? opts.fsync : badFsync(opts.fsync) }),
    maxBody: opts["max-body"] === undefined ? undefined : integer(opts["max-body"], "max-body"),
    controlToken: opts["control-token"],
    journalSize: opts["journal-size"] === undefined ? undefined : integer(opts["journal-size"], "journal-size"),
  };
}

function badFsync(value) {
  throw new UsageError(T.fsync(value));
}

/** Starts the server and writes --ready-file once it listens. */
async function listen(opts, defaultPort, extra = {}) {
  const { startServer } = await import("../lib/serve.mjs");
  const running = await startServer({ ...serverOptions(opts, defaultPort), ...extra });
  if (opts["ready-file"]) writeFileSync(opts["ready-file"], `${running.url}\n`);
  return running;
}

async function serve(argv) {
  const { opts } = parse(argv, SERVE_STRINGS, SERVE_FLAGS, SERVE_LISTS);
  if (opts.help) return console.log(HELP.serve), 0;
  const running = await listen(opts, 8080);
  const s = running.sim.app();
  console.log(`tcim serve: listening on ${running.url} (sdkappid ${s.sdkAppId}, admin ${s.admin}, UserSig ${opts.key ? "checked" : "not checked"}${opts.state ? `, state ${opts.state}` : ""}${opts["callback-url"] ? `, callbacks to ${opts["callback-url"]}` : ""}; control API at ${running.url}/_tcim/${opts["control-token"] ? " (token)" : " (loopback only)"})`);
  const stop = async (signal) => {
    await running.close();
    console.log(`tcim serve: ${signal}, state saved, bye`);
    process.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return undefined; // keep running
}

async function exec(argv) {
  const split = argv.indexOf("--");
  const own = split < 0 ? argv : argv.slice(0, split);
  const command = split < 0 ? [] : argv.slice(split + 1);
  const { opts } = parse(own, SERVE_STRINGS, [...SERVE_FLAGS, "verbose"], SERVE_LISTS);
  if (opts.help) return console.log(HELP.exec), 0;
  if (command.length === 0) throw new UsageError(T.execNeedsCommand());
  const running = await listen(opts, 0, { log: opts.verbose ? (line) => console.error(line) : () => {} });
  const s = running.sim.app();
  const env = { ...process.env, TCIM_URL: running.url, TCIM_SDKAPPID: String(s.sdkAppId), TCIM_ADMIN: s.admin };
  env.TCIM_USERSIG = opts.key ? genUserSig({ sdkAppId: s.sdkAppId, key: opts.key, identifier: s.admin }) : "tcim-unchecked";
  if (opts.key) env.TCIM_KEY = opts.key;
  if (opts["control-token"]) env.TCIM_CONTROL_TOKEN = opts["control-token"];
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const [code, signal] = await new Promise((done) => {
    child.once("error", (e) => {
      console.error(T.cannotRun(command[0], e.message));
      done([127, null]);
    });
    child.once("exit", (c, sig) => done([c, sig]));
  });
  process.off("SIGINT", forward);
  process.off("SIGTERM", forward);
  await running.close();
  return signal ? 128 + (osConstants.signals[signal] ?? 0) : code ?? 1;
}

async function controlCmd(argv) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(HELP.control), sub ? 0 : 2;
  const { opts, rest } = parse(more, ["url", "token", "set", "advance", "endpoint", "code", "limit", "command"], ["clear"]);
  if (opts.help) return console.log(HELP.control), 0;
  const client = controlClient(opts.url ?? process.env.TCIM_URL ?? "http://127.0.0.1:8080", { token: opts.token ?? process.env.TCIM_CONTROL_TOKEN });
  const print = (v) => console.log(typeof v === "string" ? v : JSON.stringify(v, null, 2));
  const call = async () => {
    switch (sub) {
      case "health": case "reset": case "inspect":
        return print(await client[sub]());
      case "clear-journal":
        return print(await client.clearJournal());
      case "export": {
        const text = await client.exportState();
        if (rest[0]) writeFileSync(rest[0], text);
        else print(text);
        return undefined;
      }
      case "import":
        if (!rest[0]) throw new UsageError(T.importNeedsFile());
        return print(await client.importState(await readInput(rest[0])));
      case "clock":
        if (opts.set !== undefined && opts.advance !== undefined) throw new UsageError(T.clockBoth());
        if (opts.set !== undefined) return print(await client.setClock({ now: integer(opts.set, "set") }));
        if (opts.advance !== undefined) return print(await client.advance({ seconds: integer(opts.advance, "advance") }));
        return print(await client.clock());
      case "journal":
        return print(await client.journal({ endpoint: opts.endpoint, code: integer(opts.code, "code"), limit: integer(opts.limit, "limit") }));
      case "callbacks":
        return print(await client.callbacks({ command: opts.command, limit: integer(opts.limit, "limit") }));
      case "faults":
        if (opts.set !== undefined && opts.clear) throw new UsageError(T.faultsBoth());
        if (opts.clear) return print(await client.clearFaults());
        if (opts.set !== undefined) return print(await client.setFaults(await readInput(opts.set)));
        return print(await client.faults());
      default:
        throw new UsageError(T.unknownOperation(sub));
    }
  };
  try {
    await call();
    return 0;
  } catch (e) {
    if (e && e.code === "control_failed") return console.error(T.controlFailed(e.message)), 1;
    if (e instanceof TypeError && e.cause) return console.error(T.cannotReach(opts.url ?? process.env.TCIM_URL ?? "http://127.0.0.1:8080", e.cause.code ?? e.cause.message)), 1;
    throw e;
  }
}

async function validateCmd(argv) {
  const { opts, rest } = parse(argv, [], ["json"]);
  if (opts.help) return console.log(HELP.validate), 0;
  const [api, file] = rest;
  if (!api) throw new UsageError(T.validateNeedsApi());
  const text = await readInput(file);
  const result = validate(api, text, { lang: LANGUAGE });
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    const name = file && file !== "-" ? file : "<stdin>";
    for (const d of result.diagnostics) console.log(`${name}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity} ${d.code} ${d.path || "/"}: ${d.message}`);
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    console.log(result.ok ? T.valid(name, result.diagnostics.length) : T.invalid(name, errors));
  }
  return result.ok ? 0 : 1;
}

function usersig(argv) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(HELP.usersig), sub ? 0 : 2;
  if (sub === "gen") {
    const { opts } = parse(more, ["sdkappid", "key", "identifier", "expire", "time"]);
    if (opts.help) return console.log(HELP.usersig), 0;
    console.log(genUserSig({ sdkAppId: integer(required(opts, "sdkappid"), "sdkappid"), key: required(opts, "key"), identifier: required(opts, "identifier"), expire: integer(opts.expire, "expire"), time: integer(opts.time, "time") }));
    return 0;
  }
  if (sub === "verify") {
    const { opts } = parse(more, ["sdkappid", "key", "identifier", "usersig", "now"], ["json"]);
    if (opts.help) return console.log(HELP.usersig), 0;
    const v = verifyUserSig({ sdkAppId: integer(required(opts, "sdkappid"), "sdkappid"), key: required(opts, "key"), identifier: required(opts, "identifier"), userSig: required(opts, "usersig"), now: integer(opts.now, "now") });
    if (opts.json) console.log(JSON.stringify(v));
    else console.log(v.ok ? T.validUntil(v.expireAt, new Date(v.expireAt * 1000).toISOString()) : T.rejected(v.code, v.message));
    return v.ok ? 0 : 1;
  }
  throw new UsageError(T.unknownUsersig(sub));
}

function callbackCmd(argv) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(HELP.callback), sub ? 0 : 2;
  if (sub !== "verify") throw new UsageError(T.unknownCallback(sub));
  const { opts } = parse(more, ["token", "request-time", "sign", "now"], ["json"]);
  if (opts.help) return console.log(HELP.callback), 0;
  const v = verifyCallbackSign({ token: required(opts, "token"), requestTime: required(opts, "request-time"), sign: required(opts, "sign"), now: integer(opts.now, "now") });
  console.log(opts.json ? JSON.stringify(v) : v.ok ? T.signValid() : T.rejected(v.code, v.message));
  return v.ok ? 0 : 1;
}

async function trigger(argv) {
  const { opts, rest } = parse(argv, ["url", "token", "sdkappid", "platform"], ["list"]);
  if (opts.help) return console.log(HELP.trigger), 0;
  const samples = Simulator.callbackSamples();
  if (opts.list) return samples.forEach((s) => console.log(s.command)), 0;
  const [command] = rest;
  const sample = samples.find((s) => s.command === command);
  if (!sample) throw new UsageError(command ? T.notACallback(command, samples.map((s) => s.command).join(", ")) : T.triggerNeedsCommand(samples.map((s) => s.command).join(", ")));
  const url = required(opts, "url");
  if (!/^https?:\/\//.test(url)) throw new UsageError(T.urlScheme());
  const query = new URLSearchParams({ SdkAppid: String(integer(opts.sdkappid, "sdkappid") ?? 1400000000), CallbackCommand: command, contenttype: "json", ClientIP: "127.0.0.1", OptPlatform: opts.platform ?? "RESTAPI" });
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

function endpointsCmd(argv) {
  const { opts } = parse(argv, [], ["json"]);
  if (opts.help) return console.log(HELP.endpoints), 0;
  const list = endpoints({ lang: LANGUAGE });
  if (opts.json) console.log(JSON.stringify(list, null, 2));
  else for (const e of list) console.log(`v4/${e.api.padEnd(48)} ${String(e.rateLimit).padStart(4)}/s  ${e.title}`);
  return 0;
}

function errorsCmd(argv) {
  const { opts, rest } = parse(argv, [], ["json"]);
  if (opts.help) return console.log(HELP.errors), 0;
  if (rest.length === 0) throw new UsageError(T.errorsNeedCode());
  const lang = LANGUAGE;
  let status = 0;
  for (const c of rest) {
    const info = /^\d+$/.test(c) ? errorInfo(Number(c), { lang }) : null;
    if (opts.json) console.log(JSON.stringify(info));
    else console.log(info ? `${info.code}: ${info.message}` : T.notDocumented(c));
    if (!info) status = 1;
  }
  return status;
}

function openapiCmd(argv) {
  const { opts, rest } = parse(argv);
  if (opts.help) return console.log(HELP.openapi), 0;
  if (rest.length) throw new UsageError(T.openapiNoArguments());
  process.stdout.write(readFileSync(new URL(LANGUAGE === "zh-CN" ? "../openapi.zh-CN.json" : "../openapi.json", import.meta.url), "utf8"));
  return 0;
}

function schemaCmd(argv) {
  const { opts, rest } = parse(argv, [], ["request", "response"]);
  if (opts.help) return console.log(HELP.schema), 0;
  if (rest.length !== 1) throw new UsageError(T.schemaNeedsApi());
  const both = jsonSchema(rest[0]);
  const out = opts.request && !opts.response ? both.request : opts.response && !opts.request ? both.response : both;
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") return console.log(HELP.main), cmd ? 0 : 2;
  if (cmd === "--version") return console.log(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version), 0;
  const commands = { serve, exec, control: controlCmd, validate: validateCmd, usersig, callback: callbackCmd, trigger, endpoints: endpointsCmd, errors: errorsCmd, openapi: openapiCmd, schema: schemaCmd };
  const run = commands[cmd];
  if (!run) throw new UsageError(T.unknownCommand(cmd));
  return run(rest);
}

// Output piped into a reader that stops early (tcim openapi | head) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  LANGUAGE = languageOf(ARGV);
  T = TEXT[LANGUAGE];
  HELP = T.help;
  const status = await main(ARGV);
  if (status !== undefined) process.exitCode = status;
} catch (e) {
  if (e instanceof UsageError || (e && e.name === "TcimError")) {
    console.error(`tcim: ${e.message}\n${T.runHelp()}`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
