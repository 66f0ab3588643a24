// Must compile under `tsc --strict --noEmit`: an app's callback handler, narrowed by command.
import { Simulator } from "tcim";
import type { CallbackBodies, CallbackBody, CallbackCommand, FiredCallback, CallbackReply, BeforeCallbackCommand } from "tcim";

const sim = new Simulator({ callbacks: { commands: "all" } });
sim.onCallback((cb: FiredCallback): CallbackReply | void => {
  switch (cb.command) {
    case "Group.CallbackBeforeSendMsg": {
      const seen: string = cb.body.GroupId + cb.body.From_Account + cb.body.CloudCustomData;
      return seen.includes("spam") ? { ErrorCode: 1 } : { ErrorCode: 0, MsgBody: cb.body.MsgBody };
    }
    case "Group.CallbackAfterSendMsg": {
      const seq: number = cb.body.MsgSeq;
      console.log(seq, cb.body.Type, cb.query.OptPlatform);
      return;
    }
    case "State.StateChange":
      console.log(cb.body.Info.Action === "Login", cb.body.KickedDevice?.length);
      return;
    case "Sns.CallbackFriendAdd":
      for (const p of cb.body.PairList) console.log(p.From_Account, p.Initiator_Account);
      return;
  }
});

// The union is told apart by CallbackCommand too.
function describe(body: CallbackBody): string {
  if (body.CallbackCommand === "C2C.CallbackAfterMsgReport") return `${body.Report_Account} read ${body.Peer_Account}`;
  return body.CallbackCommand;
}
const samples = Simulator.callbackSamples();
console.log(samples.map((s) => describe(s.body)));
const command: CallbackCommand = "Group.CallbackAfterRecallMsg";
const before: BeforeCallbackCommand = "C2C.CallbackBeforeSendMsg";
const recall: CallbackBodies["Group.CallbackAfterRecallMsg"] = {
  CallbackCommand: "Group.CallbackAfterRecallMsg", Operator_Account: "admin", Type: "Public", GroupId: "g", MsgSeqList: [{ MsgSeq: 1 }], EventTime: 0,
};
console.log(command, before, recall, sim.callbackLog().map((e) => e.body?.CallbackCommand));
