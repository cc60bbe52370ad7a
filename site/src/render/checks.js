// checks.js lists the effective permissions: one row per check with its
// decision (word, icon and colour), the expected decision and whether it
// matched. A row is a button; choosing it shows its explanation.
import { h, replace, breakable } from "../dom.js";
import { badge, describe } from "./decision.js";

/**
 * renderChecks fills list with the checks of a result.
 * @param {HTMLElement} list
 * @param {Array} checks
 * @param {number} selected index of the selected check
 * @param {(i: number) => void} onSelect
 * @param {{error?: {code: string}|null, planned?: number}} [context] the call's error and how many checks the scenario has
 */
export function renderChecks(list, checks, selected, onSelect, context = {}) {
  if (!checks.length) {
    replace(list, h("li", { class: "empty" }, emptyText(context)));
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
          h("span", { class: "check-what" }, h("code", { class: "check-action" }, c.action), h("span", { class: "check-target" }, h("span", { class: "check-on" }, " on "), h("code", { class: "check-resource" }, breakable(c.resource))), contextLine(c.context)),
          expectation(c, i),
        ),
      ),
    ),
  );
}

/** contextLine shows the request context keys a check sets, e.g. "with aws:SourceIp = 203.0.113.5". */
function contextLine(ctx) {
  const entries = Object.entries(ctx || {});
  if (!entries.length) return null;
  return h(
    "span",
    { class: "check-context" },
    h("span", { class: "check-on" }, " with "),
    entries.map(([k, v], i) => [i ? ", " : "", h("code", {}, `${k} = ${Array.isArray(v) ? `[${v.join(", ")}]` : v}`)]),
  );
}

function emptyText({ error, planned = 0 }) {
  if (error && error.code === "InvalidScenario") {
    return `${planned ? `None of the scenario's ${planned} checks can run` : "Nothing can run"}: the scenario has an error (see the outcome above), so no call was made.`;
  }
  if (error && planned) {
    const n = planned === 1 ? "The scenario's check" : `None of the scenario's ${planned} checks`;
    return `${n} can run: the call failed with ${error.code}, so no federated session exists. Fix the call (see its outcome above) to see the federated user's permissions.`;
  }
  if (error) return `The call failed with ${error.code}, so no federated session exists and there are no permissions to show.`;
  return "No checks. Add one in the Checks section to see the federated user's effective permissions.";
}

/** summarize counts the decisions and the expectations that were not met, in one sentence. */
export function summarize(checks) {
  if (!checks.length) return "";
  const allowed = checks.filter((c) => c.decision === "allowed").length;
  const denied = checks.length - allowed;
  const failed = checks.map((c, i) => (c.expect && !c.pass ? i + 1 : 0)).filter(Boolean);
  const counts = `${checks.length} ${checks.length === 1 ? "check" : "checks"}: ${allowed} allowed, ${denied} denied.`;
  if (!failed.length) return checks.some((c) => c.expect) ? `${counts} Every expectation is met.` : counts;
  const which = failed.length === 1 ? `check ${failed[0]}` : `checks ${failed.join(", ")}`;
  return `${counts} ${failed.length === 1 ? "One expectation is" : `${failed.length} expectations are`} not met (${which}).`;
}

function expectation(c, i) {
  if (!c.expect) return null;
  const word = describe(c.expect).word.toLowerCase();
  return h(
    "span",
    { class: `expect ${c.pass ? "ok" : "bad"}`, "data-testid": `check-expect-result-${i}`, "data-pass": String(Boolean(c.pass)) },
    c.pass ? h("span", { title: `The scenario expects ${word}.` }, "✓ as expected") : `✕ expected ${word}`,
  );
}
