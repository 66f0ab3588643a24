#!/usr/bin/env node
// The tcim command line: serve, exec, control, validate, usersig, callback, trigger, endpoints,
// errors, openapi, schema.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { constants as osConstants } from "node:os";
import { parseArgs } from "node:util";
import { validate, genUserSig, verifyUserSig, verifyCallbackSign, endpoints, errorInfo, jsonSchema, Simulator, controlClient } from "../node/index.mjs";

const HELP = {
  main: `tcim — offline toolkit for the Tencent Cloud Chat server REST API

Usage: tcim <command> [options]

Commands:
  serve                     run the simulator as an HTTP server on 127.0.0.1
  exec [options] -- CMD     run CMD against a fresh server (TCIM_URL …), exit with its status
  control <operation>       reset, export/import, clock, journal, … of a running server
  validate <api> [FILE|-]   check a request body (exit 1 when it has errors)
  usersig gen|verify        generate or verify a UserSig (TLSSigAPIv2)
  callback verify           check a third-party callback's Sign
  trigger <CallbackCommand> POST that callback's documented sample to a URL
  endpoints                 list the covered endpoints
  errors <code>             explain an error code
  openapi                   print the OpenAPI 3.1 document of every covered endpoint
  schema <api>              print an endpoint's JSON Schemas (request and response)

Run "tcim <command> --help" for a command's options.`,
  serve: `Usage: tcim serve [options]

Serves the simulator at /v4/<service>/<command>, answering like the service.

Options:
  --host HOST        address to bind (default 127.0.0.1)
  --port N           port, 0 picks a free one (default 8080); the URL is printed
  --sdkappid N       the app's SDKAppID (default 1400000000)
  --admin NAME       the app admin identifier (default administrator)
  --key KEY          secret key: enables UserSig checks like the service
  --now SECONDS      start a manual virtual clock at this Unix time (default: real time)
  --state FILE       keep the state in FILE: a snapshot, and FILE.journal, to which
                     every accepted request is appended before it is answered (a killed
                     server loses nothing); folded into the snapshot as it grows and at exit
  --fsync always|everysec|no
                     when the journal is flushed to disk (default everysec: a machine
                     crash loses at most a second)
  --max-body BYTES   largest accepted request body (default 1048576)
  --profile-tag TAG  declare a custom profile field (Tag_Profile_Custom_…); repeatable.
                     Undeclared ones answer 40009, as for a new app
  --friend-tag TAG   declare a custom friend field (Tag_SNS_Custom_…); repeatable
  --no-rate-limit    do not enforce each endpoint's calls-per-second limit
  --no-receipts      turn the paid group read receipts feature off (answers 10059)
  --broadcast        turn on broadcasting to live groups (send_broadcast_msg; off: 10007)
  --edition PLAN     the app's plan: trial, pro, ultimate or enterprise (members per group,
                     groups, history and conversations kept, read receipts; default: no
                     plan limits)
  --callback-url URL third-party callbacks: POST them to URL, as the service does
  --callback-token T the console's callback token: adds Sign and RequestTime
  --callback CMD     switch on only this CallbackCommand; repeatable (default: all)
  --callback-timeout MS
                     how long a Before-callback may take (default 2000)
  --callback-on-failure deliver|refuse
                     a Before-callback that fails: deliver anyway (default) or 80003
  --control-token T  the control API (/_tcim/) answers only requests with
                     "Authorization: Bearer T" (without it: loopback only)
  --journal-size N   requests the journal keeps (default 1000)
  --ready-file FILE  write the URL to FILE once listening (for orchestration)
  --fault RULE       inject a fault: comma-separated member=value pairs, e.g.
                     endpoint=openim/sendmsg,errorCode=70001,probability=0.5,times=3
                     (members: endpoint, probability, times, from, until, errorCode,
                     errorInfo, httpStatus 500|502|503|504, reset=true, latencyMs);
                     repeatable, first match answers
  --faults FILE      fault rules as JSON: { "seed": N, "rules": [...] } or [...]
  --fault-seed N     the faults' random seed (default 1): a run repeats`,
  exec: `Usage: tcim exec [serve options] [--verbose] -- <command> [args...]

Starts a server on a free port (or --port), runs the command with these variables set, stops
the server and exits with the command's status (128+N when a signal N ended it):
  TCIM_URL            the server, e.g. http://127.0.0.1:41237
  TCIM_SDKAPPID       the app's SDKAppID
  TCIM_ADMIN          the admin identifier
  TCIM_USERSIG        a UserSig for the admin (valid when --key is given)
  TCIM_KEY            the secret key (only with --key)
  TCIM_CONTROL_TOKEN  the control token (only with --control-token)
The server's request log goes to standard error with --verbose.
Examples: tcim exec -- pytest   ·   tcim exec --key s3cret -- npm test`,
  control: `Usage: tcim control <operation> [--url URL] [--token T] [options]

Drives a running tcim serve through its control API (/_tcim/). URL defaults to $TCIM_URL,
else http://127.0.0.1:8080; the token to $TCIM_CONTROL_TOKEN.

Operations:
  health                         is it up (version, endpoints, clock, requests, callbacks)
  reset                          an empty world with the server's options
  export [FILE]                  the state as snapshot text (to FILE or standard output)
  import FILE|-                  replace the state with a snapshot
  clock [--set UNIX] [--advance SECONDS]
                                 read or move the virtual clock (forward only)
  journal [--endpoint API] [--code N] [--limit N]
                                 the last requests: time, endpoint, ErrorCode, latency
  clear-journal                  forget the journal
  inspect                        the state as plain data
  callbacks [--command CMD] [--limit N]
                                 fired callbacks with replies or errors, and counts
  faults [--set FILE|-] [--clear]
                                 the injected faults (with how often each fired), or
                                 replace them ({ "seed": N, "rules": [...] }), or none
Prints JSON. Exit status 1 when the server refuses (e.g. 401 without the token).`,
  validate: `Usage: tcim validate <api> [FILE|-] [--json]

Validates a request body for an endpoint (e.g. group_open_http_svc/set_unread_msg_num).
Reads FILE, or standard input when FILE is "-" or absent. Prints one line per diagnostic
(FILE:LINE:COLUMN severity code message), or the JSON result with --json.
Exit status: 0 valid, 1 errors found, 2 bad usage.`,
  usersig: `Usage:
  tcim usersig gen --sdkappid N --key KEY --identifier ID [--expire SECONDS] [--time UNIX]
  tcim usersig verify --sdkappid N --key KEY --identifier ID --usersig SIG [--now UNIX] [--json]

gen prints the UserSig. verify prints the verdict; exit status 1 when it is rejected.`,
  callback: `Usage: tcim callback verify --token T --request-time N --sign S [--now UNIX] [--json]

Checks a callback's Sign (SHA-256 of token + RequestTime; RequestTime within a minute).
Exit status 1 when it is rejected.`,
  trigger: `Usage: tcim trigger <CallbackCommand> --url URL [--token T] [--sdkappid N] [--platform P]

POSTs the command's documented sample body to URL with the service's query parameters
(signed with --token), like "stripe trigger", and prints the reply. "tcim trigger --list"
lists the commands.`,
  endpoints: `Usage: tcim endpoints [--json]

Lists the covered endpoints with their rate limits.`,
  errors: `Usage: tcim errors <code> [--json] [--lang en|zh-CN]

Explains an error code (exit 1 when tcim does not know it), in English or in Chinese as the
official Chinese pages word it. Without --lang, LANG decides (zh_CN.UTF-8 means Chinese).`,
  openapi: `Usage: tcim openapi [--lang en|zh-CN]

Prints the OpenAPI 3.1 document (in Chinese with --lang zh-CN, or when LANG says so) of every covered endpoint (the package's openapi.json): paths
/v4/<service>/<command>, the common query parameters, request and response schemas with the
limits tcim validates, each endpoint's sample and error codes, one server per region.`,
  schema: `Usage: tcim schema <api> [--request|--response]

Prints the JSON Schemas (draft 2020-12) of an endpoint's request and response bodies, or one.`,
};

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
  if (!/^\d+$/.test(String(v))) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return Number(v);
}

function required(opts, name) {
  if (opts[name] === undefined) throw new UsageError(`--${name} is required`);
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
    if (at <= 0) throw new UsageError(`--fault takes member=value pairs separated by commas, got "${spec}"`);
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
      if (!["deliver", "refuse"].includes(opts["callback-on-failure"])) throw new UsageError("--callback-on-failure takes deliver or refuse");
      callbacks.onFailure = opts["callback-on-failure"];
    }
    simOptions.callbacks = callbacks;
  } else if (opts["callback-token"] !== undefined || opts.callback || opts["callback-timeout"] !== undefined || opts["callback-on-failure"] !== undefined) {
    throw new UsageError("the --callback-… options need --callback-url");
  }
  if (opts["control-token"] === "") throw new UsageError("--control-token must not be empty");
  if (opts.faults !== undefined || opts.fault || opts["fault-seed"] !== undefined) {
    let plan = { rules: [] };
    if (opts.faults !== undefined) {
      try {
        const read = JSON.parse(readFileSync(opts.faults, "utf8"));
        plan = Array.isArray(read) ? { rules: read } : read;
      } catch (e) {
        throw new UsageError(`--faults ${opts.faults}: ${e.message}`);
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
  throw new UsageError(`--fsync takes always, everysec or no, got "${value}"`);
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
  if (command.length === 0) throw new UsageError('exec needs a command after "--", e.g. tcim exec -- pytest');
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
      console.error(`tcim exec: cannot run ${command[0]}: ${e.message}`);
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
        if (!rest[0]) throw new UsageError("import needs a snapshot FILE (or - for standard input)");
        return print(await client.importState(await readInput(rest[0])));
      case "clock":
        if (opts.set !== undefined && opts.advance !== undefined) throw new UsageError("clock takes --set or --advance, not both");
        if (opts.set !== undefined) return print(await client.setClock({ now: integer(opts.set, "set") }));
        if (opts.advance !== undefined) return print(await client.advance({ seconds: integer(opts.advance, "advance") }));
        return print(await client.clock());
      case "journal":
        return print(await client.journal({ endpoint: opts.endpoint, code: integer(opts.code, "code"), limit: integer(opts.limit, "limit") }));
      case "callbacks":
        return print(await client.callbacks({ command: opts.command, limit: integer(opts.limit, "limit") }));
      case "faults":
        if (opts.set !== undefined && opts.clear) throw new UsageError("faults takes --set or --clear, not both");
        if (opts.clear) return print(await client.clearFaults());
        if (opts.set !== undefined) return print(await client.setFaults(await readInput(opts.set)));
        return print(await client.faults());
      default:
        throw new UsageError(`unknown control operation "${sub}" (health, reset, export, import, clock, journal, clear-journal, inspect, callbacks, faults)`);
    }
  };
  try {
    await call();
    return 0;
  } catch (e) {
    if (e && e.code === "control_failed") return console.error(`tcim control: ${e.message}`), 1;
    if (e instanceof TypeError && e.cause) return console.error(`tcim control: cannot reach ${opts.url ?? process.env.TCIM_URL ?? "http://127.0.0.1:8080"}: ${e.cause.code ?? e.cause.message}`), 1;
    throw e;
  }
}

async function validateCmd(argv) {
  const { opts, rest } = parse(argv, [], ["json"]);
  if (opts.help) return console.log(HELP.validate), 0;
  const [api, file] = rest;
  if (!api) throw new UsageError("validate needs an endpoint name");
  const text = await readInput(file);
  const result = validate(api, text);
  if (opts.json) console.log(JSON.stringify(result, null, 2));
  else {
    const name = file && file !== "-" ? file : "<stdin>";
    for (const d of result.diagnostics) console.log(`${name}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity} ${d.code} ${d.path || "/"}: ${d.message}`);
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    console.log(result.ok ? `${name}: valid${result.diagnostics.length ? ` (${result.diagnostics.length} warning(s))` : ""}` : `${name}: ${errors} error(s)`);
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
    else console.log(v.ok ? `valid until ${v.expireAt} (${new Date(v.expireAt * 1000).toISOString()})` : `rejected: ${v.code} ${v.message}`);
    return v.ok ? 0 : 1;
  }
  throw new UsageError(`unknown usersig command "${sub}" (gen or verify)`);
}

function callbackCmd(argv) {
  const [sub, ...more] = argv;
  if (!sub || sub === "--help" || sub === "-h") return console.log(HELP.callback), sub ? 0 : 2;
  if (sub !== "verify") throw new UsageError(`unknown callback command "${sub}" (verify)`);
  const { opts } = parse(more, ["token", "request-time", "sign", "now"], ["json"]);
  if (opts.help) return console.log(HELP.callback), 0;
  const v = verifyCallbackSign({ token: required(opts, "token"), requestTime: required(opts, "request-time"), sign: required(opts, "sign"), now: integer(opts.now, "now") });
  console.log(opts.json ? JSON.stringify(v) : v.ok ? "valid" : `rejected: ${v.code} ${v.message}`);
  return v.ok ? 0 : 1;
}

async function trigger(argv) {
  const { opts, rest } = parse(argv, ["url", "token", "sdkappid", "platform"], ["list"]);
  if (opts.help) return console.log(HELP.trigger), 0;
  const samples = Simulator.callbackSamples();
  if (opts.list) return samples.forEach((s) => console.log(s.command)), 0;
  const [command] = rest;
  const sample = samples.find((s) => s.command === command);
  if (!sample) throw new UsageError(`${command ? `"${command}" is not a callback tcim fires` : "trigger needs a CallbackCommand"}; one of: ${samples.map((s) => s.command).join(", ")}`);
  const url = required(opts, "url");
  if (!/^https?:\/\//.test(url)) throw new UsageError("--url must start with http:// or https://");
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
  const list = endpoints();
  if (opts.json) console.log(JSON.stringify(list, null, 2));
  else for (const e of list) console.log(`v4/${e.api.padEnd(48)} ${String(e.rateLimit).padStart(4)}/s  ${e.title}`);
  return 0;
}

/** "en" or "zh-CN": the language `--lang` names (one tcim does not speak is an error), else
 * the one LC_ALL or LANG names if tcim speaks it, else English. */
function language(opts) {
  const tag = opts.lang ?? (/^zh([-_.]|$)/i.test(process.env.LC_ALL || process.env.LANG || "") ? "zh-CN" : "en");
  errorInfo(0, { lang: tag }); // (checks the tag: a TcimError when tcim does not speak it)
  return /^zh/i.test(tag) ? "zh-CN" : "en";
}

function errorsCmd(argv) {
  const { opts, rest } = parse(argv, ["lang"], ["json"]);
  if (opts.help) return console.log(HELP.errors), 0;
  if (rest.length === 0) throw new UsageError("errors needs a code");
  const lang = language(opts);
  let status = 0;
  for (const c of rest) {
    const info = /^\d+$/.test(c) ? errorInfo(Number(c), { lang }) : null;
    if (opts.json) console.log(JSON.stringify(info));
    else console.log(info ? `${info.code}: ${info.message}` : `${c}: not a documented error code`);
    if (!info) status = 1;
  }
  return status;
}

function openapiCmd(argv) {
  const { opts, rest } = parse(argv, ["lang"]);
  if (opts.help) return console.log(HELP.openapi), 0;
  if (rest.length) throw new UsageError("openapi takes no arguments");
  process.stdout.write(readFileSync(new URL(language(opts) === "zh-CN" ? "../openapi.zh-CN.json" : "../openapi.json", import.meta.url), "utf8"));
  return 0;
}

function schemaCmd(argv) {
  const { opts, rest } = parse(argv, [], ["request", "response"]);
  if (opts.help) return console.log(HELP.schema), 0;
  if (rest.length !== 1) throw new UsageError("schema needs one endpoint, e.g. openim/admin_set_msg_read");
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
  if (!run) throw new UsageError(`unknown command "${cmd}"`);
  return run(rest);
}

// Output piped into a reader that stops early (tcim openapi | head) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  const status = await main(process.argv.slice(2));
  if (status !== undefined) process.exitCode = status;
} catch (e) {
  if (e instanceof UsageError || (e && e.name === "TcimError")) {
    console.error(`tcim: ${e.message}\n(run "tcim --help")`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
