// Simulator throughput through the npm package (prints figures; asserts nothing).
// Run after `bash scripts/build.sh`: node scripts/bench-sim.mjs
import { Simulator } from "../pkg/node/index.mjs";

const sim = new Simulator({ now: 1700000000, rateLimit: false });
const ids = Array.from({ length: 200 }, (_, i) => `user${i}`);
sim.call("im_open_login_svc/multiaccount_import", { Accounts: ids.slice(0, 100) });
sim.call("im_open_login_svc/multiaccount_import", { Accounts: ids.slice(100) });
sim.call("group_open_http_svc/create_group", { Owner_Account: "user0", Type: "Public", GroupId: "big", Name: "big" });
sim.call("group_open_http_svc/add_group_member", { GroupId: "big", MemberList: ids.slice(1).map((m) => ({ Member_Account: m })) });
for (let i = 0; i < 1000; i++) {
  sim.call("group_open_http_svc/send_group_msg", { GroupId: "big", From_Account: ids[i % 200], Random: i, NeedReadReceipt: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] });
  if (i % 300 === 299) sim.advance(301);
}
const work = [
  ["group_open_http_svc/get_group_msg_receipt", { GroupId: "big", MsgSeqList: [{ MsgSeq: 10 }, { MsgSeq: 500 }] }],
  ["group_open_http_svc/set_unread_msg_num", { GroupId: "big", Member_Account: "user7", UnreadMsgNum: 3 }],
  ["openim/admin_set_msg_read", { Report_Account: "user1", Peer_Account: "user2" }],
  ["openim/sendmsg", { From_Account: "user2", To_Account: "user1", MsgRandom: 5, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] }],
  ["im_open_login_svc/account_check", { CheckItem: [{ UserID: "user3" }] }],
];
const asText = work.map(([api, body]) => [api, JSON.stringify(body)]);
function run(list, n) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const [api, body] = list[i % list.length];
    sim.call(api, body);
  }
  return n / (Number(process.hrtime.bigint() - t) / 1e9);
}
run(work, 20000);
console.log(`sim.call from JS, mixed workload, object bodies: ${Math.round(run(work, 200000)).toLocaleString("en")} calls/s`);
console.log(`sim.call from JS, mixed workload, JSON text bodies: ${Math.round(run(asText, 200000)).toLocaleString("en")} calls/s`);
