// field-errors.js puts errors that belong to a form field (not to a policy
// editor) next to that field: the scenario's own diagnostics (source
// "scenario", with a JSON path such as checks[0].action) and STS's
// ValidationError, whose message names the member ("at 'name'",
// "at 'policyArns.2.member.arn'", "at 'tags.1.member.value'").
import { h } from "../dom.js";

const SCENARIO_PATHS = [
  [/^account$/, () => "account"],
  [/^region$/, () => "region"],
  [/^clock$/, () => "clock"],
  [/^seed$/, () => "seed"],
  [/^caller\.type$/, () => "caller-type"],
  [/^caller\.name$/, () => "caller-name"],
  [/^caller\.tags\[(\d+)\](?:\.(Key|Value))?/, (m) => `caller-tag-${m[2] === "Value" ? "value" : "key"}-${m[1]}`],
  [/^request\.Name$/, () => "request-name"],
  [/^request\.DurationSeconds$/, () => "request-duration"],
  [/^request\.PolicyArns\[(\d+)\]/, (m) => `request-policy-arn-${m[1]}`],
  [/^request\.Tags\[(\d+)\](?:\.(Key|Value))?/, (m) => `request-tag-${m[2] === "Value" ? "value" : "key"}-${m[1]}`],
  [/^resourcePolicies\[(\d+)\]\.name$/, (m) => `resource-name-${m[1]}`],
  [/^resourcePolicies\[(\d+)\]\.attachedTo$/, (m) => `resource-attached-${m[1]}`],
  [/^resourcePolicies\[(\d+)\]\.account$/, (m) => `resource-account-${m[1]}`],
  [/^checks\[(\d+)\]\.action$/, (m) => `check-action-${m[1]}`],
  [/^checks\[(\d+)\]\.resource$/, (m) => `check-resource-${m[1]}`],
  [/^checks\[(\d+)\]\.expect$/, (m) => `check-expect-${m[1]}`],
  // A limit on checks names the first check over it: mark its action.
  [/^checks\[(\d+)\]$/, (m) => `check-action-${m[1]}`],
];

// STS member names (camelCase, 1-based list members) as in its
// ValidationError messages (RULES.md#validation-error).
const STS_MEMBERS = [
  [/^name$/, () => "request-name"],
  [/^durationSeconds$/, () => "request-duration"],
  [/^policyArns\.(\d+)\.member\.arn$/, (m) => `request-policy-arn-${Number(m[1]) - 1}`],
  [/^tags\.(\d+)\.member\.(key|value)$/, (m) => `request-tag-${m[2]}-${Number(m[1]) - 1}`],
];

function lookup(table, text) {
  for (const [re, id] of table) {
    const m = re.exec(text);
    if (m) return id(m);
  }
  return "";
}

/** scenarioField returns the test id of the field a scenario diagnostic's path names, or "". */
export function scenarioField(path) {
  return lookup(SCENARIO_PATHS, path || "");
}

/** stsField returns the test id of the field an STS ValidationError message names, or "". */
export function stsField(message) {
  const m = /at '([^']+)'/.exec(message || "");
  return m ? lookup(STS_MEMBERS, m[1]) : "";
}

/** fieldErrors collects the field errors of a result: Map test id → message. */
export function fieldErrors(result) {
  const out = new Map();
  for (const d of result.diagnostics || []) {
    if (d.source !== "scenario") continue;
    const id = scenarioField(d.path);
    if (id && !out.has(id)) out.set(id, d.message);
  }
  const err = result.error;
  if (err && err.code === "ValidationError") {
    const id = stsField(err.message);
    if (id && !out.has(id)) out.set(id, err.message);
  }
  return out;
}

/** showFieldErrors marks the fields of errors invalid and shows each message under its field. */
export function showFieldErrors(root, errors) {
  for (const el of root.querySelectorAll(".field-error")) el.remove();
  for (const el of root.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute("aria-invalid");
    const ids = (el.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && !x.endsWith("-error"));
    if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
    else el.removeAttribute("aria-describedby");
  }
  for (const [testId, message] of errors) {
    const el = root.querySelector(`[data-testid="${testId}"]`);
    if (!el) continue;
    const id = `${el.id || testId}-error`;
    el.setAttribute("aria-invalid", "true");
    el.setAttribute("aria-describedby", [el.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    el.after(h("small", { id, class: "field-error", "data-testid": `${testId}-error`, role: "note" }, message));
  }
}
