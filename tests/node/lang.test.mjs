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
  // Meanings differ by language (an answer's items share their tables, and Chinese, with requests'); nothing else.
  const noDoc = (k, v) => (k === "doc" ? undefined : v);
  const strip = (list) => list.map(({ title, fields, responseFields, ...e }) => ({ ...e, fields: JSON.stringify(fields, noDoc), responseFields: JSON.stringify(responseFields, noDoc) }));
  assert.deepEqual(strip(zh), strip(en));
  const han = /[\u4e00-\u9fff]/;
  // Every meaning, the request's and the answer's, nested ones and each message element's too.
  const docs = (fields) => (fields ?? []).flatMap((f) => [f.doc, ...docs(f.fields), ...Object.values(f.cases ?? {}).flatMap(docs)]);
  for (const e of zh) {
    assert.match(e.title, han, e.api);
    for (const d of docs(e.fields)) assert.match(d, han, `${e.api}: ${d}`);
    for (const d of docs(e.responseFields)) assert.match(d, han, `${e.api} (answer): ${d}`);
  }
  // The envelope as the official pages word it.
  const envelope = Object.fromEntries(unread.responseFields.map((f) => [f.name, f.doc]));
  assert.equal(envelope.ActionStatus, "请求处理的结果，OK 表示处理成功，FAIL 表示失败");
  assert.match(envelope.ErrorCode, /^错误码/);
  assert.throws(() => endpoints({ lang: "de" }));
});

test("validate and buildRequest speak Chinese when asked: same findings, messages in Chinese; English stays the default", async () => {
  const { validate, buildRequest, endpoints } = await import("../../pkg/node/index.mjs");
  const { random, mutator, keysOf } = await import("./routes.mjs");
  const { rand, pick } = random(0x2c4e11);
  const mutate = mutator({ rand, pick });
  const han = /[\u4e00-\u9fff]/;
  let compared = 0;
  const codes = new Set();
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const keys = [...keysOf(sample, new Set(["x", "MsgReadedTime", "Identifier"]))];
    for (let i = 0; i < 60; i++) {
      let text;
      try {
        text = JSON.stringify(i === 0 ? {} : mutate(sample, keys));
      } catch {
        continue;
      }
      if (text === undefined) continue;
      const en = validate(e.api, text, { fixes: true });
      const zh = validate(e.api, text, { fixes: true, lang: "zh-CN" });
      const shape = (r) => ({ ok: r.ok, diagnostics: r.diagnostics.map(({ message, fix, ...d }) => ({ ...d, fix: fix && fix.patch })) });
      assert.deepEqual(shape(zh), shape(en), `${e.api}: ${text}`);
      for (const d of zh.diagnostics) {
        codes.add(d.code);
        // (A JSON parser's own words stay as the parser says them.)
        if (d.code !== "invalid_json") assert.match(d.message, han, `${e.api} ${d.code}: ${d.message}`);
        if (d.fix) assert.match(d.fix.title, han, d.fix.title);
      }
      compared++;
    }
  }
  assert.ok(compared > 4000 && codes.size >= 12, `${compared} bodies, codes ${[...codes]}`);
  assert.match(validate("openim/admin_set_msg_read", "{}").diagnostics[0].message, /is required/);
  assert.throws(() => buildRequest({ api: "openim/admin_set_msg_read", body: {}, sdkAppId: 1, identifier: "a", userSig: "x", lang: "zh-CN" }), (err) => /缺少必填字段/.test(err.message) && han.test(err.diagnostics[0].message));
  assert.throws(() => buildRequest({ api: "openim/admin_set_msg_read", body: { Report_Account: "a", Peer_Account: "b" }, sdkAppId: 1, identifier: "a", userSig: "x", region: "mars", lang: "zh" }), (err) => /未知的地域 "mars"/.test(err.message));
});

test("tcim openapi --lang zh-CN prints the document in Chinese, as valid as the English one", async () => {
  const { createRequire } = await import("node:module");
  const SwaggerParser = createRequire(import.meta.url)("@apidevtools/swagger-parser");
  const { NODE_TEST_CONTEXT, LANG, LC_ALL, ...env } = process.env;
  const { stdout } = await run(process.execPath, [bin, "openapi", "--lang", "zh-CN"], { env, maxBuffer: 16 << 20 });
  const zh = JSON.parse(stdout);
  await SwaggerParser.validate(structuredClone(zh));
  const en = JSON.parse((await run(process.execPath, [bin, "openapi"], { env, maxBuffer: 16 << 20 })).stdout);
  assert.equal(zh.paths["/v4/group_open_http_svc/set_unread_msg_num"].post.summary, "设置成员未读消息计数");
  assert.match(zh.paths["/v4/group_open_http_svc/get_group_msg_receipt"].post["x-tcim-errors"].find((x) => x.code === 10010).message, /群组不存在/);
  assert.equal(zh.servers[0].description, "中国");
  // The same document apart from its words.
  // A rule between fields says itself in the document's language ($comment).
  assert.match(zh.components.schemas.ModifyC2cMsgRequest.allOf[0].$comment, /至少需要填写一个/);
  assert.match(en.components.schemas.ModifyC2cMsgRequest.allOf[0].$comment, /at least one of MsgBody and CloudCustomData/);
  const shape = (doc) => JSON.stringify(doc, (k, v) => (["description", "summary", "title", "message", "$comment"].includes(k) || k === "x-tcim-crossFieldRules" ? undefined : v));
  const words = (doc) => ({ ...doc, "x-tcim-errorCodes": Object.keys(doc["x-tcim-errorCodes"]) });
  assert.equal(shape(words(zh)), shape(words(en)));
});

test("the command line in Chinese: tcim --lang zh-CN (or LANG), help, messages and validate's diagnostics; every text in both languages", async () => {
  const { TEXT } = await import("../../pkg/bin/text.mjs");
  const keys = (o) => Object.keys(o).sort();
  assert.deepEqual(keys(TEXT["zh-CN"]), keys(TEXT.en));
  assert.deepEqual(keys(TEXT["zh-CN"].help), keys(TEXT.en.help));
  for (const [k, v] of Object.entries(TEXT["zh-CN"])) {
    const text = k === "help" ? Object.values(v).join("\n") : v("a", "b");
    assert.match(text, /[\u4e00-\u9fff]/, k);
  }
  for (const k of Object.keys(TEXT.en.help)) assert.match(TEXT["zh-CN"].help[k], /[\u4e00-\u9fff]/, `help ${k}`);
  const { NODE_TEST_CONTEXT, LANG, LC_ALL, ...env } = process.env;
  const help = await run(process.execPath, [bin, "--lang", "zh-CN", "--help"], { env });
  assert.match(help.stdout, /^tcim — 腾讯云即时通信 IM 服务端 REST API 的离线工具集/);
  const byLang = await run(process.execPath, [bin, "serve", "--help"], { env: { ...env, LANG: "zh_CN.UTF-8" } });
  assert.match(byLang.stdout, /^用法：tcim serve/);
  const unknown = await run(process.execPath, [bin, "frobnicate", "--lang=zh-CN"], { env }).catch((e) => e);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /未知的命令 "frobnicate"/);
  // validate's diagnostics in Chinese, from a file.
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "tcim-lang-"));
  try {
    writeFileSync(join(dir, "body.json"), '{"GroupId": "g", "UnreadMsgNum": -1}');
    const out = await run(process.execPath, [bin, "--lang", "zh-CN", "validate", "group_open_http_svc/set_unread_msg_num", join(dir, "body.json")], { env }).catch((e) => e);
    assert.equal(out.code, 1);
    assert.match(out.stdout, /缺少必填字段 "Member_Account"/);
    assert.match(out.stdout, /2 个错误/);
    // "--lang" after "--" belongs to the command tcim exec runs.
    const ex = await run(process.execPath, [bin, "exec", "--", process.execPath, "-e", "console.log(process.argv.slice(1).join(' '))", "--", "--lang", "x"], { env });
    assert.match(ex.stdout, /--lang x/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
