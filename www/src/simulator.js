// The page's simulator: made for the environment's app (with the documented samples' custom
// fields), kept in this browser, and its Before-callbacks answered as the Callbacks panel says.
import { Simulator } from "../tcim/web/index.js";
import { $, STORE, load, store } from "./dom.js";
import { env } from "./env.js";
import { page } from "./state.js";

const SNAPSHOT_MAX = 2_000_000;

// The custom fields the documented samples use, declared as an app would in the console.
const CUSTOM_TAGS = {
  profileCustomTags: ["Tag_Profile_Custom_Test"],
  friendCustomTags: ["Tag_SNS_Custom_Test", "Tag_SNS_Custom_XXXX", "Tag_SNS_Custom_YYYY"],
};

export function freshSimulator() {
  const e = env.read();
  const options = { now: Math.floor(Date.now() / 1000), admin: e.identifier || "administrator", ...CUSTOM_TAGS };
  const app = Number(e.sdkAppId);
  if (Number.isInteger(app) && app > 0 && app <= 4294967295) options.sdkAppId = app;
  if ($("key").value) options.secretKey = $("key").value;
  return withCallbacks(new Simulator(options));
}

/** The playground's app answers Before-callbacks as the Callbacks panel says: a refusal or a
 * custom code answers every Before-callback; dropping and rewriting are for sends only. */
function callbackReply(cb) {
  if (!cb.command.includes("CallbackBefore")) return undefined;
  const send = cb.command.endsWith("BeforeSendMsg");
  const ok = { ActionStatus: "OK", ErrorInfo: "" };
  const verdict = $("cb-verdict").value;
  if (!send && (verdict === "drop" || verdict === "rewrite")) return undefined;
  switch (verdict) {
    case "reject":
      return { ...ok, ErrorCode: 1 };
    case "drop":
      return { ...ok, ErrorCode: 2 };
    case "custom":
      return { ActionStatus: "OK", ErrorCode: Number($("cb-code").value), ErrorInfo: $("cb-info").value };
    case "rewrite":
      return { ...ok, ErrorCode: 0, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: $("cb-text").value } }] };
    default:
      return undefined;
  }
}

/** Every simulator the page makes fires its callbacks to the panel (and the timeline). */
export function withCallbacks(s) {
  return s.onCallback((cb) => {
    page.fired.push({ command: cb.command, time: s.now() });
    return callbackReply(cb);
  });
}

/** The Callbacks panel shows the fields of the verdict chosen. */
export function wireCallbackPanel() {
  for (const [value, ids] of [["custom", ["cb-code-label", "cb-info-label"]], ["rewrite", ["cb-text-label"]]]) {
    $("cb-verdict").addEventListener("change", () => ids.forEach((id) => ($(id).hidden = $("cb-verdict").value !== value)));
  }
}

/** The simulator this browser kept, or a fresh one: says whether it is fresh. */
export function startSimulator() {
  let sim;
  try {
    const saved = load(STORE.sim, null);
    sim = saved ? Simulator.restore(saved) : null;
  } catch {
    sim = null;
  }
  const fresh = !sim;
  sim ||= freshSimulator();
  page.sim = withCallbacks(sim);
  return fresh;
}

/** The simulator from `snapshot`, with the key and the panel's callbacks. */
export function restoredSimulator(snapshot) {
  return withCallbacks(Simulator.restore(snapshot, { secretKey: $("key").value || undefined }));
}

export function withKey() {
  // The key never enters a snapshot; re-attach it when it changes.
  page.sim = restoredSimulator(page.sim.snapshot());
}

export function saveSim() {
  const snap = page.sim.snapshot();
  if (snap.length < SNAPSHOT_MAX) store(STORE.sim, snap);
}

export function simError(message) {
  $("sim-error").textContent = message || "";
}
