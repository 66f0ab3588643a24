// Samples filled from the world on the right. The documented samples name the docs' groups
// and accounts (@TGS#2J4SZEAEL, "bob"), which the simulator does not have, so running one
// answered 10010; where the world has a group, accounts or message seqs, the sample names
// those instead. Pure: the page passes `sim.inspect()`.

/** What a member names, by its name: the first match decides. */
const KINDS = [
  [/^(GroupId|ToGroupId|ToGroupid)$/, "group"],
  [/^MsgSeq$/, "seq"],
  [/^Official_Account$/, "official"],
  [/^MsgKeyList$/, "officialMsgKey"],
  [/(^|_)Account$|^(UserID|Identifier|Accounts)$/, "account"],
  [/^Task(Id|ID)$/, "task"],
];

/** Endpoints whose sample names something new: those kinds keep the docs' values. */
const CREATES = {
  "im_open_login_svc/account_import": ["account"],
  "im_open_login_svc/multiaccount_import": ["account"],
  "group_open_http_svc/create_group": ["group"],
  "group_open_http_svc/import_group": ["group"],
  "openim_robot_http_svc/create_robot": ["account", "robot"],
};

/** Endpoints whose sample's seq must be in some state: which of the group's seqs come first
 * (pin a message not pinned yet, unpin one that is). */
const SEQS_FIRST = {
  "group_open_http_svc/pin_message": (group) => (seq) => !(group.pins || []).some((p) => p.seq === seq),
  "group_open_http_svc/unpin_message": (group) => (seq) => (group.pins || []).some((p) => p.seq === seq),
};

/** The one-to-one message a sample's `MsgKey` names (top-level, or in items such as
 * c2c_msg_read_receipt's `C2CMsgInfo`): one sent with key-value extensions first (the
 * openim_msg_ext commands need one), else a conversation's latest; with its sender and
 * receiver, which the `From_Account` and `To_Account` beside the first `MsgKey` become. */
function c2cMessage(state) {
  const withExt = state.c2c.find((c) => c.extensions);
  if (withExt) return { from: withExt.from, to: withExt.to, key: withExt.extensions[0].msgKey };
  const any = state.c2c.find((c) => c.lastMsgKey);
  return any && { from: any.from, to: any.to, key: any.lastMsgKey };
}

/** The first object in `node` (itself first) with a string `MsgKey`. */
function findKeyed(node) {
  if (Array.isArray(node)) return node.map(findKeyed).find(Boolean);
  if (node === null || typeof node !== "object") return undefined;
  return typeof node.MsgKey === "string" ? node : Object.values(node).map(findKeyed).find(Boolean);
}

/** "group", "account", "seq", "task", "official" or "officialMsgKey" when a member of that name names one (else undefined). */
export const kindOf = (key) => (KINDS.find(([pattern]) => pattern.test(key)) || [])[1];

/** A docs' robot (`@RBT#…`) names one of the world's robots, not an ordinary account. */
const ROBOT = /^@RBT#/;

/** `sample` (JSON text) for `api`, naming the world's group, accounts, robots and seqs where it
 * has them; the text unchanged when nothing is replaced. `groupTypes` (the endpoint's, as
 * `endpoints()` gives them) picks a group of a type the endpoint serves when there is one. */
export function fillFromWorld(api, sample, state, groupTypes) {
  let body;
  try {
    body = JSON.parse(sample);
  } catch {
    return sample;
  }
  // A group the endpoint serves (bans and attributes are live groups'), else any: its
  // refusal then names the type.
  const served = state.groups.filter((g) => !groupTypes || groupTypes[g.type] === true);
  const among = served.length > 0 ? served : state.groups;
  const live = among.filter((g) => g.type !== "AVChatRoom");
  // A message with key-value extensions first (the openim_msg_ext commands need one).
  const group = live.find((g) => g.messages.some((m) => m.extensions)) || live.find((g) => g.messages.length > 0) || live[0] || among[0];
  const robots = new Set(state.accounts.filter((a) => a.robot === "valid").map((a) => a.userId));
  // The chosen group's members first (so a sample's members are members), its owner last
  // among them (a sample that removes, bans or re-roles a member is refused for the owner),
  // then everyone.
  const members = group ? [...group.members].sort((a, b) => (a.role === "Owner") - (b.role === "Owner")).map((m) => m.account) : [];
  // An official account with messages first; for its commands, its subscribers come first (a
  // sample that changes a subscriber names one) and its messages' keys are the MsgKeys.
  const officials = state.officialAccounts || [];
  const official = officials.find((o) => o.messages.some((m) => !m.recalled)) || officials[0];
  const ofOfficial = official && api.startsWith("official_account_open_http_svc/");
  const subscribers = ofOfficial ? official.subscribers.map((s) => s.userId) : [];
  const accounts = [...new Set([...subscribers, ...members, ...state.accounts.map((a) => a.userId)])].filter((a) => !robots.has(a));
  const first = group && SEQS_FIRST[api] ? SEQS_FIRST[api](group) : () => true;
  const seqs = group ? [...group.messages].sort((a, b) => !first(a.seq) - !first(b.seq) || !a.extensions - !b.extensions).map((m) => m.seq) : [];
  const msgKeys = official ? official.messages.filter((m) => !m.recalled).map((m) => m.msgKey).reverse() : [];
  // Push tasks not revoked, newest first, all-user ones before batches (a trace takes no batch).
  const tasks = ((state.push && state.push.tasks) || []).filter((t) => t.revoked === undefined);
  tasks.sort((a, b) => (a.via === "batch") - (b.via === "batch") || b.time - a.time);
  const pools = { group: group ? [group.groupId] : [], account: accounts, robot: [...robots], seq: seqs, task: tasks.map((t) => t.taskId), official: official ? [official.id] : [], officialMsgKey: msgKeys };
  const keep = new Set(CREATES[api] || []);
  // The same docs' value becomes the same world value everywhere in the sample; different
  // ones become different ones while the world has enough.
  const chosen = { group: new Map(), account: new Map(), robot: new Map(), seq: new Map(), task: new Map(), official: new Map(), officialMsgKey: new Map() };
  let replaced = false;
  // A sample naming a one-to-one message by MsgKey names the world's, between its two accounts.
  const keyed = findKeyed(body);
  const message = keyed && (state.c2c || []).length > 0 ? c2cMessage(state) : undefined;
  if (message) {
    for (const [key, account] of [["From_Account", message.from], ["To_Account", message.to]]) {
      if (typeof keyed[key] === "string") chosen.account.set(keyed[key], account);
    }
    replaced = true;
  }
  const pick = (named, value) => {
    const kind = named === "account" && ROBOT.test(value) ? "robot" : named;
    const pool = pools[kind];
    if (keep.has(kind) || pool.length === 0) return value;
    const map = chosen[kind];
    if (!map.has(value)) map.set(value, pool[Math.min(map.size, pool.length - 1)]);
    replaced = true;
    return map.get(value);
  };
  const fits = (kind, value) => (kind === "seq" ? Number.isInteger(value) : typeof value === "string");
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      const kind = kindOf(key);
      if (message && key === "MsgKey" && typeof value === "string") out[key] = message.key;
      else if (kind && fits(kind, value)) out[key] = pick(kind, value);
      else if (kind && Array.isArray(value) && value.every((v) => fits(kind, v))) out[key] = value.map((v) => pick(kind, v));
      else out[key] = walk(value);
    }
    return out;
  };
  const filled = walk(body);
  return replaced ? JSON.stringify(filled, null, 2) : sample;
}
