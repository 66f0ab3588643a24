// tcim serve --state: the snapshot plus the journal of accepted requests. A SIGKILL at any
// point loses nothing acknowledged; a torn last record is dropped and reported; a damaged
// one before it refuses to start; real-clock times, callback verdicts and clock moves replay
// as they happened; exit folds the journal into the snapshot.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { controlClient } from "../../pkg/node/index.mjs";
import { journalLine } from "../../pkg/lib/state-file.mjs";
import { receiver } from "../support/receiver.mjs";

const bin = fileURLToPath(new URL("../../pkg/bin/tcim.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "tcim-state-"));
const running = new Set();
after(() => {
  for (const p of running) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});
const T0 = 1700000000;
const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

/** Starts `tcim serve --port 0 ...args`; resolves once it listens (or rejects with its output). */
function serve(args) {
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let out = "";
  return new Promise((ok, fail) => {
    const seen = (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) ok({ child, url: m[1], output: () => out, post: poster(m[1]), ctl: controlClient(m[1]) });
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      running.delete(child);
      fail(Object.assign(new Error(`serve exited ${code}: ${out}`), { output: out, code }));
    });
  });
}

const poster = (url) => (api, body) => fetch(`${url}/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());

function stop(child, signal) {
  return new Promise((ok) => {
    child.once("exit", (code, sig) => ok({ code, sig }));
    child.kill(signal);
  });
}

/** The world as inspect shows it; on the real clock, without the time it was read at (a
 * restart may take it into the next second). */
const world = async (s, { realClock = false } = {}) => {
  const w = await s.ctl.inspect();
  if (realClock) delete w.now;
  return JSON.stringify(w);
};

test("SIGKILL loses nothing acknowledged: every accepted request is journaled before its answer", async () => {
  const state = join(dir, "kill.json");
  let s = await serve(["--now", String(T0), "--state", state, "--fsync", "no"]);
  await s.post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
  await s.post("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", Name: "g" });
  for (let i = 0; i < 25; i++) await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "bob", MsgRandom: i, MsgBody: text(`m${i}`) });
  await s.post("openim/sendmsg", { From_Account: "nobody", To_Account: "bob", MsgRandom: 99, MsgBody: text("refused") });
  await s.ctl.advance({ seconds: 30 });
  await s.post("openim/admin_set_msg_read", { Report_Account: "bob", Peer_Account: "alice" });
  // Requests that only read change nothing: not journaled either (src/sim/mod.rs `#[read]`).
  for (const [api, body] of [["openim/get_c2c_unread_msg_num", { To_Account: "bob" }], ["im_open_login_svc/account_check", { CheckItem: [{ UserID: "alice" }] }], ["openim/admin_getroammsg", { Operator_Account: "bob", Peer_Account: "alice", MaxCnt: 10, MinTime: 0, MaxTime: 4000000000 }]]) {
    assert.equal((await s.post(api, body)).ErrorCode, 0, api);
  }
  const before = await world(s);
  // Refused requests are not journaled: 28 accepted requests and one clock move.
  const journal = readFileSync(`${state}.journal`, "utf8").trim().split("\n");
  assert.equal(journal.length, 30 - 1);
  await stop(s.child, "SIGKILL");
  s = await serve(["--state", state]);
  assert.match(s.output(), /29 journaled request\(s\) replayed|state: 28 journaled/);
  assert.equal(await world(s), before);
  // Start-up folded the journal into the snapshot.
  assert.equal(readFileSync(`${state}.journal`, "utf8"), "");
  assert.match(readFileSync(state, "utf8"), /^\{"journalSeq":29,"format":"tcim-simulator"/);
  await stop(s.child, "SIGTERM");
});

test("a torn last record is dropped and reported; a damaged earlier one refuses to start", async () => {
  const state = join(dir, "torn.json");
  let s = await serve(["--now", String(T0), "--state", state]);
  await s.post("im_open_login_svc/account_import", { UserID: "alice" });
  await s.post("im_open_login_svc/account_import", { UserID: "bob" });
  const before = await world(s);
  await stop(s.child, "SIGKILL");
  // A crash cut the next record mid-write.
  appendFileSync(`${state}.journal`, journalLine({ n: 3, t: T0, api: "im_open_login_svc/account_import", body: '{"UserID":"carol"}' }).slice(0, 30));
  s = await serve(["--state", state]);
  assert.match(s.output(), /torn \(cut by a crash\) and dropped/);
  assert.equal(await world(s), before);
  await s.post("im_open_login_svc/account_import", { UserID: "dave" });
  await stop(s.child, "SIGKILL");
  // Damage before the last record is not a crash's doing: refuse, and say how to recover.
  const lines = readFileSync(`${state}.journal`, "utf8").split("\n");
  assert.equal(lines.length, 2, "one record and the final newline");
  writeFileSync(`${state}.journal`, `${lines[0].replace("dave", "evil")}\n${journalLine({ n: 99, t: T0, api: "im_open_login_svc/account_import", body: '{"UserID":"x"}' })}`);
  await assert.rejects(serve(["--state", state]), (e) => /record 1 is damaged/.test(e.output));
});

test("real-clock times replay in their seconds; Before-callback verdicts replay without firing again", async () => {
  // The app rewrites every group message.
  const rx = await receiver((cb) => (cb.body.CallbackCommand === "Group.CallbackBeforeSendMsg" ? { ErrorCode: 0, MsgBody: text("moderated") } : { ErrorCode: 0 }));
  const got = rx.got;
  const state = join(dir, "clock.json");
  let s = await serve(["--state", state, "--callback-url", rx.url]);
  try {
    await s.post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
    const { GroupId } = await s.post("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", Name: "g", MemberList: [{ Member_Account: "bob" }] });
    const sent = await s.post("group_open_http_svc/send_group_msg", { GroupId, From_Account: "bob", Random: 1, MsgBody: text("raw") });
    await new Promise((ok) => setTimeout(ok, 1100)); // the next request in a later second
    const c2c = await s.post("openim/sendmsg", { From_Account: "alice", To_Account: "bob", MsgRandom: 5, MsgBody: text("later") });
    const before = await world(s, { realClock: true });
    await stop(s.child, "SIGKILL");
    const fired = got.length;
    // Restarted without the callback flags: the recorded verdicts still hold.
    s = await serve(["--state", state]);
    assert.equal(await world(s, { realClock: true }), before);
    const history = await s.post("group_open_http_svc/group_msg_get_simple", { GroupId, ReqMsgNumber: 1 });
    assert.deepEqual([history.RspMsgList[0].MsgBody, history.RspMsgList[0].MsgTimeStamp], [text("moderated"), sent.MsgTime]);
    const roam = await s.post("openim/admin_getroammsg", { Operator_Account: "alice", Peer_Account: "bob", MaxCnt: 10, MinTime: 0, MaxTime: 4000000000 });
    assert.equal(roam.MsgList[0].MsgTimeStamp, c2c.MsgTime);
    assert.ok(c2c.MsgTime > sent.MsgTime);
    assert.equal(got.length, fired, "replaying fired no callback");
  } finally {
    await stop(s.child, "SIGTERM");
    await rx.close();
  }
});

test("reset and import fold the journal; --fsync takes always, everysec or no", async () => {
  const state = join(dir, "reset.json");
  let s = await serve(["--now", String(T0), "--state", state, "--fsync", "always"]);
  await s.post("im_open_login_svc/account_import", { UserID: "alice" });
  const snapshot = await s.ctl.exportState();
  await s.ctl.reset();
  assert.equal(readFileSync(`${state}.journal`, "utf8"), "");
  await s.post("im_open_login_svc/account_import", { UserID: "bob" });
  await s.ctl.importState(snapshot);
  await s.post("im_open_login_svc/account_import", { UserID: "carol" });
  await stop(s.child, "SIGKILL");
  s = await serve(["--state", state]);
  assert.deepEqual((await s.ctl.inspect()).accounts.map((a) => a.userId), ["alice", "carol"]);
  await stop(s.child, "SIGTERM");
  assert.ok(existsSync(state));
  await assert.rejects(serve(["--state", state, "--fsync", "sometimes"]), (e) => /--fsync takes always, everysec or no/.test(e.output));
});

test("a crash at any byte of the journal: the server starts with every complete record, never a damaged state", async () => {
  const { StateFile } = await import("../../pkg/lib/state-file.mjs");
  const { Simulator } = await import("../../pkg/node/index.mjs");
  const base = join(dir, "cut.json");
  // Ten accepted requests, journaled; the state after each is what a replay must give.
  const file = new StateFile(base, "no");
  const live = file.load((t) => Simulator.restore(t), () => new Simulator({ now: T0, rateLimit: false }), (s, r) => s.replay(r)).sim;
  live.journalTo((r) => file.append(r));
  const url = (api) => `http://x/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1`;
  const states = [live.snapshot()];
  live.handle(url("im_open_login_svc/multiaccount_import"), JSON.stringify({ Accounts: ["a", "b"] }));
  states.push(live.snapshot());
  for (let i = 0; i < 9; i++) {
    live.handle(url("openim/sendmsg"), JSON.stringify({ From_Account: "a", To_Account: "b", MsgRandom: i, MsgBody: text(`m${i}`) }));
    states.push(live.snapshot());
  }
  const journal = readFileSync(`${base}.journal`);
  const snapshot = readFileSync(base);
  const ends = [];
  journal.forEach((byte, i) => byte === 10 && ends.push(i + 1));
  assert.equal(ends.length, 10);
  for (let cut = 0; cut <= journal.length; cut += cut % 97 === 0 ? 1 : 13) {
    const at = join(dir, `cut-${cut}.json`);
    writeFileSync(at, snapshot);
    writeFileSync(`${at}.journal`, journal.subarray(0, cut));
    const again = new StateFile(at, "no");
    const { sim, replayed, dropped } = again.load((t) => Simulator.restore(t), () => assert.fail("the snapshot is there"), (s, r) => s.replay(r));
    const complete = ends.filter((e) => e <= cut).length;
    assert.deepEqual([replayed, dropped], [complete, ends.includes(cut) || cut === 0 ? 0 : 1], `cut at byte ${cut}`);
    assert.equal(JSON.stringify(JSON.parse(sim.snapshot()).world), JSON.stringify(JSON.parse(states[complete]).world), `cut at byte ${cut}`);
    again.close(sim);
    sim.free();
  }
  // A record with a good checksum but not one the journal writes is damage too.
  const odd = join(dir, "odd.json");
  writeFileSync(odd, snapshot);
  writeFileSync(`${odd}.journal`, journalLine({ n: 1, t: "soon", api: 7, body: null }) + journalLine({ n: 2, t: T0, api: "im_open_login_svc/account_import", body: '{"UserID":"z"}' }));
  assert.throws(() => new StateFile(odd, "no").load((t) => Simulator.restore(t), () => null, (s, r) => s.replay(r)), /record 1 is damaged/);
});
