// The JSON editor: CodeMirror 6 (bundled locally), JSON highlighting, and tcim's diagnostics
// shown inline at their line/column.
import { EditorView, basicSetup } from "codemirror";
import { json } from "@codemirror/lang-json";
import { linter, lintGutter, forceLinting } from "@codemirror/lint";
import { EditorState, Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { completion } from "./complete.js";

const theme = new Compartment();

const darkTheme = EditorView.theme({ "&": { backgroundColor: "#14171d", color: "#e6e9ef" }, ".cm-gutters": { backgroundColor: "#181c23", color: "#7d8799", border: "none" }, ".cm-activeLine": { backgroundColor: "#1d222b" }, ".cm-activeLineGutter": { backgroundColor: "#1d222b" }, ".cm-cursor": { borderLeftColor: "#e6e9ef" } }, { dark: true });
const lightTheme = EditorView.theme({}, { dark: false });

/** Offset in the document of a 1-based line and UTF-16 column (what tcim reports). */
export function offsetOf(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line || 1, 1), doc.lines));
  return Math.min(l.from + Math.max((column || 1) - 1, 0), l.to);
}

/**
 * Creates the editor. `check(text)` returns tcim diagnostics; `onChange(text, diagnostics)`
 * is told after each lint; `onRun()` runs on Ctrl/Cmd+Enter; `fields()` (the endpoint's
 * catalog fields) and `world()` (the simulator's state) feed completion and hover.
 */
export function createEditor(parent, { doc, check, onLint, onRun, dark, fields, world }) {
  const tcimLinter = linter(
    (view) => {
      const text = view.state.doc.toString();
      const diagnostics = check(text);
      onLint?.(text, diagnostics);
      return diagnostics.map((d) => {
        const from = offsetOf(view.state.doc, d.line, d.column);
        const word = view.state.doc.sliceString(from, Math.min(from + 64, view.state.doc.lineAt(from).to)).match(/^("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/);
        return { from, to: from + (word ? word[0].length : 0), severity: d.severity, message: `${d.code}: ${d.message}`, source: d.path || "/" };
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
        theme.of(dark ? darkTheme : lightTheme),
        EditorView.contentAttributes.of({ "aria-label": "Request body (JSON)" }),
        ...(fields ? completion({ fields, world }) : []),
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
    /** Moves the cursor to a diagnostic and focuses the editor. */
    goTo(line, column) {
      const pos = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    setDark(isDark) {
      view.dispatch({ effects: theme.reconfigure(isDark ? darkTheme : lightTheme) });
    },
  };
}
