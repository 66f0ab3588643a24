// sim.call from JS on the mixed workload of `node scripts/bench.mjs sim` (prints figures;
// asserts nothing), for this build and, side by side, for other builds of the package: one
// process, the same world in each, interleaved rounds, medians and the per-round ratios.
// Run after `bash scripts/build.sh`:
//   node scripts/bench-sim.mjs                          # this build
//   node scripts/bench-sim.mjs /path/to/older/pkg ...   # and an older one (git worktree + its build.sh)
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, resolve, join } from "node:path";

const require = createRequire(import.meta.url);
const here = resolve(dirname(fileURLToPath(import.meta.url)), "../pkg");
const packages = [here, ...process.argv.slice(2).map((p) => resolve(p))];
const ROUNDS = 12;
const ROUND_MS = 400;

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];
function world(Simulator) {
  const sim = new Simulator({ now: 1700000000, rateLimit: false });
  const ids = Array.from({ length: 200 }, (_, i) => `user${i}`);
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ids.slice(0, 100) });
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ids.slice(100) });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "user0", Type: "Public", GroupId: "big", Name: "big" });
  sim.call("group_open_http_svc/add_group_member", { GroupId: "big", MemberList: ids.slice(1).map((m) => ({ Member_Account: m })) });
  for (let i = 0; i < 1000; i++) {
    sim.call("group_open_http_svc/send_group_msg", { GroupId: "big", From_Account: ids[i % 200], Random: i, NeedReadReceipt: 1, MsgBody: text("hello") });
    if (i % 300 === 299) sim.advance(301);
  }
  for (let k = 0; k < ids.length; k++) sim.client({ action: "readGroup", groupId: "big", account: ids[k], seq: k * 5 });
  return sim;
}
const work = [
  ["group_open_http_svc/get_group_msg_receipt", { GroupId: "big", MsgSeqList: [{ MsgSeq: 10 }, { MsgSeq: 500 }] }],
  ["group_open_http_svc/set_unread_msg_num", { GroupId: "big", Member_Account: "user7", UnreadMsgNum: 3 }],
  ["openim/admin_set_msg_read", { Report_Account: "user1", Peer_Account: "user2" }],
  ["openim/sendmsg", { From_Account: "user2", To_Account: "user1", MsgRandom: 5, MsgBody: text("hi") }],
  ["im_open_login_svc/account_check", { CheckItem: [{ UserID: "user3" }] }],
];
const asText = work.map(([api, body]) => [api, JSON.stringify(body)]);

function rate(sim, list, ms) {
  let n = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < 256; i++, n++) {
      const [api, body] = list[n % list.length];
      sim.call(api, body);
    }
    elapsed = process.hrtime.bigint() - start;
  }
  return n / (Number(elapsed) / 1e9);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (n) => Math.round(n).toLocaleString("en");

const sims = packages.map((p) => world(require(join(p, "node/index.cjs")).Simulator));
for (const [label, list] of [["object bodies", work], ["JSON text bodies", asText]]) {
  for (const sim of sims) rate(sim, list, 1000); // warm-up
  const rates = sims.map(() => []);
  for (let r = 0; r < ROUNDS; r++) sims.forEach((sim, k) => rates[k].push(rate(sim, list, ROUND_MS)));
  console.log(`sim.call from JS, mixed workload, ${label} (median of ${ROUNDS} interleaved rounds):`);
  packages.forEach((p, k) => {
    const ratios = rates[k].map((x, i) => x / rates[0][i]).sort((a, b) => a - b);
    const versus = k === 0 ? "" : `; ${median(ratios).toFixed(2)}× this build's (${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)})`;
    console.log(`  ${p}: ${fmt(median(rates[k]))} calls/s${versus}`);
  });
}
