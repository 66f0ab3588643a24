// Completion and hover in the request editor: the endpoint's top-level members from the
// catalog (type, required, meaning), enum values from their types, and values from the
// world on the right where a member names a group, an account or a message seq.
import { autocompletion } from "@codemirror/autocomplete";
import { syntaxTree } from "@codemirror/language";
import { hoverTooltip } from "@codemirror/view";
import { kindOf } from "./world-sample.js";

/** The literal values a catalog type allows (`"A" | "B"`, `0 | 1`), or none. */
export function enumValues(type) {
  const parts = type.replace(/^\((.*)\)\[\]$/, "$1").split(" | ");
  return parts.every((p) => /^("[^"]*"|-?\d+)$/.test(p)) ? parts : [];
}

/** The top-level object's member names already written. */
function membersOf(state, object) {
  const names = [];
  for (let c = object.firstChild; c; c = c.nextSibling) {
    const name = c.name === "Property" ? c.getChild("PropertyName") : null;
    if (name) names.push(state.sliceDoc(name.from + 1, name.to - 1));
  }
  return names;
}

/** Where the cursor is: a member name or a member's value of the top-level object. */
function place(state, pos) {
  let node = syntaxTree(state).resolveInner(pos, -1);
  // Inside a name being typed, or just after `{` / `,`.
  if (node.name === "PropertyName" && node.parent?.parent?.parent?.name === "JsonText") return { name: node, object: node.parent.parent };
  if (node.name === "Object" && node.parent?.name === "JsonText") return { object: node };
  if (node.name === "⚠" && node.parent?.name === "Object" && node.parent.parent?.name === "JsonText") return { object: node.parent };
  // A value: a string, a number or nothing yet after `:`.
  for (; node; node = node.parent) {
    if (node.name === "Property" && node.parent?.parent?.name === "JsonText") {
      const key = node.getChild("PropertyName");
      return key && key.to <= pos ? { member: state.sliceDoc(key.from + 1, key.to - 1) } : null;
    }
  }
  return null;
}

/**
 * The editor extensions. `fields()` are the current endpoint's catalog fields; `world()` the
 * simulator's `inspect()`.
 */
export function completion({ fields, world }) {
  const source = (context) => {
    const at = place(context.state, context.pos);
    if (!at) return null;
    const word = context.matchBefore(/"?[\w@#.-]*/);
    const from = word ? word.from : context.pos;
    if (!at.member) {
      const written = new Set(membersOf(context.state, at.object));
      const options = fields()
        .filter((f) => !written.has(f.name))
        .map((f) => ({ label: `"${f.name}"`, apply: `"${f.name}": `, type: "property", detail: `${f.type}${f.required ? " · required" : ""}`, info: f.doc, boost: f.required ? 1 : 0 }));
      return { from, options, validFor: /^"?[\w]*$/ };
    }
    const field = fields().find((f) => f.name === at.member);
    const options = [];
    for (const v of field ? enumValues(field.type) : []) options.push({ label: v, type: "enum", detail: "allowed value" });
    const state = world();
    const kind = kindOf(at.member);
    if (kind === "group") for (const g of state.groups) options.push({ label: `"${g.groupId}"`, type: "variable", detail: `${g.type} group, ${g.members.length} members` });
    if (kind === "account") for (const a of state.accounts) options.push({ label: `"${a.userId}"`, type: "variable", detail: "account" });
    if (kind === "seq") for (const g of state.groups) for (const m of g.messages.slice(-50)) options.push({ label: String(m.seq), type: "variable", detail: `seq in ${g.groupId}, from ${m.sender}` });
    return options.length ? { from, options } : null;
  };
  const hover = hoverTooltip((view, pos) => {
    const node = syntaxTree(view.state).resolveInner(pos, 1);
    if (node.name !== "PropertyName") return null;
    const name = view.state.sliceDoc(node.from + 1, node.to - 1);
    const field = fields().find((f) => f.name === name);
    if (!field) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = "cm-tcim-hover";
        dom.textContent = `${field.name}: ${field.type}${field.required ? " (required)" : ""} — ${field.doc}`;
        return { dom };
      },
    };
  });
  return [autocompletion({ override: [source], activateOnTyping: true }), hover];
}
