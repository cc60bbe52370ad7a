// suggest.js draws "what would allow this?" for a denied check: the
// engine's verified suggestions (stsplay.catalog.suggest), each with a
// button that applies its edits to the editors; the last applied
// suggestion can be undone.
import { h, replace } from "../dom.js";
import { describe } from "./decision.js";

/**
 * renderSuggestions fills el.
 * @param {HTMLElement} el
 * @param {object|null} advice the engine's answer, or null (nothing to show)
 * @param {{onApply: (s: object) => void, onUndo: (() => void)|null, applied: string}} o
 */
export function renderSuggestions(el, advice, o) {
  const undo = o.onUndo
    ? h("p", { class: "notice", "data-testid": "suggestion-applied" }, `Applied: ${o.applied} `, h("button", { type: "button", class: "btn small", "data-testid": "suggestion-undo", onclick: o.onUndo }, "Undo"))
    : null;
  if (!advice || advice.error || advice.decision === "allowed") {
    replace(el, undo);
    el.hidden = !undo;
    return;
  }
  el.hidden = false;
  replace(
    el,
    h("h3", {}, "What would allow this?"),
    advice.suggestions.length
      ? h(
          "ol",
          { class: "suggestions" },
          advice.suggestions.map((s, i) =>
            h(
              "li",
              { "data-testid": `suggestion-${i}`, "data-kind": s.kind },
              s.text,
              " ",
              h("span", { class: "muted" }, `(checked: with this change the engine answers ${describe(s.decision).word})`),
              " ",
              h("button", { type: "button", class: "btn small", "data-testid": `suggestion-apply-${i}`, onclick: () => o.onApply(s) }, "Apply"),
            ),
          ),
        )
      : null,
    (advice.notes || []).map((n) => h("p", { class: "muted" }, n)),
    undo,
  );
}
