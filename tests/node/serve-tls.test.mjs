// `tcim serve --tls`: HTTPS with a local authority made at start, trusted by a client only when
// told to (the CA a client is given, NODE_EXTRA_CA_CERTS, curl --cacert); `--tls-cert/--tls-key`
// for the user's own certificate; `tcim exec --tls` points the command at the authority; the
// flags refuse what does not go together. Servers listen on 127.0.0.1 only.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { request } from "node:https";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../pkg/lib/serve.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "pkg/bin/tcim.mjs");
const dir = mkdtempSync(join(tmpdir(), "tcim-tls-"));
const children = new Set();
after(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const QUERY = "sdkappid=1400000000&identifier=administrator&usersig=x&random=1&contenttype=json";
const CHECK = { path: `/v4/im_open_login_svc/account_check?${QUERY}`, body: JSON.stringify({ CheckItem: [{ UserID: "nobody" }] }) };

/** POSTs CHECK over HTTPS; resolves to the answer's JSON, rejects with the TLS error.
 * @param {string} url @param {{ ca?: string, servername?: string }} [tls] */
function post(url, tls = {}) {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname.replace(/^\[|\]$/g, ""), port: u.port, path: CHECK.path, method: "POST", ...tls, agent: false }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => ok(JSON.parse(text)));
    });
    req.on("error", fail);
    req.end(CHECK.body);
  });
}

test("startServer({ tls: true }): an https:// URL, a CA-signed certificate for localhost, 127.0.0.1 and ::1; trusted only with the CA", async () => {
  const running = await startServer({ port: 0, tls: true, log: () => {} });
  try {
    assert.match(running.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(running.ca, "the authority's certificate is returned");
    const ca = new X509Certificate(running.ca);
    assert.equal(ca.ca, true);
    // The server presents a leaf signed by that authority (not the authority itself).
    const leaf = await new Promise((ok, fail) => {
      const req = request({ host: "127.0.0.1", port: new URL(running.url).port, path: "/", ca: running.ca, agent: false }, (res) => {
        ok(/** @type {import("node:tls").TLSSocket} */ (res.socket).getPeerX509Certificate());
        res.resume();
      });
      req.on("error", fail);
      req.end();
    });
    assert.equal(leaf.ca, false);
    assert.ok(leaf.verify(ca.publicKey), "the leaf is signed by the authority");
    assert.equal(leaf.checkHost("localhost"), "localhost");
    assert.equal(leaf.checkIP("127.0.0.1"), "127.0.0.1");
    assert.equal(leaf.checkIP("::1"), "::1");
    assert.equal(leaf.checkHost("example.com"), undefined);

    // Trusted: the request goes through (by IP, and by the name localhost).
    assert.equal((await post(running.url, { ca: running.ca })).ErrorCode, 0);
    assert.equal((await post(running.url, { ca: running.ca, servername: "localhost" })).ErrorCode, 0);
    // Not trusted: the handshake fails, and nothing reaches the simulator.
    const before = running.sim.inspect();
    await assert.rejects(post(running.url), (e) => /** @type {any} */ (e).code === "SELF_SIGNED_CERT_IN_CHAIN" || /** @type {any} */ (e).code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    // Another run's authority is not this one's.
    const other = await startServer({ port: 0, tls: true, log: () => {} });
    try {
      await assert.rejects(post(running.url, { ca: other.ca }), /certificate|signature/i);
    } finally {
      await other.close();
    }
    assert.deepEqual(running.sim.inspect(), before);
  } finally {
    await running.close();
  }
});

/** `tcim serve` with `args`; resolves once it prints its URL. */
function serve(args, env = {}) {
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  children.add(child);
  child.on("exit", () => children.delete(child));
  let out = "";
  return new Promise((ok, fail) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on (https?:\/\/127\.0\.0\.1:\d+)/);
      if (m) ok({ child, url: m[1], out });
    });
    child.on("exit", (code) => fail(new Error(`serve exited ${code}: ${out}`)));
  });
}

/** Node's fetch in a child process, with `env` (NODE_EXTRA_CA_CERTS is read at start). */
function childFetch(url, env = {}) {
  const script = `fetch(${JSON.stringify(url + CHECK.path)}, { method: "POST", body: ${JSON.stringify(CHECK.body)} }).then(r => r.json()).then(j => console.log(j.ErrorCode), e => { console.log("failed", e.cause?.code); process.exit(1); })`;
  const env2 = { ...process.env, ...env };
  if (!env.NODE_EXTRA_CA_CERTS) delete env2.NODE_EXTRA_CA_CERTS;
  return spawnSync(process.execPath, ["-e", script], { env: env2, encoding: "utf8" });
}

test("tcim serve --tls --tls-cert-out: prints its https:// URL; Node (NODE_EXTRA_CA_CERTS) and curl (--cacert) trust the written certificate, and without it fail", async () => {
  const caFile = join(dir, "ca.pem");
  const ready = join(dir, "ready");
  const { child, url, out } = await serve(["--tls", "--tls-cert-out", caFile, "--ready-file", ready]);
  assert.match(out, /^tcim serve: listening on https:\/\/127\.0\.0\.1:\d+ .*TLS certificate authority in /);
  assert.equal(readFileSync(ready, "utf8").trim(), url);
  assert.match(readFileSync(caFile, "utf8"), /^-----BEGIN CERTIFICATE-----\n/);

  const trusted = childFetch(url, { NODE_EXTRA_CA_CERTS: caFile });
  assert.equal(trusted.status, 0, trusted.stdout + trusted.stderr);
  assert.equal(trusted.stdout.trim(), "0");
  const untrusted = childFetch(url);
  assert.equal(untrusted.status, 1);
  assert.match(untrusted.stdout, /failed (SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/);

  const curl = (...extra) => spawnSync("curl", ["-s", "-X", "POST", ...extra, "--data-binary", CHECK.body, `${url}${CHECK.path}`], { encoding: "utf8" });
  const ok = curl("--cacert", caFile);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).ErrorCode, 0);
  assert.equal(curl().status, 60, "curl: peer certificate cannot be authenticated with known CA certificates");
  child.kill("SIGTERM");
});

test("tcim serve --tls-cert/--tls-key: serves the user's own certificate", async () => {
  const [cert, key] = [join(dir, "own.pem"), join(dir, "own.key")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", key, "-out", cert], { stdio: "ignore" });
  const { child, url } = await serve(["--tls-cert", cert, "--tls-key", key]);
  assert.match(url, /^https:/);
  assert.equal((await post(url, { ca: readFileSync(cert, "utf8") })).ErrorCode, 0);
  await assert.rejects(post(url));
  child.kill("SIGTERM");
});

test("tcim exec --tls: TCIM_URL is https:// and the command trusts the authority (TCIM_CA_FILE, SSL_CERT_FILE, NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE), removed afterwards", () => {
  const script = `const v = ["TCIM_CA_FILE", "SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS", "REQUESTS_CA_BUNDLE"].map(n => process.env[n]);
if (new Set(v).size !== 1 || !v[0]) { console.log("variables", v); process.exit(3); }
fetch(process.env.TCIM_URL + ${JSON.stringify(CHECK.path)}, { method: "POST", body: ${JSON.stringify(CHECK.body)} }).then(r => r.json()).then(j => console.log(process.env.TCIM_URL, j.ErrorCode, v[0]), e => { console.log("failed", e.cause?.code); process.exit(1); })`;
  const r = spawnSync(process.execPath, [bin, "exec", "--tls", "--", process.execPath, "-e", script], { encoding: "utf8", env: { ...process.env, NODE_EXTRA_CA_CERTS: "" } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const [url, code, file] = r.stdout.trim().split(" ");
  assert.match(url, /^https:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(code, "0");
  assert.equal(existsSync(file), false, "the certificate's temporary file is removed with the server");
});

test("the TLS flags refuse what does not go together, with a clear error (exit 2)", () => {
  const run = (...args) => spawnSync(process.execPath, [bin, "serve", "--port", "0", ...args], { encoding: "utf8", timeout: 10_000 });
  const cases = [
    [["--tls", "--tls-cert", "c.pem", "--tls-key", "k.pem"], /--tls makes its own certificate; --tls-cert\/--tls-key serve yours: give one or the other/],
    [["--tls-cert", "c.pem"], /--tls-cert and --tls-key go together: give both/],
    [["--tls-key", "k.pem"], /--tls-cert and --tls-key go together: give both/],
    [["--tls-cert-out", join(dir, "x.pem")], /--tls-cert-out writes the certificate that --tls makes: add --tls/],
    [["--tls-cert", join(dir, "missing.pem"), "--tls-key", join(dir, "missing.key")], /cannot read .*missing\.pem/],
  ];
  for (const [args, message] of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
    assert.doesNotMatch(r.stdout, /listening/);
  }
  assert.equal(existsSync(join(dir, "x.pem")), false);
  // In Chinese too.
  const zh = spawnSync(process.execPath, [bin, "--lang", "zh-CN", "serve", "--tls-cert", "c.pem"], { encoding: "utf8", timeout: 10_000 });
  assert.equal(zh.status, 2);
  assert.match(zh.stderr, /--tls-cert 和 --tls-key 必须同时给出/);
});
