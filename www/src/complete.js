// Completion and hover in the request editor: the members of the object the cursor is in, at
// any depth (type, required, meaning, from the catalog's nested `fields`), enum values from
// their types, and values from the world on the right where a member names a group, an
// account (the body's group's members first), a message seq (of the body's group), a
// one-to-one MsgKey or a friend list.
import { autocompletion, insertCompletionText, pickedCompletion } from "@codemirror/autocomplete";
import { syntaxTree } from "@codemirror/language";
import { hoverTooltip } from "@codemirror/view";
import { kindOf } from "./world-sample.js";
import { keyOf } from "./fix-text.js";

/** The words completion's details are told in (the playground passes its language's). */
export const WORDS = { required: "required", allowedValue: "allowed value", groupDetail: (type, n) => `${type} group, ${n} members`, memberOf: (role, group) => `${role} of ${group}`, account: "account", seqIn: (group, sender) => `seq in ${group}, from ${sender}`, lastOf: (from, to) => `last of ${from} → ${to}`, friendList: "friend list", requiredShort: " (required)" };

/** Kinds completion offers beyond those samples are filled with. */
const MORE_KINDS = [
  [/^MsgKey$/, "msgKey"],
  [/^(GroupName|NewGroupName)$/, "friendList"],
];
const kindFor = (key) => kindOf(key) ?? (MORE_KINDS.find(([p]) => p.test(key)) || [])[1];

/** The literal values a catalog type allows (`"A" | "B"`, `0 | 1`), or none. */
export function enumValues(type) {
  const parts = type.replace(/^\((.*)\)\[\]$/, "$1").split(" | ");
  return parts.every((p) => /^("[^"]*"|-?\d+)$/.test(p)) ? parts : [];
}

/** The member names already written in an Object node. */
function membersOf(state, object) {
  const names = [];
  for (let c = object.firstChild; c; c = c.nextSibling) if (c.name === "Property") names.push(keyOf(state, c));
  return names;
}

/** The keys from the body's root down to an Object node (array items are skipped: an
 * item's members are its array's `fields`), and `tagAt(i, name)`: the string value of the
 * member `name` of the object reached after `i` keys (the root's for 0), for a field whose
 * members depend on it (a message element's `MsgType`). */
function pathOf(state, object) {
  const keys = [];
  const objects = [object];
  for (let n = object; n.parent; n = n.parent) {
    if (n.parent.name === "Property") {
      keys.unshift(keyOf(state, n.parent));
      if (n.parent.parent) objects.unshift(n.parent.parent);
    }
  }
  const tagAt = (i, name) => stringMember(state, objects[i], name);
  return { keys, tagAt };
}

/** The value of the member `name` of an Object node when it is a string. */
function stringMember(state, object, name) {
  for (let c = object?.firstChild; c; c = c.nextSibling) {
    if (c.name !== "Property" || keyOf(state, c) !== name) continue;
    const value = c.lastChild;
    if (value?.name !== "String") return undefined;
    try {
      return JSON.parse(state.sliceDoc(value.from, value.to));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The catalog fields of the object at `keys` below the body (none when unknown); where a
 * field's members depend on a member's value (`tag`, `cases`: a message element by its
 * `MsgType`), `tagAt(i, tag)` gives that value in the object reached after `i` keys. */
export function fieldsAt(fields, keys, tagAt = () => undefined) {
  let list = fields;
  for (let i = 0; i < keys.length; i++) {
    const f = list.find((x) => x.name === keys[i]);
    if (!f?.fields) return [];
    const value = f.tag ? tagAt(i + 1, f.tag) : undefined;
    list = typeof value === "string" && f.cases && Object.hasOwn(f.cases, value) ? f.cases[value] : f.fields;
  }
  return list;
}

/** Where the cursor is: a member name being written in an object, or a member's value. */
function place(state, pos) {
  let node = syntaxTree(state).resolveInner(pos, -1);
  if (node.name === "PropertyName" && node.parent?.parent?.name === "Object") return { name: node, object: node.parent.parent };
  if (node.name === "Object") return { object: node };
  // (Right after "{": closeBrackets has written "{}" and the cursor sits between.)
  if (node.name === "{" && node.parent?.name === "Object") return { object: node.parent };
  if (node.name === "⚠" && node.parent?.name === "Object") return { object: node.parent };
  for (; node; node = node.parent) {
    if (node.name === "Property") {
      const key = node.getChild("PropertyName");
      return key && key.to <= pos && node.parent ? { member: keyOf(state, node), object: node.parent } : null;
    }
  }
  return null;
}

/** The group the body names at its top level (`GroupId`), if the world has it. */
function bodyGroup(state, world) {
  const root = syntaxTree(state).topNode.getChild("Object");
  for (let c = root?.firstChild; c; c = c.nextSibling) {
    if (c.name === "Property" && kindOf(keyOf(state, c)) === "group") {
      const v = c.lastChild;
      const id = v?.name === "String" ? state.sliceDoc(v.from + 1, v.to - 1) : null;
      return world.groups.find((g) => g.groupId === id) ?? null;
    }
  }
  return null;
}

/** Inserts `text` for the word being written, taking the closing quote closeBrackets typed
 * after the cursor along when the text brings its own (else `"a": ` leaves a stray `"`). */
const quoteAware = (text) => (view, completion, from, to) => {
  const end = text.startsWith('"') && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
  view.dispatch({ ...insertCompletionText(view.state, text, from, end), annotations: pickedCompletion.of(completion) });
};

/** Values of the world a member of this kind can name. */
function worldValues(kind, world, group, w) {
  const quoted = (s) => JSON.stringify(s);
  switch (kind) {
    case "group":
      return world.groups.map((g) => ({ label: quoted(g.groupId), type: "variable", detail: w.groupDetail(g.type, g.members.length) }));
    case "account": {
      const members = group ? group.members.map((m) => ({ label: quoted(m.account), type: "variable", detail: w.memberOf(m.role, group.groupId), boost: 1 })) : [];
      const inGroup = new Set(group ? group.members.map((m) => m.account) : []);
      return [...members, ...world.accounts.filter((a) => !inGroup.has(a.userId)).map((a) => ({ label: quoted(a.userId), type: "variable", detail: w.account }))];
    }
    case "seq":
      return (group ? [group] : world.groups).flatMap((g) => g.messages.slice(-50).map((m) => ({ label: String(m.seq), type: "variable", detail: w.seqIn(g.groupId, m.sender) })));
    case "msgKey":
      return world.c2c.filter((c) => c.lastMsgKey).map((c) => ({ label: quoted(c.lastMsgKey), type: "variable", detail: w.lastOf(c.from, c.to) }));
    case "official":
      return (world.officialAccounts ?? []).map((o) => ({ label: quoted(o.id), type: "variable", detail: o.name }));
    case "officialMsgKey":
      return (world.officialAccounts ?? []).flatMap((o) => o.messages.slice(-50).map((m) => ({ label: quoted(m.msgKey), type: "variable", detail: o.id })));
    case "friendList":
      return [...new Set(world.accounts.flatMap((a) => a.friendGroups))].map((g) => ({ label: quoted(g), type: "variable", detail: w.friendList }));
    default:
      return [];
  }
}

/**
 * The editor extensions. `fields()` are the current endpoint's catalog fields; `world()` the
 * simulator's `inspect()` (the page keeps it between calls: reading it costs time in a large
 * world).
 */
export function completion({ fields, world, words = () => WORDS }) {
  const source = completionSource({ fields, world, words });
  const hover = hoverTooltip((view, pos) => {
    const node = syntaxTree(view.state).resolveInner(pos, 1);
    if (node.name !== "PropertyName" || node.parent?.parent?.name !== "Object") return null;
    const name = keyOf(view.state, node.parent);
    const path = pathOf(view.state, node.parent.parent);
    const field = fieldsAt(fields(), path.keys, path.tagAt).find((f) => f.name === name);
    if (!field) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = "cm-tcim-hover";
        dom.textContent = `${field.name}: ${field.type}${field.required ? words().requiredShort : ""} — ${field.doc}`;
        return { dom };
      },
    };
  });
  return [autocompletion({ override: [source], activateOnTyping: true }), hover];
}

/** The completion source of `completion` (the members of the object at the cursor, its
 * members' allowed values, values from the world). */
export function completionSource({ fields, world, words = () => WORDS }) {
  return (context) => {
    const at = place(context.state, context.pos);
    if (!at) return null;
    const word = context.matchBefore(/"?[\w@#.-]*/);
    const from = word ? word.from : context.pos;
    const path = pathOf(context.state, at.object);
    const here = fieldsAt(fields(), path.keys, path.tagAt);
    if (at.member === undefined) {
      const written = new Set(membersOf(context.state, at.object));
      const options = here
        .filter((f) => !written.has(f.name))
        .map((f) => ({ label: `"${f.name}"`, apply: quoteAware(`"${f.name}": `), type: "property", detail: `${f.type}${f.required ? ` · ${words().required}` : ""}`, info: f.doc, boost: f.required ? 1 : 0 }));
      return options.length ? { from, options, validFor: /^"?[\w]*$/ } : null;
    }
    const field = here.find((f) => f.name === at.member);
    const options = field ? enumValues(field.type).map((v) => ({ label: v, type: "enum", detail: words().allowedValue })) : [];
    const state = world();
    options.push(...worldValues(kindFor(at.member), state, bodyGroup(context.state, state), words()));
    for (const o of options) o.apply = quoteAware(o.label);
    return options.length ? { from, options } : null;
  };
}
