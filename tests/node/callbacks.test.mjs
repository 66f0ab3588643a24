// Third-party callbacks through the built package: to a JS handler (what browser and Node
// tests use) and over HTTP to a real receiver (node:http), signed, with every Before verdict,
// a timeout, a dead URL, and no state half-applied.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { Simulator as PackageSimulator, verifyCallbackSign } from "../../pkg/node/index.mjs";
import { startServer } from "../../pkg/lib/serve.mjs";
import { receiver as packageReceiver } from "../support/receiver.mjs";
import { mismatch } from "../support/callback-statements.mjs";

// Every callback these tests fire, to a handler or over HTTP, is held to its statement at the
// end: the simulators' logs and the receivers' requests.
const simulators = [];
const receivers = [];
class Simulator extends PackageSimulator {
  constructor(...args) {
    super(...args);
    simulators.push(this);
  }
}
async function receiver(...args) {
  const r = await packageReceiver(...args);
  receivers.push(r);
  return r;
}
after(() => {
  const bodies = [...simulators.flatMap((s) => s.callbackLog()), ...receivers.flatMap((r) => r.got)].filter((e) => e.body);
  const wrong = bodies.map((e) => mismatch(e.body.CallbackCommand, e.body)).filter(Boolean);
  assert.deepEqual(wrong, []);
});

const T0 = 1700000000;
const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];
const send = (random, t = "hi") => ({ From_Account: "alice", To_Account: "bob", MsgRandom: random, MsgBody: text(t) });

function world(options = {}) {
  const sim = new Simulator({ now: T0, rateLimit: false, ...options });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
  return sim;
}

test("a new app fires nothing; a handler switches callbacks on", () => {
  const sim = world();
  sim.call("openim/sendmsg", send(1));
  assert.deepEqual(sim.callbackLog(), []);
  const seen = [];
  sim.onCallback((cb) => void seen.push(cb.command));
  sim.call("openim/sendmsg", send(2));
  assert.deepEqual(seen, ["C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg"]);
});

test("a JS handler answers Before-callbacks: allow, rewrite, refuse, drop, custom code", () => {
  let verdict = null;
  const seen = [];
  const sim = world({ callbacks: { handler: (cb) => (seen.push(cb), cb.command.endsWith("BeforeSendMsg") ? verdict : undefined) } });
  // Nothing returned: allowed.
  assert.equal(sim.call("openim/sendmsg", send(1)).ErrorCode, 0);
  const [before, after] = seen.splice(0);
  assert.deepEqual(before.query, { SdkAppid: "1400000000", CallbackCommand: "C2C.CallbackBeforeSendMsg", contenttype: "json", ClientIP: "127.0.0.1", OptPlatform: "RESTAPI" });
  assert.equal(before.body.CallbackCommand, "C2C.CallbackBeforeSendMsg");
  assert.equal(after.body.SendMsgResult, 0);
  const snapshot = sim.snapshot();
  verdict = { ErrorCode: 1 };
  assert.equal(sim.call("openim/sendmsg", send(2)).ErrorCode, 20006);
  verdict = { ErrorCode: 120005, ErrorInfo: "closed on Sundays" };
  const r = sim.call("openim/sendmsg", send(3));
  assert.deepEqual([r.ErrorCode, r.ErrorInfo], [120005, "closed on Sundays"]);
  verdict = { ErrorCode: 2 };
  assert.equal(sim.call("openim/sendmsg", send(4)).ErrorCode, 0);
  assert.equal(sim.snapshot(), snapshot, "refused and dropped messages change nothing");
  assert.deepEqual(seen.map((c) => c.command), ["C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg"], "no After-callback for them");
  seen.length = 0;
  verdict = { ErrorCode: 0, MsgBody: text("rewritten") };
  sim.call("openim/sendmsg", send(5));
  assert.deepEqual(seen[1].body.MsgBody, text("rewritten"));
  const roam = sim.call("openim/admin_getroammsg", { Operator_Account: "bob", Peer_Account: "alice", MaxCnt: 10, MinTime: 0, MaxTime: T0 });
  assert.deepEqual(roam.MsgList[0].MsgBody, text("rewritten"));
  // An async handler cannot answer a synchronous call: the failure policy delivers.
  sim.onCallback(async () => ({ ErrorCode: 1 }));
  assert.equal(sim.call("openim/sendmsg", send(6)).ErrorCode, 0);
  assert.match(sim.callbackLog().at(-2).error, /use callAsync/);
});

test("creating and joining groups ask the app first: refusals, the app's own codes, members kept out", async () => {
  const seen = [];
  const sim = world({ callbacks: { handler: (cb) => {
    seen.push(cb);
    if (cb.command === "Group.CallbackBeforeCreateGroup" && cb.body.Name === "closed") return { ErrorCode: 10150, ErrorInfo: "no new groups" };
    if (cb.command === "Group.CallbackBeforeInviteJoinGroup") return { ErrorCode: 0, RefusedMembers_Account: ["carol"] };
    if (cb.command === "Group.CallbackBeforeApplyJoinGroup") return { ErrorCode: cb.body.Requestor_Account === "dave" ? 1 : 0 };
  } } });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["carol", "dave", "erin"] });
  const snapshot = sim.snapshot();
  const refused = sim.call("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", Name: "closed" });
  assert.deepEqual([refused.ErrorCode, refused.ErrorInfo], [10150, "no new groups"]);
  assert.equal(sim.snapshot(), snapshot, "a refused group is not created");
  const { GroupId } = sim.call("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", Name: "open" });
  const added = sim.call("group_open_http_svc/add_group_member", { GroupId, MemberList: [{ Member_Account: "bob" }, { Member_Account: "carol" }] });
  assert.deepEqual(added.MemberList, [{ Member_Account: "bob", Result: 1 }, { Member_Account: "carol", Result: 0 }]);
  // A client's application: refused (1 → 10016) or let in, synchronously or awaited.
  assert.throws(() => sim.client({ action: "joinGroup", groupId: GroupId, account: "dave" }), (e) => e.code === "client_action_failed" && /10016/.test(e.message));
  await sim.clientAsync({ action: "joinGroup", groupId: GroupId, account: "erin" });
  const members = sim.call("group_open_http_svc/get_group_member_info", { GroupId }).MemberList.map((m) => m.Member_Account);
  assert.deepEqual(members.sort(), ["alice", "bob", "erin"]);
  const apply = seen.find((c) => c.command === "Group.CallbackBeforeApplyJoinGroup");
  assert.deepEqual([apply.query.OptPlatform, apply.body.Requestor_Account, apply.body.GroupId], ["Unknown", "dave", GroupId]);
  assert.deepEqual(seen.map((c) => c.command), [
    "Group.CallbackBeforeCreateGroup", "Group.CallbackBeforeCreateGroup", "Group.CallbackAfterCreateGroup",
    "Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin",
    "Group.CallbackBeforeApplyJoinGroup", "Group.CallbackBeforeApplyJoinGroup", "Group.CallbackAfterNewMemberJoin",
  ]);
});

test("callAsync waits for an async handler; a slow one times out into the failure policy", async () => {
  const sim = world({ callbacks: { handler: async (cb) => (cb.command.includes("Before") ? { ErrorCode: 1 } : undefined), timeoutMs: 200, onFailure: "refuse" } });
  assert.equal((await sim.callAsync("openim/sendmsg", send(1))).ErrorCode, 20006);
  sim.onCallback((cb) => new Promise((ok) => setTimeout(() => ok({ ErrorCode: 0 }), cb.command.includes("Before") ? 1000 : 0)));
  const started = Date.now();
  const r = await sim.callAsync("openim/sendmsg", send(2));
  assert.equal(r.ErrorCode, 80003);
  assert.ok(Date.now() - started < 900, "answered at the timeout");
  assert.match(sim.callbackLog().at(-1).error, /no answer within 200 ms/);
});

test("over HTTP: the service's query, a valid Sign, the documented body, in order", async () => {
  const rx = await receiver((cb) => (cb.query.CallbackCommand === "Group.CallbackBeforeSendMsg" ? { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "", MsgBody: text("moderated") } : { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" }));
  try {
    const sim = world({ callbacks: { url: rx.url, token: "xxxxyyyy" } });
    sim.call("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", GroupId: "g", Name: "G", MemberList: [{ Member_Account: "bob" }] });
    const r = await sim.callAsync("group_open_http_svc/send_group_msg", { GroupId: "g", From_Account: "bob", Random: 1, MsgBody: text("raw") });
    assert.equal(r.MsgSeq, 1);
    await sim.callbacksSettled();
    assert.deepEqual(rx.got.map((c) => c.query.CallbackCommand), ["Group.CallbackAfterCreateGroup", "Group.CallbackBeforeSendMsg", "Group.CallbackAfterSendMsg"]);
    for (const c of rx.got) {
      assert.equal(c.contentType, "application/json");
      assert.deepEqual(Object.keys(c.query), ["SdkAppid", "CallbackCommand", "contenttype", "ClientIP", "OptPlatform", "Sign", "RequestTime"]);
      assert.equal(c.body.CallbackCommand, c.query.CallbackCommand);
      assert.equal(verifyCallbackSign({ token: "xxxxyyyy", requestTime: c.query.RequestTime, sign: c.query.Sign }).ok, true);
    }
    assert.deepEqual(rx.got[2].body.MsgBody, text("moderated"), "the After-callback carries the rewrite");
    const stored = sim.call("group_open_http_svc/group_msg_get_simple", { GroupId: "g", ReqMsgNumber: 1 });
    assert.deepEqual(stored.RspMsgList[0].MsgBody, text("moderated"));
    // call() cannot wait for the URL: create_group's Before-callback is logged as failed
    // (creating goes on) and never posted.
    assert.match(sim.callbackLog()[0].error, /needs callAsync/);
    assert.deepEqual(sim.callbackStats(), { fired: 4, delivered: 2, failed: 0, dropped: 0, waiting: 0 });
  } finally {
    await rx.close();
  }
});

test("over HTTP, each conversation is delivered in order, and a slow one holds up only itself", async () => {
  // The receiver takes 400 ms for anything about the group, and answers the rest at once.
  const rx = await receiver(() => ({ ErrorCode: 0 }), (cb) => (cb.body.GroupId ? 400 : 0));
  try {
    const sim = world({ callbacks: { url: rx.url } });
    sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["carol"] });
    await sim.callAsync("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", GroupId: "g", Name: "G", MemberList: [{ Member_Account: "bob" }] });
    for (let i = 0; i < 3; i++) await sim.callAsync("group_open_http_svc/send_group_msg", { GroupId: "g", From_Account: "bob", Random: i, MsgBody: text(`g${i}`) });
    // The group's After-callbacks are still on their way; a one-to-one send does not wait for them.
    const started = Date.now();
    assert.equal((await sim.callAsync("openim/sendmsg", send(1, "c2c"))).ErrorCode, 0);
    assert.ok(Date.now() - started < 300, `the one-to-one Before-callback waited ${Date.now() - started} ms`);
    await sim.callbacksSettled();
    const group = rx.got.filter((c) => c.body.GroupId).map((c) => [c.query.CallbackCommand, c.body.MsgBody?.[0].MsgContent.Text ?? ""]);
    assert.deepEqual(group, [
      ["Group.CallbackAfterCreateGroup", ""],
      ["Group.CallbackBeforeSendMsg", "g0"], ["Group.CallbackAfterSendMsg", "g0"],
      ["Group.CallbackBeforeSendMsg", "g1"], ["Group.CallbackAfterSendMsg", "g1"],
      ["Group.CallbackBeforeSendMsg", "g2"], ["Group.CallbackAfterSendMsg", "g2"],
    ]);
    assert.deepEqual(rx.got.filter((c) => c.body.To_Account === "bob").map((c) => c.query.CallbackCommand), ["C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg"]);
  } finally {
    await rx.close();
  }
});

test("a dead URL and a slow receiver follow the failure policy; nothing is half-applied", async () => {
  const rx = await receiver(() => ({ ErrorCode: 0 }), () => 600);
  try {
    const slow = world({ callbacks: { url: rx.url, timeoutMs: 150, onFailure: "refuse" } });
    const before = slow.snapshot();
    assert.equal((await slow.callAsync("openim/sendmsg", send(1))).ErrorCode, 80003);
    assert.equal(slow.snapshot(), before);
    const dead = world({ callbacks: { url: "http://127.0.0.1:9/nobody" } });
    assert.equal((await dead.callAsync("openim/sendmsg", send(1))).ErrorCode, 0, "delivered anyway: the default policy");
    await dead.callbacksSettled();
    assert.deepEqual(dead.callbackStats().failed, 1, "the After-callback could not be delivered");
  } finally {
    await rx.close();
  }
});

test("tcim serve posts callbacks to --callback-url while clients call it", async () => {
  const rx = await receiver((cb) => (cb.query.CallbackCommand === "C2C.CallbackBeforeSendMsg" && cb.body.MsgBody[0].MsgContent.Text === "spam" ? { ErrorCode: 1 } : { ErrorCode: 0 }));
  const lines = [];
  const running = await startServer({ port: 0, now: T0, rateLimit: false, callbacks: { url: rx.url, token: "tok" }, log: (l) => lines.push(l) });
  try {
    const post = (api, body) => fetch(`${running.url}/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
    await post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
    assert.equal((await post("openim/sendmsg", send(1, "hello"))).ErrorCode, 0);
    assert.equal((await post("openim/sendmsg", send(2, "spam"))).ErrorCode, 20006);
    await running.sim.callbacksSettled();
    assert.deepEqual(rx.got.map((c) => c.query.CallbackCommand), ["C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg", "C2C.CallbackBeforeSendMsg"]);
    assert.equal(rx.got[0].query.ClientIP, "127.0.0.1");
    assert.ok(verifyCallbackSign({ token: "tok", requestTime: rx.got[0].query.RequestTime, sign: rx.got[0].query.Sign }).ok);
  } finally {
    await running.close();
    await rx.close();
  }
});

test("a burst with a slow receiver: tcim serve keeps answering, the queue stays bounded, drops are reported", async () => {
  const rx = await receiver(() => ({ ErrorCode: 0 }), () => 20);
  const lines = [];
  const running = await startServer({ port: 0, now: T0, rateLimit: false, callbacks: { url: rx.url, commands: ["C2C.CallbackAfterSendMsg"], queueMax: 100 }, log: (l) => lines.push(l) });
  try {
    const post = (api, body) => fetch(`${running.url}/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());
    await post("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
    let maxWaiting = 0;
    for (let i = 0; i < 20; i++) {
      const answers = await Promise.all(Array.from({ length: 100 }, (_, k) => post("openim/sendmsg", send(i * 100 + k))));
      assert.ok(answers.every((a) => a.ErrorCode === 0));
      maxWaiting = Math.max(maxWaiting, running.sim.callbackStats().waiting);
    }
    // Not a timing: every send was answered while the receiver was still far behind (a server
    // held by its receiver would have delivered each callback before answering its send).
    const deliveredWhenAnswered = rx.got.length;
    assert.ok(deliveredWhenAnswered < 2000, `2,000 sends answered with ${deliveredWhenAnswered} callbacks delivered: the sends were held by a receiver that takes 20 ms a callback`);
    assert.ok(maxWaiting <= 100, `queue bounded (${maxWaiting})`);
    await running.sim.callbacksSettled();
    const stats = running.sim.callbackStats();
    assert.equal(stats.fired, 2000);
    assert.ok(stats.dropped > 0 && stats.delivered + stats.dropped === 2000, JSON.stringify(stats));
    assert.ok(lines.some((l) => /callbacks: \d+ dropped/.test(l)), "the server's output says so");
    assert.equal(rx.got.length, stats.delivered);
    const order = rx.got.map((c) => c.body.MsgSeq);
    assert.deepEqual(order, [...order].sort((a, b) => a - b), "delivered in the order they fired (MsgSeq is the order of the sends)");
  } finally {
    await running.close();
    await rx.close();
  }
});

test("REST calls fire the callbacks their pages name (issue 29): to the handler, in the log, signed like the others", () => {
  const seen = [];
  const sim = world({ rateLimit: true, callbacks: { token: "t0ken", handler: (cb) => void seen.push(cb) } });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["carol"] });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "Public", GroupId: "g", Name: "G", MaxMemberCount: 3, MemberList: [{ Member_Account: "bob" }] });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "alice", Type: "AVChatRoom", GroupId: "live", Name: "L" });
  seen.length = 0;
  const calls = [
    ["sns/black_list_add", { From_Account: "alice", To_Account: ["bob"] }, ["Sns.CallbackBlackListAdd"]],
    ["sns/black_list_delete", { From_Account: "alice", To_Account: ["bob"] }, ["Sns.CallbackBlackListDelete"]],
    ["group_open_http_svc/modify_group_base_info", { GroupId: "g", Name: "G2" }, ["Group.CallbackAfterGroupInfoChanged"]],
    ["group_open_http_svc/change_group_owner", { GroupId: "g", NewOwner_Account: "bob" }, ["Group.CallbackAfterChangeGroupOwner"]],
    ["group_open_http_svc/modify_group_member_info", { GroupId: "g", Member_Account: "alice", NameCard: "A" }, ["Group.CallbackAfterMemberFieldChanged"]],
    ["group_open_http_svc/set_group_attr", { GroupId: "live", GroupAttr: [{ key: "k", value: "v" }] }, ["Group.CallbackAfterGroupAttrChanged"]],
    ["profile/portrait_set", { From_Account: "alice", ProfileItem: [{ Tag: "Tag_Profile_IM_Nick", Value: "Al" }] }, ["Profile.CallbackPortraitSet"]],
    ["group_open_http_svc/add_group_member", { GroupId: "g", MemberList: [{ Member_Account: "carol" }] }, ["Group.CallbackBeforeInviteJoinGroup", "Group.CallbackAfterNewMemberJoin", "Group.CallbackAfterGroupFull"]],
    ["group_open_http_svc/get_appid_group_list", {}, ["Alert.RequestOverLimit"]],
  ];
  for (const [api, body, commands] of calls) {
    const before = sim.callbackLog().length;
    assert.equal(sim.call(api, body).ErrorCode, 0, api);
    const got = seen.splice(0);
    assert.deepEqual(got.map((c) => c.command), commands, api);
    for (const c of got) {
      assert.equal(c.query.OptPlatform, "RESTAPI", api);
      assert.ok(verifyCallbackSign({ token: "t0ken", requestTime: c.query.RequestTime, sign: c.query.Sign }).ok, `${api}: signed`);
    }
    assert.deepEqual(sim.callbackLog().slice(before).map((e) => e.command), commands, `${api}: the log`);
  }
  const last = sim.callbackLog().at(-1);
  assert.deepEqual(last.body, { CallbackCommand: "Alert.RequestOverLimit", ServiceName: "group_open_http_svc", Command: "get_appid_group_list", Request: 1, Limit: 1 });
  // A failed call fires nothing.
  assert.equal(sim.call("profile/portrait_set", { From_Account: "nobody", ProfileItem: [{ Tag: "Tag_Profile_IM_Nick", Value: "x" }] }).ErrorCode, 40003);
  assert.deepEqual(seen, []);
});

test("verifyCallbackSign checks the documented example, staleness and bad input", () => {
  const sign = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
  assert.equal(verifyCallbackSign({ token: "xxxxyyyy", requestTime: "1669872112", sign, now: 1669872112 }).ok, true);
  assert.equal(verifyCallbackSign({ token: "xxxxyyyy", requestTime: 1669872112, sign, now: 1669872300 }).code, "stale");
  assert.equal(verifyCallbackSign({ token: "other", requestTime: "1669872112", sign, now: 1669872112 }).code, "bad_sign");
  assert.throws(() => verifyCallbackSign({ token: "t", requestTime: {}, sign }), /requestTime/);
  assert.throws(() => new Simulator({ callbacks: { url: "ftp://x" } }), /http/);
  assert.throws(() => new Simulator({ callbacks: { url: "http://x", nope: 1 } }), /nope/);
});
