// status.js turns an exercise grade (stsplay.exercise.grade, the engine's
// course.Grade) into what the exercise view lists: one line per
// expectation, met or not, with the engine's explanation of a check that
// is not met. A hidden check's expectation is never in the grade, so it is
// never shown: the line says only that the check is hidden and, once it
// fails, what the engine decided and why.

/**
 * statusLines returns one {met, hidden, label, detail} per expectation of
 * grade, in order. label names the call or the check; detail says what
 * happened when the expectation is not met ("" when met).
 */
export function statusLines(grade) {
  const lines = [];
  for (const s of grade?.expectations ?? []) {
    if (s.kind === "call") {
      const label = s.expect === "success" ? "GetFederationToken succeeds" : `GetFederationToken fails with ${s.expect}`;
      const detail = s.met ? "" : `It gave ${s.got}${s.message ? `: ${s.message}` : "."}`;
      lines.push({ met: Boolean(s.met), hidden: false, label, detail });
      continue;
    }
    const ctx = Object.entries(s.context ?? {}).map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(", ")}]` : v}`).join(", ");
    const request = `${s.action} on ${s.resource}${ctx ? ` with ${ctx}` : ""}`;
    const label = s.hidden ? `${request} (hidden check)` : `${request} is ${decisionWords(s.expect)}`;
    let detail = "";
    if (!s.met) {
      detail = `The engine decided ${decisionWords(s.got)}.`;
      if (s.explanation?.summary) detail += ` ${s.explanation.summary}`;
    }
    lines.push({ met: Boolean(s.met), hidden: Boolean(s.hidden), label, detail });
  }
  return lines;
}

/** decisionWords names a decision for people. */
export function decisionWords(decision) {
  switch (decision) {
    case "allowed": return "allowed";
    case "explicitDeny": return "denied explicitly";
    case "implicitDeny": return "denied implicitly";
    case "not run": return "not run (the call failed)";
    default: return String(decision ?? "");
  }
}

/**
 * renderStatus returns a <ul> of doc listing statusLines(grade), each <li>
 * with the class "met" or "unmet", text nodes only.
 */
export function renderStatus(doc, grade) {
  const ul = doc.createElement("ul");
  ul.className = "exercise-status";
  for (const line of statusLines(grade)) {
    const li = doc.createElement("li");
    li.className = line.met ? "met" : "unmet";
    const mark = doc.createElement("span");
    mark.className = "mark";
    mark.append(doc.createTextNode(line.met ? "✓ met" : "✗ not met"));
    li.append(mark, doc.createTextNode(" " + line.label));
    if (line.detail) {
      const p = doc.createElement("p");
      p.append(doc.createTextNode(line.detail));
      li.append(p);
    }
    ul.append(li);
  }
  return ul;
}
