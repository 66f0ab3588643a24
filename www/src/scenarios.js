// Ready-made worlds: one click builds the state a seed document talks about.

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

/** Each scenario runs calls against the simulator and leaves a body in the editor. */
export const scenarios = [
  {
    id: "seed-receipts",
    title: "Seed walkthrough: a Work group of 8 with read receipts",
    run(sim) {
      const people = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"];
      sim.call("im_open_login_svc/multiaccount_import", { Accounts: people });
      sim.call("group_open_http_svc/create_group", {
        Owner_Account: "alice", Type: "Private", GroupId: "team1", Name: "Team",
        MemberList: people.slice(1).map((m) => ({ Member_Account: m })),
      });
      const gid = "team1";
      sim.call("group_open_http_svc/send_group_msg", { GroupId: gid, From_Account: "alice", Random: 101, NeedReadReceipt: 1, MsgBody: text("Stand-up at 10:00") });
      sim.call("group_open_http_svc/send_group_msg", { GroupId: gid, From_Account: "alice", Random: 102, NeedReadReceipt: 1, MsgBody: text("Agenda attached") });
      // bob reads both messages (reading seq 2 reads seq 1 too)
      sim.call("group_open_http_svc/group_msg_receipt", { GroupId: gid, From_Account: "bob", MsgSeqList: [{ MsgSeq: 2 }] });
      // a member migrated from another system keeps both messages unread
      sim.call("group_open_http_svc/set_unread_msg_num", { GroupId: gid, Member_Account: "carol", UnreadMsgNum: 2 });
      return { api: "group_open_http_svc/get_group_msg_receipt", body: { GroupId: gid, MsgSeqList: [{ MsgSeq: 1 }, { MsgSeq: 2 }] } };
    },
  },
  {
    id: "seed-c2c",
    title: "Seed walkthrough: one-to-one messages marked read",
    run(sim) {
      sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["dramon1", "dramon2"] });
      for (let i = 0; i < 3; i++) {
        sim.call("openim/sendmsg", { From_Account: "dramon2", To_Account: "dramon1", MsgRandom: 500 + i, MsgBody: text(`message ${i + 1}`) });
        sim.advance(30);
      }
      return { api: "openim/admin_set_msg_read", body: { Report_Account: "dramon1", Peer_Account: "dramon2" } };
    },
  },
];
