// Object input is validated by JS generated from the Rust rule tables (lib/diagnose.js) and
// only crosses into wasm when that JS is not sure. Whatever the route, validating an object
// must answer exactly what wasm answers for its JSON text (less line/column). Random objects
// for every endpoint: samples mutated with JS values JSON handles oddly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate as packageValidate, endpoints, TcimError } from "../../pkg/node/index.mjs";
import { createApi } from "../../pkg/lib/api.mjs";
import { wasm, validate, crossingsSoFar, wasmText, random, keysOf, everyPlace, oddValues, mutator } from "./routes.mjs";

const { rand, pick } = random(0x2545f491);

const odd = oddValues;
const mutate = mutator({ rand, pick });

const strip = (r) => ({ ok: r.ok, diagnostics: r.diagnostics.map(({ line, column, ...d }) => d) });
test("an object validates exactly as its JSON text does, on random objects for every endpoint", () => {
  let clean = 0;
  let total = 0;
  let answeredInJs = 0;
  let cleanInJs = 0;
  const codesInJs = new Set();
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const keys = [...keysOf(sample, new Set(["x", "groupid", "Group_Id", "MsgReadTime", "MsgReadedTime", "Identifier", "toJSON"]))];
    for (let i = 0; i < 1500; i++) {
      const body = i === 0 ? sample : i <= 3 ? [null, [], [sample]][i - 1] : mutate(sample, keys);
      total++;
      let text;
      try {
        text = JSON.stringify(body);
      } catch {
        assert.throws(() => validate(e.api, body), TcimError, `case ${i}`);
        continue;
      }
      const before = crossingsSoFar();
      // Every other case asks for quick fixes, which must agree too.
      const fixes = i % 2 === 1;
      const fromObject = validate(e.api, body, { fixes });
      const inJs = crossingsSoFar() === before;
      const fromText = text === undefined ? null : strip(wasmText(e.api, text, fixes));
      assert.deepEqual(fromObject, fromText, `${e.api} case ${i}: ${text}`);
      assert.deepEqual(packageValidate(e.api, body, { fixes }), fromObject);
      if (fromObject.diagnostics.length === 0) {
        clean++;
        if (inJs) cleanInJs++;
      } else if (inJs) {
        answeredInJs++;
        for (const d of fromObject.diagnostics) codesInJs.add(d.code);
      }
    }
  }
  // Both kinds of answer must be well represented, or the comparison proves little.
  assert.ok(clean > total / 10 && clean < total * 0.9, `${clean} clean of ${total}`);
  // Most clean objects are answered in JS, and most with findings are diagnosed in JS, for
  // every kind of finding it knows.
  assert.ok(cleanInJs > clean / 2, `${cleanInJs} of ${clean} clean objects answered in JS`);
  assert.ok(answeredInJs > (total - clean) / 2, `${answeredInJs} of ${total - clean} diagnosed in JS`);
  // (Not here: group types and custom group IDs, whose endpoint has cross-field rules, so
  // wasm answers; invalid_group_id, which the length rules pre-empt unless a character is
  // not printable ASCII, which wasm words.)
  const expected = ["wrong_type", "out_of_range", "missing_field", "unknown_field", "legacy_field", "empty_string", "too_long", "invalid_enum", "not_digits", "type_drift", "too_few_items", "too_many_items", "clamped", "not_an_object"];
  assert.deepEqual(expected.filter((c) => !codesInJs.has(c)), [], `codes diagnosed in JS: ${[...codesInJs].sort().join(", ")}`);
});

test("every odd value in every place of every sample validates as its JSON text does", () => {
  // The random test above may never put a given boundary value (a 49-character group ID, 11
  // digits of seconds, 3-byte characters at a limit) where a rule meets it; this puts each one
  // everywhere once, plus in the fields the samples leave out.
  let compared = 0;
  everyPlace(odd(), (e, body, path) => {
    let text;
    try {
      text = JSON.stringify(body);
    } catch {
      return;
    }
    compared++;
    assert.deepEqual(validate(e.api, body), strip(wasmText(e.api, text)), `${e.api} at /${path.join("/")}: ${text}`);
  });
  assert.ok(compared > 5000, `${compared} compared`);
});

test("a toJSON that for-in does not list still decides what is validated", () => {
  // JSON.stringify calls a toJSON function wherever it is found: an own non-enumerable one,
  // or one on Object.prototype, neither of which a for-in over the members shows.
  const api = "group_open_http_svc/get_group_msg_receipt";
  const hidden = (o, value) => Object.defineProperty(o, "toJSON", { value, configurable: true });
  const bodies = [
    hidden({ GroupId: "@TGS#2TTV7VSII", MsgSeqList: [{ MsgSeq: 1 }] }, () => ({})),
    { GroupId: "@TGS#2TTV7VSII", MsgSeqList: [hidden({ MsgSeq: 1 }, () => "1")] },
    { GroupId: "@TGS#2TTV7VSII", MsgSeqList: [hidden({ MsgSeq: "x" }, () => ({ MsgSeq: 2 }))] },
    { GroupId: "@TGS#2TTV7VSII", MsgSeqList: [hidden({ MsgSeq: 1 }, 5)] }, // not a function: ignored
  ];
  const list = (items, value) => Object.defineProperty(items, "toJSON", { value, configurable: true });
  bodies.push(
    { GroupId: "@TGS#2TTV7VSII", MsgSeqList: list([{ MsgSeq: 1 }], () => []) }, // an array's own, hidden
    { GroupId: "@TGS#2TTV7VSII", MsgSeqList: list([{ MsgSeq: "x" }], () => [{ MsgSeq: 3 }]) },
  );
  for (const body of bodies) assert.deepEqual(validate(api, body), strip(validate(api, JSON.stringify(body))), JSON.stringify(body));
  assert.equal(validate(api, bodies[0]).ok, false);
  assert.equal(validate(api, bodies[2]).ok, true);
  assert.equal(validate(api, bodies[4]).ok, false);
  assert.equal(validate(api, bodies[5]).ok, true);
  // Opaque content (MsgContent) is written as its toJSON returns, too.
  const send = "openim/sendmsg";
  const msg = (content) => ({ From_Account: "a", To_Account: "b", MsgRandom: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: content }] });
  for (const body of [msg(hidden({ Text: "hi" }, () => undefined)), msg(list(["x"], () => undefined)), msg(hidden({ Text: "hi" }, () => ({ Text: "ok" })))]) {
    assert.deepEqual(validate(send, body), strip(validate(send, JSON.stringify(body))), JSON.stringify(body));
  }
  assert.equal(validate(send, msg(hidden({ Text: "hi" }, () => undefined))).ok, false);
  // A toJSON on a prototype (non-enumerable, as real polyfills add it), for one check: a
  // body that is valid as written but not as JSON.stringify writes it.
  function withToJSONOn(proto, toJSON) {
    Object.defineProperty(proto, "toJSON", { value: toJSON, configurable: true });
    try {
      const body = { GroupId: "@TGS#2TTV7VSII", MsgSeqList: [{ MsgSeq: 1 }] };
      assert.deepEqual(validate(api, body), strip(validate(api, JSON.stringify(body))));
      assert.equal(validate(api, body).ok, false);
    } finally {
      delete proto.toJSON;
    }
  }
  withToJSONOn(Array.prototype, () => []);
  withToJSONOn(Object.prototype, () => ({ GroupId: "@TGS#2TTV7VSII" }));
});

test("an enumerable property on Object.prototype is not a member", () => {
  // for-in lists it, JSON.stringify does not write it: the object goes the JSON.stringify way.
  const api = "group_open_http_svc/set_unread_msg_num";
  const body = { Member_Account: "bob", UnreadMsgNum: 5 };
  Object.prototype.GroupId = "@TGS#2CLUZEAEJ"; // eslint-disable-line no-extend-native
  try {
    assert.deepEqual(validate(api, body), strip(validate(api, JSON.stringify(body))));
    assert.equal(validate(api, body).ok, false);
    assert.equal(packageValidate(api, body).ok, false);
  } finally {
    delete Object.prototype.GroupId;
  }
  assert.equal(validate(api, { ...body, GroupId: "@TGS#2CLUZEAEJ" }).ok, true);
});

test("holes and undefined in arrays are the nulls JSON.stringify writes", () => {
  const api = "group_open_http_svc/get_group_msg_receipt";
  // eslint-disable-next-line no-sparse-arrays
  for (const list of [[, { MsgSeq: 1 }], [{ MsgSeq: 1 }, undefined], new Array(2)]) {
    const body = { GroupId: "@TGS#2TTV7VSII", MsgSeqList: list };
    const r = packageValidate(api, body);
    assert.equal(r.ok, false);
    assert.deepEqual(r, strip(packageValidate(api, JSON.stringify(body))));
  }
});

test("objects JSON cannot carry keep failing the same way", () => {
  const cyclic = { GroupId: "g" };
  cyclic.self = cyclic;
  assert.throws(() => packageValidate("group_open_http_svc/set_unread_msg_num", cyclic), (e) => e instanceof TcimError && e.code === "invalid_argument");
  assert.throws(() => packageValidate("group_open_http_svc/set_unread_msg_num", { GroupId: "g", Member_Account: "b", UnreadMsgNum: 5n }), TcimError);
  const nested = { GroupId: "g", From_Account: "a", Random: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { n: 5n } }] };
  assert.throws(() => packageValidate("group_open_http_svc/send_group_msg", nested), TcimError);
  // Getters and proxies that throw: the same documented error, whichever check meets them first.
  const api = "group_open_http_svc/set_unread_msg_num";
  const throwing = [
    { get GroupId() { throw new Error("boom"); }, Member_Account: "bob", UnreadMsgNum: 5 },
    { GroupId: "g", Member_Account: 7, get UnreadMsgNum() { throw new Error("boom"); } },
    new Proxy({ GroupId: "g" }, { ownKeys() { throw new Error("boom"); } }),
  ];
  for (const body of throwing) {
    assert.throws(() => packageValidate(api, body), (e) => e instanceof TcimError && e.code === "invalid_argument" && /boom/.test(e.message));
  }
  // A trap JSON.stringify never calls only sends the object the long way; the answer is its text's.
  const odd = { GroupId: "g", Member_Account: "bob", UnreadMsgNum: 5, x: new Proxy({}, { getPrototypeOf() { throw new Error("boom"); } }) };
  assert.deepEqual(packageValidate(api, odd), strip(packageValidate(api, JSON.stringify(odd))));
});

test("APIs over one wasm instance share its input buffer, which may move as it grows", () => {
  const first = createApi(wasm);
  const second = createApi(wasm);
  const api = "group_open_http_svc/get_group_msg_receipt";
  const body = (n) => JSON.stringify({ GroupId: "@TGS#2TTV7VSII", MsgSeqList: Array.from({ length: n }, (_, i) => ({ MsgSeq: i === n - 1 ? -1 : i + 1 })) });
  for (const n of [1, 50, 5000, 2, 100000, 3]) {
    // (packageValidate is the CommonJS copy of lib/api the package entries load; the others
    // come from the ESM copy.)
    for (const v of [first.validate, second.validate, validate, packageValidate]) {
      const r = v(api, body(n));
      assert.equal(r.ok, false);
      assert.equal(r.diagnostics.length, 1, `${n} seqs`);
      assert.equal(r.diagnostics.at(-1).path, `/MsgSeqList/${n - 1}/MsgSeq`);
    }
  }
  // One copy grows the buffer past what the other asked for (so it moves), then the other
  // writes a small body where it believes the buffer is.
  for (const [grow, small] of [[first.validate, packageValidate], [packageValidate, first.validate]]) {
    for (const [v, n] of [[small, 200000], [grow, 300000], [small, 2]]) {
      const r = v(api, body(n));
      assert.deepEqual(r.diagnostics.map((d) => d.path), [`/MsgSeqList/${n - 1}/MsgSeq`], `${n} seqs`);
    }
  }
});

test("prototypes: only own members count, as JSON.stringify writes them", () => {
  const api = "group_open_http_svc/set_unread_msg_num";
  const base = { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", UnreadMsgNum: 5 };
  class Body {
    constructor() {
      Object.assign(this, base);
    }
  }
  Body.prototype.extra = 2;
  const cases = [
    Object.assign(Object.create({ extra: 1, UnreadMsgNum: -1 }), base),
    Object.assign(Object.create(null), base),
    JSON.parse('{"GroupId":"@TGS#2CLUZEAEJ","Member_Account":"bob","UnreadMsgNum":5,"__proto__":5}'),
    new Body(),
    Object.assign(Object.create({ toJSON: () => ({ GroupId: 7 }) }), base),
  ];
  for (const body of cases) assert.deepEqual(packageValidate(api, body), strip(packageValidate(api, JSON.stringify(body))), JSON.stringify(body));
});
