// UserSig and the HTTP surface through the package: genUserSig/verifyUserSig against the
// official vectors, sim.handle, and sim.fetch under application code written for fetch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { genUserSig, verifyUserSig, Simulator, buildRequest, TcimError } from "../../pkg/node/index.mjs";
import { inflateSync, deflateSync } from "node:zlib";

const vectors = JSON.parse(readFileSync(new URL("../data/usersig-vectors.json", import.meta.url), "utf8"));
const decode = (sig) => inflateSync(Buffer.from(sig.replaceAll("*", "+").replaceAll("-", "/").replaceAll("_", "="), "base64")).toString("utf8");
const encode = (json, level) => deflateSync(Buffer.from(json), { level }).toString("base64").replaceAll("+", "*").replaceAll("/", "-").replaceAll("=", "_");

test("genUserSig decodes to the official tickets; verifyUserSig accepts npm and Python tickets", () => {
  for (const v of vectors) {
    const userBuf = v.userbuf_base64 === null ? undefined : new Uint8Array(Buffer.from(v.userbuf_base64, "base64"));
    const sig = genUserSig({ sdkAppId: v.sdkappid, key: v.key, identifier: v.identifier, expire: v.expire, time: v.time, userBuf });
    assert.equal(decode(sig), v.decoded_json, v.identifier);
    for (const s of [v.usersig, v.python_usersig, sig]) {
      assert.deepEqual(verifyUserSig({ sdkAppId: v.sdkappid, key: v.key, identifier: v.identifier, userSig: s, now: v.time }), { ok: true, code: 0, message: "", expireAt: v.expires_at });
    }
    for (const level of [0, 9]) {
      assert.equal(verifyUserSig({ sdkAppId: v.sdkappid, key: v.key, identifier: v.identifier, userSig: encode(v.python_decoded_json, level), now: v.time }).ok, true);
    }
  }
});

test("verifyUserSig rejections and argument checks", () => {
  const v = vectors[0];
  const base = { sdkAppId: v.sdkappid, key: v.key, identifier: v.identifier, userSig: v.usersig, now: v.time };
  assert.equal(verifyUserSig({ ...base, now: v.expires_at + 1 }).code, 70001);
  assert.equal(verifyUserSig({ ...base, userSig: "xx" }).code, 70003);
  assert.equal(verifyUserSig({ ...base, key: "nope" }).code, 70009);
  assert.equal(verifyUserSig({ ...base, identifier: "other" }).code, 70013);
  assert.equal(verifyUserSig({ ...base, sdkAppId: 1 }).code, 70014);
  assert.throws(() => genUserSig({ sdkAppId: -1, key: "k", identifier: "a" }), TcimError);
  assert.throws(() => genUserSig({ sdkAppId: 1, key: 5, identifier: "a" }), TcimError);
  assert.throws(() => genUserSig({ sdkAppId: 1, key: "k", identifier: "a", userBuf: "abc" }), TcimError);
  const now = Math.floor(Date.now() / 1000);
  const fresh = genUserSig({ sdkAppId: 1, key: "k", identifier: "a" });
  const verdict = verifyUserSig({ sdkAppId: 1, key: "k", identifier: "a", userSig: fresh });
  assert.equal(verdict.ok, true);
  assert.ok(Math.abs(verdict.expireAt - (now + 180 * 86400)) <= 2, "default validity: 180 days");
});

test("sim.handle applies the query and UserSig rules", () => {
  const key = "secret-key";
  const sim = new Simulator({ now: 1700000000, secretKey: key });
  const userSig = genUserSig({ sdkAppId: 1400000000, key, identifier: "administrator", time: 1700000000, expire: 3600 });
  const req = buildRequest({ api: "im_open_login_svc/account_import", body: { UserID: "bob" }, sdkAppId: 1400000000, identifier: "administrator", userSig, region: "tokyo" });
  const out = sim.handle(req.url, req.body);
  assert.equal(out.status, 200);
  assert.equal(out.headers["Content-Type"], "application/json; charset=utf-8");
  assert.deepEqual(JSON.parse(out.body), { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" });
  const code = (url, method) => JSON.parse(sim.handle(url, "{}", method).body).ErrorCode;
  assert.equal(code(req.url.replace("sdkappid=1400000000&", "")), 60012);
  assert.equal(code(req.url.replace("identifier=administrator", "identifier=bob")), 60010);
  assert.equal(code(req.url, "PATCH"), 60002);
  assert.equal(code(req.url.replace(/usersig=[^&]+/, "usersig=broken")), 70003);
  sim.advance(3601);
  assert.equal(code(req.url), 70001);
});

// "Application code": a tiny client written against fetch, as a backend would have it.
function makeImClient({ fetch, baseUrl, sdkAppId, admin, userSig }) {
  return async function callIm(api, body) {
    const url = `${baseUrl}/v4/${api}?sdkappid=${sdkAppId}&identifier=${encodeURIComponent(admin)}&usersig=${encodeURIComponent(userSig)}&random=${Math.floor(Math.random() * 2 ** 32)}&contenttype=json`;
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json = await res.json();
    if (json.ErrorCode !== 0) throw new Error(`IM error ${json.ErrorCode}: ${json.ErrorInfo}`);
    return json;
  };
}

test("sim.fetch runs application code written against fetch", async () => {
  const sim = new Simulator({ now: 1700000000, secretKey: "k" });
  const userSig = genUserSig({ sdkAppId: 1400000000, key: "k", identifier: "administrator", time: 1700000000 });
  const callIm = makeImClient({ fetch: sim.fetch, baseUrl: "https://console.tim.qq.com", sdkAppId: 1400000000, admin: "administrator", userSig });
  await callIm("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
  const { GroupId } = await callIm("group_open_http_svc/create_group", { Owner_Account: "a", Type: "Public", Name: "n", MemberList: [{ Member_Account: "b" }] });
  await callIm("group_open_http_svc/send_group_msg", { GroupId, From_Account: "a", Random: 1, NeedReadReceipt: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "x" } }] });
  const r = await callIm("group_open_http_svc/get_group_msg_receipt", { GroupId, MsgSeqList: [{ MsgSeq: 1 }] });
  assert.deepEqual(r.GroupMsgReceiptList, [{ Code: 0, MsgSeq: 1, ReadNum: 0, UnreadNum: 1 }]);
  await assert.rejects(callIm("group_open_http_svc/set_unread_msg_num", { GroupId, Member_Account: "zz", UnreadMsgNum: 1 }), /IM error 10019/);
  // Request objects and URL inputs work too
  const res = await sim.fetch(new Request("http://127.0.0.1/v4/im_open_login_svc/account_check?sdkappid=1400000000&identifier=administrator&usersig=" + userSig + "&random=1", { method: "POST", body: '{"CheckItem":[{"UserID":"a"}]}' }));
  assert.equal(res.status, 200);
  assert.equal((await res.json()).ResultItem[0].AccountStatus, "Imported");
  const viaUrl = await sim.fetch(new URL("http://x/v4/openim/sendmsg?sdkappid=1400000000&identifier=administrator&usersig=" + userSig + "&random=2"), { method: "POST", body: new TextEncoder().encode('{"To_Account":"a","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"y"}}]}') });
  assert.equal((await viaUrl.json()).ErrorCode, 0);
});
