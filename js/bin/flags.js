// The command line's flags, one table: each row gives `node:util` parseArgs its config, the
// help line of its command's Options in both languages, and, for serve's, where the value goes
// (`to`: the Simulator's options, the server's, the callbacks', the faults'). Adding a flag is
// one row (and, when it is a new kind of value, its reading below).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/** @import { Texts } from "./text.mjs" */
/** @import { SimulatorOptions, CallbackOptions } from "../endpoints.js" */
/** @import { ServeOptions } from "../lib/serve.mjs" */

/** Where a flag's value may go: an option of the Simulator, of its callbacks or of the server,
 * or a part of the faults (tsc refuses a row that names an option nothing has).
 * @typedef {`sim.${Exclude<keyof SimulatorOptions, "callbacks">}` | `callbacks.${keyof CallbackOptions}` | `server.${Exclude<keyof ServeOptions, keyof SimulatorOptions | "faults" | "log">}` | "faults.rules" | "faults.file" | "faults.seed"} Target */

/** A usage mistake: tcim prints it with a pointer to --help and exits with status 2. */
export class UsageError extends Error {}

/**
 * @typedef {object} Flag
 * @property {string} name --NAME
 * @property {string} [arg] its value's placeholder in the help (none: a switch)
 * @property {boolean} [multiple] repeatable: a list
 * @property {Target | null} [to] where the value goes (null: the command reads it)
 * @property {"integer" | "true" | "false" | "faultRule" | string[]} [read] how the text is read (default: as text; a list: one of these words)
 * @property {string} [en] help, English
 * @property {string} [zh] help, Chinese
 */

/** `tcim serve`'s flags (and `tcim exec`'s), in the order of the help.
 * @type {Flag[]} */
export const SERVE_FLAGS = [
  { name: "host", arg: "HOST", to: "server.host", en: "address to bind (default 127.0.0.1)", zh: "绑定的地址（默认 127.0.0.1）" },
  { name: "port", arg: "N", to: "server.port", read: "integer", en: "port, 0 picks a free one (default 8080); the URL is printed", zh: "端口，0 表示自动选择空闲端口（默认 8080）；会输出 URL" },
  { name: "sdkappid", arg: "N", to: "sim.sdkAppId", read: "integer", en: "the app's SDKAppID (default 1400000000)", zh: "应用的 SDKAppID（默认 1400000000）" },
  { name: "admin", arg: "NAME", to: "sim.admin", en: "the app admin identifier (default administrator)", zh: "App 管理员账号（默认 administrator）" },
  { name: "key", arg: "KEY", to: "sim.secretKey", en: "secret key: enables UserSig checks like the service", zh: "密钥：像服务端一样校验 UserSig" },
  { name: "now", arg: "SECONDS", to: "sim.now", read: "integer", en: "start a manual virtual clock at this Unix time (default: real time)", zh: "以该 Unix 时间启动手动的虚拟时钟（默认：真实时间）" },
  { name: "state", arg: "FILE", to: "server.state", en: "keep the state in FILE: a snapshot, and FILE.journal, to which\nevery accepted request is appended before it is answered (a killed\nserver loses nothing); folded into the snapshot as it grows and at exit", zh: "将状态保存在 FILE 中：一个快照，以及 FILE.journal——每个被接受的请求\n都会在应答之前追加到其中（进程被杀也不会丢失）；随着增长以及退出时\n合并到快照中" },
  { name: "fsync", arg: "always|everysec|no", to: "server.fsync", read: ["always", "everysec", "no"], en: "when the journal is flushed to disk (default everysec: a machine\ncrash loses at most a second)", zh: "日志写入磁盘的时机（默认 everysec：机器崩溃最多丢失一秒）" },
  { name: "max-body", arg: "BYTES", to: "server.maxBody", read: "integer", en: "largest accepted request body (default 1048576)", zh: "可接受的最大请求包体（默认 1048576）" },
  { name: "profile-tag", arg: "TAG", multiple: true, to: "sim.profileCustomTags", en: "declare a custom profile field (Tag_Profile_Custom_…); repeatable.\nUndeclared ones answer 40009, as for a new app", zh: "声明自定义资料字段（Tag_Profile_Custom_…）；可重复。\n未声明的字段应答 40009，与新建应用一致" },
  { name: "friend-tag", arg: "TAG", multiple: true, to: "sim.friendCustomTags", en: "declare a custom friend field (Tag_SNS_Custom_…); repeatable", zh: "声明自定义好友字段（Tag_SNS_Custom_…）；可重复" },
  { name: "no-rate-limit", to: "sim.rateLimit", read: "false", en: "do not enforce each endpoint's calls-per-second limit", zh: "不限制各接口的调用频率" },
  { name: "no-receipts", to: "sim.groupReadReceipts", read: "false", en: "turn the paid group read receipts feature off (answers 10059)", zh: "关闭付费的群消息已读回执功能（应答 10059）" },
  { name: "broadcast", to: "sim.broadcastMessages", read: "true", en: "turn on broadcasting to live groups (send_broadcast_msg; off: 10007)", zh: "开启直播群广播消息（send_broadcast_msg；关闭时应答 10007）" },
  { name: "no-cloud-search", to: "sim.cloudSearch", read: "false", en: "turn the Cloud Search plugin off (user, group and member search answer 60020)", zh: "关闭云端搜索插件（用户、群组、群成员搜索应答 60020）" },
  { name: "no-message-extensions", to: "sim.messageExtensions", read: "false", en: "turn message extensions off (the console switch; openim_msg_ext_http_svc answers 70402 or 10059)", zh: "关闭消息扩展（控制台开关；openim_msg_ext_http_svc 应答 70402 或 10059）" },
  { name: "no-push-plugin", to: "sim.pushPlugin", read: "false", en: "turn the Push plugin off (timpush/* answer 90045)", zh: "关闭推送插件（timpush/* 应答 90045）" },
  { name: "moderation-word", arg: "WORD", multiple: true, to: "sim.moderationWords", en: "cloud moderation blocks content containing WORD (content_moderation,\nmessages: 80001); repeatable", zh: "云端审核拦截包含 WORD 的内容（content_moderation、消息：80001）；\n可重复" },
  { name: "edition", arg: "PLAN", to: "sim.edition", en: "the app's plan: trial, pro, ultimate or enterprise (members per group,\ngroups, history and conversations kept, read receipts; default: no\nplan limits)", zh: "应用的套餐：trial、pro、ultimate 或 enterprise（群成员数、群组数、\n消息和会话的保存量、已读回执；默认：不限制）" },
  { name: "callback-url", arg: "URL", to: "callbacks.url", en: "third-party callbacks: POST them to URL, as the service does", zh: "第三方回调：像服务端一样 POST 到 URL" },
  { name: "callback-token", arg: "T", to: "callbacks.token", en: "the console's callback token: adds Sign and RequestTime", zh: "控制台中的回调鉴权 Token：附加 Sign 和 RequestTime" },
  { name: "callback", arg: "CMD", multiple: true, to: "callbacks.commands", en: "switch on only this CallbackCommand; repeatable (default: all)", zh: "只开启这个 CallbackCommand；可重复（默认：全部）" },
  { name: "callback-timeout", arg: "MS", to: "callbacks.timeoutMs", read: "integer", en: "how long a Before-callback may take (default 2000)", zh: "之前回调的超时时间（默认 2000）" },
  { name: "callback-on-failure", arg: "deliver|refuse", to: "callbacks.onFailure", read: ["deliver", "refuse"], en: "a Before-callback that fails: deliver anyway (default) or 80003", zh: "之前回调失败时：照常下发（默认）或应答 80003" },
  { name: "control-token", arg: "T", to: "server.controlToken", en: "the control API (/_tcim/) answers only requests with\n\"Authorization: Bearer T\" (without it: loopback only)", zh: "控制 API（/_tcim/）只接受带有 \"Authorization: Bearer T\" 的请求\n（不设置时：只接受本机请求）" },
  { name: "journal-size", arg: "N", to: "server.journalSize", read: "integer", en: "requests the journal keeps (default 1000)", zh: "请求日志保留的请求数（默认 1000）" },
  { name: "tls", to: null, en: "serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed\nby a local authority made at start (for clients that build https://\nURLs); trust it with --tls-cert-out", zh: "以 HTTPS 提供服务，证书适用于 localhost、127.0.0.1 和 ::1，由启动时\n生成的本地证书颁发机构签发（供只会构造 https:// URL 的客户端使用）；\n用 --tls-cert-out 导出以信任它" },
  { name: "tls-cert-out", arg: "FILE", to: null, en: "with --tls: write the authority's certificate (PEM) to FILE before\nlistening; clients trust it through SSL_CERT_FILE, NODE_EXTRA_CA_CERTS\nor REQUESTS_CA_BUNDLE", zh: "与 --tls 同用：在开始监听前将证书颁发机构的证书（PEM）写入 FILE；\n客户端通过 SSL_CERT_FILE、NODE_EXTRA_CA_CERTS 或 REQUESTS_CA_BUNDLE\n信任它" },
  { name: "tls-cert", arg: "FILE", to: null, en: "serve HTTPS with your certificate chain (PEM; with --tls-key)", zh: "使用你自己的证书链（PEM）提供 HTTPS 服务（需同时给出 --tls-key）" },
  { name: "tls-key", arg: "FILE", to: null, en: "the private key (PEM) of --tls-cert", zh: "--tls-cert 的私钥（PEM）" },
  { name: "ready-file", arg: "FILE", to: null, en: "write the URL to FILE once listening (for orchestration)", zh: "开始监听后将 URL 写入 FILE（供编排工具使用）" },
  { name: "fault", arg: "RULE", multiple: true, to: "faults.rules", read: "faultRule", en: "inject a fault: comma-separated member=value pairs, e.g.\nendpoint=openim/sendmsg,errorCode=70001,probability=0.5,times=3\n(members: endpoint, probability, times, from, until, errorCode,\nerrorInfo, httpStatus 500|502|503|504, reset=true, latencyMs);\nrepeatable, first match answers", zh: "注入故障：以逗号分隔的 member=value，例如\nendpoint=openim/sendmsg,errorCode=70001,probability=0.5,times=3\n（成员：endpoint、probability、times、from、until、errorCode、\nerrorInfo、httpStatus 500|502|503|504、reset=true、latencyMs）；\n可重复，第一个匹配的规则生效" },
  { name: "faults", arg: "FILE", to: "faults.file", en: "fault rules as JSON: { \"seed\": N, \"rules\": [...] } or [...]", zh: "JSON 格式的故障规则：{ \"seed\": N, \"rules\": [...] } 或 [...]" },
  { name: "fault-seed", arg: "N", to: "faults.seed", read: "integer", en: "the faults' random seed (default 1): a run repeats", zh: "故障的随机种子（默认 1）：运行结果可以重现" },
];

/** The world options of serve that shape the simulator's answers (the shadow of tcim proxy,
 * the simulator of tcim replay): not the server's, callbacks' or faults'. */
const WORLD = new Set(["sdkappid", "admin", "now", "profile-tag", "friend-tag", "no-rate-limit", "no-receipts", "broadcast", "no-cloud-search", "no-message-extensions", "no-push-plugin", "moderation-word", "edition"]);
const WORLD_FLAGS = SERVE_FLAGS.filter((f) => WORLD.has(f.name));
/** What tcim proxy and tcim replay share: the report file.
 * @type {Flag[]} */
const CONFORMANCE_FLAGS = [
  { name: "report", arg: "FILE", to: null, en: "also write the report (the table's numbers and first examples) as JSON", zh: "同时将报告（表格中的数字和第一个示例）以 JSON 写入 FILE" },
];

/** Flags several commands share, by name (each command's row list takes them from here).
 * @satisfies {Record<string, Flag>} */
const SHARED = {
  json: { name: "json", en: "print the result as JSON", zh: "以 JSON 输出结果" },
  sdkappid: { name: "sdkappid", arg: "N", en: "the app's SDKAppID", zh: "应用的 SDKAppID" },
  key: { name: "key", arg: "KEY", en: "the app's secret key", zh: "应用的密钥" },
  identifier: { name: "identifier", arg: "ID", en: "the UserID the UserSig is for", zh: "UserSig 所属的 UserID" },
  now: { name: "now", arg: "UNIX", en: "the time to check against (default: now)", zh: "校验所用的时间（默认：当前时间）" },
  token: { name: "token", arg: "T", en: "the console's callback token", zh: "控制台中的回调鉴权 Token" },
  url: { name: "url", arg: "URL", en: "where to send it", zh: "发送的地址" },
  limit: { name: "limit", arg: "N", en: "journal, callbacks: at most the last N", zh: "journal、callbacks：最多最近 N 条" },
};

/** Each command's flags, in the order of its help: `parseArgs` takes them from here, and so
 * does the Options part of each command's help (`optionsHelp`).
 * @type {Record<string, Flag[]>} */
export const COMMAND_FLAGS = {
  serve: SERVE_FLAGS,
  exec: [...SERVE_FLAGS, { name: "verbose", en: "the server's request log on standard error", zh: "将服务器的请求日志输出到标准错误" }],
  control: [
    { ...SHARED.url, en: "the server (default $TCIM_URL, else http://127.0.0.1:8080)", zh: "服务器地址（默认为 $TCIM_URL，否则为 http://127.0.0.1:8080）" },
    { ...SHARED.token, en: "the control token (default $TCIM_CONTROL_TOKEN)", zh: "控制 API 的 Token（默认为 $TCIM_CONTROL_TOKEN）" },
    { name: "set", arg: "UNIX|FILE", en: "clock: move to this Unix time; faults: replace them with the\nrules of FILE (- for standard input)", zh: "clock：调整到该 Unix 时间；faults：替换为 FILE 中的规则\n（- 表示标准输入）" },
    { name: "advance", arg: "SECONDS", en: "clock: move forward by SECONDS", zh: "clock：向前调整 SECONDS 秒" },
    { name: "endpoint", arg: "API", en: "journal: only this endpoint's requests", zh: "journal：只看该接口的请求" },
    { name: "code", arg: "N", en: "journal: only answers with this ErrorCode", zh: "journal：只看 ErrorCode 为 N 的应答" },
    SHARED.limit,
    { name: "command", arg: "CMD", en: "callbacks: only this CallbackCommand", zh: "callbacks：只看该 CallbackCommand" },
    { name: "clear", en: "faults: remove every rule", zh: "faults：清空所有规则" },
  ],
  validate: [SHARED.json],
  "usersig gen": [SHARED.sdkappid, SHARED.key, SHARED.identifier, { name: "expire", arg: "SECONDS", en: "how long it is valid (default 180 days)", zh: "有效期（默认 180 天）" }, { name: "time", arg: "UNIX", en: "when it is signed (default: now)", zh: "签发时间（默认：当前时间）" }],
  "usersig verify": [SHARED.sdkappid, SHARED.key, SHARED.identifier, { name: "usersig", arg: "SIG", en: "the UserSig to check", zh: "要校验的 UserSig" }, SHARED.now, SHARED.json],
  "callback verify": [SHARED.token, { name: "request-time", arg: "N", en: "the callback's RequestTime", zh: "回调的 RequestTime" }, { name: "sign", arg: "S", en: "the callback's Sign", zh: "回调的 Sign" }, SHARED.now, SHARED.json],
  trigger: [
    { ...SHARED.url, en: "where the app listens for callbacks", zh: "App 接收回调的地址" },
    { ...SHARED.token, en: "the console's callback token: adds Sign and RequestTime", zh: "控制台中的回调鉴权 Token：附加 Sign 和 RequestTime" },
    { ...SHARED.sdkappid, en: "the app's SDKAppID (default 1400000000)", zh: "应用的 SDKAppID（默认 1400000000）" },
    { name: "platform", arg: "P", en: "the OptPlatform query parameter (default RESTAPI)", zh: "查询参数 OptPlatform（默认 RESTAPI）" },
    { name: "list", en: "list the commands instead", zh: "改为列出所有命令" },
  ],
  endpoints: [SHARED.json],
  errors: [SHARED.json],
  proxy: [
    { name: "upstream", arg: "URL", to: null, en: "the service to forward to, e.g. https://console.tim.qq.com (required)", zh: "转发到的服务，例如 https://console.tim.qq.com（必填）" },
    ...SERVE_FLAGS.filter((f) => ["host", "port", "tls", "tls-cert-out", "tls-cert", "tls-key", "ready-file"].includes(f.name)),
    { name: "record", arg: "FILE", to: null, en: "append each exchange to FILE as a JSON line (never the UserSig,\na key or a token)", zh: "将每次交互作为一行 JSON 追加到 FILE（从不写入 UserSig、\n密钥或 Token）" },
    ...CONFORMANCE_FLAGS,
    { name: "timeout", arg: "MS", to: null, en: "how long the upstream may take to answer (default 30000; then 504)", zh: "上游应答的超时时间（默认 30000；超时则应答 504）" },
    { name: "quiet", to: null, en: "no line per exchange, only the table at exit", zh: "不逐条输出交互，只在退出时输出表格" },
    ...WORLD_FLAGS,
  ],
  replay: [
    { name: "url", arg: "URL", to: null, en: "replay against this running tcim serve (default: a fresh simulator\nin this process)", zh: "针对这个运行中的 tcim serve 重放（默认：本进程内的全新模拟器）" },
    ...CONFORMANCE_FLAGS,
    SHARED.json,
    ...WORLD_FLAGS,
  ],
  openapi: [],
  schema: [{ name: "request", en: "only the request's schema", zh: "只输出请求的 Schema" }, { name: "response", en: "only the response's schema", zh: "只输出应答的 Schema" }],
};

/** `node:util` parseArgs over a command's flags, with `--help`/`-h`; misuse becomes a
 * UsageError with parseArgs' own explanation.
 * @param {string[]} argv
 * @param {keyof typeof COMMAND_FLAGS} command
 * @returns {{ opts: Record<string, any>, rest: string[] }} */
export function parse(argv, command) {
  /** @type {import("node:util").ParseArgsConfig["options"] & {}} */
  const options = { help: { type: "boolean", short: "h" } };
  for (const f of COMMAND_FLAGS[command]) options[f.name] = f.arg === undefined ? { type: "boolean" } : { type: "string", ...(f.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { opts: values, rest: positionals };
  } catch (e) {
    if (e && typeof (/** @type {{ code?: unknown }} */ (e).code) === "string" && /** @type {{ code: string }} */ (e).code.startsWith("ERR_PARSE_ARGS")) throw new UsageError(/** @type {Error} */ (e).message);
    throw e;
  }
}

/** A command's Options in its help, from the table: the flag, then its help (on the next
 * line when the flag is too long to leave room).
 * @param {keyof typeof COMMAND_FLAGS} command
 * @param {"en" | "zh"} lang */
export function optionsHelp(command, lang) {
  const indent = " ".repeat(21);
  return COMMAND_FLAGS[command].map((f) => {
    const flag = `--${f.name}${f.arg ? ` ${f.arg}` : ""}`;
    const [first, ...more] = (f[lang] ?? "").split("\n");
    const head = flag.length <= 18 ? `  ${flag.padEnd(18)} ${first}` : `  ${flag}\n${indent}${first}`;
    return [head, ...more.map((l) => indent + l)].join("\n");
  }).join("\n");
}

/** A whole number from a flag's text (undefined when absent).
 * @param {unknown} v
 * @param {string} name
 * @param {Texts} T */
export function integer(v, name, T) {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(String(v))) throw new UsageError(T.wholeNumber(name, v));
  return Number(v);
}

/** A --fault rule: `member=value,...` (numbers and `true` as JSON, the rest as text).
 * @param {string} spec
 * @param {Texts} T */
function faultRule(spec, T) {
  /** @type {Record<string, unknown>} */
  const rule = {};
  for (const pair of spec.split(",")) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(T.faultPairs(spec));
    const [key, text] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    rule[key] = /^(\d+(\.\d+)?|true)$/.test(text) ? JSON.parse(text) : text;
  }
  return rule;
}

/** What the words of a choice flag say when the value is none of them.
 * @type {Record<string, (T: Texts, value: string) => string>} */
const NOT_A_CHOICE = {
  fsync: (T, value) => T.fsync(value),
  "callback-on-failure": (T) => T.callbackOnFailure(),
};

/** A flag's value as the table says to read it.
 * @param {Flag} f
 * @param {any} value
 * @param {Texts} T */
function read(f, value, T) {
  if (f.read === "integer") return integer(value, f.name, T);
  if (f.read === "true" || f.read === "false") return f.read === "true";
  if (f.read === "faultRule") return value.map((/** @type {string} */ spec) => faultRule(spec, T));
  if (Array.isArray(f.read) && !f.read.includes(value)) throw new UsageError(NOT_A_CHOICE[f.name](T, value));
  return value;
}

/** startServer's `tls` from --tls, --tls-cert/--tls-key (read here) and --tls-cert-out:
 * tcim's own certificate or the user's, never both; each of the pair needs the other.
 * @param {Record<string, any>} opts
 * @param {Texts} T
 * @returns {true | { cert: string, key: string } | undefined} */
function tlsOption(opts, T) {
  const [cert, key] = [opts["tls-cert"], opts["tls-key"]];
  if (opts.tls && (cert !== undefined || key !== undefined)) throw new UsageError(T.tlsBoth());
  if (opts["tls-cert-out"] !== undefined && !opts.tls) throw new UsageError(T.tlsCertOutNeedsTls());
  if (opts.tls) return true;
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined) throw new UsageError(T.tlsPair());
  const text = (/** @type {string} */ file) => {
    try {
      return readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(T.tlsFile(file, /** @type {Error} */ (e).message));
    }
  };
  return { cert: text(cert), key: text(key) };
}

/** startServer's options (the Simulator's among them) from serve's flags, by the table;
 * `port` defaults to `defaultPort`.
 * @param {Record<string, any>} opts
 * @param {number} defaultPort
 * @param {Texts} T */
export function serverOptions(opts, defaultPort, T) {
  /** @type {Record<string, Record<string, any>>} */
  const into = { sim: {}, server: {}, callbacks: {}, faults: {} };
  for (const f of SERVE_FLAGS) {
    if (!f.to || opts[f.name] === undefined) continue;
    const [part, key] = f.to.split(".");
    // (A switch that is off is absent: only switches that are on say something.)
    if (f.arg === undefined && !opts[f.name]) continue;
    if (part === "callbacks" && opts["callback-url"] === undefined) throw new UsageError(T.callbackNeedsUrl());
    into[part][key] = read(f, opts[f.name], T);
  }
  if (into.server.controlToken === "") throw new UsageError(T.emptyToken());
  const tls = tlsOption(opts, T);
  if (tls) into.server.tls = tls;
  const { sim, server, callbacks, faults } = into;
  if (callbacks.url !== undefined) sim.callbacks = callbacks;
  if (Object.keys(faults).length > 0) {
    let plan = { rules: [] };
    if (faults.file !== undefined) {
      try {
        const given = JSON.parse(readFileSync(faults.file, "utf8"));
        plan = Array.isArray(given) ? { rules: given } : given;
      } catch (e) {
        throw new UsageError(T.faultsFile(faults.file, /** @type {Error} */ (e).message));
      }
    }
    const rules = [...(plan.rules ?? []), ...(faults.rules ?? [])];
    sim.faults = { ...plan, rules, ...(faults.seed !== undefined ? { seed: faults.seed } : {}) };
  }
  return { ...sim, host: "127.0.0.1", port: defaultPort, ...server };
}
