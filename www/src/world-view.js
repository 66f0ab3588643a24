// The world as the page shows it: the clock, groups with members and messages, one-to-one
// conversations, people (profiles, friends, conversations), and the callbacks fired.
import { $, PAGE, el, fmtTime, paged, table } from "./dom.js";
import { page, readWorld } from "./state.js";
import { t } from "./i18n.js";

function renderCallbacks() {
  const list = $("callbacks");
  const log = page.sim.callbackLog().slice(-30).reverse();
  list.replaceChildren(
    ...(log.length ? [] : [el("li", { class: "muted", text: t("noCallbacks") })]),
    ...log.map((e) => {
      const outcome = e.error ? t("cbFailed", e.error) : e.reply && typeof e.reply === "object" && "ErrorCode" in e.reply ? t("cbReplied", e.reply.ErrorCode) : t("cbDelivered");
      return el("li", { "data-callback": e.command ?? "dropped" }, el("strong", { text: e.command ?? t("cbDropped", e.dropped) }), el("span", { class: "muted", text: ` ${e.query ? e.query.OptPlatform : ""} · ${outcome}` }), el("details", {}, el("summary", { text: t("body") }), el("pre", { class: "mono", text: JSON.stringify(e.body, null, 2) })));
    }),
  );
}

/** Draws the world: read from the simulator again (`read`), or as last read. */
export function renderState(read = true) {
  const started = performance.now();
  renderCallbacks();
  const s = read || !page.world ? readWorld() : page.world;
  $("clock").textContent = fmtTime(s.now);
  const box = $("state");
  box.replaceChildren();
  box.append(el("p", { class: "muted", text: t("worldSummary", s.sdkAppId, s.admin, s.accounts.length, s.accounts.map((a) => a.userId).join(", ")) }));
  if (!s.groups.length && !s.c2c.length) box.append(el("p", { class: "muted", text: t("emptyWorld") }));
  for (const g of s.groups) {
    const card = el("article", { class: "card", "data-group": g.groupId });
    card.append(el("h3", { text: `${g.groupId} · ${g.type} · ${g.name}` }), el("p", { class: "muted", text: t("groupLine", g.nextMsgSeq, g.members.length) }));
    // Live admins, and the mutes still running in the group and in each topic (account, until).
    const until = (muted) => Object.entries(muted ?? {}).filter(([, u]) => u > s.now).map(([a, u]) => `${a} ${u >= 4294967295 ? "∞" : fmtTime(u)}`).join(", ");
    const notes = [g.liveAdmins && t("liveAdmins", g.liveAdmins.join(", ")), until(g.muted) && t("mutedIn", g.groupId, until(g.muted)), ...Object.entries(g.topics ?? {}).filter(([, tp]) => until(tp.muted)).map(([id, tp]) => t("mutedIn", id, until(tp.muted)))];
    for (const note of notes.filter(Boolean)) card.append(el("p", { class: "muted", "data-note": "1", text: note }));
    const members = paged(`members ${g.groupId}`, g.members);
    card.append(table(t("memberHeads"), members.shown.map((m) => [m.account, m.role, m.readSeq, m.unread]), members.more ? t("firstMembers", PAGE, g.members.length) : t("members")));
    if (members.more) card.append(members.more);
    if (g.messages.length) {
      const recent = g.messages.slice(-20);
      card.append(table(t("messageHeads"), recent.map((m) => [m.seq, m.sender, m.readNum ?? "–", m.unreadNum ?? "–", m.recalled ? t("recalled") : m.needReceipt ? t("receipt") : ""]), g.messages.length > 20 ? t("lastMessages", g.messages.length) : t("messages")));
    }
    box.append(card);
  }
  if (s.c2c.length) {
    box.append(el("article", { class: "card", "data-c2c": "1" }, el("h3", { text: t("oneToOne") }), table(t("c2cHeads"), s.c2c.map((c) => [`${c.from} → ${c.to}`, c.messages, c.unread, c.readTime ? fmtTime(c.readTime) : "–"]), t("conversations"))));
  }
  if (s.push) box.append(pushCard(s.push));
  for (const o of s.officialAccounts ?? []) box.append(officialCard(o));
  if (s.bannedObjects) box.append(el("article", { class: "card", "data-banned": "1" }, el("h3", { text: t("bannedFiles") }), table(t("bannedFileHeads"), s.bannedObjects.map((u) => [u]), t("bannedFiles"))));
  const people = paged("people", s.accounts.filter(hasPeopleData));
  for (const a of people.shown) box.append(personCard(a, s.now));
  if (people.more) box.append(people.more);
  // (Read by `node scripts/bench.mjs playground`.)
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
}

/** Whether an account has anything a person card would show beyond its ID. */
function hasPeopleData(a) {
  return Object.keys(a.profile).length || a.conversations.length || a.friends.length || a.friendGroups.length || a.blocked.length || a.pending.length || Object.keys(a.online).length || a.c2cMutedUntil !== 0 || a.groupMutedUntil !== 0;
}

/** An account's profile, login state, mute, friends, friend lists, blocklist and pending requests. */
function personCard(a, now) {
  const card = el("article", { class: "card", "data-account": a.userId });
  const online = Object.entries(a.online).map(([p, st]) => `${p} ${st}`).join(", ") || t("offline");
  const mute = (until, what) => (until === null ? t("mutedForGood", what) : until > now ? t("mutedUntil", what, fmtTime(until)) : "");
  const status = [online, mute(a.c2cMutedUntil, t("oneToOneMute")), mute(a.groupMutedUntil, t("groupMute"))].filter(Boolean).join(" · ");
  card.append(el("h3", { text: a.nick ? `${a.userId} · ${a.nick}` : a.userId }), el("p", { class: "muted", text: status }));
  const profile = Object.entries(a.profile);
  if (profile.length) card.append(table(t("profileHeads"), profile.map(([tag, v]) => [tag.replace(/^Tag_Profile_/, ""), typeof v === "string" ? v : JSON.stringify(v)]), t("profile")));
  if (a.conversations.length) {
    // Pins, marks and conversation groups, as get_list with AssistFlags 63 shows them.
    const marks = (c) => [c.pinned ? t("pinned") : "", c.standardMark && t("marks", c.standardMark), c.customMark && `“${c.customMark}”`, c.groups.length ? t("inGroups", c.groups.join(", ")) : ""].filter(Boolean).join(" · ");
    card.append(table(t("conversationHeads"), a.conversations.map((c) => [c.type === "group" ? t("groupConversation", c.id) : c.id, c.msgTime ? fmtTime(c.msgTime) : "–", c.unread, marks(c)]), t("conversations")));
  }
  if (a.friends.length) card.append(table(t("friendHeads"), a.friends.map((f) => [f.userId, f.remark, f.groups.join(", "), f.addSource.replace(/^AddSource_Type_/, "")]), t("friends")));
  if (a.friendGroups.length) card.append(table(t("friendListHeads"), a.friendGroups.map((g) => [g, a.friends.filter((f) => f.groups.includes(g)).map((f) => f.userId).join(", ")]), t("friendLists")));
  if (a.blocked.length) card.append(table(t("blockedHeads"), a.blocked.map((b) => [b]), t("blocklist")));
  if (a.pending.length) card.append(table(t("pendingHeads"), a.pending.map((p) => [p]), t("pending")));
  return card;
}

/** An official account: its profile, subscribers and latest messages. */
function officialCard(o) {
  const card = el("article", { class: "card", "data-official": o.id }, el("h3", { text: `${o.id} · ${o.name}` }));
  card.append(el("p", { class: "muted", text: t("officialLine", o.owner, o.subscribers.length, o.maxSubscribers) }));
  if (o.subscribers.length) card.append(table(t("subscriberHeads"), o.subscribers.slice(0, PAGE).map((x) => [x.userId, fmtTime(x.subscribeTime), x.customString]), t("subscribers")));
  if (o.messages.length) card.append(table(t("officialMsgHeads"), o.messages.slice(-20).map((m) => [m.msgSeq, m.msgKey, m.recalled ? t("recalled") : ""]), t("messages")));
  return card;
}

/** All-member push: the app's attribute names, each account's attributes and tags, the pushes made. */
function pushCard(p) {
  const card = el("article", { class: "card", "data-push": "1" }, el("h3", { text: t("allMemberPush") }));
  const names = Object.entries(p.attrNames).map(([i, n]) => `${i}: ${n}`).join(", ");
  if (names) card.append(el("p", { class: "muted", text: t("pushAttrNames", names) }));
  const accounts = [...new Set([...Object.keys(p.attrs), ...Object.keys(p.tags)])].sort();
  if (accounts.length) card.append(table(t("pushAccountHeads"), accounts.map((a) => [a, Object.entries(p.attrs[a] ?? {}).map(([n, v]) => `${n}=${v}`).join(", "), (p.tags[a] ?? []).join(", ")]), t("pushAccounts")));
  if (p.tasks.length) card.append(table(t("pushTaskHeads"), p.tasks.slice(-20).map((k) => [k.taskId, fmtTime(k.time), k.from, k.receivers.join(", ")]), t("pushTasks")));
  return card;
}
