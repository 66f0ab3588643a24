// Applies a quick fix (a diagnostic's `fix.patch`, JSON Patch from tcim's validator) to the
// editor's text with the smallest edits: a renamed key keeps its place and its value's
// formatting, a removed member takes its comma with it, an added member follows its
// siblings' indentation. Where the text cannot be edited in place (a patch shape fixes do not
// make), the whole body is parsed, patched and written back formatted.
import { ensureSyntaxTree } from "@codemirror/language";

const VALUES = new Set(["Object", "Array", "String", "Number", "True", "False", "Null"]);

/** The members of an Object node (Property nodes) or the items of an Array node. */
function membersOf(node) {
  const out = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (node.name === "Object" ? c.name === "Property" : VALUES.has(c.name)) out.push(c);
  return out;
}

/** The key of a Property node, unescaped (as written, when it does not parse). */
export function keyOf(state, property) {
  const name = property.getChild("PropertyName");
  if (!name) return null;
  try {
    return JSON.parse(state.sliceDoc(name.from, name.to));
  } catch {
    return state.sliceDoc(name.from + 1, name.to - 1);
  }
}

function valueOf(property) {
  const v = property.lastChild;
  return v && VALUES.has(v.name) ? v : null;
}

function segmentsOf(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The node of the value at `segs` and, for an object member, its Property node. */
function locate(state, tree, segs) {
  let value = tree.topNode.firstChild;
  while (value && !VALUES.has(value.name)) value = value.nextSibling;
  let member = null;
  for (const s of segs) {
    if (!value) return null;
    if (value.name === "Object") {
      // (A repeated key: the last one, as JSON.parse reads it.)
      member = membersOf(value).findLast((p) => keyOf(state, p) === s) ?? null;
      value = member && valueOf(member);
    } else if (value.name === "Array" && /^(0|[1-9]\d*)$/.test(s)) {
      member = membersOf(value)[Number(s)] ?? null;
      value = member;
    } else return null;
  }
  return value ? { value, member } : null;
}

/** The edit that removes `member` of `parent` with the comma on one side of it. */
function removal(parent, member) {
  const all = membersOf(parent);
  const i = all.findIndex((m) => m.from === member.from);
  if (i + 1 < all.length) return { from: member.from, to: all[i + 1].from, insert: "" };
  if (i > 0) return { from: all[i - 1].to, to: member.to, insert: "" };
  return { from: member.from, to: member.to, insert: "" };
}

function indentAt(state, pos) {
  const line = state.doc.lineAt(pos);
  return /^\s*/.exec(line.text)[0];
}

/** The edits of one patch operation, or null where it cannot be done in place. */
function edits(state, tree, op) {
  const segs = segmentsOf(op.path);
  const key = segs.at(-1);
  const parent = locate(state, tree, segs.slice(0, -1));
  if (!parent || key === undefined) return null;
  const here = parent.value.name === "Object" ? membersOf(parent.value).findLast((p) => keyOf(state, p) === key) : null;
  switch (op.op) {
    case "replace": {
      const at = locate(state, tree, segs);
      return at ? [{ from: at.value.from, to: at.value.to, insert: JSON.stringify(op.value) }] : null;
    }
    case "remove": {
      const at = locate(state, tree, segs);
      return at?.member ? [removal(parent.value, at.member)] : null;
    }
    case "move": {
      // A rename within one object: the key in place; a member already named so goes.
      const fromSegs = segmentsOf(op.from);
      if (parent.value.name !== "Object" || fromSegs.slice(0, -1).join("/") !== segs.slice(0, -1).join("/")) return null;
      const at = locate(state, tree, fromSegs);
      const name = at?.member?.getChild("PropertyName");
      if (!name) return null;
      const out = [{ from: name.from, to: name.to, insert: JSON.stringify(key) }];
      if (here && here.from !== at.member.from) out.push(removal(parent.value, here));
      return out;
    }
    case "add": {
      if (parent.value.name !== "Object") return null;
      const text = `${JSON.stringify(key)}: ${JSON.stringify(op.value)}`;
      if (here) {
        const v = valueOf(here);
        return v ? [{ from: v.from, to: v.to, insert: JSON.stringify(op.value) }] : null;
      }
      const all = membersOf(parent.value);
      if (all.length) {
        const last = all.at(-1);
        const oneLine = state.doc.lineAt(parent.value.from).number === state.doc.lineAt(parent.value.to).number;
        return [{ from: last.to, insert: oneLine ? `, ${text}` : `,\n${indentAt(state, last.from)}${text}` }];
      }
      const indent = indentAt(state, parent.value.from);
      return [{ from: parent.value.from, to: parent.value.to, insert: `{\n${indent}  ${text}\n${indent}}` }];
    }
    default:
      return null;
  }
}

/** RFC 6902 for the operations fixes use, on a parsed body. */
export function applyPatch(doc, patch) {
  doc = structuredClone(doc);
  const parentOf = (pointer) => {
    const segs = segmentsOf(pointer);
    const key = segs.pop();
    return [segs.reduce((v, s) => v[s], doc), key];
  };
  const remove = (pointer) => {
    const [parent, key] = parentOf(pointer);
    const v = parent[key];
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return v;
  };
  const add = (pointer, v) => {
    const [parent, key] = parentOf(pointer);
    if (Array.isArray(parent)) parent.splice(key === "-" ? parent.length : Number(key), 0, v);
    else parent[key] = v;
  };
  for (const op of patch) {
    if (op.op === "move") add(op.path, remove(op.from));
    else if (op.op === "remove") remove(op.path);
    else if (op.op === "add") add(op.path, op.value);
    else if (op.op === "replace") {
      const [parent, key] = parentOf(op.path);
      parent[key] = op.value;
    }
  }
  return doc;
}

/**
 * The CodeMirror change spec that applies `fix` to the document of `state` (a JSON editor
 * state): minimal edits when each operation can be done in place (one operation, as fixes
 * have), else the whole body patched and reformatted.
 */
export function fixChanges(state, fix) {
  const tree = ensureSyntaxTree(state, state.doc.length, 200);
  if (tree && fix.patch.length === 1) {
    const out = edits(state, tree, fix.patch[0]);
    if (out) return out.sort((a, b) => a.from - b.from);
  }
  const text = state.doc.toString();
  return [{ from: 0, to: text.length, insert: JSON.stringify(applyPatch(JSON.parse(text), fix.patch), null, 2) }];
}
