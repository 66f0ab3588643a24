// The JS validators take every message and limit from the Rust table (src/vocab/messages.rs,
// generated into lib/generated.js): lib/diagnose.js, the modules it is made of and the JS
// helper of each rule kind (the `JS` of its file under src/vocab/kinds/) state none of their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const kinds = "src/vocab/kinds/";
const kindJs = readdirSync(new URL(`../../${kinds}`, import.meta.url))
  .map((file) => read(kinds + file).match(/pub const JS: &str = r#"([\s\S]*?)"#;/)?.[1] ?? "")
  .join("\n");
assert.match(kindJs, /function str\(/, "the kinds' JS is found");
const source = ["diagnose.js", "text-scanner.js", "fixes.js"].map((f) => read(`js/lib/${f}`)).concat(kindJs).join("\n")
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
