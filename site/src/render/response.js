// response.js shows the outcome of the GetFederationToken call: the HTTP
// status, the error (code and message) when there is one, and the XML body
// a real SDK would receive, syntax-highlighted.
import { h, replace } from "../dom.js";
import { renderXML } from "./xml.js";
import { copyButton } from "./request.js";

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
        h("p", { "data-testid": "error-message", class: "error-message" }, err.message),
      ),
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
      ),
    );
  }
  const body = result.response?.body || "";
  replace(
    xmlBox,
    h("div", { class: "pane-head" }, h("span", { class: "muted" }, body ? `HTTP ${status} · text/xml` : "No response body."), body ? copyButton("copy-xml", "the XML response", () => body, liveStatus) : null),
    body ? h("pre", { class: "xml-out", "data-testid": "xml-output", tabindex: "0", "aria-label": "XML response" }, renderXML(body)) : null,
  );
}
