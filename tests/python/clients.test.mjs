// The Python clients from PyPI (timsdk, tencentcloud-sdk-python-im), unmodified, against
// `tcim serve` with UserSig checks on. The venv is made by scripts/test.sh (TCIM_PYTHON
// points at its interpreter).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { receiver } from "../support/receiver.mjs";
import { verifyCallbackSign } from "../../pkg/node/index.mjs";
import { fileURLToPath } from "node:url";
import { startServer } from "../../pkg/lib/serve.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const python = process.env.TCIM_PYTHON ?? `${root}.venv-clients/bin/python`;
const SDKAPPID = 1400000001;
const KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/** The callback counts of the last script's server, when it had callbacks. */
let lastStats = null;

/** Runs one client script against a fresh `tcim serve` with UserSig checks on (and
 * `options` for the server). */
async function runScript(name, options = {}) {
  assert.ok(existsSync(python), `no Python venv at ${python}: run bash scripts/test.sh (it makes one)`);
  const running = await startServer({ port: 0, sdkAppId: SDKAPPID, secretKey: KEY, log: () => {}, ...options });
  try {
    const script = fileURLToPath(new URL(name, import.meta.url));
    // Asynchronous: the server answers from this process's event loop.
    const out = await new Promise((resolve) => {
      const child = spawn(python, [script, running.url.replace(/\/$/, ""), String(SDKAPPID), KEY], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal(out.status, 0, `${out.stdout}\n${out.stderr}`);
    assert.match(out.stdout, /^ok: \d+ /m);
    await running.sim.callbacksSettled();
    lastStats = running.sim.callbackStats();
  } finally {
    await running.close();
  }
}

test("timsdk and tencentcloud-sdk-python-im: every public method of both is called by a script here", () => {
  assert.ok(existsSync(python), `no Python venv at ${python}: run bash scripts/test.sh (it makes one)`);
  const r = spawnSync(python, [fileURLToPath(new URL("methods.py", import.meta.url))], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
test("timsdk and tencentcloud-sdk-python-im: every people method answers as the clients expect", () => runScript("people_clients.py"));
test("timsdk and tencentcloud-sdk-python-im: the group-administration methods answer as the clients expect", () => runScript("group_clients.py"));
test("timsdk and tencentcloud-sdk-python-im: the read-state and membership methods answer as the clients expect", () => runScript("core_clients.py"));

test("tcim serve --callback-url: the clients' calls fire the documented callbacks, signed, in order", async () => {
  const rx = await receiver(
    ({ query, body }) => {
      const said = query.CallbackCommand === "C2C.CallbackBeforeSendMsg" ? body.MsgBody[0].MsgContent.Text : null;
      if (said === "spam") return { ActionStatus: "OK", ErrorCode: 1, ErrorInfo: "" };
      if (said === "drop") return { ActionStatus: "OK", ErrorCode: 2, ErrorInfo: "" };
      if (said === "custom") return { ActionStatus: "OK", ErrorCode: 120123, ErrorInfo: "not today" };
      if (query.CallbackCommand === "Group.CallbackBeforeSendMsg") return { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "", MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "moderated" } }] };
      if (query.CallbackCommand === "Group.CallbackBeforeCreateGroup" && body.Name === "closed") return { ActionStatus: "OK", ErrorCode: 10150, ErrorInfo: "no new groups" };
      if (query.CallbackCommand === "Group.CallbackBeforeInviteJoinGroup") return { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "", RefusedMembers_Account: ["cbcarol"] };
      return { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" };
    },
    // "slow" is answered after the 500 ms timeout.
    ({ query, body }) => (query.CallbackCommand === "C2C.CallbackBeforeSendMsg" && body.MsgBody[0].MsgContent.Text === "slow" ? 1500 : 0),
  );
  const got = rx.got;
  try {
    await runScript("callback_clients.py", { callbacks: { url: rx.url, token: "python-token", timeoutMs: 500, onFailure: "refuse" } });
    // In order per conversation (a group, a pair of accounts, an account; the rest share
    // one queue); different conversations are delivered side by side.
    const conversation = ({ body }) => body.GroupId ? "group" : body.From_Account && body.To_Account ? "c2c" : body.Info ? "user" : "rest";
    const per = (key) => got.filter((c) => conversation(c) === key).map((c) => c.query.CallbackCommand);
    assert.deepEqual(per("c2c"), ["C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg"]);
    assert.deepEqual(per("group"), ["Group.CallbackAfterCreateGroup", "Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackBeforeSendMsg", "Group.CallbackAfterSendMsg"]);
    assert.deepEqual(per("rest"), ["Group.CallbackBeforeCreateGroup", "Group.CallbackBeforeCreateGroup", "Sns.CallbackFriendAdd"]);
    assert.deepEqual(per("user"), ["State.StateChange"]);
    assert.equal(got.length, 15);
    const one = (command, nth = 0) => got.filter((c) => c.query.CallbackCommand === command)[nth];
    for (const c of got) {
      assert.equal(c.query.SdkAppid, String(SDKAPPID));
      assert.equal(c.query.OptPlatform, "RESTAPI");
      assert.equal(c.query.ClientIP, "127.0.0.1");
      assert.ok(verifyCallbackSign({ token: "python-token", requestTime: c.query.RequestTime, sign: c.query.Sign }).ok, c.query.CallbackCommand);
      assert.equal(c.body.CallbackCommand, c.query.CallbackCommand);
    }
    const [before, after] = [one("C2C.CallbackBeforeSendMsg"), one("C2C.CallbackAfterSendMsg")];
    assert.deepEqual([before.body.From_Account, before.body.To_Account, before.body.MsgBody[0].MsgContent.Text], ["cbalice", "cbbob", "hello"]);
    assert.deepEqual([after.body.SendMsgResult, after.body.UnreadMsgNum, after.body.MsgKey], [0, 1, before.body.MsgKey]);
    const create = one("Group.CallbackBeforeCreateGroup");
    assert.deepEqual([create.body.Owner_Account, create.body.Name, create.body.CreateGroupNum, create.body.MemberList], ["cbalice", "cb", 0, [{ Member_Account: "cbbob" }]]);
    assert.equal(one("Group.CallbackBeforeCreateGroup", 1).body.CreateGroupNum, 1, "the refused one counts the group created before");
    assert.deepEqual(one("Group.CallbackBeforeInviteJoinGroup").body.DestinationMembers, [{ Member_Account: "cbdan" }, { Member_Account: "cbcarol" }]);
    assert.deepEqual(one("Group.CallbackAfterNewMemberJoin").body.NewMemberList, [{ Member_Account: "cbdan" }]);
    assert.deepEqual(one("Group.CallbackAfterSendMsg").body.MsgBody, [{ MsgType: "TIMTextElem", MsgContent: { Text: "moderated" } }]);
    assert.deepEqual(one("Sns.CallbackFriendAdd").body.PairList.map((p) => [p.From_Account, p.To_Account]), [["cbalice", "cbbob"], ["cbbob", "cbalice"]]);
    assert.deepEqual(one("State.StateChange").body.Info, { Action: "Logout", To_Account: "cbbob", Reason: "Kicked" });
  } finally {
    await rx.close();
  }
});

test("tcim serve with injected faults: the clients get the injected 70001 and HTTP 503, and nothing changes", () =>
  runScript("fault_clients.py", { faults: { seed: 5, rules: [{ endpoint: "openim/sendmsg", errorCode: 70001, times: 1 }, { endpoint: "openim/admin_getroammsg", httpStatus: 503, times: 1 }] } }));

test("tcim serve with a dead --callback-url: the app's failure policy decides, nothing half-applied, failures counted", async () => {
  await runScript("dead_callback_clients.py", {
    callbacks: { url: "http://127.0.0.1:9/nobody-listens", timeoutMs: 500, onFailure: "refuse" },
  });
  // (runScript waited for the After-callback queue; its failures are in the stats it saw.)
  assert.ok(lastStats.failed >= 1 && lastStats.delivered === 0, JSON.stringify(lastStats));
});
