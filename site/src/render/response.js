// response.js shows the outcome of the GetFederationToken call: the HTTP
// status, the error (code and message) when there is one, and the XML body
// a real SDK would receive, syntax-highlighted.
import { h, replace, breakable } from "../dom.js";
import { renderXML } from "./xml.js";
import { copyButton } from "./request.js";
import { badge } from "./decision.js";
import { statementName } from "./explain.js";

/**
 * statementReasons lists, for a refused call, why each statement of the
 * caller's policies did or did not apply (e.g. a Resource pattern such as
 * federated-user/Manager* that the name does not match).
 */
function statementReasons(ex, label) {
  const items = [];
  for (const set of ex?.sets || []) {
    for (const p of set.policies || []) {
      for (const st of p.statements || []) {
        const name = statementName(st);
        const why = st.matched ? `applies (${st.effect}).` : st.reason?.message || "does not apply.";
        items.push(h("li", {}, `${name} of ${label(p.source)}: `, why));
      }
    }
  }
  return items.length ? h("ul", { class: "authz-reasons" }, items) : null;
}

/** authorization lists the caller's own permission checks for the call. */
function authorization(list, label) {
  if (!list || !list.length) return null;
  return h(
    "div",
    { class: "authz" },
    h("h3", {}, "The caller's permission to make the call"),
    h(
      "ul",
      { class: "authz-list", "data-testid": "authorization" },
      list.map((a, i) =>
        h(
          "li",
          { "data-testid": `authorization-${i}` },
          badge(a.decision, { "data-decision": a.decision }),
          " ",
          h("code", {}, a.action),
          " on ",
          h("code", { class: "break" }, breakable(a.resource)),
          a.explanation?.summary ? h("p", { class: "muted authz-summary" }, a.explanation.summary) : null,
          a.decision !== "allowed" ? statementReasons(a.explanation, label) : null,
        ),
      ),
    ),
  );
}

/** expectation says whether the call failed the way the scenario expects. */
function expectation(e) {
  if (!e) return null;
  return h(
    "p",
    { class: `expect ${e.pass ? "ok" : "bad"}`, "data-testid": "call-expectation", "data-pass": String(Boolean(e.pass)) },
    e.pass ? `✓ The call failed with ${e.error}, as the scenario expects.` : `✕ The scenario expects the call to fail with ${e.error}.`,
  );
}

/** principalTags lists the session's principal tags (aws:PrincipalTag/…). */
function principalTags(tags) {
  const entries = Object.entries(tags || {});
  if (!entries.length) return null;
  return h(
    "p",
    { class: "tags", "data-testid": "principal-tags" },
    "Principal tags of the session: ",
    entries.map(([k, v], i) => [i ? ", " : "", h("code", {}, `${k}=${v}`)]),
  );
}

/**
 * sessionFacts lists what the result says about the session beyond its
 * ARN: the federated user id, the access key id, the duration (and
 * whether the root caller's one-hour cap shortened it), and the
 * GetCallerIdentity answer its credentials get.
 */
function sessionFacts(s, requested) {
  const rows = [
    ["Federated user ID", h("code", {}, s.federatedUserId || "")],
    ["Access key ID", h("code", {}, s.accessKeyId || "")],
    [
      "Duration",
      [
        h("span", { "data-testid": "session-duration" }, `${s.durationSeconds ?? "?"} s`),
        s.durationCapped
          ? h(
              "strong",
              { class: "capped", "data-testid": "duration-capped" },
              ` ⚠ Capped: ${Number.isFinite(requested) ? `${requested} s were asked for, but ` : ""}a session of the root user lasts at most one hour (3600 s).`,
            )
          : null,
      ],
    ],
  ];
  return h(
    "div",
    { class: "session-facts" },
    h("dl", { "data-testid": "session-facts" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    s.callerIdentity ? h("details", { class: "caller-identity" }, h("summary", {}, "GetCallerIdentity with these credentials"), h("pre", { class: "xml-out", "data-testid": "caller-identity" }, renderXML(s.callerIdentity))) : null,
  );
}

/**
 * details lists the error diagnostics behind a failed call (STS's own
 * message, like "Syntax errors in policy.", does not say where); each one
 * is a button that moves the cursor to it when onGo can.
 */
function details(err, diagnostics, label, onGo) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const mine = errors.filter((d) => d.source === err.source);
  const list = (mine.length ? mine : errors).slice(0, 5);
  if (!list.length) return null;
  return h(
    "ul",
    { class: "error-details" },
    list.map((d) => {
      const where = d.line ? `${label(d.source)}, line ${d.line}, column ${d.column}` : label(d.source || "scenario");
      const text = [h("span", { class: "where" }, where), ": ", d.message];
      return h("li", {}, onGo(d, true) ? h("button", { type: "button", class: "linkish", title: "Go to the problem", onclick: () => onGo(d, false) }, text) : text);
    }),
  );
}

/** duration says how long the credentials last from the request time, e.g. "1 h" or "12 h 30 min". */
export function duration(from, to) {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms <= 0) return "";
  const min = Math.round(ms / 60000);
  const hours = Math.floor(min / 60);
  const rest = min % 60;
  return [hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean).join(" ");
}

/**
 * renderResponse fills the status line and the XML pane from a result.
 * opts.label names a source for people, opts.onGo(d, probe) moves the
 * cursor to a diagnostic, opts.clock is the scenario's request time.
 */
export function renderResponse(statusBox, xmlBox, result, liveStatus, opts = {}) {
  const label = opts.label || ((s) => s);
  const onGo = opts.onGo || (() => false);
  const err = result.error;
  const status = result.response?.status;
  if (err) {
    replace(
      statusBox,
      h(
        "div",
        { class: "outcome bad", "data-testid": "response-status", "data-status": String(status ?? "") },
        h("span", { class: "badge bad" }, h("span", { "aria-hidden": "true" }, "✕"), " ", status ? `HTTP ${status}` : "Not sent"),
        " ",
        h("code", { "data-testid": "error-code" }, err.code),
        err.source ? h("span", { class: "muted" }, ` in ${label(err.source)}`) : null,
        h("p", { "data-testid": "error-message", class: "error-message" }, err.message),
        details(err, result.diagnostics || [], label, onGo),
      ),
      expectation(result.expectation),
      authorization(result.authorization, label),
    );
  } else {
    const s = result.session || {};
    replace(
      statusBox,
      h(
        "div",
        { class: "outcome ok", "data-testid": "response-status", "data-status": String(status ?? "") },
        h("span", { class: "badge ok" }, h("span", { "aria-hidden": "true" }, "✓"), " ", `HTTP ${status ?? 200}`),
        " Credentials issued for ",
        h("code", { "data-testid": "session-arn" }, breakable(s.arn || "")),
        s.packedPolicySize !== undefined ? h("span", { class: "muted" }, ` · PackedPolicySize ${s.packedPolicySize}%`) : null,
        s.expiration ? h("span", { class: "muted" }, ` · expires ${s.expiration}`, opts.clock && duration(opts.clock, s.expiration) ? ` (${duration(opts.clock, s.expiration)} after the request)` : "") : null,
        principalTags(s.principalTags),
        sessionFacts(s, opts.requested),
      ),
      expectation(result.expectation),
      authorization(result.authorization, label),
    );
  }
  const body = result.response?.body || "";
  replace(
    xmlBox,
    h("div", { class: "pane-head" }, h("span", { class: "muted" }, body ? `HTTP ${status} · text/xml` : "No response body."), body ? copyButton("copy-xml", "the XML response", () => body, liveStatus) : null),
    body ? h("pre", { class: "xml-out", "data-testid": "xml-output", tabindex: "0", role: "region", "aria-label": "XML response body" }, renderXML(body)) : null,
  );
}
