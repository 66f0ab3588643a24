// End-to-end: the playground page in headless Chromium (Playwright-core driving
// /usr/bin/chromium), served by our own static server on 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

let server, url, browser;
const consoleErrors = [];
const offsite = [];

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

before(async () => {
  ({ server, url } = await startServer(0));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage() {
  const page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => !r.url().startsWith(url) && !r.url().startsWith("data:") && offsite.push(r.url()));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']");
  return page;
}

test("typing an invalid payload shows a diagnostic with its line", async () => {
  const page = await openPage();
  assert.equal(await page.textContent("#status"), "valid");
  await page.fill("#body", '{\n  "GroupId": "@TGS#2CLUZEAEJ",\n  "Member_Account": "bob",\n  "UnreadMsgNum": -5\n}');
  await page.waitForSelector("#diagnostics li.error");
  const item = await page.textContent("#diagnostics li.error");
  assert.match(item, /^4:19/);
  assert.match(item, /out_of_range/);
  assert.equal(await page.textContent("#status"), "1 error");
  await page.selectOption("#api", "openim/admin_set_msg_read");
  assert.match(await page.inputValue("#body"), /dramon1/);
  assert.equal(await page.textContent("#status"), "valid");
  await page.screenshot({ path: "target/e2e-first-page.png", fullPage: true });
  await page.close();
});

test("no console errors and no request leaves 127.0.0.1", () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(offsite, []);
});
