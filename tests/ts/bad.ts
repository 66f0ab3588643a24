// Must NOT compile: a misspelled wire field ("UnreadMsgnum") in a typed body.
import { buildRequest } from "tcim";

buildRequest({
  api: "group_open_http_svc/set_unread_msg_num",
  body: { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", UnreadMsgnum: 5 },
  sdkAppId: 1400000000,
  identifier: "administrator",
  userSig: "eJx...",
});
