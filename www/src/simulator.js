// The page's simulator: made for the environment's app (with the documented samples' custom
// fields), kept in this browser, and its Before-callbacks answered as the Callbacks panel says.
import { Simulator } from "../tcim/web/index.js";
import { $ } from "./dom.js";
import { env } from "./env.js";
import { page } from "./state.js";

// The custom fields the documented samples use, declared as an app would in the console.
const CUSTOM_TAGS = {
  profileCustomTags: ["Tag_Profile_Custom_Test"],
  friendCustomTags: ["Tag_SNS_Custom_Test", "Tag_SNS_Custom_XXXX", "Tag_SNS_Custom_YYYY"],
};

/** A new simulator for the environment's app (or `app`, `{ sdkAppId, admin }`: a share
 * link's), its clock at `now` (Unix seconds; the browser's clock by default: a share link's
 * world is built again from the sender's). */
export function freshSimulator(now = Math.floor(Date.now() / 1000), app = null) {
  const e = env.read();
  const options = { now, admin: app?.admin || e.identifier || "administrator", ...CUSTOM_TAGS };
  const id = Number(app?.sdkAppId ?? e.sdkAppId);
  if (Number.isInteger(id) && id > 0 && id <= 4294967295) options.sdkAppId = id;
  if ($("key").value) options.secretKey = $("key").value;
  return withCallbacks(new Simulator(options));
}

/** The Callbacks panel's settings: `{ verdict }`, with `code` and `info` for a custom refusal
 * and `text` for a rewrite (what the journal and a share link keep). */
export function callbackSettings() {
  const verdict = $("cb-verdict").value;
  if (verdict === "custom") return { verdict, code: Math.trunc(Number($("cb-code").value)) || 0, info: $("cb-info").value };
  if (verdict === "rewrite") return { verdict, text: $("cb-text").value };
  return { verdict };
}

/** Sets the Callbacks panel to `s` (settings read by link-world.js `readCallbacks`). */
export function setCallbackSettings(s) {
  $("cb-verdict").value = s.verdict;
  if (s.verdict === "custom") {
    $("cb-code").value = String(s.code);
    $("cb-info").value = s.info;
  }
  if (s.verdict === "rewrite") $("cb-text").value = s.text;
  showVerdictFields();
}

/** The playground's app answers Before-callbacks as the Callbacks panel says: a refusal or a
 * custom code answers every Before-callback; dropping and rewriting are for sends only. */
function callbackReply(cb) {
  if (!cb.command.includes("CallbackBefore")) return undefined;
  const send = cb.command.endsWith("BeforeSendMsg");
  const ok = { ActionStatus: "OK", ErrorInfo: "" };
  const s = callbackSettings();
  if (!send && (s.verdict === "drop" || s.verdict === "rewrite")) return undefined;
  switch (s.verdict) {
    case "reject":
      return { ...ok, ErrorCode: 1 };
    case "drop":
      return { ...ok, ErrorCode: 2 };
    case "custom":
      return { ActionStatus: "OK", ErrorCode: s.code, ErrorInfo: s.info };
    case "rewrite":
      return { ...ok, ErrorCode: 0, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: s.text } }] };
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
function showVerdictFields() {
  const verdict = $("cb-verdict").value;
  for (const [value, ids] of [["custom", ["cb-code-label", "cb-info-label"]], ["rewrite", ["cb-text-label"]]]) ids.forEach((id) => ($(id).hidden = verdict !== value));
}

export function wireCallbackPanel() {
  $("cb-verdict").addEventListener("change", showVerdictFields);
}

/** The simulator this browser kept (its snapshot `saved`), or a fresh one: says whether it
 * is fresh. */
export function startSimulator(saved) {
  let sim;
  try {
    sim = saved ? Simulator.restore(saved, { secretKey: $("key").value || undefined }) : null;
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

/** The snapshot `text` as the app `sdkAppId`'s (the simulator's app is fixed when it is
 * made: a link's or the environment's app needs the world made again under it). */
export function rehomed(text, sdkAppId) {
  const snap = JSON.parse(text);
  snap.options = { ...snap.options, sdkAppId };
  return JSON.stringify(snap);
}

export function simError(message) {
  $("sim-error").textContent = message || "";
}
