// The built package (pkg/) through its ESM entry, as Node users import it.
import { test } from "node:test";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import * as tcim from "../../pkg/node/index.mjs";
import init, { validate, buildRequest, errorInfo, endpoints, Simulator, TcimError } from "../../pkg/node/index.mjs";

const UNREAD = "group_open_http_svc/set_unread_msg_num";

test("ESM import needs no init; init() is a resolved no-op", async () => {
  assert.equal(typeof tcim.validate, "function");
  await init();
});

test("validate: text with line/column, objects without", () => {
  assert.deepEqual(validate(UNREAD, '{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}'), { ok: true, diagnostics: [] });
  const r = validate(UNREAD, '{\n  "GroupId": "g1",\n  "Member_Account": "bob",\n  "UnreadMsgNum": -1\n}');
  assert.equal(r.ok, false);
  assert.deepEqual(r.diagnostics[0], {
    severity: "error",
    path: "/UnreadMsgNum",
    code: "out_of_range",
    message: '"UnreadMsgNum" must be an integer ≥ 0, got -1',
    line: 4,
    column: 19,
  });
  const o = validate(UNREAD, { GroupId: "g1", Member_Account: "bob" });
  assert.equal(o.ok, false);
  assert.deepEqual(o.diagnostics.map((d) => [d.path, d.code, d.line]), [["/UnreadMsgNum", "missing_field", undefined]]);
});

test("validate: all api spellings, warnings keep ok true, unknown api", () => {
  for (const api of [UNREAD, "v4/" + UNREAD, "/v4/" + UNREAD, "/" + UNREAD]) {
    assert.equal(validate(api, { GroupId: "g1", Member_Account: "bob", UnreadMsgNum: 1 }).ok, true, api);
  }
  const w = validate("openim/admin_set_msg_read", { Report_Account: "a", Peer_Account: "b", MsgReadTime: 1700000000 });
  assert.equal(w.ok, true);
  assert.equal(w.diagnostics[0].code, "type_drift");
  const u = validate("openim/nope", {});
  assert.deepEqual(u.diagnostics.map((d) => d.code), ["unknown_api"]);
});

test("validate: odd payloads give diagnostics, misuse throws TcimError", () => {
  assert.equal(validate(UNREAD, null).diagnostics[0].code, "not_an_object");
  assert.equal(validate(UNREAD, []).diagnostics[0].code, "not_an_object");
  assert.equal(validate(UNREAD, "").diagnostics[0].code, "invalid_json");
  assert.throws(() => validate(UNREAD, 5), (e) => e instanceof TcimError && e.code === "invalid_argument");
  assert.throws(() => validate(42, {}), (e) => e instanceof TcimError && e.code === "invalid_argument");
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => validate(UNREAD, cyclic), (e) => e instanceof TcimError && e.code === "invalid_argument");
  assert.throws(() => validate(UNREAD, { n: 1n }), (e) => e instanceof TcimError);
});

test("buildRequest: URL, headers, body, random", () => {
  const req = buildRequest({
    api: UNREAD,
    body: { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", UnreadMsgNum: 5 },
    sdkAppId: 88888888,
    identifier: "admin",
    userSig: "xxx",
    random: 99999999,
  });
  assert.deepEqual(req, {
    method: "POST",
    url: "https://console.tim.qq.com/v4/group_open_http_svc/set_unread_msg_num?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json",
    headers: { "Content-Type": "application/json" },
    body: '{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}',
    diagnostics: [],
  });
  const randoms = new Set();
  for (let i = 0; i < 20; i++) {
    const url = new URL(buildRequest({ api: UNREAD, body: { GroupId: "g", Member_Account: "b", UnreadMsgNum: 0 }, sdkAppId: 1, identifier: "a", userSig: "s", region: "frankfurt" }).url);
    assert.equal(url.host, "adminapiger.im.qcloud.com");
    const r = Number(url.searchParams.get("random"));
    assert.ok(Number.isInteger(r) && r >= 0 && r <= 4294967295);
    randoms.add(r);
  }
  assert.ok(randoms.size > 15, "random comes from crypto.getRandomValues");
  const local = buildRequest({ api: "openim/admin_set_msg_read", body: '{"Report_Account":"a","Peer_Account":"b"}', sdkAppId: 1, identifier: "a", userSig: "s", region: { host: "127.0.0.1:5000", scheme: "http" } });
  assert.match(local.url, /^http:\/\/127\.0\.0\.1:5000\/v4\/openim\/admin_set_msg_read\?/);
});

test("buildRequest: TcimError shape", () => {
  const base = { sdkAppId: 1, identifier: "admin", userSig: "s" };
  let err;
  try {
    buildRequest({ ...base, api: UNREAD, body: '{\n"GroupId": 5\n}' });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof TcimError);
  assert.ok(err instanceof Error);
  assert.equal(err.name, "TcimError");
  assert.equal(err.code, "invalid_body");
  assert.match(err.message, /GroupId/);
  assert.deepEqual(err.diagnostics.map((d) => [d.path, d.code, d.line]), [
    ["/GroupId", "wrong_type", 2],
    ["/Member_Account", "missing_field", 1],
    ["/UnreadMsgNum", "missing_field", 1],
  ]);
  assert.throws(() => buildRequest({ ...base, api: UNREAD, body: {}, sdkAppId: "1" }), (e) => e.code === "invalid_option" && e.diagnostics[0].path === "/sdkAppId");
  assert.throws(() => buildRequest({ ...base, api: UNREAD, body: {}, random: 2 ** 32 }), (e) => e.code === "invalid_option");
  assert.throws(() => buildRequest({ ...base, api: UNREAD, body: {}, region: "mars" }), (e) => e.code === "invalid_option");
  assert.throws(() => buildRequest({ ...base, api: "x/y", body: {} }), (e) => e.code === "unknown_api");
  assert.throws(() => buildRequest(null), (e) => e.code === "invalid_argument");
});

test("errorInfo", () => {
  assert.deepEqual(Object.keys(errorInfo(60007)), ["code", "message"]);
  assert.equal(errorInfo(10062).code, 10062);
  assert.equal(errorInfo(70001).code, 70001);
  assert.equal(errorInfo(12345), null);
  assert.equal(errorInfo(-1), null);
  assert.equal(errorInfo(1.5), null);
  assert.equal(errorInfo("10062"), null);
});

test("the built package lists exactly the endpoints of the sources (a stale build fails here)", () => {
  const fresh = execFileSync("cargo", ["run", "--quiet", "--bin", "tcim-codegen", "--", "catalog"], { encoding: "utf8" });
  assert.deepEqual(endpoints(), JSON.parse(fresh));
});

test("endpoints", () => {
  const eps = endpoints();
  assert.equal(new Set(eps.map((e) => e.api)).size, eps.length, "each endpoint once");
  // Every listed endpoint is one the simulator answers: never the unknown-path codes (10003
  // for the group service, 60009 elsewhere), which an unlisted command gets.
  const sim = new Simulator({ rateLimit: false });
  for (const e of eps) assert.ok(![10003, 60009].includes(sim.call(e.api, e.sample).ErrorCode), e.api);
  assert.equal(sim.call("openim/no_such_command", {}).ErrorCode, 60009);
  const unread = eps.find((e) => e.api === UNREAD);
  assert.equal(unread.rateLimit, 200);
  assert.deepEqual(unread.groupTypes, { AVChatRoom: false, ChatRoom: false, Community: true, Private: true, Public: true });
  for (const e of eps) assert.equal(validate(e.api, e.sample).diagnostics.length, 0, e.api);
  eps[0].api = "mutated";
  assert.notEqual(endpoints()[0].api, "mutated", "each call returns fresh objects");
});

test("validate: diagnostics whose text holds the transfer separators arrive intact", () => {
  const r = validate(UNREAD, '{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5,"a\\u0001b\\u0002":1,"UnreadMsgnum":2}');
  assert.equal(r.ok, true);
  assert.deepEqual(r.diagnostics.map((d) => [d.path, d.code, d.line, d.column]), [["/a\u0001b\u0002", "unknown_field", 1, 69], ["/UnreadMsgnum", "unknown_field", 1, 88]]);
  assert.match(r.diagnostics[1].message, /did you mean "UnreadMsgNum"/);
});
