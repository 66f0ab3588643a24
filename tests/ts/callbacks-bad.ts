// Must NOT compile: a misspelled wire field ("MsgSeqq") read from a narrowed callback body.
import { Simulator } from "tcim";

new Simulator().onCallback((cb) => {
  if (cb.command === "Group.CallbackAfterSendMsg") console.log(cb.body.MsgSeqq);
});
