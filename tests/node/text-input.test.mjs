// JSON text is read in JS (lib/diagnose.js `diagnoseText`) wherever the generated scanner is
// sure to answer as the Rust validator does, and crosses into wasm otherwise. Whatever the
// route, `validate(api, text)` must answer exactly what wasm answers for the text, line and
// column included: random texts for every endpoint, written in every layout, with the things
// JSON text can say that a JS object cannot (repeated keys, 5.0, escapes, big integers).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { validate as packageValidate, endpoints } from "../../pkg/node/index.mjs";
import { validate, crossingsSoFar, wasmText, random, keysOf, everyPlace } from "./routes.mjs";

const { rand, pick } = random(0x6d2b79f5);

// Raw JSON values, as text: some only text can hold.
const RAW = [
  "null", "true", "false", "0", "1", "5", "-1", "-5", "5.0", "1e2", "1E2", "-0", "0.5", "01", "9007199254740991", "9007199254740993",
  "18446744073709551616", "123456789012345", "1234567890123456", "-9223372036854775808", "4294967295", "4294967296", "200", "201", "6001",
  '""', '"bob"', '"dramon1"', '"@TGS#2CLUZEAEJ"', '"@TGS#_x"', '"12345"', '"1700000000"', '"17000000001"', '"soon"', '"Public"', '"Work"',
  '"TIMTextElem"', '"中文群"', '"é😀"', '"\\ud800"', '"\\u0041"', '"a\\"b"', '"a\\\\b"', '"a\\nb"', '"a\\/b"', '"a\\qb"', `"${"a".repeat(33)}"`,
  `"${"é".repeat(17)}"`, `"${"a".repeat(49)}"`, `"${"😀".repeat(41)}"`, "[]", "[1]", '[{"MsgSeq":1}]', '[{"MsgSeq":"1"}]', "[{}]", "{}",
  '{"MsgSeq":2}', '{"Text":"hi","Nested":[1,{"a":[true,null]}]}', '{"a":"\\u00e9"}', `[${Array.from({ length: 101 }, (_, i) => `"u${i}"`).join(",")}]`,
];

// A body as text, member by member, so keys can repeat and values be any raw text.
function write(v, ws) {
  if (typeof v === "string" && v.startsWith("\u0000raw:")) return v.slice(5);
  if (Array.isArray(v)) return `[${ws.in}${v.map((x) => write(x, ws)).join(`,${ws.sep}`)}${ws.out}]`;
  if (v && typeof v === "object") {
    const members = v instanceof Members ? v.list : Object.entries(v);
    return `{${ws.in}${members.map(([k, x]) => `${JSON.stringify(k)}${ws.colon}${write(x, ws)}`).join(`,${ws.sep}`)}${ws.out}}`;
  }
  return JSON.stringify(v);
}
class Members {
  constructor(list) {
    this.list = list;
  }
}
const raw = (text) => `\u0000raw:${text}`;
const LAYOUTS = [
  { in: "", out: "", sep: "", colon: ":" },
  { in: "\n  ", out: "\n", sep: "\n  ", colon: ": " },
  { in: "\r\n\t", out: "\r\n", sep: "\r\n\t", colon: " :\t" },
  { in: " ", out: " ", sep: " ", colon: " : " },
];

function mutate(v, keys, depth = 0) {
  if (Array.isArray(v)) {
    const out = v.map((x) => (rand(5) === 0 ? raw(pick(RAW)) : mutate(x, keys, depth + 1)));
    if (rand(4) === 0 && out.length) out.push(structuredClone(v[0]));
    return out;
  }
  if (v === null || typeof v !== "object") return v;
  const list = [];
  for (const [k, x] of Object.entries(v)) {
    if (rand(7) === 0) continue; // drop a member
    list.push([k, rand(4) === 0 ? raw(pick(RAW)) : mutate(x, keys, depth + 1)]);
  }
  if (rand(5) === 0) list.splice(rand(list.length + 1), 0, [pick(keys), raw(pick(RAW))]);
  if (rand(12) === 0 && list.length) list.push([list[0][0], raw(pick(RAW))]); // a repeated key
  return new Members(list);
}

// Ways to spoil a text as a whole.
const SPOIL = [(t) => t.slice(0, -1), (t) => t + "x", (t) => "\ufeff" + t, (t) => t.replace("}", ",}"), (t) => t.replace(":", ""), (t) => `[${t}]`, (t) => t + "\n\n", (t) => t.replace('"', '"\\u0041')];

test("JSON text validates exactly as wasm validates it, on random texts for every endpoint", () => {
  let total = 0;
  let clean = 0;
  let inJs = 0;
  let findingsInJs = 0;
  const codesInJs = new Set();
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const keys = [...keysOf(sample, new Set(["x", "groupid", "Group_Id", "MsgReadTime", "MsgReadedTime", "Identifier", "__proto__", "ключ"]))];
    for (let i = 0; i < 800; i++) {
      let text = write(i === 0 ? sample : mutate(sample, keys), pick(LAYOUTS));
      if (rand(15) === 0) text = pick(SPOIL)(text);
      total++;
      const before = crossingsSoFar();
      // Every other case asks for quick fixes, which must agree too.
      const fixes = i % 2 === 1;
      const got = validate(e.api, text, { fixes });
      const answeredInJs = crossingsSoFar() === before;
      assert.deepEqual(got, wasmText(e.api, text, fixes), `${e.api} case ${i}: ${text}`);
      if (i < 50) assert.deepEqual(packageValidate(e.api, text, { fixes }), got);
      if (got.diagnostics.length === 0) clean++;
      if (answeredInJs) {
        inJs++;
        if (got.diagnostics.length > 0) findingsInJs++;
        for (const d of got.diagnostics) codesInJs.add(d.code);
      }
    }
  }
  // Both kinds of answer, and both routes, must be well represented, or the comparison
  // proves little.
  console.log(`${total} texts: ${clean} clean, ${inJs} answered in JS, ${findingsInJs} of them with findings`);
  assert.ok(clean > total / 10 && clean < total * 0.9, `${clean} clean of ${total}`);
  assert.ok(inJs > total / 3 && inJs < total, `${inJs} of ${total} answered in JS`);
  assert.ok(findingsInJs > total / 5, `${findingsInJs} of ${total} diagnosed in JS`);
  const expected = ["wrong_type", "out_of_range", "missing_field", "unknown_field", "legacy_field", "empty_string", "too_long", "invalid_enum", "not_digits", "type_drift", "too_few_items", "too_many_items", "clamped"];
  assert.deepEqual(expected.filter((c) => !codesInJs.has(c)), [], `codes diagnosed in JS: ${[...codesInJs].sort().join(", ")}`);
});

test("every raw value in every place of every sample validates as wasm validates it", () => {
  // The random test may never put a given boundary value where a rule meets it.
  let compared = 0;
  everyPlace(RAW.map(raw), (e, body, path) => {
    const text = write(body, LAYOUTS[compared % LAYOUTS.length]);
    compared++;
    assert.deepEqual(validate(e.api, text), wasmText(e.api, text), `${e.api} at /${path.join("/")}: ${text}`);
  });
  assert.ok(compared > 5000, `${compared} compared`);
});

test("line and column count lines by \\n and columns in UTF-16 units, as wasm does", () => {
  const api = "group_open_http_svc/set_unread_msg_num";
  const texts = [
    '{\n  "GroupId": "@TGS#2CLUZEAEJ",\n  "Member_Account": 7,\n  "UnreadMsgNum": -5\n}',
    '{"x":"😀😀","Member_Account":"中中中中中中中中中中中",\r\n"GroupId":"@TGS#x", "UnreadMsgNum":5}',
    '{"UnreadMsgNum":\n\n\n-5}',
  ];
  for (const text of texts) {
    const before = crossingsSoFar();
    const got = validate(api, text);
    assert.equal(crossingsSoFar(), before, `answered in JS: ${text}`);
    assert.deepEqual(got, wasmText(api, text), text);
    assert.ok(got.diagnostics.length > 0 && got.diagnostics.every((d) => d.line >= 1 && d.column >= 1));
  }
  const [wrongType] = validate(api, texts[0]).diagnostics.filter((d) => d.code === "wrong_type");
  assert.deepEqual([wrongType.line, wrongType.column], [3, 21]);
});

test("what the scanner leaves to wasm is answered by wasm", () => {
  const api = "openim/admin_set_msg_read";
  for (const text of [
    '{"Report_Account":"a","Peer_Account":"b","Report_Account":"c"}', // repeated key
    '{"Report_Account":"a\\u0041","Peer_Account":5.0}', // escape, fraction
    '{"Report_Account":"a","Peer_Account":"b"', // cut short
    '["Report_Account"]', // not an object
    `{"Report_Account":"a","Peer_Account":"b","x":${"[".repeat(80)}${"]".repeat(80)}}`, // deep
  ]) {
    const before = crossingsSoFar();
    assert.deepEqual(validate(api, text), wasmText(api, text), text);
    assert.equal(crossingsSoFar(), before + 1, `crossed into wasm: ${text}`);
  }
});

test("texts of any size and alphabet are read in JS, one after another", () => {
  // The scanner keeps one buffer for ASCII texts and one for the rest, up to 64 KiB: past
  // that a text gets buffers of its own. Alternate sizes and alphabets, so each follows
  // one of the other kind.
  const api = "openim/admin_set_msg_read";
  const texts = [];
  for (const filler of ["a", "中", "😀"]) {
    for (const size of [0, 10, 40000, 70000]) {
      texts.push(`{"Report_Account":"","Peer_Account":"b","Note":"${filler.repeat(size)}","MsgReadTime":"soon"}`);
      texts.push(`{"Report_Account":"r","Peer_Account":"b","Note":"${filler.repeat(size)}"}`);
    }
  }
  for (const text of [...texts, ...texts.reverse()]) {
    const before = crossingsSoFar();
    assert.deepEqual(validate(api, text), wasmText(api, text), text.slice(0, 80));
    assert.equal(crossingsSoFar(), before, `answered in JS: ${text.slice(0, 80)}`);
  }
});

test("texts cut, spliced and sprinkled character by character validate as wasm validates them", () => {
  // Below the level of JSON values: whatever the scanner makes of a broken or odd text, it
  // must either answer as wasm does or leave the text to wasm, never throw.
  const bits = ["{", "}", "[", "]", '"', ":", ",", "\\", " ", "\n", "0", "-", "7", "e", ".", "t", "n", "é", "\ud800", "😀", "\u0000", "\u2028"];
  let compared = 0;
  let inJs = 0;
  for (const e of endpoints()) {
    const sample = JSON.stringify(JSON.parse(e.sample), null, rand(2) ? 2 : 0);
    for (let i = 0; i < 300; i++) {
      let text = sample;
      for (let edits = 1 + rand(3); edits > 0; edits--) {
        const at = rand(text.length + 1);
        switch (rand(3)) {
          case 0: // insert a character
            text = text.slice(0, at) + pick(bits) + text.slice(at);
            break;
          case 1: // delete a few
            text = text.slice(0, at) + text.slice(at + 1 + rand(3));
            break;
          default: // repeat a piece elsewhere
            text = text.slice(0, at) + text.slice(rand(text.length), rand(text.length)) + text.slice(at);
        }
      }
      const before = crossingsSoFar();
      assert.deepEqual(validate(e.api, text), wasmText(e.api, text), `${e.api}: ${JSON.stringify(text)}`);
      compared++;
      if (crossingsSoFar() === before) inJs++;
    }
  }
  console.log(`${compared} edited texts, ${inJs} answered in JS`);
  // Some edits leave a text the scanner reads (a changed value, spaces): those count most.
  assert.ok(inJs > compared / 10, `${inJs} of ${compared} answered in JS`);
});

test("the text diagnosers are a file of their own, imported on the first text validated; wasm answers until they arrive", async () => {
  // createApi's default source, as the browser entry has it: an app that validates only
  // objects never downloads lib/text-diagnosers.* (scripts/size.mjs measures such an app).
  const { createApi } = await import("../../pkg/lib/api.mjs?lazy-text"); // (a module of its own: the others have loaded them)
  const wasm = createRequire(import.meta.url)("../../pkg/wasm/node/tcim.js");
  let crossings = 0;
  const counted = { ...wasm, validateInput: (...a) => (crossings++, wasm.validateInput(...a)), validateText: (...a) => (crossings++, wasm.validateText(...a)) };
  const { validate: lazy } = createApi(counted);
  const api = "openim/admin_set_msg_read";
  const text = '{"Report_Account":"","Peer_Account":"b","MsgReadTime":"soon"}';
  // An object first: the object diagnosers answer, and nothing asks for the text file.
  assert.deepEqual(lazy(api, { Report_Account: "a", Peer_Account: "b" }), { ok: true, diagnostics: [] });
  assert.equal(crossings, 0);
  assert.deepEqual(lazy(api, text), wasmText(api, text), "the first text: wasm's answer");
  assert.equal(crossings, 1, "the first text crossed into wasm");
  // The import settles within a few turns of the event loop: validate until one stays in JS.
  let inJs = false;
  for (let i = 0; i < 200 && !inJs; i++) {
    await new Promise((r) => setTimeout(r, 5));
    const before = crossings;
    assert.deepEqual(lazy(api, text), wasmText(api, text), "the same answer either way");
    inJs = crossings === before;
  }
  assert.ok(inJs, "once imported, text is answered in JS");
});
