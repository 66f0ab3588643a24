#!/usr/bin/env node
// The tcim command line: serve, exec, control, validate, usersig, callback, trigger, endpoints,
// errors, openapi, schema, proxy, replay (commands/), over one table of flags (flags.js) and the texts of
// both languages (text.mjs).
import { readFileSync } from "node:fs";
import { errorInfo } from "../node/index.mjs";
import { TEXT } from "./text.mjs";
import { UsageError } from "./flags.js";
import { serve, exec } from "./commands/serve.js";
import { control } from "./commands/control.js";
import { proxy, replayCmd } from "./commands/proxy.js";
import { validateCmd, usersig, callbackCmd, trigger, endpointsCmd, errorsCmd, openapiCmd, schemaCmd } from "./commands/tools.js";

/** @import { Run } from "./input.js" */

/** The language of this run: `--lang` anywhere before "--" (taken out of the arguments), else
 * LC_ALL or LANG when they name one tcim speaks, else English.
 * @param {string[]} argv
 * @returns {"en" | "zh-CN"} */
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

/** Each command by its word.
 * @type {Record<string, (argv: string[], run: Run) => number | undefined | Promise<number | undefined>>} */
const COMMANDS = { serve, exec, control, validate: validateCmd, usersig, callback: callbackCmd, trigger, endpoints: endpointsCmd, errors: errorsCmd, openapi: openapiCmd, schema: schemaCmd, proxy, replay: replayCmd };

/** @param {string[]} argv @param {Run} run */
async function main(argv, run) {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") return console.log(run.T.help.main), cmd ? 0 : 2;
  if (cmd === "--version") return console.log(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version), 0;
  const command = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!command) throw new UsageError(run.T.unknownCommand(cmd));
  return command(rest, run);
}

// Output piped into a reader that stops early (tcim openapi | head) is not an error.
process.stdout.on("error", (e) => {
  if (/** @type {NodeJS.ErrnoException} */ (e).code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const ARGV = process.argv.slice(2);
/** @type {Run} */
const run = { lang: "en", T: TEXT.en };
try {
  run.lang = languageOf(ARGV);
  run.T = TEXT[run.lang];
  const status = await main(ARGV, run);
  if (status !== undefined) process.exitCode = status;
} catch (e) {
  if (e instanceof UsageError || (e && /** @type {Error} */ (e).name === "TcimError")) {
    console.error(`tcim: ${/** @type {Error} */ (e).message}\n${run.T.runHelp()}`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
