// Hostile input from JS: clear results or TcimError, never a trap; the simulator's state is
// byte-identical afterwards and the module keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, buildRequest, Simulator, TcimError, errorInfo } from "../../pkg/node/index.mjs";

const UNREAD = "group_open_http_svc/set_unread_msg_num";

function world() {
  const sim = new Simulator({ now: 1700000000, rateLimit: false });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "a", Type: "Public", GroupId: "g1", Name: "n", MemberList: [{ Member_Account: "b" }] });
  return sim;
}

test("bad bodies through sim.call: documented codes, nothing changes", () => {
  const sim = world();
  const cases = [
    ["not json", 60003],
    ["", 60003],
    ["null", 10004],
    [[], 10004],
    [null, 10004],
    [{ GroupId: 1, Member_Account: {}, UnreadMsgNum: "5" }, 10004],
    ['{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1e400}', 10004],
    [{ GroupId: "g1", Member_Account: "b", UnreadMsgNum: 2 ** 64 }, 10004],
    [{ GroupId: "g1", Member_Account: "b", UnreadMsgNum: 5.5 }, 10004],
    ['{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":1,"UnreadMsgNum":-1}', 10004],
    ["[".repeat(100000), 60003],
    [{ GroupId: "x".repeat(10 * 1024 * 1024), Member_Account: "b", UnreadMsgNum: 1 }, 10015],
    // JSON.stringify escapes a lone surrogate as \ud800, which is not valid Unicode text
    [{ GroupId: "g1", Member_Account: "\ud800", UnreadMsgNum: 1 }, 60003],
    [{ GroupId: "g1", Member_Account: "a\u0000b", UnreadMsgNum: 1 }, 10019],
  ];
  for (const [body, code] of cases) {
    const before = sim.snapshot();
    const r = sim.call(UNREAD, body);
    assert.equal(r.ErrorCode, code, `${String(typeof body === "string" ? body : JSON.stringify(body)).slice(0, 60)} → ${r.ErrorInfo}`);
    assert.equal(sim.snapshot(), before);
  }
  assert.throws(() => sim.call(UNREAD, undefined), TcimError);
  assert.throws(() => sim.call(UNREAD, 5), TcimError);
  assert.throws(() => sim.call(null, {}), TcimError);
  assert.equal(sim.call("group_open_http_svc/nope", {}).ErrorCode, 10003);
  assert.equal(sim.call("nope/nope", {}).ErrorCode, 60009);
  // __proto__ as a key is data, not a prototype
  const r = sim.call(UNREAD, '{"GroupId":"g1","Member_Account":"b","UnreadMsgNum":0,"__proto__":{"polluted":true}}');
  assert.equal(r.ErrorCode, 0);
  assert.equal({}.polluted, undefined);
  // the module still works
  assert.equal(sim.call("im_open_login_svc/account_check", { CheckItem: [{ UserID: "a" }] }).ResultItem[0].AccountStatus, "Imported");
});

test("validate and buildRequest with hostile values", () => {
  assert.equal(validate(UNREAD, "[".repeat(100000)).diagnostics[0].code, "invalid_json");
  const big = validate(UNREAD, { GroupId: "g", Member_Account: "b".repeat(5_000_000), UnreadMsgNum: 1 });
  assert.equal(big.diagnostics[0].code, "too_long");
  assert.equal(validate(UNREAD, { GroupId: "g", Member_Account: "\udc00x", UnreadMsgNum: 1 }).diagnostics[0].code, "invalid_json", "a lone surrogate is refused, not mangled");
  assert.equal(validate(UNREAD, '{"GroupId":"g","Member_Account":"\udc00x","UnreadMsgNum":1}').ok, true, "raw in JS text it arrives as U+FFFD");
  assert.equal(validate(UNREAD, { __proto__: null, GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 }).ok, true);
  assert.equal(validate("x".repeat(100000), {}).diagnostics[0].code, "unknown_api");
  for (const bad of [undefined, 1, true, Symbol("s"), () => 1]) {
    assert.throws(() => validate(UNREAD, bad), TcimError);
  }
  assert.throws(() => buildRequest({ api: UNREAD, body: { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 }, sdkAppId: NaN, identifier: "a", userSig: "s" }), (e) => e.code === "invalid_option");
  assert.throws(() => buildRequest({ api: UNREAD, body: { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 }, sdkAppId: 1, identifier: "a", userSig: "s", random: Infinity }), (e) => e.code === "invalid_option");
  assert.equal(errorInfo(NaN), null);
  assert.equal(errorInfo(Infinity), null);
  assert.equal(errorInfo(2 ** 53), null);
  assert.equal(validate(UNREAD, { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 }).ok, true, "still working");
});

test("values whose getters or proxies throw: invalid_argument, for every entry point that reads them", () => {
  const boom = () => {
    throw new Error("boom");
  };
  const isArgError = (e) => e instanceof TcimError && e.code === "invalid_argument" && /boom/.test(e.message);
  const body = { GroupId: "g1", Member_Account: "b", get UnreadMsgNum() { return boom(); } };
  assert.throws(() => validate(UNREAD, body), isArgError);
  assert.throws(() => buildRequest({ api: UNREAD, body, sdkAppId: 1400000000, identifier: "admin", userSig: "sig" }), isArgError);
  const sim = world();
  const before = sim.snapshot();
  assert.throws(() => sim.call(UNREAD, body), isArgError);
  assert.throws(() => sim.client({ action: "readGroup", groupId: "g1", account: "b", get seq() { return boom(); } }), isArgError);
  assert.equal(sim.snapshot(), before);
});
