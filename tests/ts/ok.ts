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

// The people endpoints, their options and client actions.
const people = new Simulator({ now: 1700000000, profileCustomTags: ["Tag_Profile_Custom_Level"], friendCustomTags: ["Tag_SNS_Custom_Note"] });
people.call("im_open_login_svc/multiaccount_import", { Accounts: ["alice", "bob"] });
const added = people.call("sns/friend_add", { From_Account: "alice", AddFriendItem: [{ To_Account: "bob", AddSource: "AddSource_Type_Web" }], AddType: "Add_Type_Both", ForceAddFlags: 1 });
const failed: string[] | undefined = added.Fail_Account;
const code: number | undefined = added.ResultItem?.[0]?.ResultCode;
people.call("profile/portrait_set", { From_Account: "alice", ProfileItem: [{ Tag: "Tag_Profile_IM_Nick", Value: "Alice" }] });
const status = people.call("openim/query_online_status", { To_Account: ["alice"], IsNeedDetail: 1 });
const online: string | undefined = status.QueryResult?.[0]?.Status;
people.client({ action: "login", account: "alice", platform: "Web" });
people.client({ action: "logout", account: "alice" });
const alice = people.inspect().accounts.find((a) => a.userId === "alice");
console.log(failed, code, online, alice?.friends[0]?.userId, alice?.online["Web"], alice?.profile["Tag_Profile_IM_Nick"]);
