// response.js shows the outcome of the GetFederationToken call: the HTTP
// status, the error (code and message) when there is one, and the XML body
// a real SDK would receive, syntax-highlighted.
import { h, replace } from "../dom.js";
import { renderXML } from "./xml.js";
import { copyButton } from "./request.js";
import { badge } from "./decision.js";

/** authorization lists the caller's own permission checks for the call. */
function authorization(list) {
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
          h("code", { class: "break" }, a.resource),
          a.explanation?.summary ? h("p", { class: "muted authz-summary" }, a.explanation.summary) : null,
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

/** renderResponse fills the status line and the XML pane from a result. */
export function renderResponse(statusBox, xmlBox, result, liveStatus) {
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
        err.source ? h("span", { class: "muted" }, ` in ${err.source}`) : null,
        h("p", { "data-testid": "error-message", class: "error-message" }, err.message),
      ),
      expectation(result.expectation),
      authorization(result.authorization),
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
        h("code", { "data-testid": "session-arn" }, s.arn || ""),
        s.packedPolicySize !== undefined ? h("span", { class: "muted" }, ` · PackedPolicySize ${s.packedPolicySize}%`) : null,
        s.expiration ? h("span", { class: "muted" }, ` · expires ${s.expiration}`) : null,
        principalTags(s.principalTags),
      ),
      expectation(result.expectation),
      authorization(result.authorization),
    );
  }
  const body = result.response?.body || "";
  replace(
    xmlBox,
    h("div", { class: "pane-head" }, h("span", { class: "muted" }, body ? `HTTP ${status} · text/xml` : "No response body."), body ? copyButton("copy-xml", "the XML response", () => body, liveStatus) : null),
    body ? h("pre", { class: "xml-out", "data-testid": "xml-output", tabindex: "0", role: "region", "aria-label": "XML response body" }, renderXML(body)) : null,
  );
}
