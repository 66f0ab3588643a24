// What a browser downloads from a Vite production build of an app that uses tcim: the JS and
// wasm files the page actually fetches, each counted as `gzip -9` would send it. Used by
// `node scripts/bench.mjs size`; needs a built pkg/ (bash scripts/build.sh).
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, extname, normalize, resolve } from "node:path";
import { execFileSync } from "node:child_process";

/** Bytes of `file` as `gzip -9` writes it (Node's zlib at level 9 writes a few % more). */
export function gzip9(file) {
  return execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 64 << 20 }).length;
}

/** The apps measured: what each imports and does. */
export const APPS = {
  "validate + buildRequest": `
import init, { validate, buildRequest } from "tcim";
await init();
const v = validate("group_open_http_svc/set_unread_msg_num", { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 });
const r = buildRequest({ api: "openim/admin_set_msg_read", body: { Report_Account: "a", Peer_Account: "b" }, sdkAppId: 1400000000, identifier: "administrator", userSig: "x" });
document.getElementById("out").textContent = JSON.stringify([v.ok, r.method]);
`,
  Simulator: `
import { Simulator } from "tcim";
await Simulator.load();
const sim = new Simulator({ now: 1700000000 });
sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
const g = sim.call("group_open_http_svc/create_group", { Owner_Account: "a", Type: "Public", Name: "n", MemberList: [{ Member_Account: "b" }] });
document.getElementById("out").textContent = JSON.stringify([g.ErrorCode]);
`,
};

/** `{ app: { files: [[name, gzipBytes]], total } }` for each app, built against `pkg`. */
export async function downloads(root, pkg = join(root, "pkg")) {
  const { chromium } = await import("playwright-core");
  const dir = mkdtempSync(join(tmpdir(), "tcim-size-"));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const out = {};
  try {
    for (const [name, main] of Object.entries(APPS)) {
      const app = join(dir, name.replace(/\W+/g, "-"));
      mkdirSync(join(app, "node_modules"), { recursive: true });
      symlinkSync(resolve(pkg), join(app, "node_modules", "tcim"), "dir");
      writeFileSync(join(app, "package.json"), JSON.stringify({ name: "size-app", private: true, type: "module" }));
      writeFileSync(join(app, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><pre id="out">loading</pre><script type="module" src="/main.js"></script></body></html>`);
      writeFileSync(join(app, "main.js"), main);
      execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], { cwd: app, stdio: "inherit" });
      out[name] = await fetched(browser, join(app, "dist"));
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Loads the built app and counts the JS and wasm it fetches. */
async function fetched(browser, dist) {
  const server = createServer(async (req, res) => {
    const file = normalize(join(dist, req.url === "/" ? "index.html" : decodeURIComponent(req.url.split("?")[0])));
    try {
      const body = await readFile(file);
      const type = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" }[extname(file)] || "application/octet-stream";
      res.writeHead(200, { "Content-Type": type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const page = await browser.newPage();
  const urls = [];
  page.on("response", (r) => urls.push(new URL(r.url()).pathname));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById("out").textContent !== "loading");
    const text = await page.textContent("#out");
    if (!text.startsWith("[")) throw new Error(`the app failed: ${text}`);
  } finally {
    await page.close();
    server.close();
  }
  const files = urls.filter((u) => /\.(js|wasm)$/.test(u)).map((u) => [u.split("/").pop(), gzip9(join(dist, u))]);
  return { files, total: files.reduce((s, [, n]) => s + n, 0) };
}
