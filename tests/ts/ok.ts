// Must compile under `tsc --strict --noEmit`: typical use of the package.
import init, { validate, buildRequest, errorInfo, endpoints, TcimError } from "tcim";
import type { SetUnreadMsgNumRequest, GetGroupMsgReceiptResponse, Diagnostic, RequestOf, ResponseOf } from "tcim";

await init();

const body: SetUnreadMsgNumRequest = { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", UnreadMsgNum: 5 };
const result = validate("group_open_http_svc/set_unread_msg_num", body);
const first: Diagnostic | undefined = result.diagnostics[0];
if (first && first.line !== undefined) console.log(first.line + 1, first.code.toUpperCase());

const req = buildRequest({
  api: "v4/openim/admin_set_msg_read",
  body: { Report_Account: "dramon1", Peer_Account: "dramon2", MsgReadTime: "1700000000" },
  region: "singapore",
  sdkAppId: 1400000000,
  identifier: "administrator",
  userSig: "eJx...",
});
const method: "POST" = req.method;
console.log(method, req.url.length, req.headers["Content-Type"]);

buildRequest({ api: "group_open_http_svc/get_group_msg_receipt", body: '{"GroupId":"g","MsgSeqList":[{"MsgSeq":1}]}', region: { host: "127.0.0.1:8080", scheme: "http" }, sdkAppId: 1, identifier: "a", userSig: "s", random: 7 });

const receipt: ResponseOf<"group_open_http_svc/get_group_msg_receipt"> = {
  ActionStatus: "OK", ErrorInfo: "", ErrorCode: 0,
  GroupMsgReceiptList: [{ Code: 0, MsgSeq: 1, ReadNum: 1, UnreadNum: 6 }],
};
const same: GetGroupMsgReceiptResponse = receipt;
const sendBody: RequestOf<"/v4/group_open_http_svc/send_group_msg"> = {
  GroupId: "g", Random: 1, NeedReadReceipt: 1,
  MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }],
};
console.log(same.ErrorCode, sendBody.Random, errorInfo(10062)?.message, endpoints()[0]?.rateLimit);

try {
  buildRequest({ api: "openim/sendmsg", body: "{}", sdkAppId: 1, identifier: "a", userSig: "s" });
} catch (e) {
  if (e instanceof TcimError) console.log(e.code, e.diagnostics.length);
}

import { Simulator } from "tcim";
import type { SimulatorState } from "tcim";
const sim = new Simulator({ now: 1700000000, groupReadReceipts: true });
const created = sim.call("group_open_http_svc/create_group", { Type: "Private", Name: "team" });
const gid: string | undefined = created.GroupId;
const receipts = sim.call("group_open_http_svc/get_group_msg_receipt", { GroupId: gid ?? "", MsgSeqList: [{ MsgSeq: 1 }] });
const readNum: number | undefined = receipts.GroupMsgReceiptList?.[0]?.ReadNum;
sim.client({ action: "readGroup", groupId: "g", account: "bob", seq: 1 });
const state: SimulatorState = sim.inspect();
console.log(readNum, state.groups.length, Simulator.restore(sim.snapshot()).now());
