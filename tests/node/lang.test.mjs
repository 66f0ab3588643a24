// Chinese where tcim speaks it so far: errorInfo and `tcim errors` (issue 20). The codes'
// table itself is held to the English one in tests/catalog.rs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { errorInfo, TcimError } from "../../pkg/node/index.mjs";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../pkg/bin/tcim.mjs", import.meta.url));

test("errorInfo answers in English by default and in Chinese when asked, for every code", () => {
  assert.equal(errorInfo(10010).message, "Group doesn't exist or was disbanded");
  assert.equal(errorInfo(10010, { lang: "zh-CN" }).message, "群组不存在，或者曾经存在过，但是目前已经被解散。");
  for (const tag of ["zh", "zh-Hans", "zh-CN", "zh_CN.UTF-8", "ZH-cn"]) assert.equal(errorInfo(70001, { lang: tag }).code, 70001, tag);
  assert.equal(errorInfo(70001, { lang: "en-US" }).message, errorInfo(70001).message);
  for (const bad of ["fr", "zh-TW", 1, null]) assert.throws(() => errorInfo(10010, { lang: bad }), TcimError, String(bad));
  assert.equal(errorInfo(12345, { lang: "zh-CN" }), null);
  // Every code tcim knows has both.
  for (let code = 0; code < 140000; code++) {
    const en = errorInfo(code);
    if (en === null) continue;
    assert.match(errorInfo(code, { lang: "zh-CN" }).message, /[\u4e00-\u9fff]/, `${code}`);
  }
});

test("tcim errors speaks Chinese with --lang zh-CN, or when LANG says so", async () => {
  const { NODE_TEST_CONTEXT, LANG, LC_ALL, ...env } = process.env;
  const zh = await run(process.execPath, [bin, "errors", "10010", "--lang", "zh-CN"], { env });
  assert.equal(zh.stdout.trim(), "10010: 群组不存在，或者曾经存在过，但是目前已经被解散。");
  const byLang = await run(process.execPath, [bin, "errors", "70001"], { env: { ...env, LANG: "zh_CN.UTF-8" } });
  assert.match(byLang.stdout, /^70001: UserSig 已过期/);
  const en = await run(process.execPath, [bin, "errors", "70001"], { env: { ...env, LANG: "fr_FR.UTF-8" } });
  assert.match(en.stdout, /^70001: UserSig expired/);
  await assert.rejects(run(process.execPath, [bin, "errors", "70001", "--lang", "fr"], { env }), (e) => e.code === 2 && /lang must be "en" or "zh-CN"/.test(e.stderr));
});

test("endpoints({ lang: \"zh-CN\" }) gives the titles and field meanings in Chinese, the rest unchanged", async () => {
  const { endpoints } = await import("../../pkg/node/index.mjs");
  const en = endpoints();
  const zh = endpoints({ lang: "zh-CN" });
  assert.equal(zh.length, en.length);
  const unread = zh.find((e) => e.api === "group_open_http_svc/set_unread_msg_num");
  assert.equal(unread.title, "设置成员未读消息计数");
  const strip = (list) => list.map(({ title, fields, ...e }) => ({ ...e, fields: JSON.stringify(fields, (k, v) => (k === "doc" ? undefined : v)) }));
  assert.deepEqual(strip(zh), strip(en));
  const han = /[\u4e00-\u9fff]/;
  const docs = (fields) => fields.flatMap((f) => [f.doc, ...docs(f.fields ?? [])]);
  for (const e of zh) {
    assert.match(e.title, han, e.api);
    for (const d of docs(e.fields)) assert.match(d, han, `${e.api}: ${d}`);
  }
  assert.throws(() => endpoints({ lang: "de" }));
});
