// rule-link.js links a step of an explanation to its rule in the rule book
// page (rules.html, built from engine/RULES.md). The anchor of a rule or
// step id is the id in kebab case (resourceGrantSession →
// resource-grant-session), the transformation the rule book documents.

/** ruleAnchor is the rule book's anchor for a rule or step id. */
export function ruleAnchor(id) {
  return String(id).replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** ruleHref is the address of the rule of a step id, or null for an id that is not one. */
export function ruleHref(id) {
  return typeof id === "string" && /^[a-z][A-Za-z]*$/.test(id) ? `rules.html#${ruleAnchor(id)}` : null;
}
