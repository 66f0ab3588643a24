// The control API of tcim serve (/_tcim/): through the package's controlClient, raw HTTP and
// `tcim control`; who may use it (loopback, or the control token); and `tcim exec`.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { controlClient, endpoints, genUserSig, TcimError } from "../../pkg/node/index.mjs";
import { receiver } from "../support/receiver.mjs";
import { startServer } from "../../pkg/lib/serve.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "pkg/bin/tcim.mjs");
const dir = mkdtempSync(join(tmpdir(), "tcim-control-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const T0 = 1700000000;
const KEY = "0123456789abcdef";
const SIG = genUserSig({ sdkAppId: 1400000000, key: KEY, identifier: "administrator", time: T0, expire: 86400 });
const query = `sdkappid=1400000000&identifier=administrator&usersig=${encodeURIComponent(SIG)}&random=1&contenttype=json`;

async function server(options = {}) {
  const running = await startServer({ port: 0, now: T0, secretKey: KEY, log: () => {}, ...options });
  const post = (api, body) => fetch(`${running.url}/v4/${api}?${query}`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
  return { ...running, post };
}

test("controlClient: health, journal with filters, clock, export/import, reset, inspect", async () => {
  const s = await server();
  try {
    const ctl = controlClient(s.url);
    const health = await ctl.health();
    assert.deepEqual([health.status, health.endpoints, health.now, health.requests], ["ok", endpoints().length, T0, 0]);
    assert.equal((await s.post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] })).ErrorCode, 0);
    assert.equal((await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "nobody", MsgRandom: 1, MsgBody: [] })).ErrorCode > 0, true);
    await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "bob", MsgRandom: 2, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] });
    const all = await ctl.journal();
    assert.equal(all.total, 3);
    assert.deepEqual(all.entries.map((e) => [e.seq, e.method, e.endpoint, e.status, e.fault]), [
      [1, "POST", "im_open_login_svc/multiaccount_import", 200, false],
      [2, "POST", "openim/sendmsg", 200, false],
      [3, "POST", "openim/sendmsg", 200, false],
    ]);
    assert.ok(all.entries.every((e) => e.simTime === T0 && typeof e.ms === "number" && !Number.isNaN(Date.parse(e.time))));
    // The journal never holds the usersig or the key.
    const text = JSON.stringify(all);
    assert.ok(!text.includes(SIG.slice(0, 20)) && !text.includes(KEY) && !text.includes("usersig"));
    const failed = await ctl.journal({ endpoint: "openim/sendmsg", code: all.entries[1].errorCode });
    assert.deepEqual(failed.entries.map((e) => e.seq), [2]);
    assert.deepEqual((await ctl.journal({ endpoint: "v4/openim/sendmsg", limit: 1 })).entries.map((e) => e.seq), [3]);
    assert.equal((await ctl.health()).requests, 3);
    // The clock: read, forward to a time, by seconds; never back.
    assert.deepEqual(await ctl.setClock({ now: T0 + 100 }), { now: T0 + 100 });
    assert.deepEqual(await ctl.advance({ seconds: 20 }), { now: T0 + 120 });
    await assert.rejects(ctl.setClock({ now: T0 }), (e) => e instanceof TcimError && e.code === "control_failed" && e.status === 400 && /only moves forward/.test(e.message));
    await assert.rejects(ctl.advance({ seconds: -1 }), (e) => e.status === 400);
    assert.deepEqual(await ctl.clock(), { now: T0 + 120 });
    // Export, reset, import.
    const snapshot = await ctl.exportState();
    assert.equal(JSON.parse(snapshot).format, "tcim-simulator");
    assert.deepEqual(await ctl.reset(), { now: T0 });
    assert.deepEqual((await ctl.inspect()).accounts, []);
    assert.equal((await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "bob", MsgRandom: 3, MsgBody: [] })).ErrorCode > 0, true, "reset forgot alice");
    await assert.rejects(ctl.importState("{not a snapshot"), (e) => e.status === 400);
    assert.deepEqual(await ctl.importState(snapshot), { now: T0 + 120 });
    const state = await ctl.inspect();
    assert.deepEqual(state.accounts.map((a) => a.userId), ["alice", "bob"]);
    // The secret key stays the server's after an import: UserSig checks go on.
    assert.equal((await fetch(`${s.url}/v4/openim/get_c2c_unread_msg_num?${query.replace(/usersig=[^&]*/, "usersig=forged")}`, { method: "POST", body: "{}" }).then((r) => r.json())).ErrorCode, 70003);
    assert.deepEqual(await ctl.clearJournal(), { cleared: 5 });
    assert.equal((await ctl.journal()).total, 0);
  } finally {
    await s.close();
  }
});

test("the journal is bounded; unknown operations and methods are answered clearly", async () => {
  const s = await server({ journalSize: 5 });
  try {
    for (let i = 0; i < 8; i++) await s.post("im_open_login_svc/account_check", { CheckItem: [{ UserID: "x" }] });
    const j = await controlClient(s.url).journal();
    assert.deepEqual(j.entries.map((e) => e.seq), [4, 5, 6, 7, 8]);
    let r = await fetch(`${s.url}/_tcim/nothing`);
    assert.equal(r.status, 404);
    assert.match((await r.json()).error.message, /GET \/_tcim\/health/);
    r = await fetch(`${s.url}/_tcim/clock`, { method: "DELETE" });
    assert.equal(r.status, 405);
    r = await fetch(`${s.url}/_tcim/clock`, { method: "PUT", body: "[1]" });
    assert.equal(r.status, 400);
    // /_tcim/ is never a REST path, and no /v4/ path reaches the control API.
    r = await fetch(`${s.url}/v4/_tcim/reset?${query}`, { method: "POST", body: "{}" });
    assert.equal((await r.json()).ErrorCode, 60009);
  } finally {
    await s.close();
  }
});

test("the callback log is on the control surface, with what each callback got back", async () => {
  const rx = await receiver();
  const s = await server({ callbacks: { url: rx.url, commands: ["C2C.CallbackAfterSendMsg"] } });
  try {
    await s.post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
    await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "bob", MsgRandom: 9, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] });
    await s.sim.callbacksSettled();
    const log = await controlClient(s.url).callbacks({ command: "C2C.CallbackAfterSendMsg" });
    assert.deepEqual(log.stats, { fired: 1, delivered: 1, failed: 0, dropped: 0, waiting: 0 });
    assert.equal(log.entries.length, 1);
    assert.deepEqual([log.entries[0].body.MsgRandom, log.entries[0].reply.ErrorCode], [9, 0]);
    assert.equal(rx.got.length, 1);
    assert.deepEqual((await controlClient(s.url).callbacks({ command: "Group.CallbackAfterSendMsg" })).entries, []);
  } finally {
    await s.close();
    await rx.close();
  }
});

test("with --control-token only requests carrying it are answered (401); without one, loopback only (403)", async () => {
  const s = await server({ controlToken: "s3cret" });
  try {
    for (const auth of [undefined, "Bearer wrong", "Bearer s3cre", "s3cret!"]) {
      const r = await fetch(`${s.url}/_tcim/health`, { headers: auth ? { Authorization: auth } : {} });
      assert.equal(r.status, 401, String(auth));
      assert.match((await r.json()).error.message, /control token/);
    }
    // A refused import is not read, let alone applied.
    const r = await fetch(`${s.url}/_tcim/state`, { method: "PUT", body: "{}" });
    assert.equal(r.status, 401);
    assert.equal((await controlClient(s.url, { token: "s3cret" }).health()).status, "ok");
    await assert.rejects(controlClient(s.url).reset(), (e) => e.status === 401);
    // The REST surface does not need the token.
    assert.equal((await s.post("im_open_login_svc/account_check", { CheckItem: [{ UserID: "x" }] })).ErrorCode, 0);
  } finally {
    await s.close();
  }
  // Bound to every address, reached through a non-loopback one: refused without a token.
  const lan = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
  if (!lan) return; // (a machine with loopback only cannot make a non-loopback request)
  const open = await server({ host: "0.0.0.0" });
  try {
    const port = new URL(open.url).port;
    const r = await fetch(`http://${lan.address}:${port}/_tcim/reset`, { method: "POST" });
    assert.equal(r.status, 403);
    assert.match((await r.json()).error.message, /loopback/);
    assert.equal((await fetch(`http://127.0.0.1:${port}/_tcim/health`)).status, 200);
  } finally {
    await open.close();
  }
});

/** Runs the CLI without blocking this process's event loop (the servers under test live in it). */
function cli(args, env = {}) {
  return new Promise((done) => {
    // (Without this runner's NODE_TEST_CONTEXT: a suite run by tcim exec reports as on its own.)
    const { NODE_TEST_CONTEXT, ...own } = process.env;
    const child = spawn(process.execPath, [bin, ...args], { env: { ...own, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (status) => done({ status, out, err }));
  });
}

test("tcim control drives a running server; refusals exit 1", async () => {
  const s = await server({ controlToken: "tok" });
  try {
    await s.post("im_open_login_svc/multiaccount_import", { Accounts: ["alice"] });
    const env = { TCIM_URL: s.url, TCIM_CONTROL_TOKEN: "tok" };
    assert.equal(JSON.parse((await cli(["control", "health"], env)).out).requests, 1);
    assert.deepEqual(JSON.parse((await cli(["control", "clock", "--advance", "30"], env)).out), { now: T0 + 30 });
    const file = join(dir, "state.json");
    assert.equal((await cli(["control", "export", file], env)).status, 0);
    assert.equal(JSON.parse((await cli(["control", "reset"], env)).out).now, T0);
    assert.equal(JSON.parse((await cli(["control", "import", file], env)).out).now, T0 + 30);
    assert.deepEqual(JSON.parse((await cli(["control", "inspect"], env)).out).accounts.map((a) => a.userId), ["alice"]);
    assert.equal(JSON.parse((await cli(["control", "journal", "--endpoint", "im_open_login_svc/multiaccount_import"], env)).out).total, 1);
    const refused = await cli(["control", "health", "--url", s.url]);
    assert.equal(refused.status, 1);
    assert.match(refused.err, /HTTP 401/);
    assert.equal((await cli(["control", "clock", "--set", "5"], env)).status, 1);
    assert.equal((await cli(["control", "frobnicate"], env)).status, 2);
  } finally {
    await s.close();
  }
  // A port nobody listens on: bound, then closed.
  const free = createServer();
  await new Promise((ok) => free.listen(0, "127.0.0.1", ok));
  const port = free.address().port;
  await new Promise((ok) => free.close(ok));
  const nobody = await cli(["control", "health", "--url", `http://127.0.0.1:${port}`]);
  assert.equal(nobody.status, 1);
  assert.match(nobody.err, /cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
});

test("tcim exec runs a Node suite against a fresh server and exits with its status", async () => {
  const suite = join(root, "tests/node/exec/suite.mjs");
  const ok = await cli(["exec", "--key", KEY, "--now", String(T0), "--", process.execPath, "--test", suite]);
  assert.equal(ok.status, 0, ok.out + ok.err);
  assert.match(ok.out, /# pass 2/);
  // The command's status comes back; the server's log stays quiet without --verbose.
  const failing = await cli(["exec", "--", process.execPath, "-e", "process.exit(7)"]);
  assert.deepEqual([failing.status, failing.out, failing.err], [7, "", ""]);
  const ready = join(dir, "ready");
  const verbose = await cli(["exec", "--verbose", "--ready-file", ready, "--", process.execPath, "-e", "fetch(process.env.TCIM_URL + '/_tcim/health').then((r) => process.exit(r.status === 200 ? 0 : 1))"]);
  assert.equal(verbose.status, 0, verbose.err);
  assert.match(readFileSync(ready, "utf8"), /^http:\/\/127\.0\.0\.1:\d+\n$/);
  assert.equal((await cli(["exec", "--", "/nonexistent/command"])).status, 127);
  assert.equal((await cli(["exec", "--port", "0"])).status, 2, "no command");
});

test("tcim exec runs a Python suite (the PyPI clients) with TCIM_URL and a valid UserSig", { skip: !existsSync(process.env.TCIM_PYTHON ?? join(root, ".venv-clients/bin/python")) && "no Python venv (scripts/test.sh makes one)" }, async () => {
  const python = process.env.TCIM_PYTHON ?? join(root, ".venv-clients/bin/python");
  const r = await cli(["exec", "--key", KEY, "--sdkappid", "1400000001", "--", python, join(root, "tests/python/exec_suite.py")]);
  assert.equal(r.status, 0, r.out + r.err);
  assert.match(r.out, /^ok: \d+ /m);
});

test("tcim serve --edition gates what the plan gates; a wrong one is refused", async () => {
  const script = "const r = (api, b) => fetch(`${process.env.TCIM_URL}/v4/${api}?sdkappid=${process.env.TCIM_SDKAPPID}&identifier=${process.env.TCIM_ADMIN}&usersig=x&random=1`, { method: 'POST', body: JSON.stringify(b) }).then((x) => x.json());" +
    "(async () => { await r('im_open_login_svc/multiaccount_import', { Accounts: ['a', 'b'] }); const g = await r('group_open_http_svc/create_group', { Owner_Account: 'a', Type: 'Public', Name: 'g', MemberList: [{ Member_Account: 'b' }] });" +
    " const info = await r('group_open_http_svc/get_group_info', { GroupIdList: [g.GroupId] }); const receipts = await r('group_open_http_svc/get_group_msg_receipt', { GroupId: g.GroupId, MsgSeqList: [{ MsgSeq: 1 }] }); const community = await r('group_open_http_svc/create_group', { Type: 'Community', Name: 'c' });" +
    " console.log(JSON.stringify([info.GroupInfo[0].MaxMemberNum, receipts.ErrorCode, community.ErrorCode])); })()";
  const trial = await cli(["exec", "--edition", "trial", "--", process.execPath, "-e", script]);
  assert.equal(trial.status, 0, trial.err);
  assert.deepEqual(JSON.parse(trial.out), [20, 10059, 10059]);
  const enterprise = await cli(["exec", "--edition", "enterprise", "--", process.execPath, "-e", script]);
  assert.deepEqual(JSON.parse(enterprise.out), [6000, 0, 0]);
  const wrong = await cli(["exec", "--edition", "gold", "--", process.execPath, "-e", "0"]);
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.err, /edition must be one of trial, pro, ultimate, enterprise/);
});

test("tcim serve answers 300 keep-alive connections at once", async () => {
  const http = await import("node:http");
  // Each answer waits a second (an injected latency): all 300 requests are open at once.
  const s = await server({ rateLimit: false, faults: [{ latencyMs: 1000 }] });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 300, maxFreeSockets: 300 });
  try {
    const one = (i) => new Promise((ok, fail) => {
      const req = http.request(`${s.url}/v4/im_open_login_svc/account_check?${query}`, { method: "POST", agent }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => ok([res.statusCode, JSON.parse(body).ErrorCode, res.headers.connection]));
      });
      req.on("error", fail);
      req.end(JSON.stringify({ CheckItem: [{ UserID: `u${i}` }] }));
    });
    const pending = Promise.all(Array.from({ length: 300 }, (_, i) => one(i)));
    // Halfway through the injected latency every connection is open at the server.
    await new Promise((ok) => setTimeout(ok, 600));
    const open = await new Promise((ok, fail) => s.server.getConnections((e, n) => (e ? fail(e) : ok(n))));
    assert.equal(open, 300, "300 connections open at the server at once");
    const answers = await pending;
    assert.ok(answers.every(([status, code, connection]) => status === 200 && code === 0 && connection === "keep-alive"), JSON.stringify(answers.find(([st, c]) => st !== 200 || c !== 0)));
    assert.equal(Object.values(agent.freeSockets).flat().length, 300, "all 300 kept alive");
    assert.equal((await controlClient(s.url).health()).requests, 300);
  } finally {
    agent.destroy();
    await s.close();
  }
});
