// decision.js names a decision with a word, an icon and a colour class,
// so that a decision is never told by colour alone.
import { h } from "../dom.js";

const DECISIONS = {
  allowed: { word: "Allowed", icon: "✓", cls: "ok" },
  explicitDeny: { word: "Explicit deny", icon: "⊘", cls: "bad" },
  implicitDeny: { word: "Implicit deny", icon: "✕", cls: "warn" },
};

/** describe returns {word, icon, cls} for a decision string. */
export function describe(decision) {
  return DECISIONS[decision] || { word: String(decision || "unknown"), icon: "?", cls: "neutral" };
}

/** badge is the decision as a badge element. */
export function badge(decision, attrs = {}) {
  const d = describe(decision);
  return h("span", { class: `badge ${d.cls}`, ...attrs }, h("span", { class: "badge-icon", "aria-hidden": "true" }, d.icon), " ", d.word);
}
