// The simulator through the built package, as a Node backend's tests would use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Simulator, TcimError } from "../../pkg/node/index.mjs";

const T0 = 1700000000;
const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

function seedWorld(sim) {
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"] });
  const r = sim.call("group_open_http_svc/create_group", {
    Owner_Account: "alice", Type: "Private", Name: "team",
    MemberList: ["bob", "carol", "dave", "erin", "frank", "grace", "heidi"].map((m) => ({ Member_Account: m })),
  });
  assert.equal(r.ErrorCode, 0);
  for (let i = 0; i < 2; i++) {
    sim.call("group_open_http_svc/send_group_msg", { GroupId: r.GroupId, From_Account: "alice", Random: i, NeedReadReceipt: 1, MsgBody: text("hi") });
  }
  return r.GroupId;
}

test("seed walkthrough: receipts and unread through call()", () => {
  const sim = new Simulator({ now: T0 });
  const gid = seedWorld(sim);
  assert.match(gid, /^@TGS#[A-Z0-9]{9}$/);
  sim.call("group_open_http_svc/group_msg_receipt", { GroupId: gid, From_Account: "bob", MsgSeqList: [{ MsgSeq: 2 }] });
  const r = sim.call("v4/group_open_http_svc/get_group_msg_receipt", JSON.stringify({ GroupId: gid, MsgSeqList: [{ MsgSeq: 1 }, { MsgSeq: 2 }] }));
  assert.deepEqual(r, {
    ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "",
    GroupMsgReceiptList: [{ Code: 0, MsgSeq: 1, ReadNum: 1, UnreadNum: 6 }, { Code: 0, MsgSeq: 2, ReadNum: 1, UnreadNum: 6 }],
  });
  assert.deepEqual(sim.call("group_open_http_svc/set_unread_msg_num", { GroupId: gid, Member_Account: "carol", UnreadMsgNum: 9 }), { ActionStatus: "OK", ErrorCode: 0, ErrorInfo: "" });
  const state = sim.inspect();
  const carol = state.groups[0].members.find((m) => m.account === "carol");
  assert.deepEqual([carol.readSeq, carol.unread], [0, 2]);
  assert.equal(state.groups[0].messages[0].readNum, 1);
  assert.equal(state.now, T0);
  sim.free();
});

test("errors come back as the service's envelope, with the field named", () => {
  const sim = new Simulator({ now: T0 });
  const r = sim.call("group_open_http_svc/set_unread_msg_num", { GroupId: "g1", Member_Account: "bob", UnreadMsgNum: -1 });
  assert.equal(r.ActionStatus, "FAIL");
  assert.equal(r.ErrorCode, 10004);
  assert.match(r.ErrorInfo, /UnreadMsgNum/);
  assert.equal(sim.call("openim/admin_set_msg_read", "{oops").ErrorCode, 90001);
  assert.equal(sim.call("group_open_http_svc/nope", {}).ErrorCode, 10003);
  assert.equal(sim.call("nope/nope", {}).ErrorCode, 60009);
});

test("clock, client actions and C2C read state", () => {
  const sim = new Simulator({ now: T0 });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
  sim.call("openim/sendmsg", { From_Account: "b", To_Account: "a", MsgRandom: 1, MsgBody: text("1") });
  sim.advance(60);
  assert.equal(sim.now(), T0 + 60);
  sim.call("openim/sendmsg", { From_Account: "b", To_Account: "a", MsgRandom: 2, MsgBody: text("2") });
  assert.equal(sim.call("openim/get_c2c_unread_msg_num", { To_Account: "a" }).AllC2CUnreadMsgNum, 2);
  sim.client({ action: "readC2c", reader: "a", peer: "b", time: T0 });
  assert.equal(sim.call("openim/get_c2c_unread_msg_num", { To_Account: "a" }).AllC2CUnreadMsgNum, 1);
  sim.call("openim/admin_set_msg_read", { Report_Account: "a", Peer_Account: "b" });
  assert.equal(sim.call("openim/get_c2c_unread_msg_num", { To_Account: "a" }).AllC2CUnreadMsgNum, 0);
  assert.throws(() => sim.client({ action: "readGroup", groupId: "none", account: "a", seq: 1 }), (e) => e instanceof TcimError && e.code === "client_action_failed");
  assert.throws(() => sim.advance(-1), TcimError);
  assert.throws(() => sim.advance(1.5), TcimError);
});

test("snapshot → restore → same answers", () => {
  const a = new Simulator({ now: T0, secretKey: "k-123" });
  const gid = seedWorld(a);
  const snap = a.snapshot();
  assert.equal(JSON.parse(snap).format, "tcim-simulator");
  assert.ok(!snap.includes("k-123"), "the secret key is never in a snapshot");
  const b = Simulator.restore(snap);
  assert.ok(b instanceof Simulator);
  assert.equal(b.snapshot(), snap);
  const q = { GroupId: gid, MsgSeqList: [{ MsgSeq: 1 }] };
  assert.deepEqual(b.call("group_open_http_svc/get_group_msg_receipt", q), a.call("group_open_http_svc/get_group_msg_receipt", q));
  const c = { Type: "Public", Name: "next" };
  assert.deepEqual(b.call("group_open_http_svc/create_group", c), a.call("group_open_http_svc/create_group", c));
  assert.deepEqual(b.inspect(), a.inspect());
  assert.throws(() => Simulator.restore("{}"), (e) => e instanceof TcimError && e.code === "invalid_snapshot");
  assert.throws(() => Simulator.restore(5), (e) => e.code === "invalid_argument");
});

test("options are checked", () => {
  assert.equal(new Simulator().now() > 1.7e9, true, "real time by default");
  assert.throws(() => new Simulator({ sdkAppid: 1 }), (e) => e instanceof TcimError && e.code === "invalid_option" && /sdkAppid/.test(e.message));
  assert.throws(() => new Simulator({ now: "soon" }), (e) => e.code === "invalid_option");
  assert.throws(() => new Simulator(null), (e) => e.code === "invalid_argument");
  const off = new Simulator({ groupReadReceipts: false });
  assert.equal(off.call("group_open_http_svc/get_group_msg_receipt", { GroupId: "g", MsgSeqList: [{ MsgSeq: 1 }] }).ErrorCode, 10059);
  const limited = new Simulator({ now: T0 });
  let last;
  for (let i = 0; i < 201; i++) last = limited.call("im_open_login_svc/account_check", { CheckItem: [{ UserID: "x" }] });
  assert.equal(last.ErrorCode, 60007);
});
