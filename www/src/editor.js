// The JSON editor: CodeMirror 6 (bundled locally), JSON highlighting, and tcim's diagnostics
// shown inline at their line/column.
import { EditorView, basicSetup } from "codemirror";
import { json } from "@codemirror/lang-json";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { completion } from "./complete.js";
import { applyPatch, fixChanges } from "./fix-text.js";

/** Past this many fixes at once, "fix all" patches the parsed body rather than edit in place. */
const BULK = 200;

/** JSON pointers in document order (array indexes as numbers). */
function comparePointers(a, b) {
  const as = a.split("/");
  const bs = b.split("/");
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] === bs[i]) continue;
    const [x, y] = [Number(as[i]), Number(bs[i])];
    return /^\d+$/.test(as[i]) && /^\d+$/.test(bs[i]) ? x - y : as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}

const theme = new Compartment();

const darkTheme = EditorView.theme({ "&": { backgroundColor: "#14171d", color: "#e6e9ef" }, ".cm-gutters": { backgroundColor: "#181c23", color: "#7d8799", border: "none" }, ".cm-activeLine": { backgroundColor: "#1d222b" }, ".cm-activeLineGutter": { backgroundColor: "#1d222b" }, ".cm-cursor": { borderLeftColor: "#e6e9ef" } }, { dark: true });
const lightTheme = EditorView.theme({}, { dark: false });
// The default colours are for a light background; on the dark one they fail WCAG contrast.
const darkHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: tags.propertyName, color: "#8cc4ff" },
    { tag: tags.string, color: "#a5e0a0" },
    { tag: tags.number, color: "#f5c97a" },
    { tag: [tags.bool, tags.null], color: "#f0a6ff" },
    { tag: tags.invalid, color: "#ff9b9b" },
  ]),
);
const darkStyle = [darkTheme, darkHighlight];

/** Offset in the document of a 1-based line and UTF-16 column (what tcim reports). */
export function offsetOf(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line || 1, 1), doc.lines));
  return Math.min(l.from + Math.max((column || 1) - 1, 0), l.to);
}

/** Applies a validator's quick fix to the editor's text (see fix-text.js). */
function applyFix(view, fix) {
  view.dispatch({ changes: fixChanges(view.state, fix), userEvent: "input.fix" });
}

/**
 * Creates the editor. `check(text)` returns tcim diagnostics; `onChange(text, diagnostics)`
 * is told after each lint; `onRun()` runs on Ctrl/Cmd+Enter; `fields()` (the endpoint's
 * catalog fields) and `world()` (the simulator's state) feed completion and hover.
 */
export function createEditor(parent, { doc, check, onLint, onRun, dark, fields, world, words, ariaLabel = "Request body (JSON)" }) {
  const tcimLinter = linter(
    (view) => {
      const text = view.state.doc.toString();
      const diagnostics = check(text);
      onLint?.(text, diagnostics);
      return diagnostics.map((d) => {
        const from = offsetOf(view.state.doc, d.line, d.column);
        const word = view.state.doc.sliceString(from, Math.min(from + 64, view.state.doc.lineAt(from).to)).match(/^("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/);
        // A quick fix from the validator becomes the diagnostic's action.
        const actions = d.fix ? [{ name: d.fix.title, apply: (v) => applyFix(v, d.fix) }] : [];
        return { from, to: from + (word ? word[0].length : 0), severity: d.severity, message: `${d.code}: ${d.message}`, source: d.path || "/", actions };
      });
    },
    { delay: 150 },
  );
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        json(),
        tcimLinter,
        lintGutter(),
        // Above basicSetup, whose default keymap also binds Mod-Enter.
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun?.(), true) }])),
        theme.of(dark ? darkStyle : lightTheme),
        EditorView.contentAttributes.of({ "aria-label": ariaLabel }),
        ...(fields ? completion({ fields, world, ...(words ? { words } : {}) }) : []),
      ],
    }),
  });
  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    set text(value) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
      forceLinting(view);
    },
    relint() {
      forceLinting(view);
    },
    /** Applies a diagnostic's quick fix (`d.fix`). */
    applyFix(fix) {
      applyFix(view, fix);
      forceLinting(view);
    },
    /** Applies many quick fixes in one edit (one Ctrl+Z undoes them) when each mends its own
     * spot; says false (and changes nothing) when two would touch the same text. */
    applyFixes(fixes) {
      if (fixes.length > BULK) {
        // Thousands of fixes: the body parsed once and patched (later places first, so an
        // array's removals do not shift the ones before), written back in its own style.
        const text = view.state.doc.toString();
        let doc;
        try {
          doc = JSON.parse(text);
        } catch {
          return false;
        }
        const later = (a, b) => comparePointers(b.patch[0]?.path ?? "", a.patch[0]?.path ?? "");
        doc = applyPatch(doc, [...fixes].sort(later).flatMap((f) => f.patch));
        view.dispatch({ changes: { from: 0, to: text.length, insert: JSON.stringify(doc, null, text.includes("\n") ? 2 : undefined) }, userEvent: "input.fix" });
        forceLinting(view);
        return true;
      }
      const changes = fixes.flatMap((f) => fixChanges(view.state, f)).sort((a, b) => a.from - b.from);
      if (changes.some((c, i) => (i && c.from < changes[i - 1].to) || (c.from === 0 && c.to === view.state.doc.length && fixes.length > 1))) return false;
      view.dispatch({ changes, userEvent: "input.fix" });
      forceLinting(view);
      return true;
    },
    /** Moves the cursor to a diagnostic and focuses the editor. */
    goTo(line, column) {
      const pos = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    setDark(isDark) {
      view.dispatch({ effects: theme.reconfigure(isDark ? darkStyle : lightTheme) });
    },
  };
}
