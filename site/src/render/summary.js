// summary.js draws the effective-permissions summary (the engine's
// stsplay.catalog.summary): per service, what the federated session may do
// beside what the IAM user may do, the services the session policy
// removed, explicit denies and the IAM/STS restriction. Each allowed entry
// is a button that adds a check for it. A pinned draft is compared with the
// current one: "what did my edit add or remove?".
import { h, replace, breakable } from "../dom.js";

const CHANGE = {
  removed: "removed by the session policy",
  narrowed: "narrowed by the session policy",
  unchanged: "unchanged",
  added: "granted to the session by a resource-based policy",
  widened: "widened by a resource-based policy",
  restricted: "refused to federated sessions (no IAM; no STS but GetCallerIdentity)",
};

/**
 * unavailableText says why a summary has no entries: a document over one of
 * the summary's limits (a "limit-…" code, whose message names the limit and
 * the value) is not summarised; any other code is the error of the call, so
 * there is no session and the federated user may do nothing.
 */
export function unavailableText(error) {
  if (String(error.code).startsWith("limit-")) return `No summary (${error.code}): ${error.message}`;
  return `No session: the call fails with ${error.code}, so the federated user may do nothing.`;
}

const LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"];

/** entryKeys returns "action on resource" for every allowed entry of a summary. */
export function entryKeys(summary) {
  const out = new Set();
  for (const svc of summary?.services || []) {
    for (const e of svc.session.entries) for (const r of e.resources) out.add(`${e.action} on ${r}`);
  }
  return out;
}

/** diffSummaries lists what the current summary allows that the pinned one did not, and the reverse. */
export function diffSummaries(pinned, current) {
  const a = entryKeys(pinned);
  const b = entryKeys(current);
  return { added: [...b].filter((k) => !a.has(k)).sort(), removed: [...a].filter((k) => !b.has(k)).sort() };
}

function levels(counts) {
  return LEVELS.filter((l) => counts?.[l]).map((l) => `${l} ${counts[l]}`).join(", ");
}

/**
 * renderSummary fills el.
 * @param {HTMLElement} el
 * @param {object} summary the engine's summary JSON
 * @param {{onAddCheck: (action: string, resource: string) => void, pinned: object|null, onPin: () => void, onUnpin: () => void}} o
 */
export function renderSummary(el, summary, o) {
  if (summary.error && !summary.catalog) {
    replace(el, h("p", { class: "muted" }, `The summary is not available: ${typeof summary.error === "string" ? summary.error : summary.error.message}`));
    return;
  }
  const cat = summary.catalog;
  const about = h(
    "p",
    { class: "muted summary-about" },
    `From the AWS action catalog (${cat.source} ${cat.version}, ${cat.actions.toLocaleString("en")} actions), each action decided by the engine on: `,
    summary.resources?.map((r, i) => [i ? ", " : "", h("code", {}, breakable(r))]),
    ". Allowed on a pattern means allowed on the resource of that name; patterns no policy names are not evaluated (",
    h("a", { href: "rules.html#effective-permissions-summary" }, "how it is computed"),
    "). Click an action to add a check for it.",
  );
  if (summary.error) {
    replace(el, about, h("p", { "data-testid": "summary-none" }, unavailableText(summary.error)));
    return;
  }
  const removed = summary.services.filter((s) => s.change === "removed" && !(s.session.denied || []).length);
  const shown = summary.services.filter((s) => !removed.includes(s));
  const rows = shown.map((svc) =>
    h(
      "details",
      { class: "summary-service", "data-testid": `summary-service-${svc.service}`, "data-change": svc.change, open: svc.session.allowed > 0 && svc.session.allowed <= 40 ? true : null },
      h(
        "summary",
        {},
        h("strong", {}, svc.service),
        ` ${svc.name}: session `,
        h("span", { "data-testid": `summary-session-${svc.service}` }, `${svc.session.allowed} of ${svc.actions}`),
        svc.session.allowed ? ` (${levels(svc.session.byAccessLevel)})` : "",
        `, IAM user ${svc.user.allowed}: `,
        h("span", { class: `change change-${svc.change}` }, CHANGE[svc.change] || svc.change),
      ),
      svc.session.entries.length
        ? h(
            "ul",
            { class: "summary-entries" },
            svc.session.entries.map((e) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "link summary-entry",
                    "data-testid": `summary-entry-${e.action}`,
                    title: `Add a check: ${e.action} on ${e.resources[0]}`,
                    onclick: () => o.onAddCheck(e.action, e.resources[0]),
                  },
                  h("code", {}, e.action),
                ),
                ` ${e.accessLevel} on `,
                e.resources.map((r, i) => [i ? ", " : "", h("code", {}, breakable(r))]),
                e.conditional ? [" if ", e.conditionKeys.map((k, i) => [i ? ", " : "", h("code", {}, k)])] : "",
                h("span", { class: "muted" }, ` (${e.rule})`),
              ),
            ),
          )
        : null,
      (svc.session.denied || []).length
        ? h(
            "p",
            { class: "summary-denied", "data-testid": `summary-denied-${svc.service}` },
            `Denied although the IAM user may: ${svc.session.denied.length} ${svc.session.denied.length === 1 ? "action" : "actions"} (${[...new Set(svc.session.denied.map((d) => d.rule))].join(", ")})`,
            svc.session.denied.length <= 8 ? [": ", svc.session.denied.map((d, i) => [i ? ", " : "", h("code", {}, d.action)])] : "",
            ".",
          )
        : null,
    ),
  );
  const removedLine = removed.length
    ? h(
        "p",
        { "data-testid": "summary-removed" },
        h("strong", {}, removed.slice(0, 20).map((s) => s.service).join(", ") + (removed.length > 20 ? ` and ${removed.length - 20} more services` : "")),
        `: removed by the session policy (the IAM user may use ${removed.length === 1 ? "it" : "them"}; the session may not).`,
      )
    : null;
  replace(el, about, rows.length ? rows : h("p", {}, "The session may do nothing but sts:GetCallerIdentity."), removedLine, draft(summary, o));
}

function draft(summary, o) {
  if (!o.pinned) {
    return h("p", {}, h("button", { type: "button", class: "btn small", "data-testid": "summary-pin", onclick: o.onPin }, "Pin this draft"), " then edit the session policy to see what your edit adds or removes.");
  }
  const d = diffSummaries(o.pinned, summary);
  const list = (items, sign) => items.slice(0, 50).map((k) => h("li", { class: sign === "+" ? "good" : "bad" }, `${sign} ${k}`));
  return h(
    "div",
    { class: "summary-diff", "data-testid": "summary-diff" },
    h("h3", {}, "Compared with the pinned draft"),
    d.added.length || d.removed.length ? h("ul", {}, list(d.added, "+"), list(d.removed, "−")) : h("p", { class: "muted" }, "No difference in what the session may do."),
    h("button", { type: "button", class: "btn small", "data-testid": "summary-unpin", onclick: o.onUnpin }, "Unpin"),
  );
}
