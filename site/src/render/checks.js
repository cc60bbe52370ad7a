// checks.js lists the effective permissions: one row per check with its
// decision (word, icon and colour), the expected decision and whether it
// matched. A row is a button; choosing it shows its explanation.
import { h, replace } from "../dom.js";
import { badge, describe } from "./decision.js";

/**
 * renderChecks fills list with the checks of a result.
 * @param {HTMLElement} list
 * @param {Array} checks
 * @param {number} selected index of the selected check
 * @param {(i: number) => void} onSelect
 */
export function renderChecks(list, checks, selected, onSelect) {
  if (!checks.length) {
    replace(list, h("li", { class: "empty" }, "No checks. Add one in the Checks section to see the federated user's effective permissions."));
    return;
  }
  replace(
    list,
    checks.map((c, i) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: `check-row${i === selected ? " selected" : ""}`,
            "aria-pressed": i === selected ? "true" : "false",
            "data-testid": `check-result-${i}`,
            onclick: () => onSelect(i),
          },
          badge(c.decision, { "data-testid": `check-decision-${i}`, "data-decision": c.decision }),
          h("span", { class: "check-what" }, h("code", { class: "check-action" }, c.action), h("span", { class: "check-on" }, " on "), h("code", { class: "check-resource" }, c.resource)),
          expectation(c, i),
        ),
      ),
    ),
  );
}

function expectation(c, i) {
  if (!c.expect) return null;
  const word = describe(c.expect).word.toLowerCase();
  return h(
    "span",
    { class: `expect ${c.pass ? "ok" : "bad"}`, "data-testid": `check-expect-result-${i}`, "data-pass": String(Boolean(c.pass)) },
    c.pass ? `✓ as expected (${word})` : `✕ expected ${word}`,
  );
}
