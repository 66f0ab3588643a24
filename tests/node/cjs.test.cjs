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
