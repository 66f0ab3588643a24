// tcim proxy and tcim replay end to end: the upstream is a second tcim serve with a planted
// difference (a world option, a fault injected through its control API); the proxy passes its
// answers through and reports exactly that difference; the recording replays clean with the
// matching option. Also upstreams that time out, reset or answer something that is not JSON,
// bodies that are not JSON, and a recording cut in the middle of a line.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../pkg/lib/serve.mjs";
import { startProxy, publicQuery } from "../../pkg/lib/proxy.mjs";
import { readRecording, replay, replayQuery } from "../../pkg/lib/replay.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(root, "pkg/bin/tcim.mjs");
const T0 = 1700000000;
const dir = mkdtempSync(join(tmpdir(), "tcim-proxy-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const quiet = () => {};
// What a client's query carries: the UserSig must never reach a recording.
const QUERY = "sdkappid=1400000000&identifier=administrator&usersig=SECRET-USERSIG&random=7&contenttype=json";

/** POSTs a body (an object, or text as it is) through `base`. */
async function post(base, api, body) {
  const res = await fetch(`${base}/v4/${api}?${QUERY}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

/** A small app's traffic: accounts, a work group with a member, a message, the group's info,
 * its receipts (answered only with read receipts on). */
async function suite(base) {
  const answers = [];
  const call = async (api, body) => {
    const a = await post(base, api, body);
    answers.push(JSON.parse(a.text));
    return JSON.parse(a.text);
  };
  await call("im_open_login_svc/account_import", { UserID: "alice" });
  await call("im_open_login_svc/account_import", { UserID: "bob" });
  const { GroupId } = await call("group_open_http_svc/create_group", { Type: "Work", Name: "team", Owner_Account: "alice", MemberList: [{ Member_Account: "bob" }] });
  const sent = await call("group_open_http_svc/send_group_msg", { GroupId, From_Account: "alice", Random: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] });
  await call("group_open_http_svc/get_group_info", { GroupIdList: [GroupId] });
  await call("group_open_http_svc/get_group_msg_receipt", { GroupId, MsgSeqList: [{ MsgSeq: sent.MsgSeq }] });
  return { GroupId, answers };
}

/** An upstream tcim serve whose auto IDs differ from a fresh simulator's (a group made before
 * the proxy sees anything), so that the proxy must map them. */
async function upstreamServe(options = {}) {
  const up = await startServer({ port: 0, now: T0, log: quiet, ...options });
  up.sim.call("group_open_http_svc/create_group", { Type: "Public", Name: "before" });
  return up;
}

/** Runs the CLI and returns { status, stdout, stderr }. */
const cli = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

test("a world option planted upstream: answers pass through, exactly that divergence is reported, the recording replays clean with the matching option", async () => {
  const up = await upstreamServe({ groupReadReceipts: false });
  const record = join(dir, "receipts.jsonl");
  const proxy = await startProxy({ upstream: up.url, port: 0, world: { now: T0 }, record });
  try {
    const { GroupId, answers } = await suite(proxy.url);
    // Passed through: the upstream's own IDs and its refusal.
    assert.equal(up.sim.inspect().groups.some((g) => g.groupId === GroupId), true, "the client sees the upstream's GroupId");
    assert.equal(answers.at(-1).ErrorCode, 10059, "the upstream's refusal reaches the client");
    assert.equal(answers[4].GroupInfo[0].ErrorCode, 0, "get_group_info with the upstream's GroupId: the shadow got its own");
    const report = await proxy.report();
    assert.deepEqual(report.totals, { requests: 6, agreeing: 5, divergent: 1, drift: 0, invalid: 0, unanswered: 0 });
    const receipts = report.endpoints["group_open_http_svc/get_group_msg_receipt"];
    assert.deepEqual(receipts.firstDivergence, { n: 6, differences: [{ path: "/ErrorCode", upstream: 10059, shadow: 0 }] });
  } finally {
    await proxy.close();
    await up.close();
  }
  // The recording: one line per exchange, never the UserSig.
  const text = readFileSync(record, "utf8");
  assert.equal(text.trim().split("\n").length, 6);
  assert.doesNotMatch(text, /SECRET-USERSIG|usersig/i);
  const first = JSON.parse(text.split("\n")[0]);
  assert.deepEqual(Object.keys(first).sort(), ["answer", "body", "endpoint", "method", "ms", "n", "path", "query", "status", "time"]);
  assert.equal(first.query, "sdkappid=1400000000&identifier=administrator&random=7&contenttype=json");
  // Replayed with the matching option: clean, exit 0; without it: the divergence, exit 1.
  const clean = cli("replay", record, "--now", String(T0), "--no-receipts");
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /^total\s+6\s+6\s+0\s+0\s+0\s+0$/m);
  const diverging = cli("replay", record, "--now", String(T0), "--report", join(dir, "report.json"));
  assert.equal(diverging.status, 1);
  assert.match(diverging.stdout, /get_group_msg_receipt #6 divergent: \/ErrorCode upstream 10059, tcim 0/);
  assert.equal(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).totals.divergent, 1);
  // Against a running server (--url) with the matching option: clean too.
  const server = await startServer({ port: 0, now: T0, groupReadReceipts: false, log: quiet });
  try {
    const r = await replay(readRecording(text).exchanges, { url: server.url });
    assert.deepEqual(r.totals, { requests: 6, agreeing: 6, divergent: 0, drift: 0, invalid: 0, unanswered: 0 });
  } finally {
    await server.close();
  }
});

test("a fault injected upstream through its control API is the only divergence", async () => {
  const up = await upstreamServe();
  const proxy = await startProxy({ upstream: up.url, port: 0, world: { now: T0 } });
  try {
    // (On a read: a refused write would leave the two worlds apart, and what follows would
    // differ too.)
    const set = await fetch(`${up.url}/_tcim/faults`, { method: "PUT", body: JSON.stringify({ rules: [{ endpoint: "group_open_http_svc/get_group_info", errorCode: 10004, times: 1 }] }) });
    assert.equal(set.status, 200);
    const { answers } = await suite(proxy.url);
    assert.equal(answers[4].ErrorCode, 10004, "the injected answer reaches the client");
    const report = await proxy.report();
    assert.equal(report.totals.divergent, 1);
    assert.deepEqual(report.endpoints["group_open_http_svc/get_group_info"].firstDivergence, { n: 5, differences: [{ path: "/ErrorCode", upstream: 10004, shadow: 0 }] });
    assert.equal(report.totals.drift, 0);
  } finally {
    await proxy.close();
    await up.close();
  }
});

/** A raw upstream: `answer(req, res)` decides. */
async function rawUpstream(answer) {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => answer(req, res));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))) };
}

test("an upstream that times out, resets or answers something that is not JSON", async () => {
  const record = join(dir, "failures.jsonl");
  // Silence: the client gets 504 after --timeout; the exchange is unanswered, not divergent.
  const silent = await rawUpstream(() => {});
  let proxy = await startProxy({ upstream: silent.url, port: 0, timeoutMs: 200, record });
  try {
    const a = await post(proxy.url, "im_open_login_svc/account_import", { UserID: "a" });
    assert.equal(a.status, 504);
    assert.match(JSON.parse(a.text).ErrorInfo, /did not answer within 200 ms/);
    const r = await proxy.report();
    assert.deepEqual(r.endpoints["im_open_login_svc/account_import"].firstUnanswered, { n: 1, error: "timeout" });
    assert.equal(r.totals.divergent, 0);
  } finally {
    await proxy.close();
    await silent.close();
  }
  // A reset (tcim serve's injected one): the client's connection drops too.
  const up = await startServer({ port: 0, now: T0, log: quiet, faults: [{ endpoint: "im_open_login_svc/account_check", reset: true }] });
  proxy = await startProxy({ upstream: up.url, port: 0, world: { now: T0 }, record });
  try {
    await assert.rejects(post(proxy.url, "im_open_login_svc/account_check", { CheckItem: [{ UserID: "a" }] }));
    const r = await proxy.report();
    assert.match(r.endpoints["im_open_login_svc/account_check"].firstUnanswered.error, /^reset/);
    // A body that is not JSON: forwarded as it is; both sides refuse it the same way.
    const bad = await post(proxy.url, "im_open_login_svc/account_import", "{not json");
    assert.equal(JSON.parse(bad.text).ErrorCode, 60003);
    const after = (await proxy.report()).endpoints["im_open_login_svc/account_import"];
    assert.deepEqual([after.agreeing, after.divergent, after.invalid], [1, 0, 1]);
  } finally {
    await proxy.close();
    await up.close();
  }
  // An answer that is not JSON: passed through unchanged, drift and a divergence.
  const html = await rawUpstream((req, res) => {
    res.writeHead(502, { "content-type": "text/html", "x-upstream": "gateway" });
    res.end("<html>bad gateway</html>");
  });
  proxy = await startProxy({ upstream: html.url, port: 0, world: { now: T0 }, record });
  try {
    const res = await fetch(`${proxy.url}/v4/im_open_login_svc/account_import?${QUERY}`, { method: "POST", body: '{"UserID":"a"}' });
    assert.deepEqual([res.status, res.headers.get("content-type"), res.headers.get("x-upstream"), await res.text()], [502, "text/html", "gateway", "<html>bad gateway</html>"]);
    const t = (await proxy.report()).endpoints["im_open_login_svc/account_import"];
    assert.deepEqual(t.firstDrift, { n: 1, drift: [{ path: "", kind: "not_json", message: "the answer is not JSON" }] });
    assert.deepEqual(t.firstDivergence.differences.map((d) => d.path), ["(status)", ""]);
  } finally {
    await proxy.close();
    await html.close();
  }
  // Every exchange was recorded, the failures with what happened instead of an answer.
  const lines = readFileSync(record, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.error ?? l.status), ["timeout", lines[1].error, 200, 502]);
  assert.match(lines[1].error, /^reset/);
});

test("a recording cut in the middle of a line: the torn line is dropped and said; a bad line elsewhere is an error", () => {
  const good = JSON.stringify({ endpoint: "im_open_login_svc/account_import", query: "", body: '{"UserID":"a"}', status: 200, answer: '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}' });
  const torn = `${good}\n${good.slice(0, 40)}`;
  assert.deepEqual(readRecording(torn), { exchanges: [JSON.parse(good)], torn: true });
  assert.deepEqual(readRecording(`${good}\n`), { exchanges: [JSON.parse(good)], torn: false });
  assert.throws(() => readRecording(`${good.slice(0, 40)}\n${good}\n`), /line 1 of the recording/);
  const file = join(dir, "torn.jsonl");
  writeFileSync(file, torn);
  const r = cli("replay", file);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /last line of the recording was cut short/);
  assert.match(r.stdout, /^total\s+1\s+1\s+0/m);
  writeFileSync(file, `${good.slice(0, 40)}\n${good}\n`);
  const bad = cli("replay", file);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /line 1 of the recording is not an exchange/);
  assert.equal(cli("replay").status, 2);
});

test("tcim proxy on the command line: prints its URL like serve, and the table (and --report) at exit", async () => {
  const up = await startServer({ port: 0, now: T0, log: quiet });
  const report = join(dir, "cli-report.json");
  const child = spawn(process.execPath, [CLI, "proxy", "--upstream", up.url, "--port", "0", "--now", String(T0), "--report", report], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  try {
    const url = await new Promise((ok, fail) => {
      child.stdout.on("data", () => {
        const m = /tcim proxy: listening on (http:\/\/\S+)/.exec(out);
        if (m) ok(m[1]);
      });
      child.once("exit", () => fail(new Error(out)));
    });
    const a = await post(url, "im_open_login_svc/account_import", { UserID: "a" });
    assert.equal(JSON.parse(a.text).ErrorCode, 0);
    const exited = new Promise((ok) => child.once("exit", ok));
    child.kill("SIGINT");
    assert.equal(await exited, 0);
    assert.match(out, /^im_open_login_svc\/account_import\s+1\s+1\s+0\s+0\s+0\s+0$/m);
    assert.equal(JSON.parse(readFileSync(report, "utf8")).totals.agreeing, 1);
  } finally {
    child.kill();
    await up.close();
  }
  assert.equal(cli("proxy").status, 2, "--upstream is required");
  assert.equal(cli("proxy", "--upstream", "ftp://x").status, 2);
  assert.match(cli("proxy", "--help").stdout, /--record FILE/);
  assert.match(cli("--lang", "zh-CN", "replay", "--help").stdout, /重放/);
});

test("tcim proxy --tls: HTTPS for clients that build https:// URLs, trusted through its authority", async () => {
  const { request } = await import("node:https");
  const up = await startServer({ port: 0, now: T0, log: quiet });
  const proxy = await startProxy({ upstream: up.url, port: 0, world: { now: T0 }, tls: true });
  try {
    assert.match(proxy.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    const text = await new Promise((ok, fail) => {
      const req = request(`${proxy.url}/v4/im_open_login_svc/account_import?${QUERY}`, { method: "POST", ca: proxy.ca }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => ok(body));
      });
      req.on("error", fail);
      req.end('{"UserID":"a"}');
    });
    assert.equal(JSON.parse(text).ErrorCode, 0);
    assert.equal((await proxy.report()).totals.agreeing, 1);
  } finally {
    await proxy.close();
    await up.close();
  }
});

test("what a recording keeps of the query, and what replay fills in", () => {
  assert.equal(publicQuery("sdkappid=1&identifier=admin&usersig=S&UserSig=S&random=2&contenttype=json&key=K&access_token=T&sign=X"), "sdkappid=1&identifier=admin&random=2&contenttype=json");
  assert.equal(replayQuery("sdkappid=1&identifier=admin&random=2&contenttype=json", {}), "sdkappid=1&identifier=admin&random=2&contenttype=json&usersig=tcim-replay");
  assert.equal(replayQuery("", { sdkAppId: 1400000001, admin: "boss" }), "sdkappid=1400000001&identifier=boss&usersig=tcim-replay&random=1&contenttype=json");
});
