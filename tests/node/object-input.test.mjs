// Object input takes a generated JS quick check (from the Rust rule tables) and only crosses
// into wasm when that check is not sure. Whatever the route, validating an object must answer
// exactly what validating its JSON text answers (less line/column). Random objects for every
// endpoint: samples mutated with JS values JSON handles oddly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, endpoints, TcimError } from "../../pkg/node/index.mjs";

// Deterministic, so a failure names its case.
let seed = 0x2545f491;
function rand(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}
const pick = (xs) => xs[rand(xs.length)];

const deep = (n) => (n === 0 ? 1 : { a: deep(n - 1) });
const odd = () => [
  undefined, null, true, false, 0, -0, 1, 5, -1, 1.5, 5.0, NaN, Infinity, -Infinity, 3000, 4294967295, 4294967296,
  2 ** 53, 2 ** 53 + 2, 2 ** 63, 1e21, -(2 ** 53), "", "bob", "dramon1", "@TGS#2CLUZEAEJ", "@TGS#_x", "my group", "12345",
  "1700000000", "17000000001", "soon", "Public", "Work", "ChatRoom", "AVChatRoom", "Community", "TIMTextElem", "中文群",
  "é😀", "\ud800", "a\u0000b", "a".repeat(32), "a".repeat(33), "é".repeat(16), "é".repeat(17), "a".repeat(48), "a".repeat(49),
  [], [1], [{ MsgSeq: 1 }], [{ MsgSeq: "1" }], [{}], {}, { MsgSeq: 2 }, { Text: "hi" }, Object.create(null), new Date(0),
  () => 1, Symbol("s"), [undefined], [, 1], { toJSON: () => "x" }, deep(70), [{ MsgType: "TIMTextElem", MsgContent: { Text: "\ud800" } }],
];

function mutate(v, keys, depth = 0) {
  if (Array.isArray(v)) {
    const out = v.map((x) => (rand(5) === 0 ? pick(odd()) : mutate(x, keys, depth + 1)));
    if (rand(4) === 0 && out.length) out.push(structuredClone(v[0]));
    return out;
  }
  if (v === null || typeof v !== "object") return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (rand(7) === 0) continue; // drop a member
    out[k] = rand(4) === 0 ? pick(odd()) : mutate(x, keys, depth + 1);
  }
  if (rand(5) === 0) out[pick(keys)] = pick(odd());
  return out;
}

function keysOf(v, out) {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.add(k), keysOf(x, out);
  return out;
}

const strip = (r) => ({ ok: r.ok, diagnostics: r.diagnostics.map(({ line, column, ...d }) => d) });

test("an object validates exactly as its JSON text does, on random objects for every endpoint", () => {
  let clean = 0;
  let total = 0;
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const keys = [...keysOf(sample, new Set(["x", "groupid", "Group_Id", "MsgReadedTime", "Identifier", "toJSON"]))];
    for (let i = 0; i < 1500; i++) {
      const body = i === 0 ? sample : mutate(sample, keys);
      total++;
      let text;
      try {
        text = JSON.stringify(body);
      } catch {
        assert.throws(() => validate(e.api, body), TcimError, `case ${i}`);
        continue;
      }
      const fromObject = validate(e.api, body);
      const fromText = text === undefined ? null : strip(validate(e.api, text));
      assert.deepEqual(fromObject, fromText, `${e.api} case ${i}: ${text}`);
      if (fromObject.diagnostics.length === 0) clean++;
    }
  }
  // Both kinds of answer must be well represented, or the comparison proves little.
  assert.ok(clean > total / 10 && clean < total * 0.9, `${clean} clean of ${total}`);
});

test("holes and undefined in arrays are the nulls JSON.stringify writes", () => {
  const api = "group_open_http_svc/get_group_msg_receipt";
  // eslint-disable-next-line no-sparse-arrays
  for (const list of [[, { MsgSeq: 1 }], [{ MsgSeq: 1 }, undefined], new Array(2)]) {
    const body = { GroupId: "@TGS#2TTV7VSII", MsgSeqList: list };
    const r = validate(api, body);
    assert.equal(r.ok, false);
    assert.deepEqual(r, strip(validate(api, JSON.stringify(body))));
  }
});

test("objects JSON cannot carry keep failing the same way", () => {
  const cyclic = { GroupId: "g" };
  cyclic.self = cyclic;
  assert.throws(() => validate("group_open_http_svc/set_unread_msg_num", cyclic), (e) => e instanceof TcimError && e.code === "invalid_argument");
  assert.throws(() => validate("group_open_http_svc/set_unread_msg_num", { GroupId: "g", Member_Account: "b", UnreadMsgNum: 5n }), TcimError);
  const nested = { GroupId: "g", From_Account: "a", Random: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { n: 5n } }] };
  assert.throws(() => validate("group_open_http_svc/send_group_msg", nested), TcimError);
});
