// The simulator's benchmark world and mixed workload, shared by scripts/bench.mjs (sim) and
// scripts/bench-sim.mjs (the same figure beside other builds); benches/sim.rs is the native twin.

const text = (/** @type {string} */ t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

/** One public group "big" of `members` accounts (user0 owns it) with `messages` messages
 * needing receipts, the clock moving 301 s every 300, read positions spread over the members.
 * @param {any} Simulator the package's class @param {number} members @param {number} messages */
export function world(Simulator, members, messages) {
  const sim = new Simulator({ now: 1700000000, rateLimit: false });
  const ids = Array.from({ length: members }, (_, i) => `user${i}`);
  for (let i = 0; i < ids.length; i += 100) sim.call("im_open_login_svc/multiaccount_import", { Accounts: ids.slice(i, i + 100) });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "user0", Type: "Public", GroupId: "big", Name: "big" });
  for (let i = 1; i < ids.length; i += 300) sim.call("group_open_http_svc/add_group_member", { GroupId: "big", MemberList: ids.slice(i, i + 300).map((m) => ({ Member_Account: m })) });
  const body = { GroupId: "big", From_Account: "", Random: 0, NeedReadReceipt: 1, MsgBody: text("hello") };
  for (let i = 0; i < messages; i++) {
    body.From_Account = ids[i % members];
    body.Random = i;
    sim.call("group_open_http_svc/send_group_msg", body);
    if (i % 300 === 299) sim.advance(301);
  }
  for (let k = 0; k < ids.length; k++) sim.client({ action: "readGroup", groupId: "big", account: ids[k], seq: Math.floor((k * messages) / members) });
  return sim;
}

/** The mixed workload on `world(…, 200, 1000)`: receipts, set_unread, admin_set_msg_read,
 * sendmsg, account_check. */
export const MIXED_WORKLOAD = [
  ["group_open_http_svc/get_group_msg_receipt", { GroupId: "big", MsgSeqList: [{ MsgSeq: 10 }, { MsgSeq: 500 }] }],
  ["group_open_http_svc/set_unread_msg_num", { GroupId: "big", Member_Account: "user7", UnreadMsgNum: 3 }],
  ["openim/admin_set_msg_read", { Report_Account: "user1", Peer_Account: "user2" }],
  ["openim/sendmsg", { From_Account: "user2", To_Account: "user1", MsgRandom: 5, MsgBody: text("hi") }],
  ["im_open_login_svc/account_check", { CheckItem: [{ UserID: "user3" }] }],
];
