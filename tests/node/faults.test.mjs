// Fault injection: rules by endpoint with a probability, a count and a clock window, seeded;
// each surface answers the faults it can (ErrorCodes everywhere, HTTP statuses and resets
// over HTTP, latency where the caller waits); a fault never changes state; tcim serve marks
// them in its journal and takes them from flags, a file and the control API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Simulator, TcimError, controlClient } from "../../pkg/node/index.mjs";
import { startServer } from "../../pkg/lib/serve.mjs";

const T0 = 1700000000;
const check = (id) => ["im_open_login_svc/account_check", { CheckItem: [{ UserID: id }] }];
const codes = (sim, n, api = "im_open_login_svc/account_import") => Array.from({ length: n }, (_, i) => sim.call(api, { UserID: `u${i}` }).ErrorCode);

test("a seeded rule fires with its probability, the same way for the same seed; faults change nothing", () => {
  const rules = [{ endpoint: "im_open_login_svc/account_import", errorCode: 70001, probability: 0.5 }];
  const a = codes(new Simulator({ now: T0, faults: { seed: 42, rules } }), 40);
  const b = codes(new Simulator({ now: T0, faults: { seed: 42, rules } }), 40);
  const c = codes(new Simulator({ now: T0, faults: { seed: 43, rules } }), 40);
  assert.deepEqual(a, b, "same seed, same run");
  assert.notDeepEqual(a, c);
  const injected = a.filter((x) => x === 70001).length;
  assert.ok(injected > 8 && injected < 32, `about half: ${injected} of 40`);
  // An injected answer is the service's envelope with the code's documented meaning.
  const sim = new Simulator({ now: T0, faults: [{ errorCode: 70001 }] });
  const before = sim.snapshot();
  const r = sim.call("im_open_login_svc/account_import", { UserID: "x" });
  assert.deepEqual(Object.keys(r), ["ActionStatus", "ErrorInfo", "ErrorCode"]);
  assert.deepEqual([r.ActionStatus, r.ErrorCode], ["FAIL", 70001]);
  assert.match(r.ErrorInfo, /expired/i);
  assert.equal(sim.snapshot(), before, "a fault never changes state");
  assert.deepEqual(sim.faults().rules[0].fired, 1);
  sim.setFaults(null);
  assert.equal(sim.call("im_open_login_svc/account_import", { UserID: "x" }).ErrorCode, 0);
  assert.equal(sim.faults(), null);
});

test("times, the clock window, endpoints and the first matching rule", () => {
  const sim = new Simulator({
    now: T0,
    faults: [
      { endpoint: "im_open_login_svc/account_check", errorCode: 60007, times: 2 },
      { endpoint: "im_open_login_svc/account_check", errorCode: 10002, from: T0 + 100, until: T0 + 200, errorInfo: "maintenance" },
    ],
  });
  assert.deepEqual([1, 2, 3].map(() => sim.call(...check("a")).ErrorCode), [60007, 60007, 0]);
  assert.equal(sim.call("im_open_login_svc/account_import", { UserID: "a" }).ErrorCode, 0, "another endpoint");
  sim.advance(150);
  const r = sim.call(...check("a"));
  assert.deepEqual([r.ErrorCode, r.ErrorInfo], [10002, "maintenance"]);
  sim.advance(100);
  assert.equal(sim.call(...check("a")).ErrorCode, 0, "after the window");
  assert.deepEqual(sim.faults().rules.map((x) => x.fired), [2, 1]);
});

test("each surface answers what it can: HTTP statuses and resets over HTTP, latency where the caller waits", async () => {
  const url = "https://console.tim.qq.com/v4/im_open_login_svc/account_check?sdkappid=1400000000&identifier=administrator&usersig=x&random=1";
  const sim = new Simulator({ now: T0, faults: [{ httpStatus: 502 }] });
  assert.equal(sim.call(...check("a")).ErrorCode, 0, "call() has no HTTP status to answer");
  const out = sim.handle(url, JSON.stringify(check("a")[1]));
  assert.deepEqual([out.status, out.fault, out.headers["Content-Type"]], [502, true, "text/html; charset=utf-8"]);
  assert.match(out.body, /502 Bad Gateway/);
  assert.equal((await sim.fetch(url, { method: "POST", body: "{}" })).status, 502);
  sim.setFaults([{ reset: true, times: 1 }]);
  assert.throws(() => sim.handle(url, "{}"), (e) => e instanceof TcimError && e.code === "connection_reset");
  sim.setFaults([{ reset: true, times: 1 }]);
  await assert.rejects(sim.fetch(url, { method: "POST", body: "{}" }), (e) => e instanceof TypeError && e.cause.code === "ECONNRESET");
  // Latency: the async surfaces wait, then answer as usual; the synchronous ones skip it.
  sim.setFaults([{ latencyMs: 150 }]);
  let started = Date.now();
  const slow = await sim.callAsync(...check("a"));
  assert.ok(Date.now() - started >= 140, "waited");
  assert.equal(slow.ErrorCode, 0);
  started = Date.now();
  const delayed = await sim.handleAsync(url, JSON.stringify(check("a")[1]));
  assert.ok(Date.now() - started >= 140);
  assert.deepEqual([delayed.status, delayed.fault, JSON.parse(delayed.body).ErrorCode], [200, true, 0]);
  assert.equal(sim.faults().rules[0].fired, 2, "call() and handle() did not use the latency rule");
  sim.call(...check("a"));
  assert.equal(sim.faults().rules[0].fired, 2);
});

test("bad rules are refused with what is wrong", () => {
  const bad = [
    [[{ httpStatus: 404 }], /httpStatus must be 500, 502, 503, 504/],
    [[{ errorCode: 70001, httpStatus: 500 }], /answers one way/],
    [[{ endpoint: "openim/sendmsg" }], /needs an answer/],
    [[{ errorCode: 1, probability: 2 }], /probability must be a number from 0 to 1/],
    [[{ errorCode: 1, colour: "red" }], /colour is not a fault rule member/],
    [[{ errorInfo: "x", latencyMs: 5 }], /errorInfo goes with errorCode/],
    [{ seed: -1, rules: [] }, /seed must be a whole number/],
    ["nope", /list of rules/],
  ];
  for (const [faults, message] of bad) {
    assert.throws(() => new Simulator({ faults }), (e) => e instanceof TcimError && e.code === "invalid_option" && message.test(e.message), JSON.stringify(faults));
  }
});

test("tcim serve: faults from options and the control API, marked in the journal; a reset drops the connection", async () => {
  const running = await startServer({ port: 0, now: T0, log: () => {}, faults: { seed: 3, rules: [{ endpoint: "im_open_login_svc/account_check", errorCode: 70001, times: 1 }] } });
  const post = (api, body) => fetch(`${running.url}/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json`, { method: "POST", body: JSON.stringify(body) });
  try {
    const ctl = controlClient(running.url);
    assert.equal((await (await post(...check("a"))).json()).ErrorCode, 70001);
    assert.equal((await (await post(...check("a"))).json()).ErrorCode, 0);
    await ctl.setFaults({ rules: [{ endpoint: "im_open_login_svc/account_check", httpStatus: 503, times: 1 }, { endpoint: "im_open_login_svc/account_check", reset: true, times: 1 }] });
    assert.equal((await post(...check("a"))).status, 503);
    await assert.rejects(post(...check("a")), (e) => e instanceof TypeError);
    assert.equal((await (await post(...check("a"))).json()).ErrorCode, 0, "the server goes on");
    const journal = (await ctl.journal()).entries.map((e) => [e.status, e.errorCode, e.fault]);
    assert.deepEqual(journal, [[200, 70001, true], [200, 0, false], [503, null, true], [0, null, true], [200, 0, false]]);
    assert.deepEqual((await ctl.faults()).rules.map((r) => r.fired), [1, 1]);
    // A reset keeps the faults in force; clearing them ends them.
    await ctl.setFaults([{ endpoint: "im_open_login_svc/account_check", errorCode: 10002 }]);
    await ctl.reset();
    assert.equal((await (await post(...check("a"))).json()).ErrorCode, 10002);
    await ctl.clearFaults();
    assert.equal((await (await post(...check("a"))).json()).ErrorCode, 0);
    const bad = await fetch(`${running.url}/_tcim/faults`, { method: "PUT", body: JSON.stringify([{ httpStatus: 418 }]) });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /httpStatus/);
  } finally {
    await running.close();
  }
});

test("tcim exec --faults FILE --fault RULE: a suite sees the injected answers", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tcim-faults-"));
  try {
    const file = join(dir, "faults.json");
    writeFileSync(file, JSON.stringify({ seed: 9, rules: [{ endpoint: "openim/sendmsg", errorCode: 20006, times: 1 }] }));
    const bin = fileURLToPath(new URL("../../pkg/bin/tcim.mjs", import.meta.url));
    const script = "const r = (api, b) => fetch(`${process.env.TCIM_URL}/v4/${api}?sdkappid=${process.env.TCIM_SDKAPPID}&identifier=${process.env.TCIM_ADMIN}&usersig=x&random=1`, { method: 'POST', body: JSON.stringify(b) }).then((x) => x.json()).then((j) => j.ErrorCode);" +
      "(async () => { const out = [await r('im_open_login_svc/multiaccount_import', { Accounts: ['a', 'b'] }), await r('im_open_login_svc/account_check', { CheckItem: [{ UserID: 'a' }] }), await r('openim/sendmsg', { From_Account: 'a', To_Account: 'b', MsgRandom: 1, MsgBody: [] }), await r('openim/sendmsg', { From_Account: 'a', To_Account: 'b', MsgRandom: 2, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }] })]; console.log(JSON.stringify(out)); })()";
    const { NODE_TEST_CONTEXT, ...env } = process.env;
    const out = await new Promise((done) => {
      const child = spawn(process.execPath, [bin, "exec", "--faults", file, "--fault", "endpoint=im_open_login_svc/account_check,errorCode=60007,times=1", "--", process.execPath, "-e", script], { env, stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      child.stdout.on("data", (d) => (text += d));
      child.stderr.on("data", (d) => (text += d));
      child.on("close", (status) => done({ status, text }));
    });
    assert.equal(out.status, 0, out.text);
    assert.deepEqual(JSON.parse(out.text), [0, 60007, 20006, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("random fault specs: accepted, or refused with invalid_option; accepted ones never throw anything else", () => {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const values = [0, 1, -1, 0.5, 2, 70001, 503, 404, 1e21, NaN, "x", "*", "openim/sendmsg", "im_open_login_svc/account_check", true, false, null, [], {}, T0, T0 + 10];
  const members = ["endpoint", "probability", "times", "from", "until", "errorCode", "errorInfo", "httpStatus", "reset", "latencyMs", "other"];
  let accepted = 0;
  for (let i = 0; i < 2000; i++) {
    const rules = Array.from({ length: Math.floor(rand() * 3) }, () => Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => [pick(members), pick(values)])));
    const spec = rand() < 0.2 ? pick(values) : rand() < 0.5 ? rules : { seed: pick([0, 7, -3, "s", 1.5]), rules };
    let sim;
    try {
      sim = new Simulator({ now: T0, rateLimit: false, faults: spec });
    } catch (e) {
      assert.ok(e instanceof TcimError && e.code === "invalid_option", `${JSON.stringify(spec)}: ${e}`);
      continue;
    }
    accepted++;
    // Latency rules would sleep; the synchronous surfaces skip them.
    for (const api of ["im_open_login_svc/account_check", "openim/sendmsg"]) {
      const r = sim.call(api, { CheckItem: [{ UserID: "a" }] });
      assert.equal(typeof r.ErrorCode, "number");
      try {
        const out = sim.handle(`http://x/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1`, "{}");
        assert.ok([200, 500, 502, 503, 504].includes(out.status));
      } catch (e) {
        assert.ok(e instanceof TcimError && e.code === "connection_reset", String(e));
      }
    }
    sim.free();
  }
  assert.ok(accepted > 100, `${accepted} accepted`);
});
