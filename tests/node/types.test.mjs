// TypeScript users: the package's types (generated endpoint interfaces + API signatures)
// accept correct code and reject a misspelled wire field, under `tsc --strict`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync, copyFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsc = join(root, "node_modules/.bin/tsc");

function project(file) {
  const dir = mkdtempSync(join(tmpdir(), "tcim-ts-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(join(root, "pkg"), join(dir, "node_modules/tcim"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  copyFileSync(join(root, "tests/ts/tsconfig.json"), join(dir, "tsconfig.json"));
  copyFileSync(join(root, "tests/ts", file), join(dir, "main.ts"));
  return dir;
}

function compile(dir) {
  try {
    execFileSync(tsc, ["-p", dir], { encoding: "utf8", stdio: "pipe" });
    return { ok: true, out: "" };
  } catch (e) {
    return { ok: false, out: `${e.stdout}${e.stderr}` };
  }
}

test("correct usage compiles under --strict", () => {
  const dir = project("ok.ts");
  try {
    const r = compile(dir);
    assert.ok(r.ok, r.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a misspelled wire field does not compile", () => {
  const dir = project("bad.ts");
  try {
    const r = compile(dir);
    assert.equal(r.ok, false, "bad.ts compiled");
    assert.match(r.out, /UnreadMsgnum/);
    assert.match(r.out, /error TS/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("every name of the public contract is still exported (types from js/, emitted)", () => {
  const dir = project("contract.ts");
  try {
    const r = compile(dir);
    assert.ok(r.ok, r.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
