// The Python clients from PyPI (timsdk, tencentcloud-sdk-python-im), unmodified, against
// `tcim serve` with UserSig checks on. The venv is made by scripts/test.sh (TCIM_PYTHON
// points at its interpreter).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "../../pkg/lib/serve.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const python = process.env.TCIM_PYTHON ?? `${root}.venv-clients/bin/python`;
const SDKAPPID = 1400000001;
const KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/** Runs one client script against a fresh `tcim serve` with UserSig checks on. */
async function runScript(name) {
  assert.ok(existsSync(python), `no Python venv at ${python}: run bash scripts/test.sh (it makes one)`);
  const running = await startServer({ port: 0, sdkAppId: SDKAPPID, secretKey: KEY, log: () => {} });
  try {
    const script = fileURLToPath(new URL(name, import.meta.url));
    // Asynchronous: the server answers from this process's event loop.
    const out = await new Promise((resolve) => {
      const child = spawn(python, [script, running.url.replace(/\/$/, ""), String(SDKAPPID), KEY], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal(out.status, 0, `${out.stdout}\n${out.stderr}`);
    assert.match(out.stdout, /^ok: \d+ /m);
  } finally {
    await running.close();
  }
}

test("timsdk and tencentcloud-sdk-python-im: every people method answers as the clients expect", () => runScript("people_clients.py"));
test("timsdk and tencentcloud-sdk-python-im: the group-administration methods answer as the clients expect", () => runScript("group_clients.py"));
test("timsdk and tencentcloud-sdk-python-im: the read-state and membership methods answer as the clients expect", () => runScript("core_clients.py"));
