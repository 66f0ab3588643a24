// The playground's samples filled from the world (www/src/world-sample.js): the docs' group,
// accounts and seqs become the world's, consistently, and the filled sample runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Simulator, endpoints } from "../../pkg/node/index.mjs";
import { fillFromWorld } from "../../www/src/world-sample.js";

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

function world() {
  const sim = new Simulator({ now: 1700000000, rateLimit: false });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["ann", "ben", "cid"] });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "ann", Type: "Public", GroupId: "team", Name: "team", MemberList: [{ Member_Account: "ben" }] });
  for (let i = 1; i <= 3; i++) sim.call("group_open_http_svc/send_group_msg", { GroupId: "team", From_Account: "ann", Random: i, NeedReadReceipt: 1, MsgBody: text(`m${i}`) });
  return sim;
}

const sample = (api) => endpoints().find((e) => e.api === api).sample;

test("the docs' IDs become the world's, the same value the same way", () => {
  const sim = world();
  const state = sim.inspect();
  const receipts = JSON.parse(fillFromWorld("group_open_http_svc/get_group_msg_receipt", sample("group_open_http_svc/get_group_msg_receipt"), state));
  assert.deepEqual(receipts, { GroupId: "team", MsgSeqList: [{ MsgSeq: 1 }, { MsgSeq: 2 }] });
  // The documented sample answered 10010 here; the filled one answers.
  assert.equal(sim.call("group_open_http_svc/get_group_msg_receipt", sample("group_open_http_svc/get_group_msg_receipt")).ErrorCode, 10010);
  assert.equal(sim.call("group_open_http_svc/get_group_msg_receipt", receipts).ErrorCode, 0);
  // Distinct accounts stay distinct; the group's members come first, its owner last of them.
  const read = JSON.parse(fillFromWorld("openim/admin_set_msg_read", sample("openim/admin_set_msg_read"), state));
  assert.deepEqual([read.Report_Account, read.Peer_Account], ["ben", "ann"]);
  // What a sample creates keeps the docs' name: a new group, new accounts.
  const create = JSON.parse(fillFromWorld("group_open_http_svc/create_group", sample("group_open_http_svc/create_group"), state));
  assert.equal(create.Owner_Account, "ben");
  assert.equal(sample("im_open_login_svc/account_import"), fillFromWorld("im_open_login_svc/account_import", sample("im_open_login_svc/account_import"), state));
});

test("an empty world leaves every sample as documented; every filled sample is still valid JSON of the same shape", () => {
  const empty = new Simulator({ now: 1700000000 }).inspect();
  const state = world().inspect();
  for (const e of endpoints()) {
    assert.equal(fillFromWorld(e.api, e.sample, empty), e.sample, e.api);
    const filled = JSON.parse(fillFromWorld(e.api, e.sample, state));
    const shape = (v) => (Array.isArray(v) ? v.map(shape) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v);
    assert.deepEqual(shape(filled), shape(JSON.parse(e.sample)), e.api);
  }
});

test("a MsgKey inside items (c2c_msg_read_receipt's C2CMsgInfo) names a one-to-one message of the world, between its accounts", () => {
  const sim = world();
  sim.call("openim/sendmsg", { From_Account: "cid", To_Account: "ben", MsgRandom: 1, MsgBody: text("hello") });
  const state = sim.inspect();
  const api = "openim/c2c_msg_read_receipt";
  const key = state.c2c.find((c) => c.from === "cid").lastMsgKey;
  // The documented sample names the docs' message: refused here.
  assert.notEqual(sim.call(api, sample(api)).ErrorCode, 0);
  const filled = JSON.parse(fillFromWorld(api, sample(api), state));
  assert.deepEqual(filled, { Operator_Account: "ben", Peer_Account: "cid", C2CMsgInfo: [{ From_Account: "cid", To_Account: "ben", MsgKey: key }] });
  assert.equal(sim.call(api, filled).ErrorCode, 0);
});
