// The JSON Schemas (jsonSchema(api), the package's schemas/ files) and the OpenAPI 3.1
// document (openapi.json, `tcim openapi`), generated from the rule tables validate reads:
// Ajv (draft 2020-12, strict, with tcim's x-tcim- keywords) compiles every schema and splits
// random bodies into valid and invalid exactly as validate does, rules between fields
// included; the only bodies allowed to split otherwise are those validate refuses for a rule
// the schema lists under x-tcim-crossFieldRules (no keyword can state it), and only at the
// places that rule names. A real OpenAPI validator accepts the document; openapi-typescript
// turns it into types every sample compiles against.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { endpoints, jsonSchema, validate, TcimError } from "../../pkg/node/index.mjs";
import { random, keysOf, everyPlace, oddValues, mutator } from "./routes.mjs";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const pkg = fileURLToPath(new URL("../../pkg/", import.meta.url));
const openapi = JSON.parse(readFileSync(join(pkg, "openapi.json"), "utf8"));
const run = promisify(execFile);

/** Ajv with tcim's keywords: UTF-8 byte limits are checked; the others only describe. */
function ajvWithTcimKeywords() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const bytes = (s) => new TextEncoder().encode(s).length;
  ajv.addKeyword({ keyword: "x-tcim-maxBytes", type: "string", schemaType: "number", validate: (max, s) => bytes(s) <= max });
  ajv.addKeyword({ keyword: "x-tcim-minBytes", type: "string", schemaType: "number", validate: (min, s) => bytes(s) >= min });
  ajv.addKeyword({ keyword: "x-tcim-maxJsonBytes", type: "array", schemaType: "number", validate: (max, v) => bytes(JSON.stringify(v)) <= max });
  for (const keyword of ["x-tcim-clampTo", "x-tcim-crossFieldRules"]) ajv.addKeyword({ keyword });
  return ajv;
}

const ajv = ajvWithTcimKeywords();
const compiled = new Map(
  endpoints().map((e) => {
    const { request } = jsonSchema(e.api);
    // The places where validate checks rules the schema cannot state, as path patterns.
    const at = (request["x-tcim-crossFieldRules"]?.rules ?? []).flatMap((r) => r.at);
    return [e.api, { request: ajv.compile(request), unstated: at.map(pattern) }];
  }),
);

/** A path pattern of x-tcim-crossFieldRules (`*` for any index or key) as a RegExp that takes
 * the path and any path under it. */
function pattern(at) {
  const escaped = at.split("/").map((s) => (s === "*" ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
  return new RegExp(`^${escaped}(/.*)?$`);
}

/** How many bodies the schemas took that validate refused for a rule no keyword states. */
let unstatedSplits = 0;

/** Compares the schema's verdict with validate's on one body; returns false when the body is
 * not JSON the schema can judge (lone surrogates, numbers beyond what JSON.parse keeps). */
function agree(e, body, where) {
  let text;
  try {
    text = JSON.stringify(body);
  } catch {
    return false;
  }
  if (text === undefined) return false;
  const verdict = validate(e.api, text);
  // JSON-level findings, before any schema applies.
  if (verdict.diagnostics.some((d) => d.code === "invalid_json" || d.code === "number_too_large")) return false;
  // Integers beyond 2^53 are rounded by JSON.parse before a schema sees them (docs/schemas.md).
  let rounded = false;
  const parsed = JSON.parse(text, (_, v) => ((rounded ||= Number.isInteger(v) && !Number.isSafeInteger(v)), v));
  if (rounded) return false;
  const { request, unstated } = compiled.get(e.api);
  const schemaOk = request(parsed);
  if (schemaOk === verdict.ok) return true;
  // Ajv takes it and validate refuses it: allowed only for the rules the schema says it cannot
  // state, each error at a place such a rule names.
  const errors = verdict.diagnostics.filter((d) => d.severity === "error");
  const unstatedOnly = schemaOk && errors.every((d) => unstated.some((p) => p.test(d.path)));
  assert.ok(unstatedOnly, `${e.api} ${where}: schema ${schemaOk}, validate ${JSON.stringify(verdict.diagnostics)}: ${text}\n${JSON.stringify(request.errors)}`);
  unstatedSplits++;
  return true;
}

test("every request and response schema compiles under Ajv's strict draft 2020-12, and each sample is valid", () => {
  for (const e of endpoints()) {
    const { request, response } = jsonSchema(e.api);
    assert.equal(request.$schema, "https://json-schema.org/draft/2020-12/schema");
    ajv.compile(response);
    assert.ok(compiled.get(e.api).request(JSON.parse(e.sample)), `${e.api}: ${JSON.stringify(compiled.get(e.api).request.errors)}`);
    // The package's files hold the same schemas.
    assert.deepEqual(JSON.parse(readFileSync(join(pkg, "schemas", `${e.api}.request.json`), "utf8")), request);
    assert.deepEqual(JSON.parse(readFileSync(join(pkg, "schemas", `${e.api}.response.json`), "utf8")), response);
  }
  assert.deepEqual(jsonSchema("v4/openim/admin_set_msg_read"), jsonSchema("openim/admin_set_msg_read"));
  assert.throws(() => jsonSchema("openim/nope"), (e) => e instanceof TcimError && e.code === "unknown_api");
  // A fresh copy each time: editing one changes nothing for the next caller.
  jsonSchema("openim/admin_set_msg_read").request.required.push("x");
  assert.deepEqual(jsonSchema("openim/admin_set_msg_read").request.required, ["Report_Account", "Peer_Account"]);
});

test("the schemas split random bodies into valid and invalid as validate does", () => {
  const { rand, pick } = random(0x5c4e3a);
  const mutate = mutator({ rand, pick });
  let compared = 0;
  let valid = 0;
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const keys = [...keysOf(sample, new Set(["x", "groupid", "MsgReadTime", "MsgReadedTime", "Identifier", "type", "From_Account"]))];
    for (let i = 0; i < 400; i++) {
      const body = mutate(sample, keys);
      if (agree(e, body, `case ${i}`)) {
        compared++;
        if (validate(e.api, body).ok) valid++;
      }
    }
  }
  everyPlace(oddValues(), (e, body, path) => agree(e, body, `at /${path.join("/")}`) && compared++);
  assert.ok(compared > 30000 && valid > 2000, `${compared} compared, ${valid} valid`);
  // The exception is there for rules no keyword states, not as a way out: it is rare.
  assert.ok(unstatedSplits < compared / 50, `${unstatedSplits} of ${compared} split by unstated rules`);
  console.log(`${compared} compared, ${valid} valid, ${unstatedSplits} split by rules the schemas list as unstated`);
});

test("the rules between fields are in the schemas: the bodies of issue 32 are refused by Ajv as by validate", () => {
  const cases = [
    ["openim/modify_c2c_msg", { From_Account: "a", To_Account: "b", MsgKey: "1_2_3" }, ""],
    ["openim/modify_group_msg", { GroupId: "g1", MsgSeq: 1, CloudCustomData: null }, ""],
    ["recentcontact/delete", { From_Account: "a", Type: 2 }, "/ToGroupid"],
    ["recentcontact/delete", { From_Account: "a", type: 1, ToGroupid: "g" }, "/To_Account"],
    ["recentcontact/delete", { From_Account: "a", Type: 1, To_Account: null }, "/To_Account"],
    ["recentcontact/mark_contact", { From_Account: "a", MarkItem: [{ OptType: 1, ContactItem: { Type: 2 }, SetMark: [1] }] }, "/MarkItem/0/ContactItem/ToGroupId"],
    ["recentcontact/update_contact_group", { From_Account: "a", UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: "x" } }, "/UpdateGroup/NewGroupName"],
    ["openconfigsvr/setnospeaking", { Set_Account: "a" }, ""],
    ["im_open_login_svc/multiaccount_import", { Accounts: ["a"], AccountList: [{ UserID: "b" }] }, "/AccountList"],
    ["im_open_login_svc/multiaccount_import", {}, ""],
    ["group_open_http_svc/send_group_msg", { GroupId: "g1", Random: 1, OnlineOnlyFlag: 1, SendMsgControl: ["NoUnread"], MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "x" } }] }, "/SendMsgControl"],
    ["group_open_http_svc/create_group", { Type: "AVChatRoom", Name: "n", MemberList: [{ Member_Account: "a" }] }, "/MemberList"],
    ["group_open_http_svc/create_group", { Type: "Work", Name: "n", SupportTopic: 1 }, "/SupportTopic"],
    ["group_open_http_svc/import_group", { Type: "Public", Name: "n", SupportTopic: 1 }, "/SupportTopic"],
  ];
  for (const [api, body, path] of cases) {
    const verdict = validate(api, body);
    const errors = verdict.diagnostics.filter((d) => d.severity === "error");
    assert.ok(errors.length > 0 && errors.every((d) => d.path === path), `${api}: validate ${JSON.stringify(verdict.diagnostics)}`);
    assert.equal(compiled.get(api).request(body), false, `${api}: Ajv takes ${JSON.stringify(body)}`);
  }
  // And takes them once the other field is there (or the condition does not hold).
  const fine = [
    ["openim/modify_c2c_msg", { From_Account: "a", To_Account: "b", MsgKey: "1_2_3", MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "x" } }] }],
    ["recentcontact/delete", { From_Account: "a", Type: 2, ToGroupid: "g" }],
    ["recentcontact/delete", { From_Account: "a", Type: 1, type: 2, To_Account: "b" }],
    ["group_open_http_svc/create_group", { Type: "Community", Name: "n", SupportTopic: 1 }],
    ["group_open_http_svc/create_group", { Type: "AVChatRoom", Name: "n", MemberList: [] }],
    ["im_open_login_svc/multiaccount_import", { Accounts: ["a"], AccountList: null }],
  ];
  for (const [api, body] of fine) {
    assert.ok(validate(api, body).ok, `${api}: ${JSON.stringify(validate(api, body).diagnostics)}`);
    assert.ok(compiled.get(api).request(body), `${api}: ${JSON.stringify(compiled.get(api).request.errors)}`);
  }
  // The rules no keyword states are listed, with where they point.
  assert.deepEqual(jsonSchema("openim/admin_getroammsg").request["x-tcim-crossFieldRules"].rules, [{ rule: "MinTime is not after MaxTime", at: ["/MinTime"] }]);
  assert.equal("x-tcim-crossFieldRules" in jsonSchema("openim/modify_c2c_msg").request, false);
});

test("the OpenAPI 3.1 document passes a real validator, has every endpoint with its errors, and `tcim openapi` prints it", async () => {
  const SwaggerParser = require("@apidevtools/swagger-parser");
  await SwaggerParser.validate(structuredClone(openapi));
  assert.equal(openapi.openapi, "3.1.0");
  assert.deepEqual(Object.keys(openapi.paths).sort(), endpoints().map((e) => `/v4/${e.api}`).sort());
  for (const e of endpoints()) {
    const op = openapi.paths[`/v4/${e.api}`].post;
    assert.deepEqual(op.requestBody.content["application/json"].example, JSON.parse(e.sample));
    assert.deepEqual(op["x-tcim-errors"].map((x) => x.code), e.errors);
    assert.ok(op["x-tcim-errors"].every((x) => x.message.length > 0), e.api);
  }
  assert.equal(openapi.servers.length, 14, "seven regions, each with its backup");
  assert.deepEqual(Object.keys(openapi.components.securitySchemes).sort(), ["identifier", "sdkappid", "usersig"]);
  const { stdout } = await run(process.execPath, [join(pkg, "bin/tcim.mjs"), "openapi"], { maxBuffer: 16 << 20 });
  assert.deepEqual(JSON.parse(stdout), openapi);
});

test("openapi-typescript's types from the document take every sample (tsc --strict)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tcim-openapi-"));
  try {
    const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
    await run(bin("openapi-typescript"), [join(pkg, "openapi.json"), "-o", join(dir, "api.d.ts")], { maxBuffer: 16 << 20 });
    const lines = ['import type { paths } from "./api";', 'type Body<P extends keyof paths> = paths[P]["post"]["requestBody"]["content"]["application/json"];'];
    endpoints().forEach((e, i) => lines.push(`export const sample${i}: Body<"/v4/${e.api}"> = ${e.sample};`));
    // And the types refuse what the schema refuses.
    lines.push('// @ts-expect-error a required field is missing', 'export const bad: Body<"/v4/openim/admin_set_msg_read"> = { Report_Account: "a" };');
    writeFileSync(join(dir, "samples.ts"), lines.join("\n") + "\n");
    await run(process.execPath, [fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url)), "--strict", "--noEmit", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", join(dir, "samples.ts")], { maxBuffer: 16 << 20 }).catch((err) => {
      throw new Error(`tsc: ${err.stdout}${err.stderr}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("each callback's statement gives a JSON Schema that takes its sample, and an OpenAPI webhook (English and Chinese)", async () => {
  const { Simulator } = await import("../../pkg/node/index.mjs");
  const { mismatch, schemas } = await import("../support/callback-statements.mjs");
  const samples = Simulator.callbackSamples();
  assert.deepEqual([...schemas.keys()].sort(), samples.map((s) => s.command).sort());
  for (const { command, body } of samples) {
    assert.equal(mismatch(command, body), null);
    assert.equal(schemas.get(command).$schema, "https://json-schema.org/draft/2020-12/schema");
    // A body under another command's name is refused (bodies are told apart by CallbackCommand).
    assert.notEqual(mismatch(command, { ...body, CallbackCommand: command === "State.StateChange" ? "Sns.CallbackFriendAdd" : "State.StateChange" }), null);
  }
  const zh = JSON.parse(readFileSync(join(pkg, "openapi.zh-CN.json"), "utf8"));
  for (const doc of [openapi, zh]) {
    assert.deepEqual(Object.keys(doc.webhooks).sort(), samples.map((s) => s.command).sort());
    for (const { command, body } of samples) {
      const post = doc.webhooks[command].post;
      assert.deepEqual(post.requestBody.content["application/json"].example, body);
      const ref = post.requestBody.content["application/json"].schema.$ref.replace("#/components/schemas/", "");
      assert.ok(doc.components.schemas[ref], ref);
      assert.equal("x-tcim-before" in post, command.includes("Before"), command);
    }
  }
  assert.equal(zh.webhooks["Group.CallbackBeforeSendMsg"].post.summary, "群内发言之前回调");
  assert.deepEqual(openapi.webhooks["Group.CallbackBeforeCreateGroup"].post["x-tcim-before"], { refusedCode: 10016, customCodes: [10100, 10200], dropsOnErrorCode2: false, failurePolicy: "goOn" });
});
