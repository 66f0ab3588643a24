// What commands read besides their flags: a required flag, a file or standard input.
import { readFileSync } from "node:fs";
import { UsageError } from "./flags.js";

/** @import { Texts } from "./text.mjs" */

/** What a command knows of its run: the language and its texts.
 * @typedef {{ lang: "en" | "zh-CN", T: Texts }} Run */

/** A flag that must be given.
 * @param {Record<string, any>} opts
 * @param {string} name
 * @param {Texts} T */
export function required(opts, name, T) {
  if (opts[name] === undefined) throw new UsageError(T.required(name));
  return opts[name];
}

/** FILE's text, or standard input's when FILE is "-" or absent.
 * @param {string | undefined} file */
export async function readInput(file) {
  if (file && file !== "-") return readFileSync(file, "utf8");
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
