// The JS validators take every message and limit from the Rust table (src/vocab/messages.rs,
// generated into lib/generated.js): lib/diagnose.js states none of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../../js/lib/diagnose.js", import.meta.url), "utf8")
  // comments say what the code does in words; only code counts here
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\/\/.*$/gm, "");

test("diagnose.js holds no message text", () => {
  const literals = source.match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
  const prose = literals.filter((l) => /[a-z]+ [a-z]+ [a-z]+/i.test(l));
  assert.deepEqual(prose, [], "message text belongs in src/vocab/messages.rs");
});

test("diagnose.js holds no limit of its own", () => {
  // A value, a length or a depth compared with a number is a rule's bound (group IDs' 48
  // bytes, quoted values' 40 characters, Unix seconds' 10 digits, the depth left to wasm):
  // it comes from LIMITS. (The scanner compares character codes `c` and bytes `b[…]`; 0 and
  // 1 test emptiness and signs; 15 digits is how long an integer the scanner reads itself.)
  const bounds = source.match(/(\.length|\bv|\bd|\bn)\s*(<|>|<=|>=)\s*\d+/g) ?? [];
  assert.deepEqual(bounds.filter((b) => !/\s[01]$/.test(b) && !/\bn\s*>\s*15$/.test(b)), []);
  assert.doesNotMatch(source, /4294967295/);
});
