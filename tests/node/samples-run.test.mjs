// The playground's promise for the commands of issue 29: pick one, its sample is filled from the
// world (www/src/world-sample.js) and runs. The world is one a user gets to in a few calls: the
// page's custom fields, accounts, a group with messages, a live group with attributes, a robot,
// the app's push attribute names. Each sample runs on a fresh copy, so none depends on another.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Simulator, endpoints } from "../../pkg/node/index.mjs";
import { fillFromWorld } from "../../www/src/world-sample.js";

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];
const NEW_COMMANDS = [
  "ConfigSvc/GetIPList",
  ...["im_push", "im_set_attr_name", "im_get_attr_name", "im_get_attr", "im_set_attr", "im_remove_attr", "im_get_tag", "im_add_tag", "im_remove_tag", "im_remove_all_tags"].map((c) => `all_member_push/${c}`),
  "openim/modify_group_msg", "group_open_http_svc/clear_group_msg", "group_open_http_svc/delete_group_attr", "group_open_http_svc/get_specified_group_member_info", "openim/delete_c2c_msg_ramble",
  "group_open_http_svc/ban_group_member", "group_open_http_svc/unban_group_member", "group_open_http_svc/get_group_ban_member",
  "group_open_http_svc/get_group_counter", "group_open_http_svc/update_group_counter", "group_open_http_svc/delete_group_counter",
  ...["create_robot", "delete_robot", "get_all_robots", "send_stream_msg"].map((c) => `openim_robot_http_svc/${c}`),
  "im_cos_msg/forbid_illegal_object", "im_cos_msg/allow_banned_object", "im_cos_msg/get_cos_sig",
  ...["follow_add", "follow_delete", "follow_get", "follow_check", "follow_get_info"].map((c) => `follow/${c}`),
  // Issue 30: pinned group messages; one-to-one extensions and the other commands naming a
  // one-to-one message by MsgKey.
  "group_open_http_svc/pin_message", "group_open_http_svc/unpin_message", "group_open_http_svc/get_pinned_messages",
  "openim_msg_ext_http_svc/get_key_values", "openim_msg_ext_http_svc/set_key_values", "openim/modify_c2c_msg", "openim/admin_msgwithdraw",
  // Issue 31: the Push plugin.
  ...["push", "batch", "webpush", "revoke", "all_member_push_trace", "set_attr_name", "get_attr_name", "set_attr", "get_attr", "remove_attr", "add_tag", "get_tag", "remove_tag", "clear_all_tags"].map((c) => `timpush/${c}`),
  // Issue 31: official accounts.
  ...["create_official_account", "destroy_official_account", "modify_official_account_base_info", "get_official_account_info", "send_official_account_msg", "official_account_msg_recall", "official_account_msg_get_simple", "add_subscriber", "delete_subscriber", "modify_subscriber_info", "get_subscriber_info", "get_subscribed_official_account_list"].map((c) => `official_account_open_http_svc/${c}`),
];

function world() {
  const sim = new Simulator({ now: 1700000000, rateLimit: false, friendCustomTags: ["Tag_SNS_Custom_Test"] });
  const must = (api, body) => assert.equal(sim.call(api, body).ErrorCode, 0, api);
  must("im_open_login_svc/multiaccount_import", { Accounts: ["ann", "ben", "cid", "dee"] });
  must("group_open_http_svc/create_group", { Owner_Account: "ann", Type: "Public", GroupId: "team", Name: "team", MemberList: [{ Member_Account: "ben" }, { Member_Account: "cid" }] });
  for (let i = 1; i <= 3; i++) must("group_open_http_svc/send_group_msg", { GroupId: "team", From_Account: "ann", Random: i, MsgBody: text(`m${i}`) });
  must("group_open_http_svc/create_group", { Owner_Account: "ann", Type: "AVChatRoom", GroupId: "live", Name: "live" });
  // Viewers join a live room from their apps.
  for (const account of ["ben", "cid"]) sim.client({ action: "joinGroup", groupId: "live", account });
  must("group_open_http_svc/modify_group_attr", { GroupId: "live", GroupAttr: [{ key: "attr_key", value: "v" }, { key: "attr_key1", value: "w" }] });
  must("group_open_http_svc/update_group_counter", { GroupId: "team", GroupCounter: [{ Key: "like", Value: 1 }, { Key: "unlike", Value: 1 }] });
  must("openim_robot_http_svc/create_robot", { UserID: "@RBT#helper", Nick: "Helper" });
  must("all_member_push/im_set_attr_name", { AttrNames: { 0: "sex", 1: "city" } });
  must("openim/sendmsg", { From_Account: "ben", To_Account: "ann", MsgRandom: 7, MsgBody: text("hi") });
  // A poll with key-value extensions: the extension samples name it by its MsgKey.
  must("openim/sendmsg", { From_Account: "cid", To_Account: "dee", MsgRandom: 8, SupportMessageExtension: 1, MsgBody: text("poll") });
  must("follow/follow_add", { From_Account: "ann", FollowItem: [{ To_Account: "ben" }] });
  // A pinned message: the unpin sample names it, the pin sample another.
  must("group_open_http_svc/pin_message", { GroupId: "team", MsgSeq: 3 });
  // A push to everyone: revoke and all_member_push_trace name its TaskId.
  must("timpush/push", { MsgRandom: 9, MsgBody: text("sale") });
  // An official account with a subscriber and a message.
  must("official_account_open_http_svc/create_official_account", { OfficialAccountUserID: "@TOA#_news", Owner_Account: "ann", Name: "news" });
  must("official_account_open_http_svc/add_subscriber", { Official_Account: "@TOA#_news", SubscriberList: [{ Subscriber_Account: "dee" }] });
  must("official_account_open_http_svc/send_official_account_msg", { Official_Account: "@TOA#_news", Random: 1, MsgBody: text("news") });
  return sim;
}

test("every new command's sample, filled from the world, runs", () => {
  const info = new Map(endpoints().map((e) => [e.api, e]));
  const refused = [];
  for (const api of NEW_COMMANDS) {
    const e = info.get(api);
    assert.ok(e, `${api} is in the catalog`);
    const sim = world();
    const body = fillFromWorld(api, e.sample, sim.inspect(), e.groupTypes);
    const answer = sim.call(api, body);
    // delete_group_attr serves every group type (its page's table) while only live groups
    // hold attributes here: the filled sample names the group with messages, which has none
    // to delete; in the live group it runs.
    if (api === "group_open_http_svc/delete_group_attr") {
      assert.equal(answer.ErrorCode, 10050, answer.ErrorInfo);
      assert.equal(sim.call(api, { ...JSON.parse(body), GroupId: "live" }).ErrorCode, 0);
      continue;
    }
    if (answer.ErrorCode !== 0) refused.push(`${api}: ${answer.ErrorCode} ${answer.ErrorInfo}\n${body}`);
  }
  assert.deepEqual(refused, []);
});

test("robots stand for the docs' robots, live groups for live-group commands", () => {
  const sim = world();
  const state = sim.inspect();
  const pick = (api) => JSON.parse(fillFromWorld(api, info(api).sample, state, info(api).groupTypes));
  const info = (api) => endpoints().find((e) => e.api === api);
  assert.equal(pick("openim_robot_http_svc/send_stream_msg").From_Account, "@RBT#helper");
  assert.notEqual(pick("openim_robot_http_svc/send_stream_msg").To_Account, "@RBT#helper");
  assert.equal(pick("group_open_http_svc/ban_group_member").GroupId, "live");
  assert.equal(pick("group_open_http_svc/get_group_counter").GroupId, "team");
  // Pin a message not pinned yet, unpin the pinned one (seq 3); pins are not live groups'.
  assert.deepEqual([pick("group_open_http_svc/pin_message").GroupId, pick("group_open_http_svc/pin_message").MsgSeq], ["team", 1]);
  assert.equal(pick("group_open_http_svc/unpin_message").MsgSeq, 3);
  // A one-to-one MsgKey is a real one, between its sender and receiver: the message sent with
  // extensions for the extension commands and the others alike.
  const poll = state.c2c.find((c) => c.extensions).extensions[0].msgKey;
  for (const api of ["openim_msg_ext_http_svc/set_key_values", "openim_msg_ext_http_svc/get_key_values", "openim/admin_msgwithdraw"]) {
    const body = pick(api);
    assert.deepEqual([body.From_Account, body.To_Account, body.MsgKey], ["cid", "dee", poll], api);
  }
  // Official-account samples name the world's account, its subscriber and its message.
  assert.equal(pick("official_account_open_http_svc/send_official_account_msg").Official_Account, "@TOA#_news");
  assert.equal(pick("official_account_open_http_svc/modify_subscriber_info").Subscriber_Account, "dee");
  assert.deepEqual(pick("official_account_open_http_svc/official_account_msg_recall").MsgKeyList, [state.officialAccounts[0].messages[0].msgKey]);
  // create_robot keeps the docs' new robot.
  assert.equal(pick("openim_robot_http_svc/create_robot").UserID, JSON.parse(info("openim_robot_http_svc/create_robot").sample).UserID);
  // The docs' TaskId names the world's push.
  assert.equal(pick("timpush/revoke").TaskId, state.push.tasks[0].taskId);
});

test("a subscription and an official-account message read as one change each", async () => {
  const { diffWorld } = await import("../../www/src/diff.js");
  const sim = world();
  const before = sim.inspect();
  sim.call("official_account_open_http_svc/add_subscriber", { Official_Account: "@TOA#_news", SubscriberList: [{ Subscriber_Account: "ben" }] });
  sim.call("official_account_open_http_svc/send_official_account_msg", { Official_Account: "@TOA#_news", Random: 2, MsgBody: text("more") });
  const changes = diffWorld(before, sim.inspect()).map((c) => `${c.path.join(" › ")} ${c.kind}`);
  assert.ok(changes.includes("official account @TOA#_news › subscriber ben added"), changes.join("\n"));
  assert.ok(changes.includes("official account @TOA#_news › message 2 added"), changes.join("\n"));
});
