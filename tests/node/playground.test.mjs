// The playground's pure modules: what a call changed (www/src/diff.js), the timeline
// (www/src/timeline.js) and quick fixes applied to the editor's text (www/src/fix-text.js),
// which must write the same body as the fix's JSON Patch, for every fix the validator gives on
// mutated samples of every endpoint.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EditorState } from "@codemirror/state";
import { json } from "@codemirror/lang-json";
import { Simulator, endpoints, validate } from "../../pkg/node/index.mjs";
import { diffWorld, describe } from "../../www/src/diff.js";
import { timelineOf, axisOf } from "../../www/src/timeline.js";
import { fixChanges, applyPatch } from "../../www/src/fix-text.js";
import { describeWorld, readCallbacks } from "../../www/src/link-world.js";
import { random } from "./routes.mjs";

const text = (t) => [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }];

test("the diff names what changed by what identifies it, and sums up long additions", () => {
  const sim = new Simulator({ now: 1700000000, rateLimit: false });
  const empty = sim.inspect();
  sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["ann", "ben", "cid"] });
  sim.call("group_open_http_svc/create_group", { Owner_Account: "ann", Type: "Public", GroupId: "team", Name: "team", MemberList: [{ Member_Account: "ben" }] });
  const made = sim.inspect();
  const created = diffWorld(empty, made).map(describe);
  assert.ok(created.includes("account ann: added " + JSON.stringify(made.accounts[0]).slice(0, 77) + "…") || created.some((c) => c.startsWith("account ann: added")), created.join("\n"));
  assert.ok(created.some((c) => c.startsWith("group team: added")), created.join("\n"));
  for (let i = 1; i <= 8; i++) sim.call("group_open_http_svc/send_group_msg", { GroupId: "team", From_Account: "ann", Random: i, NeedReadReceipt: 1, MsgBody: text(`m${i}`) });
  const sent = sim.inspect();
  const eight = diffWorld(made, sent).map(describe);
  assert.ok(eight.includes("group team › messages: 8 added (message 1 … message 8)"), eight.join("\n"));
  assert.ok(eight.includes("group team › nextMsgSeq: 1 → 9"), eight.join("\n"));
  sim.call("group_open_http_svc/group_msg_receipt", { GroupId: "team", From_Account: "ben", MsgSeqList: [{ MsgSeq: 8 }] });
  const read = diffWorld(sent, sim.inspect()).map(describe);
  assert.ok(read.includes("group team › member ben › readSeq: 0 → 8"), read.join("\n"));
  assert.ok(read.includes("group team › message 8 › readNum: 0 → 1"), read.join("\n"));
  assert.deepEqual(diffWorld(sent, sent), []);
  // Capped, saying how many more.
  const capped = diffWorld(made, sent, 3);
  assert.equal(capped.length, 4);
  assert.match(describe(capped[3]), /^… and \d+ more changes$/);
  // Brief values: a change never holds a whole group (the journal stores them).
  for (const c of diffWorld(empty, sent)) for (const v of [c.before, c.after]) assert.ok(v === undefined || typeof v !== "object" || v === null, JSON.stringify(c));
});

test("the timeline puts each entry's callbacks after it, on the simulator's clock", () => {
  const journal = [
    { id: 1, kind: "scenario", title: "s", before: 100, time: 130, callbacks: [{ command: "Group.CallbackAfterCreateGroup", time: 100 }] },
    { id: 2, kind: "call", api: "openim/sendmsg", code: 0, before: 130, time: 130, callbacks: [{ command: "C2C.CallbackBeforeSendMsg", time: 130 }, { command: "C2C.CallbackAfterSendMsg", time: 130 }] },
    { id: 3, kind: "clock", before: 130, time: 190, callbacks: [] },
  ];
  const items = timelineOf(journal);
  assert.deepEqual(items.map((i) => [i.time, i.kind, i.label]), [
    [130, "scenario", "scenario: s"],
    [100, "callback", "Group.CallbackAfterCreateGroup"],
    [130, "call", "sendmsg → 0"],
    [130, "callback", "C2C.CallbackBeforeSendMsg"],
    [130, "callback", "C2C.CallbackAfterSendMsg"],
    [190, "clock", "clock +60 s"],
  ]);
  const axis = axisOf(items, 600);
  assert.deepEqual([axis.min, axis.max, axis.x(100), axis.x(190)], [100, 190, 10, 590]);
});

/** The body after the edits CodeMirror would make. */
function edited(doc, changes) {
  return EditorState.create({ doc }).update({ changes }).state.doc.toString();
}

test("a fix edits the text in place and writes what its JSON Patch writes, for every fix on mutated samples", () => {
  const { rand, pick } = random(0x51f1e);
  let checked = 0;
  const inPlace = { move: 0, remove: 0, add: 0, replace: 0 };
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    for (let round = 0; round < 12; round++) {
      const body = structuredClone(sample);
      const keys = Object.keys(body);
      // Misspell, drop, stringify, or add what no table knows.
      const key = keys.length ? pick(keys) : "X";
      switch (rand(5)) {
        case 0:
          body[key.toLowerCase() === key ? `${key}_` : key.toLowerCase()] = body[key];
          delete body[key];
          break;
        case 1:
          delete body[key];
          break;
        case 2:
          for (const k of keys) if (Number.isInteger(body[k])) body[k] = String(body[k]);
          break;
        case 3:
          body[`Unknown${rand(9)}`] = rand(2) ? 1 : { nested: [1] };
          break;
        default:
          for (const k of keys) if (typeof body[k] === "string" && /^\d+$/.test(body[k])) body[k] = Number(body[k]);
      }
      const doc = JSON.stringify(body, null, rand(3) === 0 ? 0 : 2);
      const state = EditorState.create({ doc, extensions: [json()] });
      for (const d of validate(e.api, doc, { fixes: true }).diagnostics) {
        if (!d.fix) continue;
        const changes = fixChanges(state, d.fix);
        const whole = changes.length === 1 && changes[0].from === 0 && changes[0].to === doc.length;
        if (!whole) inPlace[d.fix.patch[0].op]++;
        const after = edited(doc, changes);
        assert.deepEqual(JSON.parse(after), applyPatch(JSON.parse(doc), d.fix.patch), `${e.api}: ${d.fix.title} on ${doc} gave ${after}`);
        assert.ok(!validate(e.api, after).diagnostics.some((x) => x.path === d.path && x.code === d.code), `${e.api}: ${d.fix.title} left its finding: ${after}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 300, `only ${checked} fixes checked`);
  for (const [op, n] of Object.entries(inPlace)) assert.ok(n > 10, `${op} was done in place only ${n} times`);
});

test("the playground has every word in both languages", async () => {
  const { STRINGS, pickLang } = await import("../../www/src/i18n.js");
  const han = /[\u4e00-\u9fff]/;
  const check = (en, zh, where) => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), where);
    for (const [k, v] of Object.entries(en)) {
      const z = zh[k];
      if (Array.isArray(v)) assert.equal(z.length, v.length, `${where}.${k}`);
      else if (typeof v === "object") check(v, z, `${where}.${k}`);
      else if (typeof v === "function") assert.ok(han.test(z(1)) || han.test(z(1, 2, 3, 4)), `${where}.${k}`);
      else if (/[a-z]/i.test(v)) assert.match(z, han, `${where}.${k}`);
    }
  };
  const { scenarios: zhScenarios, ...zh } = STRINGS["zh-CN"];
  const { scenarios: enScenarios, ...en } = STRINGS.en;
  check(en, zh, "");
  const { scenarios } = await import("../../www/src/scenarios.js");
  assert.deepEqual(Object.keys(zhScenarios).sort(), scenarios.map((s) => s.id).sort());
  assert.deepEqual([pickLang(null, ["zh-CN", "en"]), pickLang(null, ["fr", "zh-Hans"]), pickLang(null, ["fr"]), pickLang("en", ["zh-CN"]), pickLang("xx", ["zh-TW", "en-GB"])], ["zh-CN", "zh-CN", "en", "en", "en"]);
});

test("a share link's world, from the journal: the scenario or reset it started from and the calls and clock moves since; the world before the call in the editor; none where the journal cannot say", () => {
  const app = { sdkAppId: 1400000123, admin: "administrator" };
  const journal = [
    { id: 1, kind: "call", api: "a/old", body: "{}", before: 90, code: 0 },
    { id: 2, kind: "scenario", scenario: "seed-receipts", title: "s", start: 100, app, before: 90, time: 130 },
    { id: 3, kind: "call", api: "a/b", body: '{"x":1}', before: 130, time: 130, code: 0 },
    { id: 4, kind: "clock", before: 130, time: 190 },
    { id: 5, kind: "call", api: "a/c", body: '{"y":2}', before: 190, time: 190, code: 10010 },
  ];
  const steps = [{ api: "a/b", body: '{"x":1}', at: 130 }, { to: 190 }, { api: "a/c", body: '{"y":2}', at: 190 }];
  // The editor holds something else: the world now, every step since the scenario.
  assert.deepEqual(describeWorld(journal, "a/d", "{}"), { world: { from: { scenario: "seed-receipts", start: 100, app }, steps }, expect: undefined, before: undefined });
  // The editor holds the last call: the world before it, and what it answered.
  assert.deepEqual(describeWorld(journal, "a/c", '{"y":2}'), { world: { from: { scenario: "seed-receipts", start: 100, app }, steps: steps.slice(0, 2) }, expect: 10010, before: 5 });
  // A reset starts an empty world.
  const reset = [{ id: 1, kind: "reset", start: 50, app }, { id: 2, kind: "call", api: "a/b", body: "{}", before: 50 }];
  assert.deepEqual(describeWorld(reset, "x/y", "").world, { from: { scenario: null, start: 50, app }, steps: [{ api: "a/b", body: "{}", at: 50 }] });
  // An import, a restore, a body cut for storage, a journal that no longer holds the start, an
  // entry of an older page (no start or app): no steps (the link carries a snapshot instead).
  for (const breaking of [{ kind: "import", title: "f.json" }, { kind: "restore", of: 2 }, { kind: "call", api: "a/b", body: "…", clipped: true }]) {
    assert.equal(describeWorld([...journal, { id: 9, ...breaking }], "a/d", "{}").world, null, JSON.stringify(breaking));
  }
  assert.equal(describeWorld(journal.slice(2), "a/d", "{}").world, null);
  assert.equal(describeWorld([{ id: 1, kind: "scenario", title: "old", before: 1, time: 2 }], "a/d", "{}").world, null);
});

test("a share link's world says which callback settings each step ran under (changes only), skips calls run against a server, and a link's settings are checked part by part", () => {
  const app = { sdkAppId: 1400000123, admin: "administrator" };
  const reject = { verdict: "reject" };
  const custom = { verdict: "custom", code: 120555, info: "not today" };
  const journal = [
    { id: 1, kind: "scenario", scenario: "social-graph", title: "s", start: 100, app, before: 90, time: 100, cb: reject },
    { id: 2, kind: "call", api: "a/b", body: "{}", before: 100, time: 100, code: 0, cb: reject },
    { id: 3, kind: "call", api: "a/c", body: "{}", before: 100, time: 100, code: 0 },
    { id: 4, kind: "call", api: "a/r", body: "{}", code: 0, remote: "http://127.0.0.1:9" },
    { id: 5, kind: "clock", before: 100, time: 160 },
    { id: 6, kind: "call", api: "a/d", body: "{}", before: 160, time: 160, code: 120555, cb: custom },
  ];
  const { world, expect, before } = describeWorld(journal, "x/y", "");
  assert.deepEqual(world, {
    from: { scenario: "social-graph", start: 100, app, cb: reject },
    steps: [{ api: "a/b", body: "{}", at: 100 }, { api: "a/c", body: "{}", at: 100, cb: { verdict: "allow" } }, { to: 160 }, { api: "a/d", body: "{}", at: 160, cb: custom }],
  });
  assert.equal(expect, undefined);
  assert.equal(before, undefined);
  // A call run against a server after the last in-page call: the editor's call is still the last one here.
  const again = describeWorld([...journal.slice(0, 3), journal[3]], "a/c", "{}");
  assert.equal(again.expect, 0);
  assert.equal(again.before, 3);
  // A link's settings: each part checked, named when it is not what the panel can hold.
  assert.deepEqual(readCallbacks(custom), { settings: custom });
  assert.deepEqual(readCallbacks({ verdict: "rewrite", text: "x", code: 5 }), { settings: { verdict: "rewrite", text: "x" } });
  assert.deepEqual(readCallbacks({ verdict: "allow", text: 1 }), { settings: { verdict: "allow" } });
  for (const [bad, part] of [[null, "callbacks"], [[], "callbacks"], [{ verdict: "maybe" }, "verdict"], [{ verdict: "custom", code: "120001", info: "" }, "code"], [{ verdict: "custom", code: 120001 }, "info"], [{ verdict: "rewrite" }, "text"]]) {
    assert.deepEqual(readCallbacks(bad), { bad: part }, JSON.stringify(bad));
  }
});
