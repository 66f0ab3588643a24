// Packaging: `npm pack` the built package, install the tarball into fresh projects and use
// it as users do — Node ESM, Node CJS, TypeScript --strict, and a Vite build loaded in
// headless Chromium — and check it with publint.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveDir } from "../../scripts/static-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => join(root, "node_modules/.bin", name);
const work = mkdtempSync(join(tmpdir(), "tcim-pack-"));
let tarball;

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh project with the tarball installed (from the file: no registry involved). */
function project(name, pkgJson = {}) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, ...pkgJson }));
  sh("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", tarball], dir);
  return dir;
}

before(() => {
  const out = sh("npm", ["pack", "--json", "--pack-destination", work], join(root, "pkg"));
  tarball = join(work, JSON.parse(out)[0].filename);
});

after(() => rmSync(work, { recursive: true, force: true }));

test("the tarball holds what the package needs, and nothing else", () => {
  const listing = sh("tar", ["-tzf", tarball], work).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, "")).sort();
  for (const f of ["package.json", "README.md", "index.d.ts", "endpoints.d.ts", "node/index.cjs", "node/index.mjs", "web/index.js", "lib/api.mjs", "lib/api.cjs", "lib/serve.mjs", "bin/tcim.mjs", "wasm/node/tcim.js", "wasm/node/tcim_bg.wasm", "wasm/node/package.json", "wasm/web/tcim.js", "wasm/web/tcim_bg.wasm", "wasm/node-sig/tcim_sig.js", "wasm/node-sig/tcim_sig_bg.wasm", "wasm/web-sig/tcim_sig.js", "wasm/web-sig/tcim_sig_bg.wasm"]) {
    assert.ok(listing.includes(f), `${f} missing from the tarball`);
  }
  assert.ok(!listing.some((f) => f.endsWith(".d.ts") && f.startsWith("wasm/")), "internal wasm-bindgen typings stay out");
});

test("publint finds nothing", () => {
  const out = sh(bin("publint"), ["run", join(root, "pkg"), "--strict"], root);
  assert.doesNotMatch(out, /Error|Warning|Suggestion/, out);
});

test("Node ESM project", () => {
  const dir = project("esm-app", { type: "module" });
  writeFileSync(join(dir, "main.js"), `
import { validate, Simulator, genUserSig } from "tcim";
const sim = new Simulator({ now: 1700000000 });
sim.call("im_open_login_svc/account_import", { UserID: "bob" });
console.log(JSON.stringify([validate("openim/admin_set_msg_read", { Report_Account: "a", Peer_Account: "b" }).ok, sim.call("im_open_login_svc/account_check", { CheckItem: [{ UserID: "bob" }] }).ResultItem[0].AccountStatus, genUserSig({ sdkAppId: 1, key: "k", identifier: "a", time: 1 }).slice(0, 3)]));
`);
  assert.equal(sh(process.execPath, ["main.js"], dir).trim(), '[true,"Imported","eAE"]');
  // the CLI is installed as a bin
  assert.match(sh(join(dir, "node_modules/.bin/tcim"), ["errors", "10062"], dir), /^10062: /);
});

test("Node CommonJS project", () => {
  const dir = project("cjs-app");
  writeFileSync(join(dir, "main.js"), `
const { validate, errorInfo, endpoints } = require("tcim");
console.log(JSON.stringify([validate("group_open_http_svc/set_unread_msg_num", "{}").diagnostics.length, errorInfo(60007).code, endpoints().length]));
`);
  // As many endpoints as the generated request map names.
  const count = readFileSync(join(root, "pkg/endpoints.d.ts"), "utf8").match(/export interface Requests \{([^}]*)\}/)[1].split("\n").filter((l) => l.includes(":")).length;
  assert.equal(sh(process.execPath, ["main.js"], dir).trim(), `[3,60007,${count}]`);
});

test("TypeScript --strict project", () => {
  const dir = project("ts-app", { type: "module" });
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"] } }));
  writeFileSync(join(dir, "main.ts"), `
import { buildRequest, Simulator, type SetUnreadMsgNumRequest } from "tcim";
const body: SetUnreadMsgNumRequest = { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 };
const req = buildRequest({ api: "group_open_http_svc/set_unread_msg_num", body, sdkAppId: 1, identifier: "a", userSig: "s" });
const n: number | undefined = new Simulator().call("group_open_http_svc/get_group_msg_receipt", { GroupId: "g", MsgSeqList: [{ MsgSeq: 1 }] }).GroupMsgReceiptList?.[0]?.ReadNum;
console.log(req.url, n);
`);
  // CommonJS TypeScript resolves the "require" types (index.d.cts)
  writeFileSync(join(dir, "cjs.cts"), `import { validate, Simulator } from "tcim";\nconst ok: boolean = validate("a/b", {}).ok;\nconsole.log(ok, new Simulator().now());\n`);
  sh(bin("tsc"), ["-p", dir], dir);
  rmSync(join(dir, "cjs.cts"));
  writeFileSync(join(dir, "main.ts"), `import { validate } from "tcim";\nconst r: string = validate("a/b", {}).ok;\n`);
  assert.throws(() => sh(bin("tsc"), ["-p", dir], dir), (e) => /TS2322/.test(String(e.stdout)));
});

test("a Vite build runs in headless Chromium", async () => {
  const dir = project("vite-app", { type: "module" });
  writeFileSync(join(dir, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><pre id="out">loading</pre><script type="module" src="/main.js"></script></body></html>`);
  writeFileSync(join(dir, "main.js"), `
import init, { validate, Simulator, genUserSig, verifyUserSig } from "tcim";
await init();
const userSig = genUserSig({ sdkAppId: 1400000000, key: "k", identifier: "a", time: 1700000000 });
const verdict = verifyUserSig({ sdkAppId: 1400000000, key: "k", identifier: "a", userSig, now: 1700000001 });
// Before load(), the simulator says what to do.
let before = "";
try { new Simulator(); } catch (e) { before = e.code; }
await Simulator.load();
const sim = new Simulator({ now: 1700000000 });
sim.call("im_open_login_svc/multiaccount_import", { Accounts: ["a", "b"] });
const g = sim.call("group_open_http_svc/create_group", { Owner_Account: "a", Type: "Public", Name: "n", MemberList: [{ Member_Account: "b" }] });
document.getElementById("out").textContent = JSON.stringify({ before, valid: validate("group_open_http_svc/set_unread_msg_num", '{"GroupId":"g","Member_Account":"b","UnreadMsgNum":-1}').diagnostics[0].code, group: g.ErrorCode, signed: verdict.ok });
`);
  sh(bin("vite"), ["build", "--logLevel", "error"], dir);
  const dist = join(dir, "dist");
  const assets = readdirSync(join(dist, "assets"));
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 3, "Vite emitted the core, UserSig and simulator modules as assets");
  // An app that only validates carries neither the UserSig module nor the simulator's.
  const lean = project("vite-lean-app", { type: "module" });
  writeFileSync(join(lean, "index.html"), `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/main.js"></script></body></html>`);
  writeFileSync(join(lean, "main.js"), `import init, { validate } from "tcim";\nawait init();\nconsole.log(validate("openim/sendmsg", "{}").ok);\n`);
  sh(bin("vite"), ["build", "--logLevel", "error"], lean);
  // (Vite emits every wasm file it sees as an asset; what counts is what the app's code can fetch.)
  const leanJs = readdirSync(join(lean, "dist/assets")).filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(lean, "dist/assets", f), "utf8")).join("\n");
  assert.match(leanJs, /tcim_bg[-\w]*\.wasm/, "the core module is referenced");
  assert.doesNotMatch(leanJs, /tcim_sig_bg|tcim_sim_bg|tcim_sig\.js|tcim_sim\.js/, "the lean app never fetches the UserSig or simulator modules");
  const server = await serveDir(dist);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.getElementById("out").textContent !== "loading");
    assert.deepEqual(JSON.parse(await page.textContent("#out")), { before: "simulator_not_loaded", valid: "out_of_range", group: 0, signed: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
