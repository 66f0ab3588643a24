// Shared by the tests that hold the JS validation routes (lib/diagnose.js) against wasm's:
// the package's API over the same wasm, counting the calls that cross into it, wasm's own
// answer for a text, a deterministic random source, and every place of every sample.
import { createRequire } from "node:module";
import { createApi } from "../../pkg/lib/api.mjs";
import { TEXT_DIAGNOSERS } from "../../pkg/lib/text-diagnosers.mjs";
import { endpoints } from "../../pkg/node/index.mjs";

export const wasm = createRequire(import.meta.url)("../../pkg/wasm/node/tcim.js");
let crossings = 0;
const counted = { ...wasm };
for (const name of ["validateInput", "validateText"]) counted[name] = (...args) => (crossings++, wasm[name](...args));
/** `validate` over the counted wasm, with the text diagnosers at hand from the start (as
 * Node's entry has them; the default, imported on first use, is text-input.test.mjs's). */
export const { validate } = createApi(counted, undefined, undefined, () => TEXT_DIAGNOSERS);
/** How many calls have crossed into wasm so far. */
export const crossingsSoFar = () => crossings;

/** What wasm answers for JSON text: the Rust validator's answer, the reference (with quick
 * fixes if `fixes`). */
export function wasmText(api, text, fixes = false) {
  const out = wasm.validateText(api, text, true, fixes, false);
  return out === "" ? { ok: true, diagnostics: [] } : JSON.parse(out);
}

/** `rand(n)` (0 ≤ r < n) and `pick(list)`, from `seed`: deterministic, so a failure names its case. */
export function random(seed) {
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  return { rand, pick: (xs) => xs[rand(xs.length)] };
}

/** Every key in `v`, at any depth, added to the set `out`. */
export function keysOf(v, out) {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.add(k), keysOf(x, out);
  return out;
}

/** Calls `each(endpoint, body, path)` with each endpoint's sample with `value` (each of
 * `values`) at each place of the sample, and at each field the sample leaves out. */
export function everyPlace(values, each) {
  for (const e of endpoints()) {
    const sample = JSON.parse(e.sample);
    const places = placesOf(sample);
    for (const f of e.fields) if (!(f.name in sample)) places.push([f.name]);
    for (const path of places) for (const value of values) each(e, withValue(sample, path, value), path);
  }
}

/** Every place a value sits in a sample (members, array items, nested members), as a path. */
function placesOf(v, path = [], out = []) {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...path, i]), placesOf(x, [...path, i], out)));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push([...path, k]), placesOf(x, [...path, k], out);
  return out;
}

/** A copy of `v` with `value` at `path`. */
function withValue(v, path, value) {
  const out = structuredClone(v);
  let at = out;
  for (const step of path.slice(0, -1)) at = at[step];
  at[path[path.length - 1]] = value;
  return out;
}

const deep = (n) => (n === 0 ? 1 : { a: deep(n - 1) });
/** JS values JSON handles oddly, and values at the rules' boundaries. */
export const oddValues = () => [
  undefined, null, true, false, 0, -0, 1, 5, -1, 1.5, 5.0, NaN, Infinity, -Infinity, 3000, 4294967295, 4294967296,
  2 ** 53, 2 ** 53 + 2, 2 ** 63, 1e21, -(2 ** 53), "", "bob", "dramon1", "@TGS#2CLUZEAEJ", "@TGS#_x", "my group", "12345",
  "1700000000", "17000000001", "soon", "Public", "Work", "ChatRoom", "AVChatRoom", "Community", "TIMTextElem", "中文群",
  "é😀", "\ud800", "a\u0000b", "a".repeat(32), "a".repeat(33), "é".repeat(16), "é".repeat(17), "a".repeat(48), "a".repeat(49),
  [], [1], [{ MsgSeq: 1 }], [{ MsgSeq: "1" }], [{}], {}, { MsgSeq: 2 }, { Text: "hi" }, Object.create(null), new Date(0),
  () => 1, Symbol("s"), [undefined], [, 1], { toJSON: () => "x" }, deep(70), [{ MsgType: "TIMTextElem", MsgContent: { Text: "\ud800" } }],
  199, 200, 201, 20, 21, 100, 101, 6000, 6001, "a".repeat(40), "a".repeat(41), "😀".repeat(40), "😀".repeat(41),
  "中".repeat(10), "中".repeat(11), "中".repeat(166), "中".repeat(167),
  Array.from({ length: 101 }, (_, i) => `u${i}`), Array.from({ length: 301 }, (_, i) => ({ Member_Account: `u${i}`, MsgSeq: i + 1 })),
];

/** `mutate(sample, keys)`: a random variant of a sample (odd values in random places, members
 * dropped, items repeated, keys from `keys` added), drawing from `{ rand, pick }`. */
export function mutator({ rand, pick }) {
  const odd = oddValues;
  return function mutate(v, keys, depth = 0) {
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
  };
}
