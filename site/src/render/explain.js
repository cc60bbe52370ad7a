// explain.js shows the explanation of one check as a readable list: the
// summary, AWS's evaluation order step by step, then each policy set with
// its verdict and the trace of every statement.
import { h, replace } from "../dom.js";
import { badge } from "./decision.js";
import { ruleHref } from "./rule-link.js";

const STEP_TITLES = {
  getCallerIdentity: "Is it sts:GetCallerIdentity (always allowed)?",
  explicitDeny: "Explicit deny",
  serviceControlPolicies: "Service control policies of the organization",
  serviceRestriction: "Federated-session restrictions (no IAM, limited STS)",
  resourceGrant: "Resource-based policy grant",
  identitySession: "Identity ∩ boundary ∩ session policies",
};

const OUTCOMES = {
  passed: { word: "no decision", icon: "→" },
  decided: { word: "decided", icon: "●" },
  skipped: { word: "not reached", icon: "–" },
};

const SET_TITLES = {
  identity: "Identity-based policies of the caller",
  boundary: "Permissions boundary of the caller",
  session: "Session policies (Policy and PolicyArns)",
  resource: "Resource-based policies",
  scp: "Service control policies (SCPs) of the organization",
  rcp: "Resource control policies (RCPs) of the organization",
};

const VERDICTS = {
  allow: "allows",
  deny: "denies",
  noMatch: "no statement applies",
  absent: "none",
};

// Whether "Every policy set and statement" is open, kept across recomputes
// and across checks so that an edit does not fold it away.
const openSets = { value: false };

/**
 * stepTitle is the heading of one evaluation step, numbered by its place
 * in the engine's order (the engine adds the SCP step only when the
 * scenario has SCPs, so the numbers follow the steps it returns).
 */
export function stepTitle(id, index) {
  const title = STEP_TITLES[id] || id;
  return index === undefined ? title : `${index}. ${title}`;
}

/**
 * stepLink is a step's title as a link to its rule in the rule book page.
 * Embedded in another site's page, the link opens a new tab rather than
 * replacing the embedded playground.
 */
function stepLink(id, index) {
  const href = ruleHref(id);
  if (!href) return stepTitle(id, index);
  const embedded = document.documentElement.classList.contains("embed");
  return h(
    "a",
    { href, class: "step-rule", "data-testid": `explanation-step-rule-${id}`, title: "The rule and its AWS source", target: embedded ? "_blank" : null, rel: embedded ? "noopener" : null },
    stepTitle(id, index),
  );
}

/**
 * renderExplanation fills box with the explanation of check.
 * @param {(source: string) => string} sourceLabel names a policy source for people
 * @param {(ref: object) => string} [statementText] the text of a deciding statement, "" when unknown
 * @param {(ref: object, probe: boolean) => boolean} [onGo] moves the cursor to a statement in its editor
 */
export function renderExplanation(box, check, sourceLabel, statementText = () => "", onGo = () => false) {
  if (!check) {
    replace(box);
    return;
  }
  const ex = check.explanation || {};
  replace(
    box,
    h("h3", {}, "Why ", badge(check.decision), h("span", { class: "sr-only" }, ` for ${check.action} on ${check.resource}`)),
    h("p", { class: "summary", "data-testid": "explanation-summary" }, ex.summary || ""),
    h(
      "ol",
      { class: "steps", "data-testid": "explanation-steps" },
      (ex.steps || []).map((step, index) => {
        const o = OUTCOMES[step.outcome] || { word: step.outcome, icon: "·" };
        return h(
          "li",
          { class: `step ${step.outcome}`, "data-testid": `explanation-step-${step.id}`, "data-outcome": step.outcome },
          h("span", { class: "step-outcome" }, h("span", { "aria-hidden": "true" }, o.icon), " ", o.word),
          h("strong", { class: "step-title" }, stepLink(step.id, index)),
          h("span", { class: "step-text" }, step.text),
        );
      }),
    ),
    (ex.deciding || []).length
      ? h(
          "div",
          { class: "deciding" },
          h("h4", {}, "Statements that decided", h("span", { class: "editors-note" }, " (highlighted in their editors)")),
          h(
            "ul",
            {},
            ex.deciding.map((d) => {
              const name = [statementName(d), " in ", sourceLabel(d.source), d.range?.start ? ` (line ${d.range.start.line})` : ""];
              const text = statementText(d);
              return h(
                "li",
                {},
                h("span", { class: `effect ${d.effect}` }, d.effect),
                " ",
                goLink(d, name, onGo),
                text ? h("pre", { class: "statement-text" }, text) : null,
              );
            }),
          ),
        )
      : null,
    h(
      "details",
      { class: "sets", "data-testid": "explanation-sets", open: openSets.value, ontoggle: (e) => (openSets.value = e.currentTarget.open) },
      h("summary", {}, "Every policy set and statement"),
      (ex.sets || []).map((set) =>
        h(
          "section",
          { class: "set" },
          h("h4", {}, SET_TITLES[set.set] || set.set, ": ", h("span", { class: `verdict ${set.verdict}` }, VERDICTS[set.verdict] || set.verdict)),
          (set.policies || []).length
            ? h(
                "ul",
                {},
                set.policies.map((p) =>
                  h(
                    "li",
                    {},
                    h("span", { class: "policy-name" }, sourceLabel(p.source), p.name ? ` (${p.name})` : ""),
                    h(
                      "ul",
                      {},
                      (p.statements || []).map((st) =>
                        h(
                          "li",
                          { class: st.matched ? "matched" : "unmatched" },
                          h("span", { "aria-hidden": "true" }, st.matched ? "✓ " : "✕ "),
                          goLink({ source: p.source, range: st.range }, statementName(st), onGo),
                          ` (${st.effect}) `,
                          st.matched ? "applies." : h("span", { class: "reason" }, st.reason ? st.reason.message : "does not apply."),
                        ),
                      ),
                    ),
                  ),
                ),
              )
            : null,
          set.note ? h("p", { class: "muted set-note" }, set.note) : (set.policies || []).length ? null : h("p", { class: "muted" }, set.verdict === "absent" ? "No policy in this set." : "No policies."),
        ),
      ),
    ),
  );
}

/** goLink is content as a button that shows a statement in its editor, or the content alone when it cannot. */
function goLink(ref, content, onGo) {
  return onGo(ref, true) ? h("button", { type: "button", class: "linkish go", title: "Show it in its editor", onclick: () => onGo(ref, false) }, content) : content;
}

/** statementName names a statement as the engine's summaries do: by Sid, else by its position counted from 1. */
export function statementName(st) {
  return st.sid ? `statement “${st.sid}”` : `statement ${st.index + 1}`;
}
