// Ready-made worlds: one click builds the state a seed document talks about.

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

/** Each scenario runs calls against the simulator and leaves a body in the editor. A large
 * one is async: it awaits `tick(fraction done)` now and then, so the page can show progress
 * and stay responsive. */
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
  {
    id: "social-graph",
    title: "A small social graph: profiles, friends, friend lists, a blocklist, a mute, pinned and marked conversations",
    run(sim) {
      const people = ["alice", "bob", "carol", "dave", "erin"];
      sim.call("im_open_login_svc/multiaccount_import", { Accounts: people });
      const nicks = { alice: "Alice", bob: "Bob", carol: "Carol", dave: "Dave", erin: "Erin" };
      for (const [who, nick] of Object.entries(nicks)) sim.call("profile/portrait_set", { From_Account: who, ProfileItem: [{ Tag: "Tag_Profile_IM_Nick", Value: nick }] });
      // bob and carol accept anyone; dave wants to confirm each request (the default)
      for (const who of ["bob", "carol"]) sim.call("profile/portrait_set", { From_Account: who, ProfileItem: [{ Tag: "Tag_Profile_IM_AllowType", Value: "AllowType_Type_AllowAny" }] });
      sim.call("sns/friend_add", { From_Account: "alice", AddFriendItem: [{ To_Account: "bob", AddSource: "AddSource_Type_Web", Remark: "Bobby", GroupName: "close" }, { To_Account: "carol", AddSource: "AddSource_Type_Web" }, { To_Account: "dave", AddSource: "AddSource_Type_Web" }] });
      sim.call("sns/friend_import", { From_Account: "carol", AddFriendItem: [{ To_Account: "erin", AddSource: "AddSource_Type_Import", GroupName: ["school"] }] });
      sim.call("sns/group_add", { From_Account: "alice", GroupName: ["work"], To_Account: ["carol"] });
      sim.call("sns/black_list_add", { From_Account: "erin", To_Account: ["bob"] });
      sim.call("openconfigsvr/setnospeaking", { Set_Account: "bob", GroupmsgNospeakingTime: 3600 });
      sim.client({ action: "login", account: "alice", platform: "iPhone" });
      sim.client({ action: "login", account: "alice", platform: "Web" });
      sim.client({ action: "background", account: "alice", platform: "iPhone" });
      // alice's conversations: one pinned, one marked, both in a conversation group.
      sim.call("openim/sendmsg", { From_Account: "bob", To_Account: "alice", MsgRandom: 1, MsgBody: text("lunch?") });
      sim.advance(60);
      sim.call("openim/sendmsg", { From_Account: "carol", To_Account: "alice", MsgRandom: 2, MsgBody: text("see you at 6") });
      sim.client({ action: "pinConversation", account: "alice", conversationId: "c2c_bob" });
      sim.call("recentcontact/mark_contact", { From_Account: "alice", MarkItem: [{ OptType: 3, ContactItem: { Type: 1, To_Account: "carol" }, SetMark: [0], CustomMark: "tonight" }] });
      sim.call("recentcontact/create_contact_group", { From_Account: "alice", GroupContactItem: [{ GroupName: "friends", ContactItem: [{ Type: 1, To_Account: "bob" }, { Type: 1, To_Account: "carol" }] }] });
      return { api: "sns/friend_check", body: { From_Account: "alice", To_Account: ["bob", "carol", "dave", "erin"], CheckType: "CheckResult_Type_Both" } };
    },
  },
  {
    id: "busy-week",
    title: "A week in a busy group: 300 members, 3,000 messages, imports, recalls, mutes, reads",
    async run(sim, tick = async () => {}) {
      const people = Array.from({ length: 300 }, (_, i) => `user${String(i).padStart(3, "0")}`);
      for (let i = 0; i < people.length; i += 100) sim.call("im_open_login_svc/multiaccount_import", { Accounts: people.slice(i, i + 100) });
      const start = sim.now() - 7 * 86400;
      sim.call("group_open_http_svc/import_group", { Owner_Account: people[0], Type: "Public", GroupId: "busy", Name: "Busy", CreateTime: start });
      // Last week's history, imported (everyone has read it afterwards)...
      for (let day = 0; day < 6; day++) {
        for (let batch = 0; batch < 50; batch++) {
          const MsgList = Array.from({ length: 7 }, (_, k) => ({ From_Account: people[(batch * 7 + k) % 20], SendTime: start + day * 86400 + batch * 60 + k + 1, Random: day * 1000 + batch * 7 + k, MsgBody: text(`day ${day + 1}, message ${batch * 7 + k + 1}`) }));
          sim.call("group_open_http_svc/import_group_msg", { GroupId: "busy", MsgList });
          sim.advance(1); // (each endpoint answers 200 calls a second)
        }
        await tick(((day + 1) / 6) * 0.6);
      }
      // ...then the members, with what they had not read yet.
      for (let i = 1; i < people.length; i += 100) {
        sim.call("group_open_http_svc/import_group_member", { GroupId: "busy", MemberList: people.slice(i, i + 100).map((m, k) => ({ Member_Account: m, UnreadMsgNum: (i + k) % 50 })) });
      }
      // Today, live: messages with receipts, a recall, a mute, reads.
      for (let i = 0; i < 900; i++) {
        sim.call("group_open_http_svc/send_group_msg", { GroupId: "busy", From_Account: people[i % 30], Random: 100000 + i, NeedReadReceipt: i % 10 === 0 ? 1 : 0, MsgBody: text(`today ${i + 1}`) });
        if (i % 150 === 149) sim.advance(1);
        if (i % 300 === 299) await tick(0.6 + (i / 900) * 0.4);
      }
      sim.call("group_open_http_svc/group_msg_recall", { GroupId: "busy", MsgSeqList: [{ MsgSeq: 2105 }] });
      sim.call("group_open_http_svc/forbid_send_msg", { GroupId: "busy", Members_Account: [people[7]], MuteTime: 3600 });
      sim.call("group_open_http_svc/modify_group_member_info", { GroupId: "busy", Member_Account: people[1], Role: "Admin" });
      for (let i = 30; i < 200; i++) sim.client({ action: "readGroup", groupId: "busy", account: people[i], seq: 1700 + i * 5 });
      return { api: "group_open_http_svc/get_group_msg_receipt", body: { GroupId: "busy", MsgSeqList: [{ MsgSeq: 2101 }, { MsgSeq: 2691 }, { MsgSeq: 2991 }] } };
    },
  },
  {
    id: "crowd",
    title: "A crowd: 500 members, 20,000 messages (how the page copes with a large world)",
    async run(sim, tick = async () => {}) {
      const people = Array.from({ length: 500 }, (_, i) => `fan${String(i).padStart(3, "0")}`);
      for (let i = 0; i < people.length; i += 100) sim.call("im_open_login_svc/multiaccount_import", { Accounts: people.slice(i, i + 100) });
      sim.call("group_open_http_svc/create_group", { Owner_Account: people[0], Type: "Public", GroupId: "crowd", Name: "Crowd" });
      for (let i = 1; i < people.length; i += 100) sim.call("group_open_http_svc/add_group_member", { GroupId: "crowd", Silence: 1, MemberList: people.slice(i, i + 100).map((m) => ({ Member_Account: m })) });
      for (let i = 0; i < 20000; i++) {
        if (i % 150 === 0) sim.advance(1); // (each endpoint answers 200 calls a second)
        sim.call("group_open_http_svc/send_group_msg", { GroupId: "crowd", From_Account: people[i % 500], Random: i, MsgBody: text(`message ${i + 1}`) });
        if (i % 500 === 499) await tick((i + 1) / 20000);
      }
      return { api: "group_open_http_svc/group_msg_get_simple", body: { GroupId: "crowd", ReqMsgNumber: 20 } };
    },
  },
];
