// A user's Node suite as `tcim exec -- node --test suite.mjs` runs it: it knows the server
// only by the variables tcim exec sets, and uses the control API between tests.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";

const { TCIM_URL, TCIM_SDKAPPID, TCIM_ADMIN, TCIM_USERSIG } = process.env;
const call = (api, body) =>
  fetch(`${TCIM_URL}/v4/${api}?sdkappid=${TCIM_SDKAPPID}&identifier=${TCIM_ADMIN}&usersig=${encodeURIComponent(TCIM_USERSIG)}&random=1&contenttype=json`, { method: "POST", body: JSON.stringify(body) }).then((r) => r.json());

beforeEach(() => fetch(`${TCIM_URL}/_tcim/reset`, { method: "POST" }));

test("an import is seen", async () => {
  assert.equal((await call("im_open_login_svc/account_import", { UserID: "alice" })).ErrorCode, 0);
  const r = await call("im_open_login_svc/account_check", { CheckItem: [{ UserID: "alice" }] });
  assert.equal(r.ResultItem[0].AccountStatus, "Imported");
});

test("each test starts from an empty world (the control API reset it)", async () => {
  const r = await call("im_open_login_svc/account_check", { CheckItem: [{ UserID: "alice" }] });
  assert.equal(r.ResultItem[0].AccountStatus, "NotImported");
});
