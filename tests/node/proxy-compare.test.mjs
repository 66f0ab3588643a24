// The judge of tcim proxy and tcim replay, alone (js/lib/proxy/compare.js is pure): drift
// against a response schema, the ID map, the comparison of two answers, the tally and table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { responseDrift, IdMap, compareAnswers, Conformance, formatReport } from "../../js/lib/proxy/compare.js";

const SCHEMA = {
  type: "object",
  required: ["ActionStatus", "ErrorInfo", "ErrorCode"],
  properties: {
    ActionStatus: { type: "string", enum: ["OK", "FAIL"] },
    ErrorInfo: { type: "string" },
    ErrorCode: { type: "integer", minimum: 0 },
    Action1Status: false,
    GroupId: { anyOf: [{ type: "string" }, { type: "null" }] },
    MemberList: { type: "array", items: { $ref: "#/$defs/Member" } },
  },
  $defs: { Member: { type: "object", required: ["Member_Account"], properties: { Member_Account: { type: "string", maxLength: 4 }, Role: { type: "string" } } } },
};

const ok = (extra = {}) => ({ ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0, ...extra });

test("an answer as documented has no drift", () => {
  assert.deepEqual(responseDrift(SCHEMA, ok({ GroupId: "@TGS#1", MemberList: [{ Member_Account: "a", Role: "Owner" }] })), []);
  assert.deepEqual(responseDrift(SCHEMA, ok({ GroupId: null })), []);
});

test("drift: undocumented and forbidden fields, wrong types, missing fields, enum and bounds, inside $ref'd items", () => {
  const drift = responseDrift(SCHEMA, { ActionStatus: "MAYBE", ErrorCode: -1, Action1Status: "x", Extra: 1, GroupId: 5, MemberList: [{ Role: 1, Member_Account: "abcdef" }] });
  assert.deepEqual(drift.map((d) => `${d.path} ${d.kind}`).sort(), [
    "/Action1Status undocumented",
    "/ActionStatus enum",
    "/ErrorCode range",
    "/ErrorInfo missing",
    "/Extra undocumented",
    "/GroupId type",
    "/MemberList/0/Member_Account range",
    "/MemberList/0/Role type",
  ]);
  assert.deepEqual(responseDrift(SCHEMA, []).map((d) => d.kind), ["type"]);
});

test("the ID map learns a pair once, holds both sides to it and rewrites requests", () => {
  const ids = new IdMap();
  assert.equal(ids.agree("GroupId", "@TGS#real", "@TGS#sim"), true);
  assert.equal(ids.agree("GroupId", "@TGS#real", "@TGS#sim"), true);
  assert.equal(ids.agree("GroupId", "@TGS#real", "@TGS#other"), false, "one upstream ID, two shadow IDs");
  assert.equal(ids.agree("GroupId", "@TGS#real2", "@TGS#sim"), false, "two upstream IDs, one shadow ID");
  assert.equal(ids.agree("MsgKey", "1_2_3", "9_9_9"), true);
  assert.deepEqual(ids.rewrite({ GroupId: "@TGS#real", MsgKeyList: [{ MsgKey: "1_2_3" }], MsgSeqList: [{ MsgSeq: 7 }], Text: "@TGS#real", GroupIdList: ["@TGS#real", "@TGS#x"] }), { GroupId: "@TGS#sim", MsgKeyList: [{ MsgKey: "9_9_9" }], MsgSeqList: [{ MsgSeq: 7 }], Text: "@TGS#real", GroupIdList: ["@TGS#sim", "@TGS#x"] });
});

test("answers agree after mapping IDs, with clocks and prose compared by presence", () => {
  const ids = new IdMap();
  const up = { status: 200, text: JSON.stringify(ok({ ErrorInfo: "ok", GroupId: "@TGS#A", MsgTime: 1700000000, CreateTime: 1 })) };
  const sh = { status: 200, text: JSON.stringify(ok({ GroupId: "@TGS#1", MsgTime: 1800000000, CreateTime: 2 })) };
  assert.deepEqual(compareAnswers(up, sh, ids), []);
  assert.equal(ids.get("GroupId", "@TGS#A"), "@TGS#1");
});

test("a divergence names the paths: ErrorCode alone when it differs, else fields and values", () => {
  const ids = new IdMap();
  const up = (o) => ({ status: 200, text: JSON.stringify(o) });
  assert.deepEqual(compareAnswers(up(ok({ X: 1 })), up({ ActionStatus: "FAIL", ErrorInfo: "no", ErrorCode: 10059 }), ids), [{ path: "/ErrorCode", upstream: 0, shadow: 10059 }]);
  assert.deepEqual(compareAnswers(up(ok({ A: 1, L: [1, 2], O: { x: "a" } })), up(ok({ B: 1, L: [1], O: { x: "b" } })), ids), [
    { path: "/A", upstream: 1, shadow: "(absent)" },
    { path: "/L(length)", upstream: 2, shadow: 1 },
    { path: "/O/x", upstream: "a", shadow: "b" },
    { path: "/B", upstream: "(absent)", shadow: 1 },
  ]);
  assert.deepEqual(compareAnswers({ status: 502, text: "<html>" }, up(ok()), ids), [
    { path: "(status)", upstream: 502, shadow: 200 },
    { path: "", upstream: "(not JSON)", shadow: "(JSON)" },
  ]);
  assert.deepEqual(compareAnswers({ status: 200, text: "same" }, { status: 200, text: "same" }, ids), []);
});

test("the tally counts per endpoint with the first example of each finding, and the table shows them", () => {
  const c = new Conformance(() => SCHEMA, (_api, text) => (text.startsWith("{") ? [] : ["(body) not_json"]));
  const answer = (o) => ({ status: 200, text: JSON.stringify(o) });
  c.judge("group_open_http_svc/create_group", "{}", answer(ok({ GroupId: "@TGS#A" })), answer(ok({ GroupId: "@TGS#1" })));
  assert.equal(c.shadowBody('{"GroupId":"@TGS#A"}'), '{"GroupId":"@TGS#1"}');
  assert.equal(c.shadowBody("not json"), "not json");
  const v = c.judge("group_open_http_svc/get_group_info", "x", answer(ok({ Extra: 1 })), answer(ok()));
  assert.deepEqual(v.invalid, ["(body) not_json"]);
  assert.deepEqual(v.divergences, [{ path: "/Extra", upstream: 1, shadow: "(absent)" }]);
  const u = c.judge("openim/sendmsg", "{}", { error: "timeout" }, answer(ok()));
  assert.equal(u.unanswered, "timeout");
  const r = c.report();
  assert.deepEqual(r.totals, { requests: 3, agreeing: 1, divergent: 1, drift: 1, invalid: 1, unanswered: 1 });
  assert.deepEqual(Object.keys(r.endpoints), ["group_open_http_svc/create_group", "group_open_http_svc/get_group_info", "openim/sendmsg"]);
  assert.equal(r.endpoints["group_open_http_svc/get_group_info"].firstDivergence?.n, 2);
  const table = formatReport(r);
  assert.match(table, /^endpoint\s+requests  agreeing  divergent  drift  invalid  unanswered$/m);
  assert.match(table, /^group_open_http_svc\/create_group\s+1\s+1\s+0\s+0\s+0\s+0$/m);
  assert.match(table, /^total\s+3\s+1\s+1\s+1\s+1\s+1$/m);
  assert.match(table, /get_group_info #2 divergent: \/Extra upstream 1, tcim \(absent\)/);
  assert.match(table, /get_group_info #2 drift: \/Extra the documentation has no such field/);
  assert.match(table, /sendmsg #3 unanswered: timeout/);
});
