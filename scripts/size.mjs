// What a browser downloads from a Vite production build of an app that uses tcim: the JS and
// wasm files the page actually fetches, each counted as `gzip -9` would send it. Used by
// `node scripts/bench.mjs size`; needs a built pkg/ (bash scripts/build.sh).
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serveDir } from "./static-server.mjs";
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
  "validate + buildRequest + genUserSig": `
import init, { validate, buildRequest, genUserSig } from "tcim";
await init();
const v = validate("group_open_http_svc/set_unread_msg_num", { GroupId: "g", Member_Account: "b", UnreadMsgNum: 1 });
const userSig = genUserSig({ sdkAppId: 1400000000, key: "k", identifier: "administrator" });
const r = buildRequest({ api: "openim/admin_set_msg_read", body: { Report_Account: "a", Peer_Account: "b" }, sdkAppId: 1400000000, identifier: "administrator", userSig });
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
  const server = await serveDir(dist);
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

/** What one endpoint adds: the crate built with and without `api`'s row in the catalog list
 * (the handler table is built from that list, so its handler and its tables then go unused
 * and LTO drops them), each module through
 * wasm-bindgen and `wasm-opt -Oz`, and the generated JS minified; `gzip -9` bytes of each. */
export function endpointCost(root, api) {
  const [service, command] = api.split("/");
  const dir = mkdtempSync(join(tmpdir(), "tcim-endpoint-"));
  const bin = (name) => join(root, "node_modules/.bin", name);
  // Each crate its own target folder: cargo copies a build's final files to one path per
  // target folder, and would hand one crate's files to the other.
  const measure = (crate, target) => {
    const out = {};
    for (const feature of ["core", "simulator"]) {
      execFileSync("cargo", ["build", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "--lib", "--no-default-features", "--features", feature], { cwd: crate, env: { ...process.env, CARGO_TARGET_DIR: target }, stdio: "ignore" });
      const glue = join(dir, `glue-${feature}`);
      execFileSync("wasm-bindgen", [join(target, "wasm32-unknown-unknown/release/tcim.wasm"), "--target", "web", "--out-dir", glue, "--out-name", "m"]);
      execFileSync(bin("wasm-opt"), ["-Oz", join(glue, "m_bg.wasm"), "-o", join(glue, "o.wasm")]);
      out[feature] = gzip9(join(glue, "o.wasm"));
    }
    // What validation generates per endpoint: the shared tables and the diagnosers of objects
    // and of JSON text, each a module of its own (build.sh), each minified and compressed.
    out.js = 0;
    for (const module of ["checks", "object-checks", "text-checks"]) {
      const js = join(dir, `${module}.js`);
      writeFileSync(js, execFileSync("cargo", ["run", "--quiet", "--bin", "tcim-codegen", "--", module], { cwd: crate, env: { ...process.env, CARGO_TARGET_DIR: target }, maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] }));
      execFileSync(bin("esbuild"), [js, "--minify", "--log-level=error", `--outfile=${js}.min.js`]);
      out.js += gzip9(`${js}.min.js`);
    }
    return out;
  };
  try {
    const without = join(dir, "without");
    mkdirSync(without);
    for (const f of ["Cargo.toml", "Cargo.lock", "src", "benches"]) execFileSync("cp", ["-r", join(root, f), without]);
    const edit = (file, from, to) => {
      const path = join(without, file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file} has no "${from.trim()}"`);
      writeFileSync(path, text.replace(from, to));
    };
    // Out of the catalog list; the module stays declared, since the simulator's code names its types.
    const row = new RegExp(`\\n    ${service}::${command}::\\w+,`).exec(readFileSync(join(without, "src/api/mod.rs"), "utf8"));
    if (!row) throw new Error(`src/api/mod.rs lists no ${api}`);
    edit("src/api/mod.rs", row[0], "");
    const a = measure(root, join(root, "target"));
    const b = measure(without, join(root, "target/size-without"));
    return { core: a.core - b.core, simulator: a.simulator - b.simulator, js: a.js - b.js };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
