// diagram.js draws where a check landed, as inline SVG built with DOM
// calls: the identity policies (with the boundary) and the session
// policies as two overlapping circles, the resource-based policies that
// name the federated user as a box, a marker for the request, and below
// them the path through AWS's evaluation order (sts:GetCallerIdentity →
// explicit deny → federated-session restrictions → resource-based grant →
// identity ∩ boundary ∩ session), with the step that decided drawn in bold.
import { s } from "../dom.js";
import { describe } from "./decision.js";

const W = 480;
const FLOW = [
  ["getCallerIdentity", "Is it sts:GetCallerIdentity?"],
  ["explicitDeny", "Explicit deny anywhere?"],
  ["serviceControlPolicies", "Do the organization's SCPs allow it?"],
  ["serviceRestriction", "Federated-session restrictions"],
  ["resourceGrant", "Resource-based grant?"],
  ["identitySession", "Identity ∩ boundary ∩ session"],
];

/** renderDiagram returns the <svg> for one check (or a placeholder without one). */
export function renderDiagram(check) {
  const ex = (check && check.explanation) || { sets: [], steps: [] };
  const verdict = verdicts(ex);
  const d = describe(check ? check.decision : "");
  const where = landing(check, verdict);
  // The SCP step is there only when the scenario's organization has SCPs.
  const flow = FLOW.filter(([id]) => id !== "serviceControlPolicies" || (ex.steps || []).some((st) => st.id === id));
  const height = 200 + flow.length * 40 + 10;
  const title = check
    ? `Where ${check.action} on ${check.resource} landed: ${d.word}. ${where.text}`
    : "No check selected.";
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${height}`, role: "img", "aria-labelledby": "diagram-title", class: "diagram-svg", "data-testid": "diagram-svg", "data-landing": where.id },
    s("title", { id: "diagram-title" }, title),
    s("circle", { cx: 130, cy: 100, r: 80, class: `area ${verdict.identity || "absent"}` }),
    verdict.boundary && verdict.boundary !== "absent" ? s("circle", { cx: 118, cy: 100, r: 88, class: `boundary ${verdict.boundary}` }) : null,
    s("circle", { cx: 230, cy: 100, r: 80, class: `area ${verdict.session || "absent"}` }),
    s("rect", { x: 322, y: 30, width: 154, height: 140, rx: 10, class: `area ${verdict.resource || "absent"}` }),
    label(100, 62, "Identity", "policies", verdict.identity),
    label(260, 62, "Session", "policies", verdict.session),
    label(399, 56, "Resource policies", "naming the user", verdict.resource),
    s("text", { x: 180, y: 80, class: "d-small", "text-anchor": "middle" }, "∩"),
    marker(where, d),
    flow.map(([id, text], i) => flowRow(id, text, i, ex.steps || [], check)),
  );
  return svg;
}

function verdicts(ex) {
  return Object.fromEntries((ex.sets || []).map((set) => [set.set, set.verdict]));
}

/** landingText says in words where a check landed (the diagram's caption). */
export function landingText(check) {
  return landing(check, verdicts((check && check.explanation) || {})).text;
}

function label(x, y, line1, line2, verdict) {
  return s(
    "text",
    { x, y, "text-anchor": "middle", class: "d-label" },
    s("tspan", { x, dy: 0 }, line1),
    s("tspan", { x, dy: 16 }, line2),
    s("tspan", { x, dy: 16, class: "d-small" }, verdictWord(verdict)),
  );
}

function verdictWord(v) {
  return { allow: "allow", deny: "deny", noMatch: "no match", absent: "none" }[v] || "";
}

function landing(check, verdict) {
  if (!check) return { id: "none", x: 180, y: 190, text: "" };
  const rule = check.explanation?.rule || "";
  if (rule === "getCallerIdentity") return { id: "always", x: 180, y: 190, text: "sts:GetCallerIdentity needs no permission: it is allowed before any policy is read." };
  if (check.decision === "explicitDeny") {
    const set = ["session", "identity", "boundary", "resource"].find((k) => verdict[k] === "deny") || "identity";
    const pos = { identity: [90, 130], boundary: [60, 150], session: [270, 130], resource: [368, 130] }[set];
    const name = { identity: "identity policies", boundary: "permissions boundary", session: "session policies", resource: "resource-based policies" }[set];
    return { id: `deny-${set}`, x: pos[0], y: pos[1], text: `A Deny statement in the ${name} applies, and a Deny overrides every Allow.` };
  }
  if (rule === "serviceRestriction") return { id: "restricted", x: 180, y: 190, text: "Federated users cannot call this service." };
  if (rule === "resourceGrantUser") return { id: "resource", x: 368, y: 130, text: "A resource-based policy names the IAM user, and the session policies allow the request too." };
  if (rule.startsWith("resourceGrant")) return { id: "resource", x: 368, y: 130, text: "A resource-based policy names the federated user, which is enough on its own." };
  if (rule === "crossAccount") return { id: "resource", x: 368, y: 130, text: "The resource is in another account: its resource-based policy and the session's own policies both allow the request." };
  if (rule === "crossAccountMissing") return { id: "outside", x: 20, y: 190, text: "The resource is in another account: its resource-based policy and the session's own policies must both allow the request, and one of them does not." };
  if (check.decision === "allowed") return { id: "intersection", x: 180, y: 130, text: "The identity policies (within the permissions boundary, if any) and the session policies all allow it." };
  const id = verdict.identity === "allow";
  const se = verdict.session === "allow";
  if (id && !se && rule === "noSessionPolicy") return { id: "identity-only", x: 85, y: 130, text: "The identity policies allow it, but no session policy was passed, so the session gets none of their permissions." };
  if (id && !se) return { id: "identity-only", x: 85, y: 130, text: "The identity policies allow it but no session policy does." };
  if (se && !id) return { id: "session-only", x: 275, y: 130, text: "A session policy allows it but the identity policies do not." };
  return { id: "outside", x: 20, y: 190, text: "Outside every grant." };
}

function marker(where, d) {
  if (where.id === "none") return null;
  return s(
    "g",
    { class: `marker ${d.cls}`, transform: `translate(${where.x} ${where.y})` },
    s("circle", { r: 9 }),
    s("text", { x: 0, y: 4, "text-anchor": "middle", class: "d-icon" }, d.icon),
    s("text", { x: 13, y: 4, class: "d-small d-marker-label" }, "request"),
  );
}

function flowRow(id, text, i, steps, check) {
  const step = steps.find((st) => st.id === id);
  const outcome = step ? step.outcome : "skipped";
  const y = 200 + i * 40;
  const decided = outcome === "decided";
  const result = decided && check ? describe(check.decision) : null;
  return s(
    "g",
    { class: `flow ${outcome}`, "data-step": id, "data-outcome": outcome },
    i > 0 ? s("line", { x1: 20, y1: y - 8, x2: 20, y2: y + 2, class: "flow-arrow" }) : null,
    s("rect", { x: 4, y: y + 2, width: W - 8, height: 30, rx: 6 }),
    s("text", { x: 14, y: y + 22, class: "d-label" }, `${i}. ${text}`),
    s("text", { x: W - 14, y: y + 22, "text-anchor": "end", class: "d-small" }, decided ? `decided: ${result.word}` : outcome === "passed" ? "no decision ↓" : "not reached"),
  );
}
