// What a call changed: the difference between two `sim.inspect()` states, as a list of
// changes a person reads ("group team1 › member bob › readSeq: 1 → 2"). Collections are
// matched by what identifies their items (a group's ID, a member's account, a message's
// seq), so a new message reads as one message added, not as every later row shifting. Pure.

/** Arrays whose items are matched by a key: the key, and the word that names an item. */
const KEYED = {
  groups: [(g) => g.groupId, "group"],
  destroyedGroups: [(g) => (typeof g === "string" ? g : g.groupId), "destroyedGroup"],
  members: [(m) => m.account, "member"],
  messages: [(m) => m.seq ?? m.msgSeq, "message"],
  accounts: [(a) => a.userId, "account"],
  c2c: [(c) => `${c.from} → ${c.to}`, "oneToOne"],
  conversations: [(c) => `${c.type} ${c.id}`, "conversation"],
  friends: [(f) => f.userId, "friend"],
  officialAccounts: [(o) => o.id, "officialAccount"],
  subscribers: [(x) => x.userId, "subscriber"],
};

/** The words changes are told in (the playground passes its language's). */
export const WORDS = { group: "group", destroyedGroup: "destroyed group", member: "member", message: "message", account: "account", oneToOne: "one-to-one", conversation: "conversation", friend: "friend", officialAccount: "official account", subscriber: "subscriber", added: "added", removed: "removed", addedN: (n, range) => `${n} added (${range})`, removedN: (n, range) => `${n} removed (${range})`, more: (n) => `… and ${n} more changes` };

/** Past this many items added or removed in one collection, they are summed up in one change. */
const LISTED = 5;

function isPlain(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A short text of a value for the diff. */
export function show(v) {
  if (v === undefined) return "–";
  if (typeof v === "string" && v.endsWith("…")) return v;
  // (Text as it is, up to a summary's length; other values as short JSON.)
  const [s, max] = typeof v === "string" ? [v, 300] : [JSON.stringify(v), 80];
  return s.length > max ? `${s.slice(0, max - 3)}…` : s;
}

/** What an added or removed object holds, in words: its members that say something (the
 * empty, zero and false ones left out), a list by its length, a nested object by its members' names; cut
 * at a member's end past 240 characters, saying how many members are left. */
export function summary(v) {
  const parts = [];
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined || x === "" || x === false || x === 0 || (Array.isArray(x) && !x.length) || (isPlain(x) && !Object.keys(x).length)) continue;
    if (Array.isArray(x)) parts.push(`${k}: ${x.every((i) => !isPlain(i) && !Array.isArray(i)) && x.length <= 5 ? x.map((i) => (typeof i === "string" ? i : JSON.stringify(i))).join(" ") : `[${x.length}]`}`);
    else if (isPlain(x)) parts.push(`${k}: {${Object.keys(x).slice(0, 4).join(", ")}${Object.keys(x).length > 4 ? ", …" : ""}}`);
    else parts.push(`${k}: ${typeof x === "string" ? show(x) : String(x)}`);
  }
  let out = "";
  for (const [i, p] of parts.entries()) {
    if (out.length + p.length > 240) return `${out} … (+${parts.length - i})`;
    out += (i ? " · " : "") + p;
  }
  return out || "{}";
}

/** A value as a change keeps it: a number, a boolean or null as it is, an object as its
 * summary, anything else as short text (an added group holds all its messages; the journal
 * stores its changes). */
const brief = (v) => (v === null || typeof v === "number" || typeof v === "boolean" || v === undefined ? v : isPlain(v) ? summary(v) : show(v));

/**
 * The changes from `before` to `after` (two `inspect()` states), in document order:
 * `{ path: string[], kind: "changed" | "added" | "removed", before?, after?, count? }`, the
 * values brief (see `brief`).
 * `limit` caps the list (the last change then says how many more there were).
 */
export function diffWorld(before, after, limit = 500, words = WORDS) {
  const out = [];
  let more = 0;
  const push = (c) => {
    if (out.length >= limit) return more++;
    if ("before" in c) c.before = brief(c.before);
    if ("after" in c) c.after = brief(c.after);
    out.push(c);
  };
  // (Paths are built only for what changed: a large world has tens of thousands of rows that did not.)
  const walk = (path, a, b, name) => {
    if (a === b) return;
    if (Array.isArray(a) && Array.isArray(b)) return list(path, a, b, name);
    if (isPlain(a) && isPlain(b)) {
      for (const k in a) if (a[k] !== b[k]) walk(() => [...path(), k], a[k], b[k], k);
      for (const k in b) if (!(k in a)) walk(() => [...path(), k], undefined, b[k], k);
      return;
    }
    if (typeof a === "object" && a !== null && JSON.stringify(a) === JSON.stringify(b)) return;
    push({ path: path(), kind: a === undefined ? "added" : b === undefined ? "removed" : "changed", before: a, after: b });
  };
  const list = (path, a, b, name) => {
    const keyed = KEYED[name];
    if (!keyed && a.every((x) => !isPlain(x)) && b.every((x) => !isPlain(x))) {
      // A set of plain values (friend lists, a blocklist, pending requests).
      const as = new Set(a.map((x) => JSON.stringify(x)));
      const bs = new Set(b.map((x) => JSON.stringify(x)));
      const added = b.filter((x) => !as.has(JSON.stringify(x)));
      const removed = a.filter((x) => !bs.has(JSON.stringify(x)));
      if (added.length) push({ path: path(), kind: "added", after: added });
      if (removed.length) push({ path: path(), kind: "removed", before: removed });
      return;
    }
    if (!keyed) {
      if (JSON.stringify(a) !== JSON.stringify(b)) push({ path: path(), kind: "changed", before: a, after: b });
      return;
    }
    const [key, word] = keyed;
    const label = (k) => `${words[word]} ${k}`;
    const old = new Map(a.map((x) => [key(x), x]));
    const now = new Map(b.map((x) => [key(x), x]));
    const added = b.filter((x) => !old.has(key(x)));
    const removed = a.filter((x) => !now.has(key(x)));
    // An item is named in place of the collection's key ("group team1", not "groups").
    const at = (x) => () => [...path().slice(0, -1), label(key(x))];
    const sum = (items, kind) => {
      if (items.length > LISTED) push({ path: path(), kind, count: items.length, [kind === "added" ? "after" : "before"]: `${label(key(items[0]))} … ${label(key(items.at(-1)))}` });
      else for (const x of items) push({ path: at(x)(), kind, [kind === "added" ? "after" : "before"]: x });
    };
    sum(removed, "removed");
    for (const x of b) {
      const was = old.get(key(x));
      if (was !== undefined && was !== x) walk(at(x), was, x, null);
    }
    sum(added, "added");
  };
  walk(() => [], before, after, null);
  if (more) out.push({ path: [], kind: "more", count: more });
  return out;
}

/** One change as a line of text. */
export function describe(c, words) {
  // (Also called as a map callback, whose second argument is an index.)
  if (words === null || typeof words !== "object") words = WORDS;
  const where = c.path.join(" › ");
  switch (c.kind) {
    case "changed":
      return `${where}: ${show(c.before)} → ${show(c.after)}`;
    case "added":
      return c.count ? `${where}: ${words.addedN(c.count, c.after)}` : `${where}: ${words.added} ${show(c.after)}`;
    case "removed":
      return c.count ? `${where}: ${words.removedN(c.count, c.before)}` : `${where}: ${words.removed} ${show(c.before)}`;
    default:
      return words.more(c.count);
  }
}
