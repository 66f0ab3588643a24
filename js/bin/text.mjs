// What the command line says, in English and in Chinese (tcim --lang zh-CN, or LANG):
// each command's help and each message, by name. A test holds the two languages to the same
// names. (What tcim serve logs stays English: scripts read it, e.g. "listening on URL".)
// Each command's Options come from the table of flags (flags.js), in both languages.
import { optionsHelp } from "./flags.js";

/** A message: a function of what it names, or a command's help (under `help`).
 * @typedef {(...args: any[]) => string} Message */

/** @satisfies {{ help: Record<string, string> } & Record<string, Message | Record<string, string>>} */
const en = {
    help: {

  main: `tcim — offline toolkit for the Tencent Cloud Chat server REST API

Usage: tcim [--lang en|zh-CN] <command> [options]

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
  proxy --upstream URL      forward to the real service, compare each answer with tcim's
  replay FILE               replay a proxy recording on tcim (exit 1 on any divergence)

Run "tcim <command> --help" for a command's options. --lang (or LANG) picks the language.`,
  serve: `Usage: tcim serve [options]

Serves the simulator at /v4/<service>/<command>, answering like the service.

Options:
${optionsHelp("serve", "en")}`,
  exec: `Usage: tcim exec [options] -- <command> [args...]

Starts a server on a free port (or --port), runs the command with these variables set, stops
the server and exits with the command's status (128+N when a signal N ended it):
  TCIM_URL            the server, e.g. http://127.0.0.1:41237
  TCIM_SDKAPPID       the app's SDKAppID
  TCIM_ADMIN          the admin identifier
  TCIM_USERSIG        a UserSig for the admin (valid when --key is given)
  TCIM_KEY            the secret key (only with --key)
  TCIM_CONTROL_TOKEN  the control token (only with --control-token)
  TCIM_CA_FILE        with --tls: the authority's certificate (PEM), also in SSL_CERT_FILE,
                      NODE_EXTRA_CA_CERTS and REQUESTS_CA_BUNDLE
Examples: tcim exec -- pytest   ·   tcim exec --key s3cret -- npm test

Options (serve's, and --verbose):
${optionsHelp("exec", "en")}`,
  control: `Usage: tcim control <operation> [options]

Drives a running tcim serve through its control API (/_tcim/).

Operations:
  health                         is it up (version, endpoints, clock, requests, callbacks)
  reset                          an empty world with the server's options
  export [FILE]                  the state as snapshot text (to FILE or standard output)
  import FILE|-                  replace the state with a snapshot
  clock                          read or move the virtual clock (forward only)
  journal                        the last requests: time, endpoint, ErrorCode, latency
  clear-journal                  forget the journal
  inspect                        the state as plain data
  callbacks                      fired callbacks with replies or errors, and counts
  faults                         the injected faults (with how often each fired), or
                                 replace them ({ "seed": N, "rules": [...] }), or none
Prints JSON. Exit status 1 when the server refuses (e.g. 401 without the token).

Options:
${optionsHelp("control", "en")}`,
  validate: `Usage: tcim validate <api> [FILE|-] [options]

Validates a request body for an endpoint (e.g. group_open_http_svc/set_unread_msg_num).
Reads FILE, or standard input when FILE is "-" or absent. Prints one line per diagnostic
(FILE:LINE:COLUMN severity code message).
Exit status: 0 valid, 1 errors found, 2 bad usage.

Options:
${optionsHelp("validate", "en")}`,
  usersig: `Usage: tcim usersig gen|verify [options]

gen prints the UserSig (--sdkappid, --key and --identifier are required). verify prints
the verdict (--usersig too); exit status 1 when it is rejected.

Options of gen:
${optionsHelp("usersig gen", "en")}

Options of verify:
${optionsHelp("usersig verify", "en")}`,
  callback: `Usage: tcim callback verify [options]

Checks a callback's Sign (SHA-256 of token + RequestTime; RequestTime within a minute;
--token, --request-time and --sign are required). Exit status 1 when it is rejected.

Options:
${optionsHelp("callback verify", "en")}`,
  trigger: `Usage: tcim trigger <CallbackCommand> --url URL [options]

POSTs the command's documented sample body to URL with the service's query parameters
(signed with --token), like "stripe trigger", and prints the reply.

Options:
${optionsHelp("trigger", "en")}`,
  endpoints: `Usage: tcim endpoints [options]

Lists the covered endpoints with their rate limits.

Options:
${optionsHelp("endpoints", "en")}`,
  errors: `Usage: tcim errors <code> [options]

Explains an error code (exit 1 when tcim does not know it); in Chinese (tcim --lang zh-CN,
or LANG=zh_CN.UTF-8) as the official Chinese pages word it.

Options:
${optionsHelp("errors", "en")}`,
  openapi: `Usage: tcim openapi

Prints the OpenAPI 3.1 document (in Chinese with tcim --lang zh-CN, or when LANG says so) of every covered endpoint (the package's openapi.json): paths
/v4/<service>/<command>, the common query parameters, request and response schemas with the
limits tcim validates, each endpoint's sample and error codes, one server per region.`,
  proxy: `Usage: tcim proxy --upstream URL [options]

Listens like tcim serve (and prints its URL the same way) and forwards every request to URL
unchanged, returning the upstream's answer unchanged (status, headers, body). Each exchange is
also judged: the request with tcim's validator (invalid), the answer against the endpoint's
response schema (drift: undocumented fields, wrong types, missing fields), and the answer
against a shadow simulator's to the same request, with the IDs the upstream made up (GroupId,
MsgKey, MsgId, TaskId …) mapped onto the shadow's and clock readings compared by type
(divergent: the status, the ErrorCode, fields on one side only, values that differ).
--record FILE appends each exchange as one JSON line: endpoint, body, the query without
UserSig, key or token, the answer, status and time; headers are never written.
At exit (Ctrl-C, SIGTERM) prints a table per endpoint with the first example of each finding.

Options:
${optionsHelp("proxy", "en")}`,
  replay: `Usage: tcim replay FILE [options]

Replays a recording of tcim proxy (FILE, or - for standard input) in order, on a fresh
simulator in this process or on a running server (--url), with the world options given,
judges each answer as tcim proxy does and prints the same table. A last line cut short is
dropped (and said). Exit status: 0 no divergence, 1 any divergence, 2 bad usage.

Options:
${optionsHelp("replay", "en")}`,
  schema: `Usage: tcim schema <api> [options]

Prints the JSON Schemas (draft 2020-12) of an endpoint's request and response bodies, or one.

Options:
${optionsHelp("schema", "en")}`,

    },
    wholeNumber: (name, v) => `--${name} must be a whole number, got "${v}"`,
    required: (name) => `--${name} is required`,
    faultPairs: (spec) => `--fault takes member=value pairs separated by commas, got "${spec}"`,
    callbackOnFailure: () => "--callback-on-failure takes deliver or refuse",
    callbackNeedsUrl: () => "the --callback-… options need --callback-url",
    emptyToken: () => "--control-token must not be empty",
    tlsBoth: () => "--tls makes its own certificate; --tls-cert/--tls-key serve yours: give one or the other",
    tlsPair: () => "--tls-cert and --tls-key go together: give both",
    tlsCertOutNeedsTls: () => "--tls-cert-out writes the certificate that --tls makes: add --tls",
    tlsFile: (file, why) => `cannot read ${file}: ${why}`,
    faultsFile: (file, why) => `--faults ${file}: ${why}`,
    fsync: (value) => `--fsync takes always, everysec or no, got "${value}"`,
    execNeedsCommand: () => 'exec needs a command after "--", e.g. tcim exec -- pytest',
    cannotRun: (command, why) => `tcim exec: cannot run ${command}: ${why}`,
    importNeedsFile: () => "import needs a snapshot FILE (or - for standard input)",
    clockBoth: () => "clock takes --set or --advance, not both",
    faultsBoth: () => "faults takes --set or --clear, not both",
    unknownOperation: (sub) => `unknown control operation "${sub}" (health, reset, export, import, clock, journal, clear-journal, inspect, callbacks, faults)`,
    controlFailed: (why) => `tcim control: ${why}`,
    cannotReach: (url, why) => `tcim control: cannot reach ${url}: ${why}`,
    validateNeedsApi: () => "validate needs an endpoint name",
    valid: (name, warnings) => `${name}: valid${warnings ? ` (${warnings} warning(s))` : ""}`,
    invalid: (name, errors) => `${name}: ${errors} error(s)`,
    validUntil: (at, iso) => `valid until ${at} (${iso})`,
    rejected: (code, why) => `rejected: ${code} ${why}`,
    signValid: () => "valid",
    unknownUsersig: (sub) => `unknown usersig command "${sub}" (gen or verify)`,
    unknownCallback: (sub) => `unknown callback command "${sub}" (verify)`,
    notACallback: (command, all) => `"${command}" is not a callback tcim fires; one of: ${all}`,
    triggerNeedsCommand: (all) => `trigger needs a CallbackCommand; one of: ${all}`,
    urlScheme: () => "--url must start with http:// or https://",
    errorsNeedCode: () => "errors needs a code",
    notDocumented: (code) => `${code}: not a documented error code`,
    openapiNoArguments: () => "openapi takes no arguments",
    schemaNeedsApi: () => "schema needs one endpoint, e.g. openim/admin_set_msg_read",
    unknownCommand: (cmd) => `unknown command "${cmd}"`,
    runHelp: () => '(run "tcim --help")',
    replayNeedsFile: () => "replay needs a recording FILE (or - for standard input)",
    recordingTorn: () => "tcim replay: the last line of the recording was cut short and is dropped",
    badRecording: (file, why) => `${file}: ${why}`,
    upstreamUrl: (url) => `--upstream must be an http:// or https:// URL, got "${url}"`,
};

/** The same names as English (tsc holds it to them; so does a test).
 * @satisfies {{ [K in keyof typeof en]: K extends "help" ? Record<keyof typeof en.help, string> : Message }} */
const zhCN = {
    help: {
  main: `tcim — 腾讯云即时通信 IM 服务端 REST API 的离线工具集

用法：tcim [--lang en|zh-CN] <命令> [选项]

命令：
  serve                     在 127.0.0.1 上以 HTTP 服务器运行模拟器
  exec [选项] -- CMD        对一个全新的服务器（TCIM_URL …）运行 CMD，并以其退出码退出
  control <操作>            对运行中的服务器重置、导出/导入、调整时钟、查看请求日志等
  validate <api> [FILE|-]   检查请求包体（有错误时退出码为 1）
  usersig gen|verify        生成或校验 UserSig（TLSSigAPIv2）
  callback verify           校验第三方回调的 Sign
  trigger <CallbackCommand> 将该回调的文档示例 POST 到某个 URL
  endpoints                 列出支持的接口
  errors <code>             解释错误码
  openapi                   输出所有支持接口的 OpenAPI 3.1 文档
  schema <api>              输出接口的 JSON Schema（请求和应答）
  proxy --upstream URL      转发到真实服务，并将每个应答与 tcim 的应答比较
  replay FILE               在 tcim 上重放 proxy 的录制（有任何分歧时退出码为 1）

运行 "tcim <命令> --help" 查看该命令的选项。--lang（或 LANG 环境变量）选择语言。`,
  serve: `用法：tcim serve [选项]

在 /v4/<service>/<command> 提供模拟器，应答方式与服务端一致。

选项：
${optionsHelp("serve", "zh")}`,
  exec: `用法：tcim exec [选项] -- <命令> [参数...]

在空闲端口（或 --port）上启动服务器，设置以下变量后运行命令，停止服务器，并以命令的
退出码退出（被信号 N 结束时为 128+N）：
  TCIM_URL            服务器地址，例如 http://127.0.0.1:41237
  TCIM_SDKAPPID       应用的 SDKAppID
  TCIM_ADMIN          App 管理员账号
  TCIM_USERSIG        App 管理员的 UserSig（给出 --key 时有效）
  TCIM_KEY            密钥（仅在给出 --key 时）
  TCIM_CONTROL_TOKEN  控制 API 的 Token（仅在给出 --control-token 时）
  TCIM_CA_FILE        给出 --tls 时：证书颁发机构的证书（PEM），SSL_CERT_FILE、
                      NODE_EXTRA_CA_CERTS 和 REQUESTS_CA_BUNDLE 也指向它
示例：tcim exec -- pytest   ·   tcim exec --key s3cret -- npm test

选项（serve 的选项，以及 --verbose）：
${optionsHelp("exec", "zh")}`,
  control: `用法：tcim control <操作> [选项]

通过控制 API（/_tcim/）操作运行中的 tcim serve。

操作：
  health                         是否在运行（版本、接口数、时钟、请求数、回调）
  reset                          以服务器的选项重置为空的世界
  export [FILE]                  以快照文本导出状态（写入 FILE 或标准输出）
  import FILE|-                  用快照替换状态
  clock                          读取或调整虚拟时钟（只能向前）
  journal                        最近的请求：时间、接口、ErrorCode、耗时
  clear-journal                  清空请求日志
  inspect                        以普通数据输出状态
  callbacks                      已触发的回调及其应答或错误，以及计数
  faults                         注入的故障（及各自触发的次数），或替换为新的规则
                                 （{ "seed": N, "rules": [...] }），或清空
输出 JSON。服务器拒绝时（例如没有 Token 时的 401）退出码为 1。

选项：
${optionsHelp("control", "zh")}`,
  validate: `用法：tcim validate <api> [FILE|-] [选项]

校验某个接口的请求包体（例如 group_open_http_svc/set_unread_msg_num）。
读取 FILE，FILE 为 "-" 或省略时读取标准输入。每个诊断输出一行
（FILE:行:列 级别 代码 信息）。
退出码：0 合法，1 有错误，2 用法错误。

选项：
${optionsHelp("validate", "zh")}`,
  usersig: `用法：tcim usersig gen|verify [选项]

gen 输出 UserSig（--sdkappid、--key 和 --identifier 为必填）。verify 输出校验结果
（还需 --usersig）；校验不通过时退出码为 1。

gen 的选项：
${optionsHelp("usersig gen", "zh")}

verify 的选项：
${optionsHelp("usersig verify", "zh")}`,
  callback: `用法：tcim callback verify [选项]

校验回调的 Sign（Token + RequestTime 的 SHA-256；RequestTime 须在一分钟之内；
--token、--request-time 和 --sign 为必填）。校验不通过时退出码为 1。

选项：
${optionsHelp("callback verify", "zh")}`,
  trigger: `用法：tcim trigger <CallbackCommand> --url URL [选项]

像 "stripe trigger" 一样，将该命令的文档示例包体连同服务端的查询参数（使用 --token 签名）
POST 到 URL，并输出应答。

选项：
${optionsHelp("trigger", "zh")}`,
  endpoints: `用法：tcim endpoints [选项]

列出支持的接口及其调用频率限制。

选项：
${optionsHelp("endpoints", "zh")}`,
  errors: `用法：tcim errors <code> [选项]

解释错误码（tcim 不认识该错误码时退出码为 1），中文依照官方中文文档的说法。

选项：
${optionsHelp("errors", "zh")}`,
  openapi: `用法：tcim openapi

输出所有支持接口的 OpenAPI 3.1 文档（即包中的 openapi.zh-CN.json）：路径
/v4/<service>/<command>、公共查询参数、带有 tcim 所校验限制的请求和应答 Schema、
各接口的示例和错误码、每个地域一个服务器地址。`,
  proxy: `用法：tcim proxy --upstream URL [选项]

像 tcim serve 一样监听（并以同样的方式输出 URL），将每个请求原样转发到 URL，并原样返回
上游的应答（状态码、响应头、包体）。同时检查每次交互：用 tcim 的校验器检查请求（invalid），
用接口的应答 Schema 检查应答（drift：文档中没有的字段、类型错误、缺少字段），并与影子模拟器
对同一请求的应答比较：上游生成的 ID（GroupId、MsgKey、MsgId、TaskId …）映射到影子模拟器
生成的 ID，时间只比较类型（divergent：状态码、ErrorCode、只在一方出现的字段、不同的值）。
--record FILE 将每次交互作为一行 JSON 追加到 FILE：接口、包体、去掉 UserSig、密钥和 Token
的查询参数、应答、状态码和时间；从不写入请求头。
退出时（Ctrl-C、SIGTERM）按接口输出表格，并给出每类问题的第一个示例。

选项：
${optionsHelp("proxy", "zh")}`,
  replay: `用法：tcim replay FILE [选项]

按顺序重放 tcim proxy 的录制（FILE，或用 - 表示标准输入）：在本进程内的全新模拟器上，
或在运行中的服务器上（--url），使用给出的世界选项；像 tcim proxy 一样检查每个应答，并输出
同样的表格。被截断的最后一行会被丢弃（并提示）。
退出码：0 没有分歧，1 有分歧，2 用法错误。

选项：
${optionsHelp("replay", "zh")}`,
  schema: `用法：tcim schema <api> [选项]

输出接口请求包体和应答包体的 JSON Schema（draft 2020-12），或其中之一。

选项：
${optionsHelp("schema", "zh")}`,

    },
    wholeNumber: (name, v) => `--${name} 必须是非负整数，实际为 "${v}"`,
    required: (name) => `缺少 --${name}`,
    faultPairs: (spec) => `--fault 的值是以逗号分隔的 member=value，实际为 "${spec}"`,
    callbackOnFailure: () => "--callback-on-failure 的值是 deliver 或 refuse",
    callbackNeedsUrl: () => "--callback-… 选项需要同时给出 --callback-url",
    emptyToken: () => "--control-token 不能为空",
    tlsBoth: () => "--tls 会生成自己的证书，--tls-cert/--tls-key 使用你的证书：只能二选一",
    tlsPair: () => "--tls-cert 和 --tls-key 必须同时给出",
    tlsCertOutNeedsTls: () => "--tls-cert-out 导出的是 --tls 生成的证书：请加上 --tls",
    tlsFile: (file, why) => `无法读取 ${file}：${why}`,
    faultsFile: (file, why) => `--faults ${file} 读取失败：${why}`,
    fsync: (value) => `--fsync 的值是 always、everysec 或 no，实际为 "${value}"`,
    execNeedsCommand: () => 'exec 需要在 "--" 之后给出命令，例如 tcim exec -- pytest',
    cannotRun: (command, why) => `tcim exec：无法运行 ${command}：${why}`,
    importNeedsFile: () => "import 需要一个快照文件 FILE（或用 - 表示标准输入）",
    clockBoth: () => "clock 只能使用 --set 或 --advance 之一",
    faultsBoth: () => "faults 只能使用 --set 或 --clear 之一",
    unknownOperation: (sub) => `未知的控制操作 "${sub}"（health、reset、export、import、clock、journal、clear-journal、inspect、callbacks、faults）`,
    controlFailed: (why) => `tcim control 出错：${why}`,
    cannotReach: (url, why) => `tcim control：无法连接 ${url}：${why}`,
    validateNeedsApi: () => "validate 需要给出接口名称",
    valid: (name, warnings) => `${name}：合法${warnings ? `（${warnings} 个警告）` : ""}`,
    invalid: (name, errors) => `${name}：${errors} 个错误`,
    validUntil: (at, iso) => `有效，到期时间 ${at}（${iso}）`,
    rejected: (code, why) => `校验不通过：${code} ${why}`,
    signValid: () => "校验通过",
    unknownUsersig: (sub) => `未知的 usersig 命令 "${sub}"（gen 或 verify）`,
    unknownCallback: (sub) => `未知的 callback 命令 "${sub}"（verify）`,
    notACallback: (command, all) => `"${command}" 不是 tcim 会触发的回调；应为以下之一：${all}`,
    triggerNeedsCommand: (all) => `trigger 需要给出 CallbackCommand；应为以下之一：${all}`,
    urlScheme: () => "--url 必须以 http:// 或 https:// 开头",
    errorsNeedCode: () => "errors 需要给出错误码",
    notDocumented: (code) => `${code}：不是文档中的错误码`,
    openapiNoArguments: () => "openapi 不接受参数",
    schemaNeedsApi: () => "schema 需要给出一个接口，例如 openim/admin_set_msg_read",
    unknownCommand: (cmd) => `未知的命令 "${cmd}"`,
    runHelp: () => '（运行 "tcim --help" 查看帮助）',
    replayNeedsFile: () => "replay 需要一个录制文件 FILE（或用 - 表示标准输入）",
    recordingTorn: () => "tcim replay：录制的最后一行被截断，已丢弃",
    badRecording: (file, why) => `录制文件 ${file} 无法读取：${why}`,
    upstreamUrl: (url) => `--upstream 必须是 http:// 或 https:// URL，实际为 "${url}"`,
};

export const TEXT = { en, "zh-CN": zhCN };

/** What the command line says in one language.
 * @typedef {typeof TEXT.en} Texts */
