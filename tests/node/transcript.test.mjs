// The transcript's bodies (tests/data/transcript.jsonl, recorded by tests/transcript.rs) through
// the package: `validate(api, text)` must give exactly the recorded diagnostics (with line and
// column), and `validate(api, object)` the diagnostics recorded in transcript-objects.jsonl.
// TCIM_BLESS=1 records the object answers again (only on purpose: say why in the commit).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { validate } from "../../pkg/node/index.mjs";

const data = new URL("../data/", import.meta.url);
const objectsPath = new URL("transcript-objects.jsonl", data);
const bodies = readFileSync(new URL("transcript.jsonl", data), "utf8")
  .split("\n")
  .filter((line) => line.startsWith('{"answer"') && line.includes('"t":"body"'))
  .map((line) => JSON.parse(line));

test("every transcript body validates as recorded, as text and as an object", () => {
  assert.ok(bodies.length > 3000, `only ${bodies.length} bodies`);
  const objects = [];
  let differences = 0;
  for (const { api, body, validate: recorded } of bodies) {
    assert.deepEqual(validate(api, body), recorded, `${api} ${body}`);
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      continue;
    }
    objects.push(JSON.stringify({ api, body, result: validate(api, value) }));
  }
  const text = objects.join("\n") + "\n";
  if (process.env.TCIM_BLESS || !existsSync(objectsPath)) {
    writeFileSync(objectsPath, text);
    return;
  }
  const recorded = readFileSync(objectsPath, "utf8").split("\n");
  const now = text.split("\n");
  for (let i = 0; i < Math.max(recorded.length, now.length); i++) {
    if (recorded[i] !== now[i]) {
      differences++;
      assert.equal(now[i], recorded[i], `object diagnostics differ at record ${i + 1}`);
    }
  }
  assert.equal(differences, 0);
});
