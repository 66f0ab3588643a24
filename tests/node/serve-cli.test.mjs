// `tcim serve` over real HTTP (Node fetch and curl), its state file across SIGTERM and a
// restart, and the CLI's commands and exit codes. Every server here is started and stopped
// by the test, on 127.0.0.1.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { genUserSig, endpoints, Simulator } from "../../pkg/node/index.mjs";
import { receiver } from "../support/receiver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "pkg/bin/tcim.mjs");
const dir = mkdtempSync(join(tmpdir(), "tcim-serve-"));
const running = new Set();
after(() => {
  for (const p of running) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const KEY = "0123456789abcdef";
const T0 = 1700000000;
const SIG = genUserSig({ sdkAppId: 1400000000, key: KEY, identifier: "administrator", time: T0, expire: 86400 });

function startServe(args) {
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.on("exit", () => running.delete(child));
  let out = "";
  return new Promise((ok, fail) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) ok({ child, url: m[1], output: () => out });
    });
    child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
}

function stop(child, signal = "SIGTERM") {
  return new Promise((ok) => {
    child.on("exit", (code, sig) => ok({ code, sig }));
    child.kill(signal);
  });
}

const query = (sig = SIG) => `sdkappid=1400000000&identifier=administrator&usersig=${sig}&random=12345&contenttype=json`;

test("serve answers over HTTP like the service, and keeps its state across SIGTERM", async () => {
  const state = join(dir, "state.json");
  const { child, url, output } = await startServe(["--key", KEY, "--now", String(T0), "--state", state]);
  // Node fetch, with Content-Type
  let r = await fetch(`${url}/v4/im_open_login_svc/multiaccount_import?${query()}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ Accounts: ["alice", "bob"] }) });
  assert.equal(r.status, 200);
  assert.equal((await r.json()).ErrorCode, 0);
  // curl without Content-Type, usersig %2A-encoded
  const encoded = SIG.replaceAll("*", "%2A");
  const curl = (path, body, extra = []) => JSON.parse(execFileSync("curl", ["-s", "-X", "POST", ...extra, "--data-binary", body, `${url}${path}`], { encoding: "utf8" }));
  let j = curl(`/v4/group_open_http_svc/create_group?${query(encoded)}`, JSON.stringify({ Owner_Account: "alice", Type: "Public", GroupId: "team", Name: "team", MemberList: [{ Member_Account: "bob" }] }), ["-H", "Content-Type:"]);
  assert.equal(j.ErrorCode, 0, JSON.stringify(j));
  // curl with Content-Type and a raw usersig
  j = curl(`/v4/group_open_http_svc/send_group_msg?${query()}`, JSON.stringify({ GroupId: "team", From_Account: "alice", Random: 1, NeedReadReceipt: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] }), ["-H", "Content-Type: application/json"]);
  assert.equal(j.MsgSeq, 1);
  // a bad signature is refused with HTTP 200 and 70009
  r = await fetch(`${url}/v4/im_open_login_svc/account_check?${query(genUserSig({ sdkAppId: 1400000000, key: "wrong", identifier: "administrator", time: T0 }))}`, { method: "POST", body: "{}" });
  assert.deepEqual([r.status, (await r.json()).ErrorCode], [200, 70009]);
  // a body over --max-body is refused clearly
  const big = await fetch(`${url}/v4/im_open_login_svc/account_check?${query()}`, { method: "POST", body: "x".repeat(2 * 1024 * 1024) });
  assert.equal(big.status, 413);
  assert.match((await big.json()).ErrorInfo, /larger than 1048576 bytes/);
  // one log line per request, without the usersig
  assert.match(output(), /POST \/v4\/group_open_http_svc\/send_group_msg 200 ErrorCode=0/);
  assert.ok(!output().includes(SIG.slice(0, 20)), "the usersig is never logged");
  const exit = await stop(child, "SIGTERM");
  assert.equal(exit.code, 0);
  assert.ok(existsSync(state));

  // restart from the state file: everything acknowledged is there
  const again = await startServe(["--key", KEY, "--state", state]);
  r = await fetch(`${again.url}/v4/group_open_http_svc/get_group_msg_receipt?${query()}`, { method: "POST", body: JSON.stringify({ GroupId: "team", MsgSeqList: [{ MsgSeq: 1 }] }) });
  assert.deepEqual((await r.json()).GroupMsgReceiptList, [{ Code: 0, MsgSeq: 1, ReadNum: 0, UnreadNum: 1 }]);
  await stop(again.child, "SIGINT");
});

test("state is saved after every acknowledged request, even if the server is killed", async () => {
  const state = join(dir, "killed.json");
  const { child, url } = await startServe(["--now", String(T0), "--state", state]);
  const r = await fetch(`${url}/v4/im_open_login_svc/account_import?${query()}`, { method: "POST", body: '{"UserID":"carol"}' });
  assert.equal((await r.json()).ErrorCode, 0);
  await stop(child, "SIGKILL");
  const again = await startServe(["--state", state]);
  const check = await fetch(`${again.url}/v4/im_open_login_svc/account_check?${query()}`, { method: "POST", body: '{"CheckItem":[{"UserID":"carol"}]}' });
  assert.equal((await check.json()).ResultItem[0].AccountStatus, "Imported");
  await stop(again.child);
});

function cli(args, input) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8" });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

test("CLI: validate, usersig, endpoints, errors, help and exit codes", () => {
  const good = join(dir, "good.json");
  writeFileSync(good, '{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5}');
  assert.equal(cli(["validate", "group_open_http_svc/set_unread_msg_num", good]).status, 0);
  const bad = cli(["validate", "group_open_http_svc/set_unread_msg_num", "-"], '{\n"GroupId":"g",\n"UnreadMsgNum":-1}');
  assert.equal(bad.status, 1);
  assert.match(bad.out, /<stdin>:3:16: error out_of_range \/UnreadMsgNum/);
  const json = cli(["validate", "openim/admin_set_msg_read", "--json", "-"], '{"Report_Account":"a","Peer_Account":"b","MsgReadTime":1}');
  assert.equal(json.status, 0);
  assert.equal(JSON.parse(json.out).diagnostics[0].code, "type_drift");
  assert.equal(cli(["validate"]).status, 2);
  assert.equal(cli(["validate", "x/y", good]).status, 1);

  const gen = cli(["usersig", "gen", "--sdkappid", "1400000000", "--key", KEY, "--identifier", "administrator", "--time", String(T0)]);
  assert.equal(gen.status, 0);
  const sig = gen.out.trim();
  assert.equal(cli(["usersig", "verify", "--sdkappid", "1400000000", "--key", KEY, "--identifier", "administrator", "--usersig", sig, "--now", String(T0)]).status, 0);
  const rejected = cli(["usersig", "verify", "--sdkappid", "1400000000", "--key", "other", "--identifier", "administrator", "--usersig", sig, "--now", String(T0), "--json"]);
  assert.equal(rejected.status, 1);
  assert.equal(JSON.parse(rejected.out).code, 70009);
  assert.equal(cli(["usersig", "gen", "--key", KEY]).status, 2);

  const eps = cli(["endpoints"]);
  assert.equal(eps.status, 0);
  assert.equal(eps.out.trim().split("\n").length, endpoints().length);
  assert.deepEqual(JSON.parse(cli(["endpoints", "--json"]).out), endpoints());
  assert.match(cli(["errors", "60007"]).out, /^60007: /);
  assert.equal(cli(["errors", "123"]).status, 1);

  for (const args of [["--help"], ["serve", "--help"], ["validate", "--help"], ["usersig", "--help"], ["endpoints", "--help"], ["errors", "--help"]]) {
    const r = cli(args);
    assert.equal(r.status, 0, args.join(" "));
    assert.match(r.out, /Usage/);
  }
  assert.equal(cli([]).status, 2);
  assert.equal(cli(["bogus"]).status, 2);
  assert.equal(cli(["serve", "--bogus", "1"]).status, 2);
});

test("serve --profile-tag / --friend-tag declare the app's custom fields; others answer 40009 / 30001", async () => {
  const { child, url } = await startServe(["--key", KEY, "--now", String(T0), "--profile-tag", "Tag_Profile_Custom_Level", "--profile-tag", "Tag_Profile_Custom_Team", "--friend-tag", "Tag_SNS_Custom_Note"]);
  const post = async (api, body) => (await fetch(`${url}/v4/${api}?${query()}`, { method: "POST", body: JSON.stringify(body) })).json();
  assert.equal((await post("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] })).ErrorCode, 0);
  assert.equal((await post("profile/portrait_set", { From_Account: "a", ProfileItem: [{ Tag: "Tag_Profile_Custom_Team", Value: "red" }] })).ErrorCode, 0);
  const got = await post("profile/portrait_get", { To_Account: ["a"], TagList: ["Tag_Profile_Custom_Team", "Tag_Profile_Custom_Level"] });
  assert.deepEqual(got.UserProfileItem[0].ProfileItem, [{ Tag: "Tag_Profile_Custom_Team", Value: "red" }]);
  assert.equal(got.ErrorDisplay, "");
  assert.equal((await post("profile/portrait_set", { From_Account: "a", ProfileItem: [{ Tag: "Tag_Profile_Custom_Other", Value: "x" }] })).ErrorCode, 40009);
  const imported = await post("sns/friend_import", { From_Account: "a", AddFriendItem: [{ To_Account: "b", AddSource: "AddSource_Type_Cli", CustomItem: [{ Tag: "Tag_SNS_Custom_Note", Value: "n" }] }] });
  assert.equal(imported.ResultItem[0].ResultCode, 0);
  assert.equal((await post("sns/friend_import", { From_Account: "b", AddFriendItem: [{ To_Account: "a", AddSource: "AddSource_Type_Cli", CustomItem: [{ Tag: "Tag_SNS_Custom_Nope", Value: "n" }] }] })).ErrorCode, 30001);
  await stop(child);
  // A tag that is not a custom one is refused at start, with the option's name.
  const bad = spawnSync(process.execPath, [bin, "serve", "--port", "0", "--profile-tag", "Tag_Profile_IM_Nick"], { encoding: "utf8", timeout: 10000 });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr + bad.stdout, /profileCustomTags/);
});

test("CORS for loopback origins only: a page on this machine may call /v4/ (preflight and answer), another origin and the control API get no CORS header", async () => {
  const { child, url } = await startServe(["--now", String(T0)]);
  const api = `${url}/v4/im_open_login_svc/account_import?${query()}`;
  for (const origin of ["http://127.0.0.1:5173", "http://localhost:8000", "https://[::1]:4443"]) {
    const pre = await fetch(api, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } });
    assert.equal(pre.status, 204, origin);
    assert.equal(pre.headers.get("access-control-allow-origin"), origin);
    assert.match(pre.headers.get("access-control-allow-methods"), /POST/);
    assert.match(pre.headers.get("access-control-allow-headers"), /Content-Type/i);
    const res = await fetch(api, { method: "POST", headers: { Origin: origin, "Content-Type": "application/json" }, body: JSON.stringify({ UserID: `cors-${origin.length}` }) });
    assert.equal(res.headers.get("access-control-allow-origin"), origin);
    assert.equal((await res.json()).ErrorCode, 0);
  }
  for (const origin of ["https://example.com", "http://127.0.0.1.evil.com", "null"]) {
    const res = await fetch(api, { method: "POST", headers: { Origin: origin }, body: JSON.stringify({ UserID: "x" }) });
    assert.equal(res.headers.get("access-control-allow-origin"), null, origin);
    await res.text();
    const pre = await fetch(api, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST" } });
    assert.equal(pre.headers.get("access-control-allow-origin"), null, origin);
    await pre.text();
  }
  const control = await fetch(`${url}/_tcim/health`, { headers: { Origin: "http://127.0.0.1:5173" } });
  assert.equal(control.status, 200);
  assert.equal(control.headers.get("access-control-allow-origin"), null, "the control API never answers across origins");
  await control.text();
  await stop(child);
});

test("CLI: tcim trigger posts a documented callback sample, signed; tcim callback verify checks a Sign", async () => {
  const rx = await receiver();
  const got = rx.got;
  try {
    const url = rx.url;
    // Asynchronous: the receiver answers from this process's event loop.
    const run = (...args) => new Promise((ok) => {
      const child = spawn(process.execPath, [bin, ...args]);
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("close", (status) => ok({ status, out }));
    });
    const r = await run("trigger", "Group.CallbackAfterNewMemberJoin", "--url", url, "--token", "tok");
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /Group.CallbackAfterNewMemberJoin → HTTP 200/);
    assert.equal(got[0].body.CallbackCommand, "Group.CallbackAfterNewMemberJoin");
    assert.deepEqual(got[0].body.NewMemberList, [{ Member_Account: "jared" }, { Member_Account: "tommy" }]);
    const { query } = got[0];
    const ok = cli(["callback", "verify", "--token", "tok", "--request-time", query.RequestTime, "--sign", query.Sign]);
    assert.deepEqual([ok.status, ok.out.trim()], [0, "valid"]);
    const bad = cli(["callback", "verify", "--token", "other", "--request-time", query.RequestTime, "--sign", query.Sign]);
    assert.equal(bad.status, 1);
    assert.match(bad.out, /bad_sign/);
    const list = cli(["trigger", "--list"]);
    assert.equal(list.out.trim().split("\n").length, Simulator.callbackSamples().length);
    assert.ok(list.out.includes("Group.CallbackBeforeInviteJoinGroup"));
    assert.equal(cli(["trigger", "Nope.Callback", "--url", url]).status, 2);
  } finally {
    await rx.close();
  }
});
