// The built package through its CommonJS entry, and ESM + CJS sharing one instance.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const tcim = require("../../pkg/node/index.cjs");

test("CJS require works with no init", () => {
  const r = tcim.validate("openim/admin_set_msg_read", '{"Report_Account":"dramon1","Peer_Account":"dramon2"}');
  assert.deepEqual(r, { ok: true, diagnostics: [] });
  assert.equal(tcim.errorInfo(90001).code, 90001);
  const eps = tcim.endpoints();
  assert.ok(eps.length > 0 && eps.every((e) => tcim.validate(e.api, e.sample).ok), "every sample validates");
  assert.throws(() => tcim.buildRequest({ api: "openim/sendmsg", body: {}, sdkAppId: 1, identifier: "a", userSig: "s" }), tcim.TcimError);
});

test("ESM and CJS entries are the same module", async () => {
  const esm = await import("../../pkg/node/index.mjs");
  assert.equal(esm.validate, tcim.validate);
  assert.equal(esm.TcimError, tcim.TcimError);
  assert.equal(esm.Simulator, tcim.Simulator);
});

test("Node's entry parses its large generated files only when a call needs them", () => {
  // In a fresh process: require + one text validated (the CLI's case) loads neither set of
  // diagnosers nor the catalog; the second text loads the text ones, an object the object
  // ones, endpoints() the catalog. (docs/decisions.md, Sizes: start-up.)
  const { execFileSync } = require("node:child_process");
  const script = `
    const tcim = require(${JSON.stringify(require.resolve("../../pkg/node/index.cjs"))});
    const loaded = () => ["text-diagnosers", "object-diagnosers", "catalog-data"].filter((f) => Object.keys(require.cache).some((k) => k.endsWith("/lib/" + f + ".cjs")));
    const steps = [["require", loaded()]];
    const text = '{"Report_Account":"","Peer_Account":"b"}';
    const first = tcim.validate("openim/admin_set_msg_read", text);
    steps.push(["first text", loaded()]);
    const second = tcim.validate("openim/admin_set_msg_read", text);
    steps.push(["second text", loaded()]);
    tcim.validate("openim/admin_set_msg_read", { Report_Account: "a", Peer_Account: "b" });
    steps.push(["an object", loaded()]);
    tcim.endpoints();
    steps.push(["endpoints()", loaded()]);
    console.log(JSON.stringify({ steps, same: JSON.stringify(first) === JSON.stringify(second), first }));`;
  const out = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
  assert.deepEqual(out.steps, [
    ["require", []],
    ["first text", []],
    ["second text", ["text-diagnosers"]],
    ["an object", ["text-diagnosers", "object-diagnosers"]],
    ["endpoints()", ["text-diagnosers", "object-diagnosers", "catalog-data"]],
  ]);
  assert.equal(out.same, true, "wasm's answer and the JS diagnosers' are the same");
  assert.equal(out.first.diagnostics[0]?.code, "empty_string");
});
