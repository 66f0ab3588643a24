// Quick fixes in `validate`'s answer (src/vocab/fix.rs; lib/diagnose.js): the same on every
// route (a JS object, JSON text read in JS, wasm's compact answer, wasm's JSON), and each one
// mends its finding. object-input and text-input compare the routes on random bodies too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, wasm, crossingsSoFar, wasmText } from "./routes.mjs";
import { applyPatch } from "../../www/src/fix-text.js";

const READ = "openim/admin_set_msg_read";
const FIX = { fixes: true };

/** The fix of (path, code) on every route, checked equal; then applied and checked to mend. */
function fixOn(api, body, path, code) {
  const text = JSON.stringify(body);
  const answers = [validate(api, body, FIX), validate(api, text, FIX), validate(api, JSON.stringify(body, null, 2), FIX), wasmText(api, text, true)];
  const fixes = answers.map((a) => a.diagnostics.find((d) => d.path === path && d.code === code)?.fix);
  assert.ok(fixes[0], `${api} ${text}: no fix for ${path} ${code}: ${JSON.stringify(answers[0])}`);
  for (const f of fixes) assert.deepEqual(f, fixes[0]);
  const fixed = applyPatch(body, fixes[0].patch);
  assert.ok(!validate(api, fixed, FIX).diagnostics.some((d) => d.path === path && d.code === code), `${fixes[0].title} left ${path} ${code}`);
  // Not asked for, no fixes; otherwise the same.
  const plain = validate(api, body);
  assert.deepEqual(plain, { ...answers[0], diagnostics: answers[0].diagnostics.map(({ fix, ...d }) => d) });
  return { fix: fixes[0], fixed };
}

test("the issue's fixes: a misspelling, a legacy name, \"2\" for 2, an unknown field, a missing field", () => {
  let { fix, fixed } = fixOn(READ, { Report_Account: "a", Peer_Account: "b", MsgReadedTime: "1700000000" }, "/MsgReadedTime", "unknown_field");
  assert.deepEqual(fix, { title: 'Rename "MsgReadedTime" to "MsgReadTime"', patch: [{ op: "move", from: "/MsgReadedTime", path: "/MsgReadTime" }] });
  assert.deepEqual(validate(READ, fixed, FIX), { ok: true, diagnostics: [] });

  ({ fix } = fixOn("im_open_login_svc/account_import", { Identifier: "alice" }, "/Identifier", "legacy_field"));
  assert.equal(fix.title, 'Rename "Identifier" to "UserID"');

  ({ fix, fixed } = fixOn("group_open_http_svc/set_unread_msg_num", { GroupId: "@TGS#1", Member_Account: "bob", UnreadMsgNum: "2" }, "/UnreadMsgNum", "wrong_type"));
  assert.deepEqual(fix.patch, [{ op: "replace", path: "/UnreadMsgNum", value: 2 }]);
  assert.equal(fixed.UnreadMsgNum, 2);

  ({ fix } = fixOn(READ, { Report_Account: "a", Peer_Account: "b", Colour: 1 }, "/Colour", "unknown_field"));
  assert.deepEqual(fix, { title: 'Remove "Colour"', patch: [{ op: "remove", path: "/Colour" }] });

  ({ fix } = fixOn("group_open_http_svc/get_group_msg_receipt", { GroupId: "@TGS#1" }, "/MsgSeqList", "missing_field"));
  assert.deepEqual(fix.patch, [{ op: "add", path: "/MsgSeqList", value: [{ MsgSeq: 0 }] }]);
  fixOn("group_open_http_svc/get_group_msg_receipt", { GroupId: "@TGS#1", MsgSeqList: [{ MsgSeq: 1 }, { MsgSeq: "3", Seq: 2 }] }, "/MsgSeqList/1/MsgSeq", "wrong_type");
  fixOn(READ, { Report_Account: "a", Peer_Account: "b", MsgReadTime: 1700000000 }, "/MsgReadTime", "type_drift");
});

test("one fix per mistake: a misspelt required member gets the rename, not also an add, on every route", () => {
  const body = { report_account: "a", Peer_Account: "b" };
  const text = JSON.stringify(body);
  for (const answer of [validate(READ, body, FIX), validate(READ, text, FIX), wasmText(READ, text, true)]) {
    const missing = answer.diagnostics.find((d) => d.path === "/Report_Account" && d.code === "missing_field");
    assert.ok(missing && !missing.fix, JSON.stringify(answer));
    assert.equal(answer.diagnostics.find((d) => d.path === "/report_account").fix.title, 'Rename "report_account" to "Report_Account"');
  }
  // A member nearly spelling the only missing one, and the only unknown one of its object: renamed onto it.
  const send = { From_Account: "a", To_Account: "b", MsgRandom: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Txt: "hi" } }] };
  const { fix, fixed } = fixOn("openim/sendmsg", send, "/MsgBody/0/MsgContent/Txt", "unknown_field");
  assert.deepEqual(fix, { title: 'Rename "Txt" to "Text"', patch: [{ op: "move", from: "/MsgBody/0/MsgContent/Txt", path: "/MsgBody/0/MsgContent/Text" }] });
  assert.deepEqual(fixed.MsgBody[0].MsgContent, { Text: "hi" });
  for (const answer of [validate("openim/sendmsg", send, FIX), validate("openim/sendmsg", JSON.stringify(send), FIX), wasmText("openim/sendmsg", JSON.stringify(send), true)]) {
    assert.ok(!answer.diagnostics.find((d) => d.code === "missing_field").fix, JSON.stringify(answer));
  }
  assert.equal(validate(READ, { Peer_Acount: "b", Report_Account: "a" }, FIX).diagnostics.find((d) => d.code === "unknown_field").fix.title, 'Rename "Peer_Acount" to "Peer_Account"');
  // Without the misspelling, the missing member's fix adds it.
  assert.equal(validate(READ, { Peer_Account: "b" }, FIX).diagnostics[0].fix.title, 'Add "Report_Account"');
});

test("an endpoint wasm validates (cross-field rules) gives the same fixes through its compact answer", () => {
  const api = "openim/admin_getroammsg";
  const body = { From_Account: 7, To_Account: "b", MaxCnt: "10", MinTime: 1, MaxTime: 2, Extra: true };
  const before = crossingsSoFar();
  const { fix } = fixOn(api, body, "/From_Account", "wrong_type");
  assert.ok(crossingsSoFar() > before, "wasm answered");
  assert.deepEqual(fix, { title: 'Write 7 as the string "7"', patch: [{ op: "replace", path: "/From_Account", value: "7" }] });
  fixOn(api, body, "/MaxCnt", "wrong_type");
  fixOn(api, body, "/Extra", "unknown_field");
  // The compact answer and the JSON one agree.
  const len = new TextEncoder().encode(JSON.stringify(body)).length;
  assert.ok(len > 0 && wasm.validateText(api, JSON.stringify(body), true, true, false).includes('"fix"'));
  assert.ok(!wasm.validateText(api, JSON.stringify(body), true, false, false).includes('"fix"'));
});

test("the catalog gives each field its placeholder, and nested members", async () => {
  const { endpoints } = await import("../../pkg/node/index.mjs");
  const receipt = endpoints().find((e) => e.api === "group_open_http_svc/get_group_msg_receipt");
  const list = receipt.fields.find((f) => f.name === "MsgSeqList");
  assert.deepEqual(list.placeholder, [{ MsgSeq: 0 }]);
  assert.deepEqual(list.fields.map((f) => [f.name, f.type, f.required]), [["MsgSeq", "number", true]]);
  for (const e of endpoints()) for (const f of e.fields) assert.ok("placeholder" in f, `${e.api} ${f.name}`);
});

test("validate's options are checked", async () => {
  const pkg = await import("../../pkg/node/index.mjs");
  for (const bad of [null, 1, "fixes", [], { fixes: "yes" }, { fix: true }]) assert.throws(() => pkg.validate(READ, "{}", bad), pkg.TcimError, JSON.stringify(bad));
  assert.deepEqual(pkg.validate(READ, "{}", {}), pkg.validate(READ, "{}"));
});
