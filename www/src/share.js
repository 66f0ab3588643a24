// Share links: what the sender sees — the endpoint, the body, the environment (never the key),
// the Callbacks panel's settings and the world — in the URL's hash, compressed (deflate-raw, CompressionStream); and copying
// to the clipboard.
//
// The world travels compactly: the scenario (or reset) it started from, with its clock and
// app, and the calls and clock moves since, which the recipient's page runs again; where the
// journal cannot say that (an import, a restore, a body cut for storage, an entry the journal
// no longer holds), the world's snapshot when it fits in a link. When the body in the editor is
// the last call's, the world is the one before that call, so the recipient's Run gives the
// sender's answer. Each call of the world runs again under the callback settings it ran under.
import { $ } from "./dom.js";
import { env } from "./env.js";
import { page } from "./state.js";
import { t } from "./i18n.js";
import { ALLOW, describeWorld, readCallbacks } from "./link-world.js";
import { callbackSettings } from "./simulator.js";

/** A link's hash past this many characters carries no world (browsers take ~2 MB; mail and
 * chat programs cut far shorter ones). */
export const LINK_MAX = 100_000;
/** Links this page makes: "#share=z." and the compressed JSON. (Older links: base64 JSON.) */
const PREFIX = "z.";

function toBase64Url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(s) {
  const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function through(stream, bytes) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeShare(data) {
  return PREFIX + toBase64Url(await through(new CompressionStream("deflate-raw"), new TextEncoder().encode(JSON.stringify(data))));
}

/** The data of a link's hash (after "#share="); throws when it is damaged. */
export async function decodeShare(s) {
  const bytes = s.startsWith(PREFIX) ? await through(new DecompressionStream("deflate-raw"), fromBase64Url(s.slice(PREFIX.length))) : fromBase64Url(s);
  const data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  if (!data || typeof data !== "object" || typeof data.api !== "string") throw new Error(t("linkNoEndpoint"));
  return data;
}

/**
 * The share link: `{ link, worldShared }`. `journal` and `restorePoint(id)` come from the
 * journal (journal.js).
 */
export async function shareLink(journal, restorePoint) {
  // The secret key is never part of a link (nor is anything else secret: the callback
  // settings are the answers the page's app gives).
  const data = { api: page.api, body: page.editor.text, env: env.read(), callbacks: callbackSettings() };
  const { world, expect, before } = describeWorld(journal, page.api, page.editor.text);
  if (expect !== undefined) data.expect = expect;
  const base = `${location.origin}${location.pathname}#share=`;
  let hash;
  if (world) {
    hash = await encodeShare({ ...data, world });
    if (hash.length <= LINK_MAX) return { link: base + hash, world: "steps" };
  }
  // The snapshot of the world the sender's Run saw.
  const snapshot = before !== undefined ? await restorePoint(before) : page.sim.snapshot();
  if (snapshot) {
    hash = await encodeShare({ ...data, world: { snapshot } });
    if (hash.length <= LINK_MAX) return { link: base + hash, world: "snapshot" };
  }
  delete data.expect;
  return { link: base + (await encodeShare(data)), world: null };
}

/**
 * Builds the world a link describes (`data.world`), calling `tick(fraction)` now and then:
 * `{ sim, kind }`. `make(now, app)` makes a fresh simulator, `restore(snapshot)` one from a
 * snapshot, `scenarios` the page's, `urlFor(api)` the request URL, `callbacks(settings)` sets
 * the Callbacks panel (for the scenario and each step, as the sender's ran).
 */
export async function buildLinkWorld(world, { make, restore, scenarios, urlFor, tick, callbacks }) {
  if (typeof world.snapshot === "string") return { sim: restore(world.snapshot), kind: "snapshot" };
  const { from, steps } = world;
  if (!from || !Number.isInteger(from.start) || !Array.isArray(steps)) throw new Error(t("linkWorldUnreadable"));
  const answer = (cb, where) => {
    const { settings, bad } = readCallbacks(cb);
    if (bad) throw new Error(t("linkWorldCallbacksBad", where, bad));
    callbacks(settings);
  };
  answer(from.cb ?? ALLOW, 0);
  const sim = make(from.start, from.app);
  if (from.scenario !== null) {
    const s = scenarios.find((x) => x.id === from.scenario);
    if (!s) throw new Error(t("linkUnknownScenario", from.scenario));
    await s.run(sim, (f) => tick(f / 2));
  }
  for (const [i, step] of steps.entries()) {
    if (step.cb !== undefined) answer(step.cb, i + 1);
    if (Number.isInteger(step.to)) {
      if (step.to > sim.now()) sim.advance(step.to - sim.now());
      continue;
    }
    if (Number.isInteger(step.at) && step.at > sim.now()) sim.advance(step.at - sim.now());
    const { url } = urlFor(step.api);
    // (An endpoint this page no longer knows: the call is skipped, as the sender's changed nothing it can name.)
    if (url) sim.handle(url, String(step.body));
    if (i % 200 === 199) await tick(0.5 + i / steps.length / 2);
  }
  return { sim, kind: "steps" };
}

export async function copy(text, what, note = "") {
  try {
    await navigator.clipboard.writeText(text);
    $("copied").textContent = t("copied", what) + note;
  } catch {
    $("copied").textContent = t("copyBlocked", what) + note;
  }
  setTimeout(() => ($("copied").textContent = ""), note ? 8000 : 2500);
}
