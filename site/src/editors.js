// editors.js makes the CodeMirror 6 policy editors: JSON highlighting,
// bracket matching, lint markers from the engine's diagnostics, a
// format-document command (Shift-Alt-F) and highlighting of the statements
// that decided a check. Tab indents; Escape then Tab leaves the editor
// (CodeMirror's tab-focus mode), so the keyboard is never trapped. An
// editor reached with the keyboard (not clicked) starts in tab-focus mode
// until the first other key, so that tabbing through the page moves on
// instead of indenting the policy.
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, Decoration } from "@codemirror/view";
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle } from "@codemirror/language";
import { json } from "@codemirror/lang-json";
import { lintGutter, setDiagnostics, lintKeymap } from "@codemirror/lint";
import { tags as t } from "@lezer/highlight";
import { formatJSON } from "./format.js";
import { editorExtensions } from "./editor-extensions.js";

const highlight = HighlightStyle.define([
  { tag: t.string, color: "var(--syn-string)" },
  { tag: t.propertyName, color: "var(--syn-key)" },
  { tag: [t.number, t.bool, t.null], color: "var(--syn-literal)" },
  { tag: [t.brace, t.squareBracket, t.separator, t.punctuation], color: "var(--syn-punct)" },
  { tag: t.invalid, color: "var(--bad)" },
]);

const theme = EditorView.theme({
  "&": { backgroundColor: "var(--field)", color: "var(--text)", fontSize: "0.8125rem", border: "1px solid var(--line)", borderRadius: "6px" },
  "&.cm-focused": { outline: "2px solid var(--focus)", outlineOffset: "1px" },
  ".cm-content": { fontFamily: "var(--mono)", caretColor: "var(--text)" },
  ".cm-gutters": { backgroundColor: "var(--panel)", color: "var(--muted)", borderRight: "1px solid var(--line)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--active-line)" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--selection) !important" },
  ".cm-matchingBracket": { backgroundColor: "var(--match)", outline: "1px solid var(--muted)" },
  ".cm-deciding": { backgroundColor: "var(--deciding)", borderRadius: "2px" },
  ".cm-tooltip": { backgroundColor: "var(--panel)", color: "var(--text)", border: "1px solid var(--line)" },
  ".cm-scroller": { maxHeight: "24rem", overflow: "auto" },
});

// How long Tab keeps moving focus after the editor was reached with the
// keyboard, unless another key is pressed first (then Tab indents).
const KEYBOARD_ARRIVAL_MS = 60 * 60 * 1000;

const setDeciding = StateEffect.define();

const decidingField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(setDeciding)) {
        marks = Decoration.set(
          effect.value.map(([from, to]) => Decoration.mark({ class: "cm-deciding", attributes: { "data-deciding": "true" } }).range(from, to)),
          true,
        );
      }
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * createEditor makes one policy editor inside parent.
 * @param {{parent: HTMLElement, text: string, labelId: string, testId: string, onChange: (text: string) => void}} o
 */
export function createEditor({ parent, text, labelId, testId, onChange, readOnly = false }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        json(),
        syntaxHighlighting(highlight),
        lintGutter(),
        decidingField,
        ...editorExtensions,
        EditorView.lineWrapping,
        keymap.of([{ key: "Shift-Alt-f", run: formatView, preventDefault: true }, indentWithTab, ...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        theme,
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
        EditorView.contentAttributes.of({ "aria-labelledby": labelId, "data-testid": `${testId}-input`, "aria-multiline": "true", tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  view.dom.dataset.testid = testId;
  let pointer = false;
  view.dom.addEventListener("pointerdown", () => {
    pointer = true;
    view.setTabFocusMode(false);
    setTimeout(() => (pointer = false), 0);
  });
  view.contentDOM.addEventListener("focus", () => {
    if (!pointer) view.setTabFocusMode(KEYBOARD_ARRIVAL_MS);
  });
  return view;
}

/** formatView re-indents the editor's JSON; it returns false (does nothing) when the text is not JSON. */
export function formatView(view) {
  const text = view.state.doc.toString();
  const formatted = formatJSON(text);
  if (formatted === null || formatted === text) return formatted !== null;
  view.dispatch({ changes: { from: 0, to: text.length, insert: formatted } });
  return true;
}

/**
 * toOffset turns a 1-based line and a 1-based column counted in code
 * points (the engine's positions) into a CodeMirror offset (UTF-16).
 */
export function toOffset(doc, line, column) {
  if (!line || line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(line);
  let offset = 0;
  let cp = 1;
  for (const ch of l.text) {
    if (cp >= column) break;
    offset += ch.length;
    cp++;
  }
  return l.from + offset;
}

function range(doc, start, end) {
  const from = toOffset(doc, start.line, start.column);
  let to = end && end.line ? toOffset(doc, end.line, end.column) : from;
  if (to < from) to = from;
  if (to === from) return [from, Math.min(doc.length, from + 1)];
  return [from, to];
}

const SEVERITY = { error: "error", warning: "warning", suggestion: "info" };

/** showDiagnostics puts the engine's diagnostics for this editor in its lint gutter. */
export function showDiagnostics(view, diagnostics) {
  const doc = view.state.doc;
  const list = diagnostics.map((d) => {
    const [from, to] = range(doc, d, d.end);
    return { from, to, severity: SEVERITY[d.severity] || "error", message: d.message, source: d.code };
  });
  view.dispatch(setDiagnostics(view.state, list));
}

/** showDeciding highlights the statements (engine ranges) that decided the selected check. */
export function showDeciding(view, ranges) {
  const doc = view.state.doc;
  const marks = ranges.map((r) => range(doc, r.start, r.end)).filter(([from, to]) => to > from);
  view.dispatch({ effects: setDeciding.of(marks) });
}
