// tcim serve's REST answers as a client and the journal see them: each answer's ErrorCode (read
// by wasm beside the text) in the journal and the log line, the head written for it, and the
// journal kept to its size however many requests come.
import { test } from "node:test";
import assert from "node:assert/strict";
import { controlClient } from "../../pkg/node/index.mjs";
import { startServer } from "../../pkg/lib/serve.mjs";

const T0 = 1700000000;
const query = "sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json";

test("tcim serve: the journal and the log carry each answer's ErrorCode; heads as before", async () => {
  const lines = [];
  const running = await startServer({ port: 0, now: T0, maxBody: 200, log: (line) => lines.push(line) });
  const post = (api, body, q = query) => fetch(`${running.url}/v4/${api}?${q}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  try {
    const answers = [];
    for (const [api, body, q] of [
      ["im_open_login_svc/account_import", { UserID: "bob" }],
      ["im_open_login_svc/account_import", { UserID: 7 }],
      ["im_open_login_svc/account_import", "{not json"],
      ["im_open_login_svc/account_import", { UserID: "eve" }, "identifier=administrator&usersig=x&random=1"],
      ["openim/sendmsg", { From_Account: "bob", To_Account: "nobody", MsgRandom: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] }],
      ["group_open_http_svc/get_group_info", { GroupIdList: ["none"] }],
    ]) {
      const res = await post(api, body, q);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "application/json; charset=utf-8");
      const text = await res.text();
      assert.equal(Number(res.headers.get("content-length")), Buffer.byteLength(text));
      answers.push(JSON.parse(text).ErrorCode);
    }
    assert.equal(answers[0], 0);
    assert.ok(answers.slice(1, 5).every((code) => code > 0), `${answers}`);
    // Too large a body: 413, the connection closed, ErrorCode 60002.
    const big = await post("im_open_login_svc/account_import", { UserID: "x".repeat(300) });
    assert.equal(big.status, 413);
    assert.equal(big.headers.get("connection"), "close");
    assert.equal((await big.json()).ErrorCode, 60002);
    answers.push(60002);

    const journal = await controlClient(running.url).journal();
    assert.deepEqual(journal.entries.map((e) => e.errorCode), answers);
    const logged = lines.filter((l) => l.includes(" POST /v4/")).map((l) => Number(/ErrorCode=(\d+)/.exec(l)[1]));
    assert.deepEqual(logged, answers);
    assert.ok(lines.every((l) => !l.includes("usersig")), "the log never holds the query");
  } finally {
    await running.close();
  }
});

test("tcim serve: the journal keeps the last journalSize requests, in order, however many come", async () => {
  const running = await startServer({ port: 0, now: T0, journalSize: 3, log: () => {} });
  try {
    const ctl = controlClient(running.url);
    for (let i = 0; i < 200; i++) {
      await fetch(`${running.url}/v4/im_open_login_svc/account_check?${query}`, { method: "POST", body: JSON.stringify({ CheckItem: [{ UserID: `u${i}` }] }) });
      if (i === 1) assert.deepEqual((await ctl.journal()).entries.map((e) => e.seq), [1, 2]);
    }
    const journal = await ctl.journal();
    assert.equal(journal.total, 3);
    assert.deepEqual(journal.entries.map((e) => e.seq), [198, 199, 200]);
    assert.deepEqual((await ctl.journal({ limit: 2 })).entries.map((e) => e.seq), [199, 200]);
    assert.deepEqual(await ctl.clearJournal(), { cleared: 3 });
    assert.equal((await ctl.journal()).total, 0);
  } finally {
    await running.close();
  }
});
