// problems.js lists every diagnostic of a result with where it is; a
// diagnostic in a policy editor is a button that moves the cursor there.
import { h, replace } from "../dom.js";

export function renderProblems(box, diagnostics, label, onGo) {
  if (!diagnostics.length) {
    replace(box, h("p", { class: "muted", "data-testid": "problems-none" }, "No problems found."));
    return;
  }
  replace(
    box,
    h(
      "ul",
      { class: "problems", "data-testid": "problems" },
      diagnostics.map((d, i) => {
        const where = d.line ? `${label(d.source)}, line ${d.line}, column ${d.column}` : label(d.source || "scenario");
        const text = [h("span", { class: `sev ${d.severity}` }, d.severity || "error"), " ", h("span", { class: "where" }, where), ": ", d.message];
        return h("li", { "data-testid": `problem-${i}` }, onGo(d, true) ? h("button", { type: "button", class: "linkish", onclick: () => onGo(d, false) }, text) : text);
      }),
    ),
  );
}
