#!/usr/bin/env node
// The tcim command line: serve, validate, usersig, callback, trigger, endpoints, errors.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { validate, genUserSig, verifyUserSig, verifyCallbackSign, endpoints, errorInfo, Simulator } from "../node/index.mjs";

const HELP = {
  main: `tcim — offline toolkit for the Tencent Cloud Chat server REST API

Usage: tcim <command> [options]

Commands:
  serve                     run the simulator as an HTTP server on 127.0.0.1
  validate <api> [FILE|-]   check a request body (exit 1 when it has errors)
  usersig gen|verify        generate or verify a UserSig (TLSSigAPIv2)
  callback verify           check a third-party callback's Sign
  trigger <CallbackCommand> POST that callback's documented sample to a URL
  endpoints                 list the covered endpoints
  errors <code>             explain an error code

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
  --state FILE       load state from FILE at start; save it atomically after every
                     request and on SIGINT/SIGTERM
  --max-body BYTES   largest accepted request body (default 1048576)
  --profile-tag TAG  declare a custom profile field (Tag_Profile_Custom_…); repeatable.
                     Undeclared ones answer 40009, as for a new app
  --friend-tag TAG   declare a custom friend field (Tag_SNS_Custom_…); repeatable
  --no-rate-limit    do not enforce each endpoint's calls-per-second limit
  --no-receipts      turn the paid group read receipts feature off (answers 10059)
  --broadcast        turn on broadcasting to live groups (send_broadcast_msg; off: 10007)
  --callback-url URL third-party callbacks: POST them to URL, as the service does
  --callback-token T the console's callback token: adds Sign and RequestTime
  --callback CMD     switch on only this CallbackCommand; repeatable (default: all)
  --callback-timeout MS
                     how long a Before-callback may take (default 2000)
  --callback-on-failure deliver|refuse
                     a Before-callback that fails: deliver anyway (default) or 80003`,
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
  errors: `Usage: tcim errors <code> [--json]

Explains an error code (exit 1 when tcim does not know it).`,
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

async function serve(argv) {
  const { opts } = parse(argv, ["host", "port", "sdkappid", "admin", "key", "now", "state", "max-body", "callback-url", "callback-token", "callback-timeout", "callback-on-failure"], ["no-rate-limit", "no-receipts", "broadcast"], ["profile-tag", "friend-tag", "callback"]);
  if (opts.help) return console.log(HELP.serve), 0;
  const { startServer } = await import("../lib/serve.mjs");
  const simOptions = {};
  if (opts.sdkappid !== undefined) simOptions.sdkAppId = integer(opts.sdkappid, "sdkappid");
  if (opts.admin !== undefined) simOptions.admin = opts.admin;
  if (opts.key !== undefined) simOptions.secretKey = opts.key;
  if (opts.now !== undefined) simOptions.now = integer(opts.now, "now");
  if (opts["no-rate-limit"]) simOptions.rateLimit = false;
  if (opts["no-receipts"]) simOptions.groupReadReceipts = false;
  if (opts.broadcast) simOptions.broadcastMessages = true;
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
  const running = await startServer({
    ...simOptions,
    host: opts.host ?? "127.0.0.1",
    port: opts.port === undefined ? 8080 : integer(opts.port, "port"),
    state: opts.state,
    maxBody: opts["max-body"] === undefined ? undefined : integer(opts["max-body"], "max-body"),
  });
  const s = running.sim.inspect();
  console.log(`tcim serve: listening on ${running.url} (sdkappid ${s.sdkAppId}, admin ${s.admin}, UserSig ${opts.key ? "checked" : "not checked"}${opts.state ? `, state ${opts.state}` : ""}${opts["callback-url"] ? `, callbacks to ${opts["callback-url"]}` : ""})`);
  const stop = async (signal) => {
    await running.close();
    console.log(`tcim serve: ${signal}, state saved, bye`);
    process.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  return undefined; // keep running
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

function errorsCmd(argv) {
  const { opts, rest } = parse(argv, [], ["json"]);
  if (opts.help) return console.log(HELP.errors), 0;
  if (rest.length === 0) throw new UsageError("errors needs a code");
  let status = 0;
  for (const c of rest) {
    const info = /^\d+$/.test(c) ? errorInfo(Number(c)) : null;
    if (opts.json) console.log(JSON.stringify(info));
    else console.log(info ? `${info.code}: ${info.message}` : `${c}: not a documented error code`);
    if (!info) status = 1;
  }
  return status;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") return console.log(HELP.main), cmd ? 0 : 2;
  if (cmd === "--version") return console.log(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version), 0;
  const commands = { serve, validate: validateCmd, usersig, callback: callbackCmd, trigger, endpoints: endpointsCmd, errors: errorsCmd };
  const run = commands[cmd];
  if (!run) throw new UsageError(`unknown command "${cmd}"`);
  return run(rest);
}

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
