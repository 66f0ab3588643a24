// End-to-end: the playground in headless Chromium (Playwright-core driving /usr/bin/chromium),
// served by our own static server on 127.0.0.1; both are started and stopped here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { createServer as createNetServer } from "node:net";
import { startServer } from "../../scripts/serve.mjs";
import { startServer as startTcimServe } from "../../pkg/lib/serve.mjs";
import { Simulator } from "../../pkg/node/index.mjs";

let server, url, browser, context;
const consoleErrors = [];
const offsite = [];
/** Servers a test starts on purpose (tcim serve): requests to them are not "offsite". */
const ownServers = [];

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

before(async () => {
  ({ server, url } = await startServer(0));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1360, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(path = "") {
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith("data:") && !u.startsWith("blob:") && !ownServers.some((o) => u.startsWith(o))) offsite.push(u);
  });
  await page.goto(url + path);
  await page.waitForSelector("body[data-ready='1']");
  return page;
}

/** Chooses a scenario and builds it (choosing alone changes nothing). */
async function buildWorld(page, id) {
  await page.selectOption("#scenario", id);
  await page.click("#build-world");
}

async function setBody(page, text) {
  await page.locator(".cm-content").fill(text);
}

test("an invalid body shows an inline diagnostic at the right line, and a click moves the cursor", async () => {
  const page = await openPage();
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await page.waitForFunction(() => document.querySelector("#status").textContent === "valid");
  await setBody(page, '{\n  "GroupId": "@TGS#2CLUZEAEJ",\n  "Member_Account": "bob",\n  "UnreadMsgNum": -5\n}');
  await page.waitForSelector(".cm-lintRange-error");
  const line = await page.evaluate(() => {
    const lines = [...document.querySelectorAll(".cm-content .cm-line")];
    return lines.indexOf(document.querySelector(".cm-lintRange-error").closest(".cm-line")) + 1;
  });
  assert.equal(line, 4, "the error is marked on line 4");
  assert.equal(await page.textContent("#status"), "1 error");
  const item = await page.textContent("#diagnostics li.error");
  assert.match(item, /^4:19/);
  assert.match(item, /out_of_range/);
  await page.click("#diagnostics li.error .pos");
  const cursorLine = await page.evaluate(() => document.querySelector(".cm-activeLine")?.textContent);
  assert.match(cursorLine, /UnreadMsgNum/);
  // "Insert sample" restores the documented body
  await page.click("#sample");
  await page.waitForFunction(() => document.querySelector("#status").textContent === "valid");
  await page.close();
});

test("the seed scenario shows receipt counts and unread numbers in the state view", async () => {
  const page = await openPage();
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  const response = JSON.parse(await page.textContent("#response"));
  assert.deepEqual(response.GroupMsgReceiptList, [
    { Code: 0, MsgSeq: 1, ReadNum: 1, UnreadNum: 6 },
    { Code: 0, MsgSeq: 2, ReadNum: 1, UnreadNum: 6 },
  ]);
  const rows = await page.$$eval("[data-group='team1'] table:first-of-type tbody tr", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert.deepEqual(rows.find((r) => r[0] === "carol"), ["carol", "Member", "0", "2"]);
  assert.deepEqual(rows.find((r) => r[0] === "bob"), ["bob", "Member", "2", "0"]);
  const msgs = await page.$$eval("[data-group='team1'] table:nth-of-type(2) tbody tr", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert.deepEqual(msgs[0].slice(0, 4), ["1", "alice", "1", "6"]);
  // Each account's conversation list, with its unread count.
  const carol = await page.$$eval("[data-account='carol'] table", (tables) => {
    const t = tables.find((x) => x.caption?.textContent === "Conversations");
    return [...t.tBodies[0].rows].map((tr) => [tr.cells[0].textContent, tr.cells[2].textContent]);
  });
  assert.deepEqual(carol, [["group team1", "2"]]);
  // the clock moves
  const before = await page.textContent("#clock");
  await page.click("[data-advance='3600']");
  assert.notEqual(await page.textContent("#clock"), before);
  // set an unread count through the editor and run it
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await setBody(page, '{"GroupId":"team1","Member_Account":"dave","UnreadMsgNum":2}');
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#response-explain").textContent === "OK");
  const dave = await page.$$eval("[data-group='team1'] table:first-of-type tbody tr", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)).find((r) => r[0] === "dave"));
  assert.deepEqual(dave, ["dave", "Member", "0", "2"]);
  mkdirSync("docs", { recursive: true });
  await page.selectOption("#api", "group_open_http_svc/get_group_msg_receipt");
  await setBody(page, '{\n  "GroupId": "team1",\n  "MsgSeqList": [{ "MsgSeq": 1 }, { "MsgSeq": "2" }]\n}');
  await page.waitForSelector("#diagnostics li.error");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/playground.png", fullPage: true });
  await page.close();
});

test("the social-graph scenario shows profiles, friends, friend lists, blocklists, requests and pinned, marked conversations", async () => {
  const page = await openPage();
  await buildWorld(page, "social-graph");
  await page.waitForSelector("[data-account='alice']");
  const response = JSON.parse(await page.textContent("#response"));
  assert.deepEqual(response.InfoItem.map((i) => i.Relation), ["CheckResult_Type_BothWay", "CheckResult_Type_BothWay", "CheckResult_Type_NoRelation", "CheckResult_Type_NoRelation"]);
  const rows = (who, caption) =>
    page.$$eval(`[data-account='${who}'] table`, (tables, caption) => {
      const t = tables.find((x) => x.caption?.textContent.startsWith(caption));
      return t ? [...t.tBodies[0].rows].map((tr) => [...tr.cells].map((td) => td.textContent)) : null;
    }, caption);
  assert.deepEqual(await rows("alice", "Friends"), [["bob", "Bobby", "close", "Web"], ["carol", "", "work", "Web"]]);
  assert.deepEqual(await rows("alice", "Friend lists"), [["close", "bob"], ["work", "carol"]]);
  assert.deepEqual(await rows("alice", "Profile"), [["IM_Nick", "Alice"]]);
  // The conversation list as get_list shows it with AssistFlags 63: pinned first.
  const conversations = (await rows("alice", "Conversations")).map(([who, , unread, marks]) => [who, unread, marks]);
  assert.deepEqual(conversations, [["bob", "1", "pinned · in friends"], ["carol", "1", "marks 1 · “tonight” · in friends"]]);
  assert.match(await page.textContent("[data-account='alice'] p"), /Web Online, iPhone PushOnline/);
  assert.deepEqual(await rows("dave", "Waiting for confirmation"), [["alice"]]);
  assert.deepEqual(await rows("erin", "Blocklist"), [["bob"]]);
  assert.match(await page.textContent("[data-account='bob'] p"), /group muted until/);
  // A change made in the editor shows in the state view: erin unblocks bob.
  await page.selectOption("#api", "sns/black_list_delete");
  await setBody(page, '{"From_Account":"erin","To_Account":["bob"]}');
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#response-explain").textContent === "OK");
  assert.equal(await rows("erin", "Blocklist"), null);
  // The custom fields the documented samples name are declared for the page's app.
  await page.selectOption("#api", "sns/friend_get_list");
  await setBody(page, '{"From_Account":"alice","To_Account":["bob"],"TagList":["Tag_SNS_IM_Remark","Tag_SNS_Custom_Test","Tag_Profile_Custom_Test"]}');
  await page.click("#run");
  await page.waitForFunction(() => /"InfoItem"/.test(document.querySelector("#response").textContent));
  assert.deepEqual(JSON.parse(await page.textContent("#response")).InfoItem[0].SnsProfileItem, [{ Tag: "Tag_SNS_IM_Remark", Value: "Bobby" }]);
  await page.close();
});

test("a week in a busy group loads in one click, with receipts, unread counts and conversations", async () => {
  const page = await openPage();
  await buildWorld(page, "busy-week");
  // (The card shows while the build still runs: wait for its last answer, and Run back.)
  await page.waitForFunction(() => /GroupMsgReceiptList/.test(document.querySelector("#response").textContent) && !document.querySelector("#run").disabled, null, { timeout: 120000 });
  await page.waitForSelector("[data-group='busy']");
  const response = JSON.parse(await page.textContent("#response"));
  assert.equal(response.ErrorCode, 0);
  assert.deepEqual(response.GroupMsgReceiptList.map((r) => [r.MsgSeq, r.Code]), [[2101, 0], [2691, 0], [2991, 0]]);
  assert.ok(response.GroupMsgReceiptList.every((r) => r.ReadNum + r.UnreadNum > 100), JSON.stringify(response));
  // Long tables show their first 50 rows and a button for the rest.
  const rows = () => page.$$eval("[data-group='busy'] table:first-of-type tbody tr", (trs) => trs.length);
  assert.equal(await rows(), 50);
  await page.click("[data-group='busy'] button.more");
  assert.equal(await rows(), 300);
  assert.match(await page.textContent("[data-group='busy'] p"), /NextMsgSeq 3001/);
  await page.click("button[data-more='people']");
  await page.waitForSelector("[data-account='user100'] table", { timeout: 10000 });
  await page.close();
});

/** The data of a share link (what the page compresses into its hash). */
function linkData(link) {
  const hash = link.split("#share=")[1];
  assert.ok(hash.startsWith("z."), link.slice(0, 120));
  return JSON.parse(inflateRawSync(Buffer.from(hash.slice(2), "base64url")).toString("utf8"));
}

test("share link round trip, without the secret key", async () => {
  const page = await openPage();
  await page.selectOption("#api", "openim/admin_set_msg_read");
  await setBody(page, '{"Report_Account":"x1","Peer_Account":"x2"}');
  await page.selectOption("#region", "tokyo");
  await page.fill("#key", "super-secret-key-123");
  await page.click("#share");
  await page.waitForSelector("#share-url-label:not([hidden])");
  const link = await page.inputValue("#share-url");
  assert.match(link, /#share=z\./);
  assert.ok(!JSON.stringify(linkData(link)).includes("super-secret-key-123") && !link.includes("super-secret"), "the key is not in the link");
  assert.match(await page.inputValue("#url"), /^https:\/\/adminapijpn\.im\.qcloud\.com\/v4\/openim\/admin_set_msg_read\?sdkappid=1400000000&identifier=administrator&usersig=eAE/);
  await page.close();
  const other = await context.newPage();
  other.on("pageerror", (e) => consoleErrors.push(String(e)));
  await other.goto(link);
  await other.waitForSelector("body[data-ready='1']");
  assert.equal(await other.inputValue("#api"), "openim/admin_set_msg_read");
  assert.equal(await other.inputValue("#region"), "tokyo");
  assert.match(await other.textContent(".cm-content"), /x1/);
  assert.equal(await other.inputValue("#key"), "");
  // The hash is dropped once read: a reload keeps the page's own session.
  assert.equal(await other.evaluate(() => location.hash), "");
  await other.close();
});

test("history survives a reload and re-runs", async () => {
  const page = await openPage();
  await page.selectOption("#api", "im_open_login_svc/account_import");
  await setBody(page, '{"UserID":"history-user"}');
  await page.click("#run");
  await page.waitForSelector("#history li.ok");
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  const first = await page.textContent("#history li:first-child");
  assert.match(first, /account_import → 0/);
  assert.match(await page.textContent("#state"), /history-user/, "the simulator state survives too");
  await page.click("#history li:first-child button:has-text('Run again')");
  await page.waitForFunction(() => document.querySelectorAll("#history li").length >= 2);
  await page.close();
});

test("phone width, dark theme and the keyboard", async () => {
  const page = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await page.click("#theme");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.screenshot({ path: "target/e2e-phone-dark.png", fullPage: false });
  // Ctrl+Enter in the editor runs the request
  await page.selectOption("#api", "im_open_login_svc/account_check");
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => /ResultItem/.test(document.querySelector("#response").textContent));
  // the endpoint filter narrows the list; Enter picks the first match
  await page.fill("#api-search", "receipt_detail");
  await page.press("#api-search", "Enter");
  assert.equal(await page.inputValue("#api"), "group_open_http_svc/get_group_msg_receipt_detail");
  await page.click("#theme");
  await page.close();
});

test("in the browser, callbacks fire to a JS handler, which answers Before-callbacks", async () => {
  const page = await openPage();
  const result = await page.evaluate(async () => {
    // The page's own module instance (already loaded).
    const { Simulator } = await import(new URL("tcim/web/index.js", document.baseURI).href);
    const seen = [];
    let verdict;
    const sim = new Simulator({ now: 1700000000, callbacks: { token: "t", handler: (cb) => (seen.push([cb.command, cb.query.OptPlatform, Boolean(cb.query.Sign)]), cb.command.endsWith("BeforeSendMsg") ? verdict : undefined) } });
    sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
    const send = (t, r) => sim.call("openim/sendmsg", { From_Account: "a", To_Account: "b", MsgRandom: r, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: t } }] });
    verdict = { ErrorCode: 1 };
    const refused = send("x", 1).ErrorCode;
    verdict = { ErrorCode: 2 };
    const dropped = send("x", 2).ErrorCode;
    verdict = { ErrorCode: 120009, ErrorInfo: "custom" };
    const custom = send("x", 3);
    verdict = { ErrorCode: 0, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "rewritten" } }] };
    send("x", 4);
    const stored = sim.call("openim/admin_getroammsg", { Operator_Account: "a", Peer_Account: "b", MaxCnt: 10, MinTime: 0, MaxTime: 1700000000 }).MsgList.map((m) => m.MsgBody[0].MsgContent.Text);
    return { refused, dropped, custom: [custom.ErrorCode, custom.ErrorInfo], stored, seen, logged: sim.callbackLog().length };
  });
  assert.deepEqual(result.refused, 20006);
  assert.deepEqual(result.dropped, 0);
  assert.deepEqual(result.custom, [120009, "custom"]);
  assert.deepEqual(result.stored, ["rewritten"], "only the allowed message is stored, rewritten");
  assert.deepEqual(result.seen.map(([c]) => c), ["C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackBeforeSendMsg", "C2C.CallbackAfterSendMsg"]);
  assert.ok(result.seen.every(([, platform, signed]) => platform === "RESTAPI" && signed));
  assert.equal(result.logged, 5);
  await page.close();
});

test("in the browser, injected faults answer as in Node: seeded, over fetch, changing nothing", async () => {
  const page = await openPage();
  const result = await page.evaluate(async () => {
    const { Simulator, TcimError } = await import(new URL("tcim/web/index.js", document.baseURI).href);
    const rules = [{ endpoint: "im_open_login_svc/account_import", errorCode: 70001, probability: 0.5 }];
    const run = (seed) => {
      const sim = new Simulator({ now: 1700000000, faults: { seed, rules } });
      return Array.from({ length: 20 }, (_, i) => sim.call("im_open_login_svc/account_import", { UserID: `u${i}` }).ErrorCode);
    };
    const sim = new Simulator({ now: 1700000000, faults: [{ httpStatus: 503, times: 1 }, { reset: true, times: 1 }] });
    const before = sim.snapshot();
    const url = "https://console.tim.qq.com/v4/im_open_login_svc/account_import?sdkappid=1400000000&identifier=administrator&usersig=x&random=1";
    const status = (await sim.fetch(url, { method: "POST", body: '{"UserID":"a"}' })).status;
    const reset = await sim.fetch(url, { method: "POST", body: '{"UserID":"a"}' }).then(() => "answered", (e) => e instanceof TypeError && e.cause.code);
    const unchanged = sim.snapshot() === before;
    const after = (await (await sim.fetch(url, { method: "POST", body: '{"UserID":"a"}' })).json()).ErrorCode;
    let refused = null;
    try {
      new Simulator({ faults: [{ httpStatus: 404 }] });
    } catch (e) {
      refused = e instanceof TcimError && e.code;
    }
    return { same: JSON.stringify(run(11)) === JSON.stringify(run(11)), node: run(11), status, reset, unchanged, after, refused };
  });
  // The same seed draws the same in the browser as in Node.
  const rules = [{ endpoint: "im_open_login_svc/account_import", errorCode: 70001, probability: 0.5 }];
  const inNode = new Simulator({ now: 1700000000, faults: { seed: 11, rules } });
  assert.deepEqual(result.node, Array.from({ length: 20 }, (_, i) => inNode.call("im_open_login_svc/account_import", { UserID: `u${i}` }).ErrorCode));
  assert.equal(result.same, true);
  assert.deepEqual([result.status, result.reset, result.unchanged, result.after, result.refused], [503, "ECONNRESET", true, 0, "invalid_option"]);
  await page.close();
});

test("after a scenario, choosing an endpoint fills its sample from the world, so it runs", async () => {
  const page = await openPage();
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  // Before, the docs' sample group answered 10010 here.
  await page.selectOption("#api", "group_open_http_svc/get_group_msg_receipt_detail");
  assert.match(await page.textContent(".cm-content"), /"GroupId": "team1"/);
  await page.click("#run");
  await page.waitForFunction(() => /"ErrorCode": 0/.test(document.querySelector("#response").textContent));
  await page.selectOption("#api", "openim/admin_set_msg_read");
  await page.click("#sample");
  const body = JSON.parse(await page.evaluate(() => document.querySelector(".cm-content").innerText));
  assert.notEqual(body.Report_Account, body.Peer_Account);
  assert.ok(!["dramon1", "dramon2"].includes(body.Report_Account), "the docs' accounts are replaced");
  await page.close();
});

/** Sets the body (its `|` marks where the cursor goes) and returns the completions offered there. */
async function completionsAt(page, marked) {
  const at = marked.indexOf("|");
  await setBody(page, marked.replace("|", ""));
  await page.evaluate((pos) => {
    const { view } = window.tcim.editor;
    view.dispatch({ selection: { anchor: pos } });
    view.focus();
  }, at);
  await page.keyboard.press("Control+Space");
  await page.waitForSelector(".cm-tooltip-autocomplete");
  return page.$$eval(".cm-tooltip-autocomplete li", (lis) => lis.map((li) => li.textContent));
}

const editorText = (page) => page.evaluate(() => window.tcim.editor.text);

test("quick fixes from the validator mend the body in place, from the diagnostics list and the editor's lint panel", async () => {
  const page = await openPage();
  await page.selectOption("#api", "openim/admin_set_msg_read");
  await setBody(page, '{\n  "Report_Account": "a",\n  "Peer_Account": "b",\n  "MsgReadedTime": "1700000000"\n}');
  const fix = page.locator("#diagnostics button.fix");
  await fix.waitFor();
  assert.equal(await fix.textContent(), 'Rename "MsgReadedTime" to "MsgReadTime"');
  await fix.click();
  await page.waitForFunction(() => document.querySelector("#status").textContent === "valid");
  assert.equal(await editorText(page), '{\n  "Report_Account": "a",\n  "Peer_Account": "b",\n  "MsgReadTime": "1700000000"\n}', "renamed in place");

  // "2" for an integer, from the lint panel (Ctrl+Shift+M), with the keyboard.
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await setBody(page, '{\n  "GroupId": "@TGS#1",\n  "Member_Account": "bob",\n  "UnreadMsgNum": "2",\n  "Colour": 1\n}');
  await page.waitForSelector(".cm-lintRange-error");
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Control+Shift+KeyM");
  await page.locator(".cm-panel-lint .cm-diagnosticAction", { hasText: 'Write "2" as the number 2' }).waitFor();
  // The panel has the focus; an action's underlined letter applies it.
  await page.keyboard.press("w");
  await page.waitForFunction(() => /"UnreadMsgNum": 2,/.test(window.tcim.editor.text));
  // An unknown field goes with its comma; a missing one comes at its siblings' indentation.
  await page.click("#diagnostics button.fix:has-text('Remove \"Colour\"')");
  await page.waitForFunction(() => document.querySelector("#status").textContent === "valid");
  assert.deepEqual(JSON.parse(await editorText(page)), { GroupId: "@TGS#1", Member_Account: "bob", UnreadMsgNum: 2 });
  await setBody(page, '{\n  "GroupId": "@TGS#1",\n  "UnreadMsgNum": 1\n}');
  await page.click("#diagnostics button.fix:has-text('Add \"Member_Account\"')");
  await page.waitForFunction(() => /\n  "Member_Account": ""\n\}$/.test(window.tcim.editor.text));
  await page.close();
});

test("completion inside nested objects: an array item's members, and the body's group's seqs and members", async () => {
  const page = await openPage();
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  await page.selectOption("#api", "group_open_http_svc/get_group_msg_receipt");
  const members = await completionsAt(page, '{\n  "GroupId": "team1",\n  "MsgSeqList": [{ | }]\n}');
  assert.ok(members.some((m) => m.includes('"MsgSeq"') && m.includes("required")), `MsgSeq offered: ${members}`);
  await page.keyboard.press("Escape");
  const seqs = await completionsAt(page, '{\n  "GroupId": "team1",\n  "MsgSeqList": [{ "MsgSeq": | }]\n}');
  assert.ok(seqs.some((s) => s.startsWith("2") && s.includes("seq in team1")), `team1's seqs offered: ${seqs}`);
  await page.keyboard.press("Escape");
  await page.selectOption("#api", "group_open_http_svc/delete_group_member");
  const accounts = await completionsAt(page, '{\n  "GroupId": "team1",\n  "MemberToDel_Account": [|]\n}');
  assert.ok(accounts[0].includes("of team1"), `the group's members first: ${accounts}`);
  await page.keyboard.press("Escape");
  await page.close();
});

test("each call shows what it changed; history keeps request, response and changes, and restores the world before a call; the timeline holds calls and callbacks", async () => {
  const page = await openPage();
  page.once("dialog", (d) => d.accept());
  await page.click("#clear-history");
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  const carol = () => page.$$eval("[data-group='team1'] tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)).find((c) => c[0] === "carol"));
  const before = await carol();
  await page.selectOption("#api", "group_open_http_svc/group_msg_receipt");
  await setBody(page, '{"GroupId":"team1","From_Account":"carol","MsgSeqList":[{"MsgSeq":2}]}');
  await page.click("#run");
  await page.waitForFunction(() => /member carol › readSeq/.test(document.querySelector("#response-diff").textContent));
  const diff = await page.textContent("#response-diff");
  assert.match(diff, /group team1 › member carol › readSeq: \d+ → 2/);
  assert.match(diff, /group team1 › message 2 › readNum: 1 → 2/);
  assert.notDeepEqual(await carol(), before);
  // The history entry: request, response, changes; then the world as it was before it.
  await page.click("#history li:first-child button.link");
  const detail = await page.textContent("#history-detail");
  assert.match(detail, /Request: POST v4\/group_open_http_svc\/group_msg_receipt/);
  assert.match(detail, /"ErrorCode": 0/);
  assert.match(detail, /member carol › readSeq/);
  await page.click("#history-detail button.restore");
  await page.waitForFunction(() => /restored the world before/.test(document.querySelector("#timeline li:first-child")?.textContent));
  assert.deepEqual(await carol(), before, "carol's read position is back");
  // The timeline: the scenario, the call, the callbacks they fired, a clock move.
  await page.click("[data-advance='60']");
  assert.match(await page.textContent("#timeline li:first-child"), /clock \+60 s/);
  assert.ok(await page.$("#timeline li[data-kind='call']"));
  assert.ok(await page.$("#timeline li[data-kind='callback']"), "fired callbacks are on the timeline");
  assert.ok((await page.$$("#timeline-axis circle[data-kind='call']")).length >= 1 && (await page.$$("#timeline-axis circle[data-kind='callback']")).length >= 1);
  assert.match(await page.getAttribute("#timeline-axis", "aria-label"), /\d+ call\(s\), \d+ callback\(s\)/);
  // Restore points outlive a reload (IndexedDB).
  await page.click("#history li:first-child button:has-text('Run again')");
  await page.waitForFunction(() => /member carol › readSeq/.test(document.querySelector("#response-diff").textContent));
  assert.notDeepEqual(await carol(), before);
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  await page.click("#history li:first-child button.link");
  await page.click("#history-detail button.restore");
  await page.waitForFunction(() => /restored the world before/.test(document.querySelector("#timeline li:first-child")?.textContent));
  assert.deepEqual(await carol(), before, "restored after a reload");
  await page.close();
});

test("a large world (500 members, 20,000 messages) renders in pages, and a call still shows its changes", async () => {
  const page = await openPage();
  await buildWorld(page, "crowd");
  await page.waitForSelector("[data-group='crowd']", { timeout: 120000 });
  await page.waitForFunction(() => /"ErrorCode": 0/.test(document.querySelector("#response").textContent), null, { timeout: 60000 });
  assert.equal(await page.$$eval("[data-group='crowd'] table:first-of-type tbody tr", (trs) => trs.length), 50);
  assert.match(await page.textContent("[data-group='crowd'] button.more"), /Show all 500/);
  assert.ok(Number(await page.getAttribute("body", "data-render-ms")) >= 0);
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await setBody(page, '{"GroupId":"crowd","Member_Account":"fan123","UnreadMsgNum":3}');
  await page.click("#run");
  await page.waitForFunction(() => /member fan123 › unread: \d+ → 3/.test(document.querySelector("#response-diff").textContent));
  const groups = await completionsAt(page, '{"GroupId": |}');
  assert.ok(groups.some((g) => g.includes('"crowd"')));
  await page.keyboard.press("Escape");
  await page.close();
});

test("the editor completes members from the catalog and values from the world, and shows a member's meaning on hover", async () => {
  const page = await openPage();
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  /** Sets the body, puts the cursor at the end of its second line and asks for completions. */
  const completionsAt = async (body) => {
    await setBody(page, body);
    for (const key of ["Control+Home", "ArrowDown", "End", "Control+Space"]) await page.keyboard.press(key);
    await page.waitForSelector(".cm-tooltip-autocomplete");
    return page.$$eval(".cm-tooltip-autocomplete li", (lis) => lis.map((li) => li.textContent));
  };
  // An empty object: the members, required first, with type and meaning.
  const members = await completionsAt("{\n  \n}");
  for (const name of ["GroupId", "Member_Account", "UnreadMsgNum"]) assert.ok(members.some((m) => m.includes(`"${name}"`)), `${name} offered: ${members}`);
  await page.keyboard.press("Escape");
  // A value: the groups of the world for GroupId, its accounts for Member_Account.
  const groups = await completionsAt('{\n  "GroupId": \n}');
  assert.ok(groups.some((g) => g.includes('"team1"')), `team1 offered: ${groups}`);
  // CodeMirror ignores Enter for a moment after the list opens (no accidental picks).
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /"GroupId": "team1"/.test(document.querySelector(".cm-content").innerText));
  // Hover on a member: its type, whether required, and its meaning.
  await setBody(page, '{\n  "UnreadMsgNum": 5\n}');
  const key = page.locator(".cm-content .cm-line", { hasText: "UnreadMsgNum" });
  const box = await key.boundingBox();
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.waitForSelector(".cm-tcim-hover");
  assert.match(await page.textContent(".cm-tcim-hover"), /UnreadMsgNum: number \(required\)/);
  await page.close();
});

test("the playground lists fired callbacks and answers Before-callbacks as the panel says", async () => {
  const page = await openPage();
  await buildWorld(page, "social-graph");
  await page.waitForSelector("[data-account='alice']");
  assert.ok(await page.$("#callbacks [data-callback='Sns.CallbackFriendAdd']"), "the scenario's friend adds fired");
  await page.selectOption("#cb-verdict", "reject");
  await page.selectOption("#api", "openim/sendmsg");
  await setBody(page, '{"From_Account":"bob","To_Account":"alice","MsgRandom":77,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"no"}}]}');
  await page.click("#run");
  await page.waitForFunction(() => /20006/.test(document.querySelector("#response").textContent));
  assert.match(await page.textContent("#callbacks li:first-child"), /C2C.CallbackBeforeSendMsg.*replied ErrorCode 1/);
  await page.selectOption("#cb-verdict", "rewrite");
  await page.fill("#cb-text", "edited by the app");
  await setBody(page, '{"From_Account":"bob","To_Account":"alice","MsgRandom":78,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"raw"}}]}');
  await page.click("#run");
  await page.waitForFunction(() => /"MsgKey"/.test(document.querySelector("#response").textContent));
  const after = await page.textContent("#callbacks li:first-child");
  assert.match(after, /C2C.CallbackAfterSendMsg/);
  assert.match(await page.textContent("#callbacks li:first-child pre"), /edited by the app/);
  await page.selectOption("#cb-verdict", "allow");
  await page.close();
});

test("accessible: no serious or critical axe-core findings in light and dark; every control reachable by keyboard, with a visible focus", async () => {
  const page = await openPage();
  // Everything showing: a world, a call with its changes, a history entry open, the timeline.
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  await page.waitForSelector("#history li button.link");
  await page.click("#history li:first-child button.link");
  await setBody(page, '{"GroupId": "team1", "MsgSeqList": [{"MsgSeq": "1"}], "Colour": 1}');
  await page.waitForSelector("#diagnostics button.fix");
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  for (const theme of ["light", "dark"]) {
    if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) await page.click("#theme");
    const found = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
    });
    assert.deepEqual(found, [], `${theme} theme`);
  }
  // Tab from the top reaches every control on the page, and each shows where the focus is.
  const controls = await page.evaluate(() => {
    const all = [...document.querySelectorAll("button, input, select, summary, [tabindex='0'], .cm-content")];
    const shown = all.filter((e) => e.getClientRects().length > 0 && !e.closest("[hidden]") && !e.closest("details:not([open]) > :not(summary)"));
    shown.forEach((e, i) => (e.dataset.kb = String(i)));
    return shown.length;
  });
  const reached = new Set();
  const unseen = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < controls * 2 + 20 && reached.size < controls; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => {
      const e = document.activeElement;
      if (e === document.body) return { visible: true };
      // A focus ring on the control, or on what holds it (the editor's box, the file input's label).
      const visible = [e, e.closest(".editor"), e.closest("label")].some((x) => x && getComputedStyle(x).outlineStyle !== "none");
      return { kb: e.dataset.kb, visible, name: e.id || e.textContent.slice(0, 30) };
    });
    if (at.kb !== undefined) reached.add(at.kb);
    if (!at.visible) unseen.push(at.name);
  }
  const missed = await page.evaluate((got) => [...document.querySelectorAll("[data-kb]")].filter((e) => !got.includes(e.dataset.kb)).map((e) => e.id || e.outerHTML.slice(0, 80)), [...reached]);
  assert.deepEqual(missed, [], "controls Tab never reached");
  assert.deepEqual([...new Set(unseen)], [], "focused without a visible focus");
  await page.close();
});

test("the playground follows the browser's language, switches between English and Chinese, and remembers the choice", async () => {
  const zhContext = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: "zh-CN" });
  const page = await zhContext.newPage();
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
  assert.equal(await page.textContent("#run"), "向模拟器发送请求");
  assert.equal(await page.inputValue("#lang"), "zh-CN");
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  assert.equal(await page.textContent("#summary-title"), "设置成员未读消息计数");
  await setBody(page, '{"GroupId": "g", "UnreadMsgNum": -1}');
  await page.waitForFunction(() => /个错误/.test(document.querySelector("#status").textContent));
  assert.match(await page.textContent("#diagnostics"), /缺少必填字段 "Member_Account"/);
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  assert.match(await page.textContent("[data-group='team1']"), /群成员/);
  assert.match(await page.textContent("#response-diff"), /[\u4e00-\u9fff]|receipt/);
  // The switch: English, remembered over a reload.
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en" && document.body.dataset.ready === "1");
  assert.equal(await page.textContent("#run"), "Run against the simulator");
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  assert.equal(await page.textContent("#run"), "Run against the simulator");
  await zhContext.close();
});

/** Whether the element's box lies within the window (no scrolling needed to read it). */
const inView = (page, selector) =>
  page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    // (A pixel of slack: sub-pixel layout.)
    return { ok: r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 1, top: Math.round(r.top), bottom: Math.round(r.bottom), height: innerHeight };
  });

test("a fresh profile at 1366×768, in both languages and themes: the first Run answers 0, and the result is in view after Run and Ctrl+Enter, history one click away", async () => {
  for (const [locale, dark, ok] of [["en-US", false, "OK"], ["zh-CN", true, "成功"]]) {
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale, colorScheme: dark ? "dark" : "light" });
    const page = await fresh.newPage();
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), dark ? "dark" : "light");
    // The page says, in place, which world it starts from.
    assert.match(await page.textContent("#response-explain"), dark ? /team1/ : /seed walkthrough's world/);
    // Run, first thing.
    await page.click("#run");
    await page.waitForFunction((ok) => document.querySelector("#response-explain").textContent === ok, ok);
    assert.equal(JSON.parse(await page.textContent("#response")).ErrorCode, 0);
    for (const id of ["#response-explain", "#response", "#response-diff"]) assert.ok((await inView(page, id)).ok, `${locale}: ${id} in view after Run: ${JSON.stringify(await inView(page, id))}`);
    // Another endpoint, its sample from the world, run from the editor with Ctrl+Enter.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelectorAll("#history li[data-entry]").length === 2);
    assert.equal(JSON.parse(await page.textContent("#response")).ErrorCode, 0);
    for (const id of ["#response-explain", "#response", "#response-diff"]) assert.ok((await inView(page, id)).ok, `${locale}: ${id} in view after Ctrl+Enter: ${JSON.stringify(await inView(page, id))}`);
    assert.equal(await page.textContent("#response-explain"), ok);
    // History and timeline: one click from the result.
    await page.click("#result nav a[href='#history-heading']");
    assert.ok((await inView(page, "#history-heading")).ok, "the history heading is in view");
    assert.match(await page.textContent("#history li:first-child"), /set_unread_msg_num/);
    await page.click("#result nav a[href='#timeline-heading']").catch(async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click("#result nav a[href='#timeline-heading']");
    });
    assert.ok((await inView(page, "#timeline-heading")).ok, "the timeline heading is in view");
    await fresh.close();
  }
});

test("no dead ends and nothing destroyed by accident: a filter with no match, arrow keys on Scenario, Clear history, a typed body and another endpoint", async () => {
  const page = await openPage();
  await buildWorld(page, "seed-receipts");
  await page.waitForSelector("[data-group='team1']");
  await page.selectOption("#api", "group_open_http_svc/get_group_msg_receipt");
  // A filter that matches nothing says so; Run still sends the endpoint shown, plainly.
  await page.fill("#api-search", "zzz");
  assert.match(await page.textContent("#api-filter-note"), /No endpoint matches “zzz”: Run still sends group_open_http_svc\/get_group_msg_receipt/);
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => document.querySelector("#response-explain").textContent === "OK");
  assert.doesNotMatch(await page.textContent("body"), /Cannot read properties|unknown endpoint/);
  assert.equal(await page.textContent("#status"), "valid");
  await page.fill("#api-search", "");
  assert.equal(await page.inputValue("#api"), "group_open_http_svc/get_group_msg_receipt");
  assert.equal(await page.textContent("#api-filter-note"), "");
  // Arrow keys on the Scenario list choose; only the button builds.
  const entries = () => page.$$eval("#timeline li", (li) => li.length);
  const before = await entries();
  await page.focus("#scenario");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await entries(), before, "no world was built");
  assert.ok(await page.$("[data-group='team1']"), "the world is still there");
  // Clear history asks first; "Cancel" keeps everything.
  page.once("dialog", (d) => {
    assert.match(d.message(), /restore point/);
    d.dismiss();
  });
  await page.click("#clear-history");
  assert.equal(await entries(), before, "nothing was cleared");
  // A typed body replaced by another endpoint's sample: a note with Undo.
  await setBody(page, '{"GroupId":"team1","MsgSeqList":[{"MsgSeq":1}],"typed":true}');
  await page.selectOption("#api", "group_open_http_svc/get_group_info");
  assert.match(await page.textContent("#body-note"), /The body you typed for group_open_http_svc\/get_group_msg_receipt was replaced by the sample of group_open_http_svc\/get_group_info/);
  await page.click("#body-note button");
  assert.equal(await page.inputValue("#api"), "group_open_http_svc/get_group_msg_receipt");
  assert.match(await page.textContent(".cm-content"), /"typed":true/);
  assert.equal(await page.textContent("#body-note"), "");
  // In an empty world a refused call says what to do, in place, and the button does it.
  await page.click("#reset");
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await page.click("#run");
  await page.waitForSelector("#response-explain #build-seed");
  assert.match(await page.textContent("#response-explain"), /^ErrorCode \d+: .*world is empty/);
  await page.click("#build-seed");
  await page.waitForSelector("[data-group='team1']");
  assert.equal(await page.textContent("#response-explain"), "OK");
  // A long list of diagnostics is capped, with a count of the rest.
  await setBody(page, `{"GroupId":"team1","MsgSeqList":[${Array(120).fill('{"MsgSeq":"1"}').join(",")}]}`);
  await page.waitForFunction(() => document.querySelector("#status").textContent === "120 errors");
  assert.equal(await page.$$eval("#diagnostics li.error", (li) => li.length), 50);
  assert.match(await page.textContent("#diagnostics li[data-more]"), /and 70 more/);
  // The same mistake 120 times: one "fix all", one edit.
  await page.click("#diagnostics button[data-fix-all='wrong_type']");
  await page.waitForFunction(() => document.querySelector("#status").textContent === "valid");
  assert.match(await page.evaluate(() => window.tcim.editor.text), /^\{"GroupId":"team1","MsgSeqList":\[\{"MsgSeq":1\},/);
  // Completion right after "{", and accepting a member or a value inside auto-closed quotes
  // leaves no stray quote.
  await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
  await setBody(page, "");
  await page.locator(".cm-content").click();
  await page.keyboard.type("{");
  await page.waitForSelector(".cm-tooltip-autocomplete li");
  // (Typed as a person types: the list follows each key.)
  await page.keyboard.type('"UnreadM', { delay: 30 });
  await page.waitForFunction(() => window.tcim.editor.text === '{"UnreadM"}' && document.querySelectorAll(".cm-tooltip-autocomplete li").length === 1);
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
  await page.keyboard.type('3, "GroupId": "t', { delay: 30 });
  await page.waitForFunction(() => window.tcim.editor.text.endsWith('"GroupId": "t"}') && /team1/.test(document.querySelector(".cm-tooltip-autocomplete li[aria-selected='true']")?.textContent));
  await page.waitForTimeout(300); // (CodeMirror ignores Enter for a moment after the list opens)
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => window.tcim.editor.text), '{"UnreadMsgNum": 3, "GroupId": "team1"}');
  // An untouched sample is replaced without a note.
  await page.click("#sample");
  await page.selectOption("#api", "group_open_http_svc/get_group_info");
  assert.equal(await page.textContent("#body-note"), "");
  await page.close();
});

// Issue 33 at 1366×768, in English with the light theme and in Chinese with the dark one.
const COMBOS = [
  { locale: "en-US", dark: false, zh: false },
  { locale: "zh-CN", dark: true, zh: true },
];

/** A fresh profile at 1366×768 in `combo`'s language and theme: `{ ctx, page }`. */
async function freshPage(combo, path = "", { allowConsole = () => false } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: combo.locale, colorScheme: combo.dark ? "dark" : "light", permissions: ["clipboard-read", "clipboard-write"] });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && !allowConsole(m.text()) && consoleErrors.push(m.text()));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith("data:") && !u.startsWith("blob:") && !ownServers.some((o) => u.startsWith(o))) offsite.push(u);
  });
  await page.goto(path.startsWith("http") ? path : url + path);
  await page.waitForSelector("body[data-ready='1']", { timeout: 120000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), combo.dark ? "dark" : "light");
  assert.equal(await page.evaluate(() => document.documentElement.lang), combo.zh ? "zh-CN" : "en");
  return { ctx, page };
}

test("issue 33 point 3: a large world (the crowd, a 4.5 M-character snapshot) survives a reload; its build shows progress and keeps the tab responsive; a world that could not be kept says so", async () => {
  for (const combo of COMBOS) {
    const { ctx, page } = await freshPage(combo);
    await page.selectOption("#scenario", "crowd");
    await page.click("#build-world");
    // Progress, in words, while the tab still answers.
    await page.waitForFunction(() => /[1-9]\d? ?%/.test(document.querySelector("#build-progress").textContent), null, { timeout: 60000 });
    const started = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - started < 1500, `the tab answered in ${Date.now() - started} ms during the build`);
    assert.ok(await page.$eval("#run", (b) => b.disabled), "Run waits for the world");
    await page.waitForSelector("[data-group='crowd']", { timeout: 180000 });
    await page.waitForFunction(() => /"ErrorCode": 0/.test(document.querySelector("#response").textContent), null, { timeout: 60000 });
    assert.equal(await page.isHidden("#build-progress"), true);
    const chars = await page.evaluate(() => window.tcim.sim.snapshot().length);
    assert.ok(chars > 2_000_000, `a large world: ${chars} characters`);
    await page.waitForFunction(() => /^\d+$/.test(document.body.dataset.worldSaved), null, { timeout: 60000 });
    await page.reload();
    await page.waitForSelector("body[data-ready='1']", { timeout: 120000 });
    assert.ok(await page.$("[data-group='crowd']"), "the crowd is back after the reload");
    assert.equal(await page.evaluate(() => window.tcim.sim.snapshot().length), chars);
    assert.equal(await page.textContent("#page-note"), "");
    assert.match(await page.textContent("#history li:first-child"), /group_msg_get_simple → 0/);
    // A world the browser could not keep: the page says so in place, and why.
    await page.evaluate(() => localStorage.setItem("tcim.world", JSON.stringify({ id: 99999, chars: 4500000, local: false })));
    await page.reload();
    await page.waitForSelector("body[data-ready='1']", { timeout: 120000 });
    assert.match(await page.getAttribute("#page-note", "class"), /bad/);
    assert.match(await page.textContent("#page-note"), combo.zh ? /#99999.*无法保存/ : /#99999 .*could not be kept/);
    await ctx.close();
  }
});

test("issue 33 point 4: a share link reproduces the sender's endpoint, body, environment and world, and the recipient's Run gives the sender's answer; the SDKAppID of a link or an import is honoured; a broken link says so", async () => {
  for (const [i, combo] of COMBOS.entries()) {
    const other = COMBOS[1 - i];
    const { ctx, page } = await freshPage(combo);
    // The sender's app is not the default one.
    await page.fill("#sdkappid", "1400000123");
    await buildWorld(page, "seed-receipts");
    await page.waitForFunction(() => /"ErrorCode": 0/.test(document.querySelector("#response").textContent));
    await page.selectOption("#api", "group_open_http_svc/send_group_msg");
    await setBody(page, '{"GroupId":"team1","From_Account":"bob","Random":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"shared"}}]}');
    await page.click("#run");
    await page.waitForFunction(() => /"MsgSeq"/.test(document.querySelector("#response").textContent));
    const sent = JSON.parse(await page.textContent("#response"));
    assert.equal(sent.ErrorCode, 0);
    await page.click("#share");
    await page.waitForSelector("#share-url-label:not([hidden])");
    const link = await page.inputValue("#share-url");
    const data = linkData(link);
    assert.equal(data.world.from.scenario, "seed-receipts");
    assert.equal(data.world.from.app.sdkAppId, 1400000123);
    assert.equal(data.expect, 0, "the link says what the sender's Run answered");
    assert.ok(link.length < 4000, `a compact link: ${link.length} characters`);
    assert.match(await page.textContent("#copied"), combo.zh ? /含世界/ : /with the world/);
    await ctx.close();

    // The recipient: another profile, language and theme.
    const r = await freshPage(other, link);
    assert.match(await r.page.textContent("#page-note"), other.zh ? /已打开分享链接.*ErrorCode 0/ : /Opened a share link.*ErrorCode 0/);
    assert.equal(await r.page.inputValue("#sdkappid"), "1400000123");
    assert.equal(await r.page.inputValue("#api"), "group_open_http_svc/send_group_msg");
    assert.match(await r.page.evaluate(() => window.tcim.editor.text), /"shared"/);
    assert.equal(await r.page.evaluate(() => window.tcim.sim.app().sdkAppId), 1400000123);
    await r.page.click("#run");
    await r.page.waitForFunction(() => /"MsgSeq"/.test(document.querySelector("#response").textContent));
    assert.deepEqual(JSON.parse(await r.page.textContent("#response")), sent, "the recipient's Run gives the sender's answer");

    // An import honours its app: the environment follows the file's SDKAppID.
    const made = new Simulator({ sdkAppId: 1400000777, admin: "boss", now: 1700000000 });
    made.call("im_open_login_svc/multiaccount_import", { Accounts: ["imp1", "imp2"] });
    await r.page.setInputFiles("#import", { name: "world-777.json", mimeType: "application/json", buffer: Buffer.from(made.snapshot()) });
    await r.page.waitForFunction(() => document.querySelector("#sdkappid").value === "1400000777");
    assert.equal(await r.page.inputValue("#identifier"), "boss");
    assert.match(await r.page.textContent("#page-note"), /1400000777/);
    await r.page.selectOption("#api", "im_open_login_svc/account_check");
    await setBody(r.page, '{"CheckItem":[{"UserID":"imp1"}]}');
    await r.page.click("#run");
    await r.page.waitForFunction(() => /"ResultItem"/.test(document.querySelector("#response").textContent));
    assert.equal(JSON.parse(await r.page.textContent("#response")).ErrorCode, 0, "no 70020 after the import");

    // A damaged link says so, in place; the page opens with its own session.
    await r.page.goto("about:blank"); // (else only the hash changes: no new page)
    await r.page.goto(`${url}#share=z.AAAAthis-is-not-a-link`);
    await r.page.waitForSelector("body[data-ready='1']");
    assert.match(await r.page.getAttribute("#page-note", "class"), /bad/);
    assert.match(await r.page.textContent("#page-note"), other.zh ? /分享链接已损坏/ : /share link is damaged/);
    await r.ctx.close();
  }
});

/** A share link for `data` (as the page makes them). */
const linkFor = (data) => `${url}#share=z.${deflateRawSync(Buffer.from(JSON.stringify(data))).toString("base64url")}`;

test("issue 33 leftovers, point 1: a share link carries the Callbacks panel's settings; its world's calls run again under the settings they ran under, and the recipient's Run gets the sender's callback answer; a damaged part says so", async () => {
  for (const [i, combo] of COMBOS.entries()) {
    const other = COMBOS[1 - i];
    const { ctx, page } = await freshPage(combo);
    await page.fill("#key", "never-in-a-link-42");
    // A send the app rewrites, then one it refuses with its own code.
    await page.selectOption("#cb-verdict", "rewrite");
    await page.fill("#cb-text", "(hidden by the app)");
    await page.selectOption("#api", "group_open_http_svc/send_group_msg");
    await setBody(page, '{"GroupId":"team1","From_Account":"bob","Random":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"raw words"}}]}');
    await page.click("#run");
    await page.waitForFunction(() => /"MsgSeq"/.test(document.querySelector("#response").textContent));
    await page.selectOption("#cb-verdict", "custom");
    await page.fill("#cb-code", "120555");
    await page.fill("#cb-info", "not today");
    await setBody(page, '{"GroupId":"team1","From_Account":"bob","Random":8,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"again"}}]}');
    await page.click("#run");
    await page.waitForFunction(() => /120555/.test(document.querySelector("#response").textContent));
    const refused = JSON.parse(await page.textContent("#response"));
    assert.equal(refused.ErrorCode, 120555);
    await page.click("#share");
    await page.waitForSelector("#share-url-label:not([hidden])");
    const link = await page.inputValue("#share-url");
    const data = linkData(link);
    assert.deepEqual(data.callbacks, { verdict: "custom", code: 120555, info: "not today" });
    assert.deepEqual(data.world.steps.at(-1).cb, { verdict: "rewrite", text: "(hidden by the app)" }, "the rewritten send runs again rewritten");
    assert.equal(data.expect, 120555);
    assert.ok(!link.includes("never-in-a-link") && !JSON.stringify(data).includes("never-in-a-link"), "no secret in the link");
    await ctx.close();

    // The recipient: the sender's settings in the panel, the rewritten message in the world, the same answer.
    const r = await freshPage(other, link);
    assert.equal(await r.page.getAttribute("#page-note", "class"), "note");
    assert.equal(await r.page.inputValue("#cb-verdict"), "custom");
    assert.equal(await r.page.inputValue("#cb-code"), "120555");
    assert.equal(await r.page.inputValue("#cb-info"), "not today");
    assert.equal(await r.page.isVisible("#cb-code-label"), true);
    assert.equal(await r.page.isVisible("#cb-text-label"), false);
    const texts = await r.page.evaluate(() => JSON.stringify(window.tcim.sim.inspect().groups.find((g) => g.groupId === "team1").messages));
    assert.match(texts, /\(hidden by the app\)/);
    assert.doesNotMatch(texts, /raw words/);
    await r.page.click("#run");
    await r.page.waitForFunction(() => /120555/.test(document.querySelector("#response").textContent));
    assert.deepEqual(JSON.parse(await r.page.textContent("#response")), refused, "the recipient's Run gives the sender's callback answer");
    assert.match(await r.page.textContent("#callbacks li:first-child"), /CallbackBeforeSendMsg/);

    // Damaged parts say so, in place: a step's settings (no world) and the link's (the panel keeps the page's own).
    await r.page.selectOption("#cb-verdict", "allow");
    const broken = { ...data, callbacks: { verdict: "custom", code: "lots" }, world: { ...data.world, steps: data.world.steps.map((s, n) => (n === 0 ? { ...s, cb: { verdict: "perhaps" } } : s)) } };
    await r.page.goto("about:blank");
    await r.page.goto(linkFor(broken));
    await r.page.waitForSelector("body[data-ready='1']");
    assert.match(await r.page.getAttribute("#page-note", "class"), /bad/);
    const note = await r.page.textContent("#page-note");
    assert.match(note, other.zh ? /链接第 1 步的回调设置无法读取（应答方式）/ : /callback settings of its step 1 cannot be read \(the answer\)/);
    assert.match(note, other.zh ? /链接中的回调设置已损坏（错误码）/ : /callback settings are damaged \(the code\)/);
    assert.equal(await r.page.inputValue("#cb-verdict"), "allow");
    assert.equal(await r.page.inputValue("#api"), "group_open_http_svc/send_group_msg");
    await r.ctx.close();
  }
});

test("issue 33 point 5: message bodies are checked in place and completed by their MsgType, in both languages", async () => {
  for (const combo of COMBOS) {
    const { ctx, page } = await freshPage(combo);
    await page.selectOption("#api", "openim/sendmsg");
    await setBody(page, '{"From_Account":"bob","To_Account":"carol","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Txt":"hi"}}]}');
    await page.waitForSelector("#diagnostics li.error");
    const listed = await page.textContent("#diagnostics");
    assert.match(listed, /\/MsgBody\/0\/MsgContent\/Text/);
    assert.match(listed, combo.zh ? /缺少必填字段 "Text"/ : /"Text" is required/);
    // A too-long text: the documented body-size limit, before anything is sent.
    await setBody(page, JSON.stringify({ From_Account: "bob", To_Account: "carol", MsgRandom: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "x".repeat(13000) } }] }));
    await page.waitForFunction(() => /error|错误/.test(document.querySelector("#status").textContent));
    // Completion inside MsgContent offers the members of the element's type.
    const offered = await completionsAt(page, '{"From_Account":"bob","To_Account":"carol","MsgRandom":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{|}}]}');
    assert.ok(offered.some((o) => o.includes('"Text"')), offered.join(" | "));
    await page.keyboard.press("Escape");
    await ctx.close();
  }
});

test("issue 33 point 6: one fix per mistake, a fix for all of a repeated one, 10,000 errors capped with a count; the no-match filter and Ctrl+Enter, arrow keys on Scenario", async () => {
  for (const combo of COMBOS) {
    const { ctx, page } = await freshPage(combo);
    // A misspelt required member: the rename only (no "Add" beside it).
    await page.selectOption("#api", "openim/admin_set_msg_read");
    await setBody(page, '{"report_account":"a","Peer_Account":"b"}');
    await page.waitForSelector("#diagnostics button.fix");
    const fixes = await page.$$eval("#diagnostics li:not(.fix-all) button.fix", (bs) => bs.map((b) => b.textContent));
    assert.equal(fixes.length, 1, fixes.join(" | "));
    assert.match(fixes[0], /report_account.*Report_Account/);
    await page.click("#diagnostics button.fix");
    await page.waitForFunction((v) => document.querySelector("#status").textContent === v, combo.zh ? "合法" : "valid");
    assert.deepEqual(JSON.parse(await editorText(page)), { Report_Account: "a", Peer_Account: "b" });
    // 10,000 identical mistakes: 50 listed and a count, the page no taller than a few screens, one "fix all".
    await page.selectOption("#api", "group_open_http_svc/get_group_msg_receipt");
    await page.evaluate(() => (window.tcim.editor.text = `{"GroupId":"team1","MsgSeqList":[${Array(10000).fill('{"MsgSeq":"1"}').join(",")}]}`));
    await page.waitForFunction(() => /10000/.test(document.querySelector("#status").textContent), null, { timeout: 60000 });
    assert.equal(await page.$$eval("#diagnostics li.error", (li) => li.length), 50);
    assert.match(await page.textContent("#diagnostics li[data-more]"), /9950/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 6000, `the page is ${height}px tall`);
    await page.click("#diagnostics button[data-fix-all='wrong_type']");
    await page.waitForFunction((v) => document.querySelector("#status").textContent === v, combo.zh ? "合法" : "valid", { timeout: 60000 });
    // A filter with no match, then Ctrl+Enter: the chosen endpoint runs, no dead end.
    await page.click("#sample");
    await page.fill("#api-search", "zzz");
    assert.match(await page.textContent("#api-filter-note"), /zzz/);
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction((ok) => document.querySelector("#response-explain").textContent === ok, combo.zh ? "成功" : "OK");
    assert.doesNotMatch(await page.textContent("body"), /Cannot read properties|unknown endpoint/);
    await page.fill("#api-search", "");
    // Arrow keys on Scenario build nothing.
    const entries = await page.$$eval("#timeline li", (li) => li.length);
    await page.focus("#scenario");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.$$eval("#timeline li", (li) => li.length), entries);
    await ctx.close();
  }
});

test("issue 33 points 7 and 10: the summary shows the answer's fields (in the page's language) and links the official page in the page's language; codes inside answers are explained; the clock's stillness, the required column, usersig=none and added objects are told plainly; axe-core clean", async () => {
  for (const combo of COMBOS) {
    const { ctx, page } = await freshPage(combo);
    await page.selectOption("#api", "group_open_http_svc/set_unread_msg_num");
    const doc = await page.getAttribute("#summary-doc", "href");
    assert.equal(doc, combo.zh ? "https://cloud.tencent.com/document/product/269/1637" : "https://www.tencentcloud.com/document/product/1047/34909");
    assert.equal(await page.getAttribute("#summary-doc", "target"), "_blank");
    assert.match(await page.textContent("#summary-response"), /ErrorCode/);
    // The required column says "required", not "supported".
    const required = await page.$$eval("#summary-fields tbody tr", (trs) => trs.map((tr) => tr.cells[2].textContent));
    assert.ok(required.includes(combo.zh ? "必填" : "Yes") && !required.includes("支持"), required.join());
    // An endpoint without a known page links the list that names it.
    await page.selectOption("#api", "im_msg_audit_mgr/get_local_audit_keywords");
    assert.match(await page.getAttribute("#summary-doc", "href"), combo.zh ? /269\/1520$/ : /1047\/34621$/);
    assert.match(await page.textContent("#summary-doc"), /get_local_audit_keywords/);
    // Where only one language's page is known, that language links it and the other the list.
    await page.selectOption("#api", "group_open_http_svc/group_msg_receipt");
    assert.match(await page.getAttribute("#summary-doc", "href"), combo.zh ? /269\/107478$/ : /1047\/34621$/);
    await page.selectOption("#api", "im_open_login_svc/account_delete");
    assert.match(await page.getAttribute("#summary-doc", "href"), combo.zh ? /269\/36443$/ : /1047\/34955$/);
    assert.match(await page.textContent("#summary-response"), /ResultItem\[\]\.ResultCode/);
    // The answer's fields are told in the page's language, nested ones too.
    for (const api of ["im_open_login_svc/account_delete", "group_open_http_svc/get_group_info", "openim/admin_getroammsg"]) {
      await page.selectOption("#api", api);
      const meanings = await page.$$eval("#summary-response tbody tr", (trs) => trs.filter((tr) => tr.cells.length === 3).map((tr) => [tr.cells[0].textContent, tr.cells[2].textContent]));
      assert.ok(meanings.length >= 5, `${api}: ${meanings.length} answer fields`);
      for (const [name, doc] of meanings) assert.equal(/[\u4e00-\u9fff]/.test(doc), combo.zh, `${api} ${name}: ${doc}`);
      if (combo.zh) assert.deepEqual(meanings.find(([name]) => name === "ActionStatus"), ["ActionStatus", "请求处理的结果，OK 表示处理成功，FAIL 表示失败"]);
    }
    await page.selectOption("#api", "im_open_login_svc/account_delete");
    // A per-item code inside the answer, explained from the error table.
    await setBody(page, '{"DeleteItem":[{"UserID":"alice"},{"UserID":"nobody-here"}]}');
    await page.click("#run");
    await page.waitForSelector("#response-codes li[data-code]");
    const item = await page.$eval("#response-codes li[data-code]", (li) => ({ code: li.dataset.code, text: li.textContent }));
    assert.notEqual(item.code, "0");
    assert.match(item.text, /ResultItem › 1 › ResultCode/);
    assert.doesNotMatch(item.text, combo.zh ? /错误码表中没有/ : /not in the error table/);
    // The clock stands still, and the page says so.
    assert.match(await page.textContent(".clock"), combo.zh ? /静止/ : /stands still/);
    // Copying a URL without a key says it carries usersig=none.
    await page.click("button[data-copy='url']");
    await page.waitForFunction(() => /usersig=none/.test(document.querySelector("#copied").textContent));
    // Added objects read as their members, not as cut JSON.
    const added = await page.evaluate(() => JSON.parse(localStorage.getItem("tcim.journal")).flatMap((e) => e.changes ?? []).filter((c) => c.kind === "added" && typeof c.after === "string"));
    assert.ok(added.length > 0);
    for (const c of added) assert.doesNotMatch(c.after, /^\{"/, JSON.stringify(c));
    assert.ok(added.some((c) => /^groupId: team1 · /.test(c.after)), JSON.stringify(added.slice(0, 3)));
    // axe-core: nothing serious with the new parts showing.
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    const found = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
    });
    assert.deepEqual(found, [], `${combo.locale} ${combo.dark ? "dark" : "light"}`);
    await ctx.close();
  }
});

test("issue 33 point 8: Run against a tcim serve URL (CORS for this machine's pages); the page's own world is left alone; the history lists the call marked with the server, not restorable, not on the timeline, not in a link's world; an unreachable server says what to do", async () => {
  const serve = await startTcimServe({ port: 0, now: 1700000000, log: () => {} });
  // A port nothing listens on (one just freed).
  const closed = await new Promise((ok) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(`http://127.0.0.1:${port}`));
    });
  });
  ownServers.push(serve.url, closed);
  try {
    for (const combo of COMBOS) {
      const { ctx, page } = await freshPage(combo, "", { allowConsole: (text) => /ERR_CONNECTION_REFUSED/.test(text) });
      await page.selectOption("#target", "server");
      await page.fill("#server-url", serve.url);
      await page.press("#server-url", "Tab");
      assert.equal(await page.textContent("#run"), combo.zh ? "向服务器发送请求" : "Run against the server");
      await page.selectOption("#api", "im_open_login_svc/account_import");
      const user = `remote-${combo.locale}`;
      await setBody(page, JSON.stringify({ UserID: user }));
      await page.click("#run");
      await page.waitForFunction((ok) => document.querySelector("#response-explain").textContent === ok, combo.zh ? "成功" : "OK");
      assert.match(await page.textContent("#response-meta"), new RegExp(serve.url.replace(/[.]/g, "\\.")));
      assert.match(await page.textContent("#response-diff"), new RegExp(serve.url.replace(/[.]/g, "\\.")));
      assert.ok(serve.sim.inspect().accounts.some((a) => a.userId === user), "the server's world has the account");
      assert.ok(!(await page.evaluate((u) => window.tcim.sim.inspect().accounts.some((a) => a.userId === u), user)), "the page's world does not");
      // The history lists it, marked with the server; it has no restore point and is not on the simulator's timeline.
      const origin = new URL(serve.url).origin;
      const listed = `#history li[data-remote='${origin}']`;
      await page.waitForSelector(listed);
      assert.match(await page.textContent(listed), new RegExp(`account_import → 0 @ ${origin.replace(/[.]/g, "\\.")}`));
      assert.equal(await page.getAttribute("#history li[data-entry]:first-child", "data-remote"), origin, "the newest entry");
      assert.equal(await page.$$eval("#timeline li", (li) => li.filter((x) => /account_import/.test(x.textContent)).length), 0, "not on the simulator's timeline");
      await page.click(`${listed} button.link`);
      await page.waitForSelector("#history-detail:not([hidden])");
      const detail = await page.textContent("#history-detail");
      assert.match(detail, new RegExp(user));
      assert.match(detail, combo.zh ? /没有恢复点/ : /No restore point/);
      assert.equal(await page.$("#history-detail button.restore"), null, "no way to restore a server's world");
      // A share link's world leaves the server's call out.
      await page.click("#share");
      await page.waitForSelector("#share-url-label:not([hidden])");
      const shared = linkData(await page.inputValue("#share-url"));
      assert.ok(!JSON.stringify(shared.world).includes(user), "the link's world has no server call");
      // axe-core: the marked entry and its detail are clean.
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
      const found = await page.evaluate(async () => {
        const { violations } = await window.axe.run(document, { resultTypes: ["violations"] });
        return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      assert.deepEqual(found, [], `${combo.locale} ${combo.dark ? "dark" : "light"}`);
      // The choice is remembered, and so is the history entry; an unreachable server says so and how to start one.
      await page.reload();
      await page.waitForSelector("body[data-ready='1']");
      assert.equal(await page.inputValue("#target"), "server");
      assert.ok(await page.$(listed), "the server's call is still listed after a reload");
      const entries = await page.$$eval("#history li[data-entry]", (li) => li.length);
      await page.fill("#server-url", closed);
      await page.press("#server-url", "Tab");
      await page.click("#run");
      await page.waitForFunction(() => /tcim serve/.test(document.querySelector("#response-explain").textContent), null, { timeout: 30000 });
      assert.equal(await page.$$eval("#history li[data-entry]", (li) => li.length), entries, "no answer, no entry");
      await page.selectOption("#target", "sim");
      assert.equal(await page.textContent("#run"), combo.zh ? "向模拟器发送请求" : "Run against the simulator");
      await ctx.close();
    }
  } finally {
    await serve.close();
  }
});

test("no console errors and no request leaves 127.0.0.1", () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(offsite, []);
});
